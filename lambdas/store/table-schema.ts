/**
 * The single table's key schema, shared by the CDK construct and local mode so both create
 * the same table. Every item has pk/sk; two overloaded GSIs serve the access patterns listed
 * in docs/DATA-MODEL.md.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

/** Attribute that drives DynamoDB TTL (used for short-lived items such as idempotency markers). */
export const TTL_ATTRIBUTE = 'expiresAt';
