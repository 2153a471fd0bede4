import { describe, expect, it } from 'vitest';
import { readQueryConfig } from './query-config.js';

describe('query function configuration', () => {
  it('reads the table name, or a table ARN', () => {
    expect(readQueryConfig({ TABLE_NAME: 'newsfacts-prod' })).toEqual({ tableName: 'newsfacts-prod' });
    const arn = 'arn:aws:dynamodb:eu-west-1:123456789012:table/newsfacts-prod';
    expect(readQueryConfig({ TABLE_NAME: arn })).toEqual({ tableName: arn });
  });

  it('fails loudly, naming the variable, when it is missing or malformed', () => {
    expect(() => readQueryConfig({})).toThrow(/^Invalid query configuration: TABLE_NAME must name the DynamoDB table$/);
    expect(() => readQueryConfig({ TABLE_NAME: '' })).toThrow(/TABLE_NAME must be a DynamoDB table name/);
    expect(() => readQueryConfig({ TABLE_NAME: 'a b' })).toThrow(/TABLE_NAME must be a DynamoDB table name/);
  });
});
