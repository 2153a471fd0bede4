/**
 * The query API's own request and response shapes: plain data, independent of API Gateway,
 * so the same use case serves Lambda, local mode and tests.
 */
export interface ApiRequest {
  method: string;
  /** Path as received, usually percent-encoded ("/entities/per-yury-borisov"); the router decodes each segment. */
  path: string;
  /** Decoded query parameters; a parameter given more than once maps to an array. */
  query: Record<string, string | string[]>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or '' when there is no body (HEAD). */
  body: string;
}

/** Collects decoded query parameters, keeping repetitions as arrays so validation can refuse them. */
export function queryFromSearchParams(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of params) {
    const previous = query[name];
    if (previous === undefined) query[name] = value;
    else query[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}
