import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type StreamKeyShape } from './cursor.js';

const shape = (partition: string): StreamKeyShape => ({ attributes: ['pk', 'sk'], partition: { attribute: 'pk', value: partition } });
const forge = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');

describe('cursors', () => {
  it('round-trip a position inside an item, for one partition and for several merged', () => {
    const one = encodeCursor({ q: 1 }, [{ key: { pk: 'F#quote', sk: '2022#a#1' }, skip: 2 }])!;
    expect(decodeCursor(one, { q: 1 }, [shape('F#quote')])).toEqual([{ key: { pk: 'F#quote', sk: '2022#a#1' }, skip: 2 }]);
    const state = [{ key: { pk: 'F#quote', sk: 'x' }, skip: 0 }, null, { skip: 0 }];
    const merged = encodeCursor(['q'], state)!;
    expect(decodeCursor(merged, ['q'], [shape('F#quote'), shape('F#role'), shape('F#meeting')])).toEqual(state);
  });

  it('are null when every partition is exhausted', () => {
    expect(encodeCursor({}, [null, null])).toBeNull();
  });

  it('refuse another query, a key outside its partition, a bad skip and an empty position', () => {
    const cursor = encodeCursor({ q: 1 }, [{ key: { pk: 'E#a', sk: '1' }, skip: 0 }])!;
    expect(() => decodeCursor(cursor, { q: 2 }, [shape('E#a')])).toThrow('cursor');
    expect(() => decodeCursor(cursor, { q: 1 }, [shape('E#b')])).toThrow('cursor');
    const f = JSON.parse(Buffer.from(cursor, 'base64url').toString()).f;
    for (const body of [{ f, s: -1 }, { f, s: 1.5 }, { f, k: { pk: 'E#a', sk: '1' }, s: 1e9 }, { f }, { f, k: { pk: 'E#a' } }]) {
      expect(() => decodeCursor(forge(body), { q: 1 }, [shape('E#a')])).toThrow('cursor');
    }
    expect(() => decodeCursor(forge({ f, m: [null] }), { q: 1 }, [shape('E#a'), shape('E#b')])).toThrow('cursor');
  });
});
