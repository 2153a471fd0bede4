/**
 * fast-check generators of hostile and plausible HTTP requests for the query API (test support):
 * paths built from the real route templates with odd ids and escapes, or random; query strings
 * mixing known parameters, odd values, repetitions and broken escapes; random methods and headers.
 */
import fc from 'fast-check';
import { QUERY_ROUTE_PATTERNS } from '../../lambdas/query/query-api.js';

export interface RawRequest {
  method: string;
  rawPath: string;
  rawQueryString: string;
  headers: Record<string, string>;
}

const PARAMETER_NAMES = ['entity', 'source', 'title', 'from', 'to', 'status', 'limit', 'cursor', 'include', 'q', 'type', 'speaker', '__proto__', 'constructor', 'LIMIT', ''];

const oddText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('%', '%2', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%FF', '%2F', '..', '.', '+', ' ', '\u0000', '\ud800', '\u202e', 'null', '[]', '{}', '-1', '1e3', '0x10', 'NaN'),
);

export function plausibleValues(ids: string[], cursors: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids, ...cursors, 'PERSON', 'LOCATION', 'quote', 'role', 'processed', 'rejected', 'text', '2022-02-17', '2022-02-30', '2022-02-17T10:00:00Z', '2022-02-17T10:00:00+03:00', '2022-02-17T08:00:00-01:30', '0000-01-01T00:00:00+14:00', 'bor', 'ya', '1', '20', '100', '101', '0') },
    fc.integer({ min: -5, max: 1000 }).map(String),
    cursors.length ? fc.tuple(fc.constantFrom(...cursors), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([c, at, ch]) => c.slice(0, at % (c.length + 1)) + ch + c.slice((at % (c.length + 1)) + 1)) : fc.constant('x'),
    oddText,
  );
}

// encodeURIComponent throws on lone surrogates; a client would have sent U+FFFD's bytes instead.
const encode = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

export function rawRequests(ids: string[], cursors: string[] = []): fc.Arbitrary<RawRequest> {
  const values = plausibleValues(ids, cursors);
  const segment = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids).map(encode) }, values.map(encode), oddText);
  const templatePath = fc
    .tuple(fc.constantFrom(...QUERY_ROUTE_PATTERNS), fc.array(segment, { minLength: 1, maxLength: 3 }))
    .map(([template, fills]) => template.replace(/\{[^}]+\}/g, () => fills[0] ?? 'x'));
  const randomPath = fc.array(segment, { maxLength: 5 }).map((segments) => '/' + segments.join('/'));
  const path = fc.oneof({ weight: 8, arbitrary: templatePath }, { weight: 1, arbitrary: randomPath }, { weight: 1, arbitrary: oddText.map((s) => '/' + s) });

  const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PARAMETER_NAMES) }, { weight: 1, arbitrary: oddText });
  const pair = fc.tuple(name, values).map(([name, value]) => `${encode(name)}=${encode(value)}`);
  const rawPair = oddText;
  const queryString = fc.array(fc.oneof({ weight: 8, arbitrary: pair }, { weight: 1, arbitrary: rawPair }), { maxLength: 3 }).map((parts) => parts.join('&'));

  const method = fc.oneof(
    { weight: 12, arbitrary: fc.constant('GET') },
    { weight: 2, arbitrary: fc.constantFrom('HEAD', 'get') },
    { weight: 2, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const headers = fc.dictionary(fc.oneof(fc.constantFrom('accept', 'content-type', 'accept-encoding', 'x-forwarded-for', 'authorization'), fc.string({ maxLength: 10 })), oddText, { maxKeys: 4 });
  return fc.record({ method, rawPath: path, rawQueryString: queryString, headers });
}
