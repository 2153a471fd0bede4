/**
 * Translation between API Gateway HTTP API (payload 2.0) events and the query API's plain
 * requests and responses, plus the last line of defence: an unexpected fault becomes a logged
 * 500 problem (or a 503 when the store throttles) that reveals nothing of our internals.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { queryFromSearchParams, type ApiRequest, type ApiResponse } from './http-types.js';
import { problem, problemResponse } from './problem.js';
import { invalidCursorProblem } from './query-api.js';
import type { QueryApi } from './query-api.js';

/** The part of a logger the adapter needs (Powertools Logger in Lambda). */
export interface FaultLogger {
  error(message: string, ...extra: unknown[]): void;
  warn(message: string, ...extra: unknown[]): void;
}

const THROTTLING_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);
const RETRY_AFTER_SECONDS = '1';

export function apiRequestFromEvent(event: APIGatewayProxyEventV2): ApiRequest {
  const http = event.requestContext?.http;
  // HTTP APIs hand over rawPath already percent-decoded, local mode still encoded. The router
  // decodes each segment once, which is right for both: no valid id contains "%" or "/", so an
  // id that could read differently either way is refused by validation anyway.
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

export function resultFromResponse(response: ApiResponse): APIGatewayProxyStructuredResultV2 {
  return { statusCode: response.status, headers: response.headers, body: response.body, isBase64Encoded: false };
}

/**
 * DynamoDB refusing the start key decoded from a client's cursor: the store should have caught
 * it (InvalidCursorError), but a crafted cursor must never become a 500 even if it slips through.
 */
function isRejectedStartKey(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'ValidationException' && typeof message === 'string' && /starting key|ExclusiveStartKey/i.test(message);
}

function isThrottling(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $retryable } = error as { name?: unknown; $retryable?: { throttling?: boolean } };
  return (typeof name === 'string' && THROTTLING_ERRORS.has(name)) || $retryable?.throttling === true;
}

export function createApiGatewayHandler(api: QueryApi, logger: FaultLogger) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const requestId = event?.requestContext?.requestId ?? 'unknown';
    let path = '/';
    try {
      const request = apiRequestFromEvent(event);
      path = request.path;
      return resultFromResponse(await api(request));
    } catch (error) {
      const instance = path.slice(0, 512);
      if (isRejectedStartKey(error)) {
        logger.warn('The store let through a cursor DynamoDB refused', { requestId, path: instance, error });
        return resultFromResponse(problemResponse(invalidCursorProblem(instance)));
      }
      if (isThrottling(error)) {
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
