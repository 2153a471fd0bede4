import { describe, expect, it } from 'vitest';
import { toAttributeValue, toItem } from './attribute-value.js';
import { itemSize } from './item-size.js';

describe('toItem', () => {
  it('converts the value kinds the store writes', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(toItem({ pk: 'E#x', n: 12, z: bytes, ft: new Set(['quote', 'quote:speaker']), al: ['A', 'B'], m: { a: true, b: null }, gone: undefined })).toEqual({
      pk: { S: 'E#x' }, n: { N: '12' }, z: { B: bytes }, ft: { SS: ['quote', 'quote:speaker'] },
      al: { L: [{ S: 'A' }, { S: 'B' }] }, m: { M: { a: { BOOL: true }, b: { NULL: true } } },
    });
  });

  it('sizes like DynamoDB once converted', () => {
    // names "pk" 2 + "z" 1 bytes, values 3 bytes (string) + 3 bytes (binary)
    expect(itemSize(toItem({ pk: 'abc', z: new Uint8Array(3) }))).toBe(9);
  });

  it('refuses what DynamoDB cannot hold', () => {
    expect(() => toAttributeValue(new Set([{}]))).toThrow(/sets/);
    expect(() => toAttributeValue(() => 1)).toThrow(/cannot store/);
  });
});
