/**
 * Stands in for `@smithy/core/event-streams` in the bundles that opt out of it (an esbuild alias
 * set by lib/constructs/newsfacts-function.ts). The SDK loads that module with a dynamic import
 * only when an operation streams events (Bedrock, Transcribe, S3 SelectObjectContent…); DynamoDB
 * has no such operation, so the query function never reaches this line. If a future client does,
 * the request fails with this message instead of misbehaving.
 */
throw new Error('AWS SDK event streams are left out of this bundle (newsfacts-function: eventStreams false); enable them for a function that uses a streaming operation.');

export {};
