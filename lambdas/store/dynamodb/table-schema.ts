/**
 * The single table's key schema, shared by the CDK construct and local mode so both create
 * the same table. Every item has pk/sk; two global secondary indexes list article records
 * (docs/DATA-MODEL.md). They copy only the summary and status of a record (`s`, `st`), not its
 * document: every write to an index is paid again, by the kilobyte.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
  /** Non-key attributes both indexes project. */
  indexAttributes: ['s', 'st'],
} as const;
