/**
 * Validation of path and query parameters. Every route declares the exact set of query
 * parameters it accepts: unknown or repeated parameters are refused (400), never ignored.
 */
import * as z from 'zod/mini';
import { ENTITY_TYPES, FACT_TYPES } from '../extract/types.js';
import { REJECTION_CODES } from '../store/article-store.js';
import { RequestValidationError, type ParameterError } from './problem.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const MAX_CURSOR_LENGTH = 2048;
export const MAX_SOURCE_LENGTH = 200;
export const MAX_TITLE_QUERY_LENGTH = 200;

/** Article and entity ids are URL-safe by construction (lambdas/store/ids.ts, entity-id.ts). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;
const ID_REASON = 'must be 1-200 characters among A-Z a-z 0-9 . _ ~ -, starting with a letter or digit';

const ISO_DATE_OR_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/** True for a real calendar date (YYYY-MM-DD) or a full datetime with a zone (Z or ±hh:mm). */
export function isIsoDateOrDateTime(value: string): boolean {
  const m = ISO_DATE_OR_DATETIME.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (m[4] === undefined) return true;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return false;
  // In UTC the instant must stay within years 0000-9999 ("0000-01-01T00:00+14:00" does not).
  return /^\d{4}-/.test(new Date(Date.parse(value)).toISOString());
}

