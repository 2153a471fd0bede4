import { describe, expect, it } from 'vitest';
import { indexEntrySize, itemSize, marshalledItem, writeUnits } from './item-size.js';

describe('itemSize', () => {
  it('counts attribute names and UTF-8 bytes of strings', () => {
    // "pk"(2) + "A#1"(3) + "name"(4) + "Zürich"(7 bytes: ü is two)
    expect(itemSize({ pk: { S: 'A#1' }, name: { S: 'Zürich' } })).toBe(16);
  });

  it('sizes numbers by significant digits, binaries by length, booleans and nulls as one byte', () => {
    expect(itemSize({ n: { N: '12345' } })).toBe(1 + 4); // 3 bytes for 5 digits + 1
    expect(itemSize({ n: { N: '1000' } })).toBe(1 + 2); // trailing zeros are not significant
    expect(itemSize({ b: { B: new Uint8Array(10) } })).toBe(11);
    expect(itemSize({ t: { BOOL: true }, z: { NULL: true } })).toBe(4);
  });

  it('adds the overhead of lists and maps per element', () => {
    // list: 3 + (1 + 1) + (1 + 2) = 8; plus the name "l"
    expect(itemSize({ l: { L: [{ S: 'a' }, { S: 'bc' }] } })).toBe(9);
    // map: 3 + (1 + "k" + "v") = 6; plus the name "m"
    expect(itemSize({ m: { M: { k: { S: 'v' } } } })).toBe(7);
  });
});

describe('itemSize of a marshalled item', () => {
  it('sizes the value kinds the store writes, leaving undefined attributes out', () => {
    const item = marshalledItem({ pk: 'E#x', n: 12, z: new Uint8Array(3), ft: new Set(['quote', 'quote:speaker']), al: ['A', 'B'], m: { a: true, b: null }, gone: undefined });
    expect(Object.keys(item)).not.toContain('gone');
    // pk 2 + 3; n 1 + 2; z 1 + 3; ft 2 + 5 + 13 (a string set); al 2 + 3 + 2 × (1 + 1); m 1 + 3 + 2 × (1 + 1 + 1)
    expect(itemSize(item)).toBe(5 + 3 + 4 + 20 + 9 + 10);
  });
});

describe('writeUnits', () => {
  it('charges one unit per started KB in the table and in each index entry', () => {
    expect(writeUnits(1)).toBe(1);
    expect(writeUnits(1024)).toBe(1);
    expect(writeUnits(1025)).toBe(2);
    expect(writeUnits(1025, [1025, 10])).toBe(5);
  });

  it('sizes an index entry by its keys and projected attributes only', () => {
    const item = { pk: { S: 'A#1' }, sk: { S: 'A' }, gsi1pk: { S: 'X' }, gsi1sk: { S: 'y' }, s: { S: 'ab' }, z: { B: new Uint8Array(5000) } };
    expect(indexEntrySize(item, { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }, ['s'])).toBe(itemSize(item) - 5001);
    expect(indexEntrySize(item, { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' }, ['s'])).toBeNull();
  });
});
