import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_CACHE_MAX_ENTRIES, DEFAULT_QUERY_CACHE_TTL_SECONDS, readQueryConfig } from './query-config.js';

const defaultCache = { ttlSeconds: DEFAULT_QUERY_CACHE_TTL_SECONDS, maxEntries: DEFAULT_QUERY_CACHE_MAX_ENTRIES };

describe('query function configuration', () => {
  it('reads the table name, or a table ARN', () => {
    expect(readQueryConfig({ TABLE_NAME: 'newsfacts-prod' })).toEqual({ tableName: 'newsfacts-prod', cache: defaultCache });
    const arn = 'arn:aws:dynamodb:eu-west-1:123456789012:table/newsfacts-prod';
    expect(readQueryConfig({ TABLE_NAME: arn })).toEqual({ tableName: arn, cache: defaultCache });
  });

  it('fails loudly, naming the variable, when it is missing or malformed', () => {
    expect(() => readQueryConfig({})).toThrow(/^Invalid query configuration: TABLE_NAME must name the DynamoDB table$/);
    expect(() => readQueryConfig({ TABLE_NAME: '' })).toThrow(/TABLE_NAME must be a DynamoDB table name/);
    expect(() => readQueryConfig({ TABLE_NAME: 'a b' })).toThrow(/TABLE_NAME must be a DynamoDB table name/);
  });

  it('reads the read cache settings, with a TTL of 0 meaning off', () => {
    expect(readQueryConfig({ TABLE_NAME: 't-1', QUERY_CACHE_TTL_SECONDS: '30', QUERY_CACHE_MAX_ENTRIES: '250' }).cache).toEqual({ ttlSeconds: 30, maxEntries: 250 });
    expect(readQueryConfig({ TABLE_NAME: 't-1', QUERY_CACHE_TTL_SECONDS: '0' }).cache).toEqual({ ttlSeconds: 0, maxEntries: DEFAULT_QUERY_CACHE_MAX_ENTRIES });
    expect(DEFAULT_QUERY_CACHE_TTL_SECONDS).toBeGreaterThan(0);
  });

  it('refuses cache settings that are blank, fractional, negative, zero entries or implausibly large', () => {
    const read = (env: Record<string, string>) => () => readQueryConfig({ TABLE_NAME: 't-1', ...env });
    expect(read({ QUERY_CACHE_TTL_SECONDS: '' })).toThrow(/^Invalid query configuration: QUERY_CACHE_TTL_SECONDS must be a whole number$/);
    expect(read({ QUERY_CACHE_TTL_SECONDS: ' ' })).toThrow(/QUERY_CACHE_TTL_SECONDS must be a whole number/);
    expect(read({ QUERY_CACHE_TTL_SECONDS: '1.5' })).toThrow(/QUERY_CACHE_TTL_SECONDS must be a whole number/);
    expect(read({ QUERY_CACHE_TTL_SECONDS: 'five' })).toThrow(/QUERY_CACHE_TTL_SECONDS must be a whole number/);
    expect(read({ QUERY_CACHE_TTL_SECONDS: '-1' })).toThrow(/QUERY_CACHE_TTL_SECONDS must be at least 0/);
    expect(read({ QUERY_CACHE_TTL_SECONDS: '5000' })).toThrow(/QUERY_CACHE_TTL_SECONDS must be at most 3600/);
    expect(read({ QUERY_CACHE_MAX_ENTRIES: '0' })).toThrow(/QUERY_CACHE_MAX_ENTRIES must be at least 1/);
    expect(read({ QUERY_CACHE_MAX_ENTRIES: '1000000' })).toThrow(/QUERY_CACHE_MAX_ENTRIES must be at most 100000/);
  });
});