/** Start (or end, for an upper bound) of the instant range a date or datetime bound covers, in ms. */
function boundInstant(value: string, edge: 'start' | 'end'): number {
  if (value.length === 10) return Date.parse(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
  return Date.parse(value);
}

const noControlCharacters = (v: string) => !/[\u0000-\u001f\u007f]/.test(v);

const idParam = z.string().check(z.regex(ID_PATTERN, ID_REASON));
const dateParam = z.string().check(
  z.refine(isIsoDateOrDateTime, 'must be an ISO date (YYYY-MM-DD) or datetime with zone (YYYY-MM-DDThh:mm[:ss[.fff]]Z or ±hh:mm)'),
);
/** distinct=story: each fact of a syndicated story once, with its copies (lambdas/query/distinct-facts.ts). */
const distinctParam = z.enum(['story']);
const limitParam = z._default(
  z.pipe(
    z.string().check(
      z.refine((v) => /^[0-9]{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_LIMIT, `must be an integer from 1 to ${MAX_LIMIT}`),
    ),
    z.transform((v) => Number(v)),
  ),
  DEFAULT_LIMIT,
);
const cursorParam = z.string().check(
  z.refine(
    (v) => v.length >= 1 && v.length <= MAX_CURSOR_LENGTH && noControlCharacters(v),
    'must be the nextCursor value of a previous page, unchanged',
  ),
);
const entityTypeParam = z.enum(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`);
const factTypeParam = z.enum(FACT_TYPES as [string, ...string[]], `must be one of ${FACT_TYPES.join(', ')}`);
const searchParam = z.string().check(
  z.refine((v) => {
    const length = [...v.trim()].length;
    return length >= 2 && length <= 100 && noControlCharacters(v);
  }, 'must be 2 to 100 characters (a name or the start of one)'),
);
const sourceParam = z.string().check(
  z.refine((v) => v.length >= 1 && v.length <= MAX_SOURCE_LENGTH && noControlCharacters(v), `must be 1 to ${MAX_SOURCE_LENGTH} characters`),
);

/** Title search: words, each the start of a word of the title (lambdas/store/title-words.ts). */
const titleParam = z.string().check(
  z.refine((v) => {
    const length = [...v.trim()].length;
    return length >= 1 && length <= MAX_TITLE_QUERY_LENGTH && noControlCharacters(v);
  }, `must be 1 to ${MAX_TITLE_QUERY_LENGTH} characters (words of the title, or their starts)`),
);

export const QUERY_SCHEMAS = {
  none: z.strictObject({}),
  listArticles: z.strictObject({
    entity: z.optional(idParam),
    source: z.optional(sourceParam),
    title: z.optional(titleParam),
    from: z.optional(dateParam),
    to: z.optional(dateParam),
    status: z.optional(z.enum(['processed', 'rejected'], 'must be one of processed, rejected')),
    /** A rejected file's error code (implies status=rejected). */
    code: z.optional(z.enum(REJECTION_CODES, `must be one of ${REJECTION_CODES.join(', ')}`)),
    limit: limitParam,
    cursor: z.optional(cursorParam),
  }),
  getArticle: z.strictObject({
    include: z.optional(z.enum(['text'], 'must be text')),
  }),
  searchEntities: z.strictObject({
    q: searchParam,
    type: z.optional(entityTypeParam),
    limit: limitParam,
    cursor: z.optional(cursorParam),
  }),
  page: z.strictObject({
    limit: limitParam,
    cursor: z.optional(cursorParam),
  }),
  coMentions: z.strictObject({
    limit: limitParam,
  }),
  similar: z.strictObject({
    limit: limitParam,
  }),
  listStories: z.strictObject({
    from: z.optional(dateParam),
    to: z.optional(dateParam),
    limit: limitParam,
    cursor: z.optional(cursorParam),
  }),
  entityFacts: z.strictObject({
    type: z.optional(factTypeParam),
    distinct: z.optional(distinctParam),
    limit: limitParam,
    cursor: z.optional(cursorParam),
  }),
  listFacts: z.strictObject({
    type: z.optional(factTypeParam),
    speaker: z.optional(idParam),
    from: z.optional(dateParam),
    to: z.optional(dateParam),
    distinct: z.optional(distinctParam),
    limit: limitParam,
    cursor: z.optional(cursorParam),
  }),
};

type QuerySchema = (typeof QUERY_SCHEMAS)[keyof typeof QUERY_SCHEMAS];

/** Validates a query against a route's schema; throws RequestValidationError listing every problem. */
export function parseQuery<S extends QuerySchema>(schema: S, query: Record<string, string | string[]>): z.output<S> {
  const errors: ParameterError[] = [];
  const allowed = Object.keys(schema.def.shape);
  const single: [string, string][] = [];
  for (const [name, value] of Object.entries(query)) {
    // A repeated parameter the route does not know is reported as unknown, not as repeated.
    if (Array.isArray(value) && allowed.includes(name)) errors.push({ name, reason: 'must be given at most once' });
    else single.push([name, Array.isArray(value) ? (value[0] ?? '') : value]);
  }
  // fromEntries defines own properties, so a parameter named "__proto__" is seen (and refused).
  const result = schema.safeParse(Object.fromEntries(single));
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const reason = allowed.length ? `unknown parameter (accepted: ${allowed.join(', ')})` : 'unknown parameter (this route takes none)';
        for (const key of issue.keys) errors.push({ name: key, reason });
      } else {
        const name = String(issue.path[0] ?? '');
        errors.push({ name, reason: issue.code === 'invalid_type' ? 'is required' : issue.message });
      }
    }
  }
  if (result.success && errors.length === 0) {
    const bounds = result.data as { from?: string; to?: string };
    if (bounds.from && bounds.to && boundInstant(bounds.from, 'start') > boundInstant(bounds.to, 'end')) {
      errors.push({ name: 'to', reason: 'must not be before from' });
    }
  }
  if (errors.length > 0) throw new RequestValidationError(dedupe(errors));
  const data = result.data as z.output<S> & { from?: string; to?: string };
  // Readers compare bounds as text: datetimes go to one zone (UTC) so text order is time order.
  for (const bound of ['from', 'to'] as const) {
    const value = data[bound];
    if (value !== undefined && value.length > 10) data[bound] = new Date(Date.parse(value)).toISOString();
  }
  return data;
}

export function parseId(name: string, value: string): string {
  if (!ID_PATTERN.test(value)) throw new RequestValidationError([{ name, reason: ID_REASON }]);
  return value;
}

const MAX_ECHOED_NAME = 64;

/** One error per parameter; names are echoed back, so a huge or endless list of them is cut short. */
function dedupe(errors: ParameterError[]): ParameterError[] {
  const seen = new Set<string>();
  return errors
    .map((e) => (e.name.length > MAX_ECHOED_NAME ? { ...e, name: `${e.name.slice(0, MAX_ECHOED_NAME)}…` } : e))
    .filter((e) => !seen.has(e.name) && Boolean(seen.add(e.name)))
    .slice(0, 20);
}
