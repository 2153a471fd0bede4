/**
 * Problem details (RFC 9457) for every error the API returns, with a stable `code` and, for
 * invalid requests, the list of offending parameters.
 */
import type { ApiResponse } from './http-types.js';

export interface ParameterError {
  /** Query parameter or path parameter name ("limit", "entityId"). */
  name: string;
  reason: string;
}

export const PROBLEM_CODES = {
  INVALID_REQUEST: { status: 400, title: 'Invalid request' },
  INVALID_CURSOR: { status: 400, title: 'Invalid cursor' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such route' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  RESPONSE_TOO_LARGE: { status: 422, title: 'Response too large' },
  INTERNAL_ERROR: { status: 500, title: 'Internal error' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const;
export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  errors?: ParameterError[];
  /** On 5xx: the request id to quote when reporting the fault. */
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URI of a code: urn:newsfacts:problem:invalid-request (documented in docs/API.md). */
export function problemType(code: ProblemCode): string {
  return `urn:newsfacts:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export function problem(code: ProblemCode, detail: string, instance: string, errors?: ParameterError[]): Problem {
  const { status, title } = PROBLEM_CODES[code];
  return { type: problemType(code), title, status, detail, instance, code, ...(errors ? { errors } : {}) };
}

export function problemResponse(value: Problem, extraHeaders: Record<string, string> = {}): ApiResponse {
  return {
    status: value.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extraHeaders },
    body: JSON.stringify(value),
  };
}

/** A request that failed validation; carries every parameter error found, not just the first. */
export class RequestValidationError extends Error {
  constructor(readonly errors: ParameterError[]) {
    super(errors.map((e) => `${e.name}: ${e.reason}`).join('; '));
    this.name = 'RequestValidationError';
  }
}
