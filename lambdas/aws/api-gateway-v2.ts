/**
 * Translation between API Gateway HTTP API (payload 2.0) events and the query API's plain
 * requests and responses, plus the last line of defence: an unexpected fault becomes a logged
 * 500 problem (or a 503 when the store throttles) that reveals nothing of our internals.
 */
import { gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { queryFromSearchParams, type ApiRequest, type ApiResponse } from '../query/http-types.js';
import { problem, problemResponse } from '../query/problem.js';
import type { QueryApi } from '../query/query-api.js';
import { StoreBusyError } from '../store/article-store.js';

/** The part of a logger the adapter needs (Powertools Logger in Lambda). */
export interface FaultLogger {
  error(message: string, ...extra: unknown[]): void;
  warn(message: string, ...extra: unknown[]): void;
}

const RETRY_AFTER_SECONDS = '1';

/** What a request brings to its HTTP API event; the rest is fixed by the `$default` route. */
export interface HttpApiEventParts {
  method: string;
  rawPath: string;
  rawQueryString: string;
  headers: Record<string, string>;
  stage: string;
  apiId: string;
  domainName: string;
  sourceIp: string;
  requestId: string;
  time: Date;
}

/** The API Gateway HTTP API (payload 2.0) event of a request, as the `$default` route delivers it (local mode and tests play API Gateway with it). */
export function httpApiEventOf(parts: HttpApiEventParts): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: parts.rawPath,
    rawQueryString: parts.rawQueryString,
    headers: parts.headers,
    requestContext: {
      accountId: '000000000000',
      apiId: parts.apiId,
      domainName: parts.domainName,
      domainPrefix: parts.domainName.split('.')[0],
      http: { method: parts.method, path: parts.rawPath, protocol: 'HTTP/1.1', sourceIp: parts.sourceIp, userAgent: parts.headers['user-agent'] ?? '' },
      requestId: parts.requestId,
      routeKey: '$default',
      stage: parts.stage,
      time: requestTime(parts.time),
      timeEpoch: parts.time.getTime(),
    },
    isBase64Encoded: false,
  };
}

/** API Gateway's request time format, e.g. 12/Mar/2020:19:03:58 +0000. */
function requestTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

export function apiRequestFromEvent(event: APIGatewayProxyEventV2): ApiRequest {
  const http = event.requestContext?.http;
  // HTTP APIs (and local mode) hand over rawPath already percent-decoded; a test or another proxy
  // may not. The router decodes each segment once, which is right for both: no valid id contains
  // "%" or "/", so an id that could read differently either way is refused by validation anyway.
  let path = event.rawPath ?? http?.path ?? '/';
  // A named stage appears as the first path segment; the `$default` stage adds nothing.
  const stage = event.requestContext?.stage;
  if (stage && stage !== '$default') {
    const prefix = `/${stage}`;
    if (path === prefix) path = '/';
    else if (path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  return {
    method: http?.method ?? 'GET',
    path,
    // rawQueryString keeps repeated parameters apart (queryStringParameters joins them with commas).
    query: queryFromSearchParams(new URLSearchParams(event.rawQueryString ?? '')),
    headers,
  };
}

/** Lambda refuses a synchronous response over 6 MB; API Gateway would then answer 502. */
const RESPONSE_PAYLOAD_LIMIT = 6 * 1024 * 1024;
/** Room for the status, headers and JSON envelope around the body. */
const ENVELOPE_ALLOWANCE = 64 * 1024;
/** Below this, compression saves less than it costs. */
const COMPRESS_FROM_BYTES = 4 * 1024;

/** True when an Accept-Encoding header admits gzip (RFC 9110 §12.5.3: "gzip", "x-gzip" or "*", q > 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let gzip: boolean | undefined;
  let star: boolean | undefined;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = allowed;
    else if (coding === '*') star = allowed;
  }
  return gzip ?? star ?? false;
}

/** True when the body, as a JSON string inside Lambda's response envelope, stays under the payload limit. */
function fitsUncompressed(body: string): boolean {
  const room = RESPONSE_PAYLOAD_LIMIT - ENVELOPE_ALLOWANCE;
  // Escaping turns one UTF-8 byte into at most 6 characters (\u001f): small bodies need no exact count.
  if (Buffer.byteLength(body) * 6 + 2 < room) return true;
  return Buffer.byteLength(JSON.stringify(body)) < room;
}

/**
 * The Lambda result for a response: gzip-compressed when the client accepts it and the body is
 * large enough to gain, and never over Lambda's payload limit (a problem replaces the body then).
 */
export function resultFromResponse(response: ApiResponse, request?: { headers: Record<string, string | undefined>; path: string }): APIGatewayProxyStructuredResultV2 {
  const compressible = Buffer.byteLength(response.body) >= COMPRESS_FROM_BYTES;
  const headers = compressible ? { ...response.headers, vary: 'accept-encoding' } : response.headers;
  if (compressible && acceptsGzip(request?.headers['accept-encoding'])) {
    const zipped = gzipSync(response.body).toString('base64');
    if (zipped.length < RESPONSE_PAYLOAD_LIMIT - ENVELOPE_ALLOWANCE) {
      return { statusCode: response.status, headers: { ...headers, 'content-encoding': 'gzip' }, body: zipped, isBase64Encoded: true };
    }
  } else if (fitsUncompressed(response.body)) {
    return { statusCode: response.status, headers, body: response.body, isBase64Encoded: false };
  }
  const tooLarge = problem(
    'RESPONSE_TOO_LARGE',
    'The answer is larger than the 6 MB an API response can carry; ask for less (without include=text) or accept gzip (Accept-Encoding: gzip).',
    (request?.path ?? '/').slice(0, 512),
  );
  return resultFromResponse(problemResponse(tooLarge));
}

export function createApiGatewayHandler(api: QueryApi, logger: FaultLogger) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const requestId = event?.requestContext?.requestId ?? 'unknown';
    let path = '/';
    try {
      const request = apiRequestFromEvent(event);
      path = request.path;
      return resultFromResponse(await api(request), request);
    } catch (error) {
      const instance = path.slice(0, 512);
      // The store's own error for throttling (a refused cursor is the query API's 400 already).
      if (error instanceof StoreBusyError) {
        logger.warn('Store throttled a query', { requestId, path: instance, error });
        return resultFromResponse(
          problemResponse(
            { ...problem('SERVICE_UNAVAILABLE', 'The service is busy; retry shortly.', instance), requestId },
            { 'retry-after': RETRY_AFTER_SECONDS },
          ),
        );
      }
      logger.error('Unexpected fault answering a query', { requestId, path: instance, error });
      return resultFromResponse(
        problemResponse({
          ...problem('INTERNAL_ERROR', `An unexpected error occurred; quote request id ${requestId} when reporting it.`, instance),
          requestId,
        }),
      );
    }
  };
}
