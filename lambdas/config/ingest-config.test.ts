import { describe, expect, it } from 'vitest';
import { readIngestConfig } from './ingest-config.js';

describe('ingest configuration', () => {
  it('applies defaults and coerces numbers', () => {
    expect(readIngestConfig({ TABLE_NAME: 't', MAX_RECEIVE_COUNT: '3' })).toEqual({ tableName: 't', incomingPrefix: 'incoming/', maxObjectBytes: 10 * 1024 * 1024, maxReceiveCount: 3 });
  });
  it('fails loudly on a missing table or a bad value', () => {
    expect(() => readIngestConfig({})).toThrow(/TABLE_NAME/);
    expect(() => readIngestConfig({ TABLE_NAME: 't', MAX_OBJECT_BYTES: '-5' })).toThrow(/MAX_OBJECT_BYTES/);
    expect(() => readIngestConfig({ TABLE_NAME: 't', INCOMING_PREFIX: 'incoming' })).toThrow(/INCOMING_PREFIX/);
  });
});
