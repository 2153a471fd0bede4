import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ApiResponse } from '../http-types.js';

/** An API Gateway HTTP API (payload 2.0) event as the `$default` route delivers it; for tests. */
export function httpApiEvent(method: string, rawPath: string, rawQueryString = '', headers: Record<string, string> = {}, stage = '$default'): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'test.local',
      domainPrefix: 'test',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'req-1',
      routeKey: '$default',
      stage,
      time: '28/Nov/2026:11:00:00 +0000',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
}

/** The plain response a client sees for a Lambda result: base64 decoded and gunzipped as needed. */
export function responseOfResult(result: APIGatewayProxyStructuredResultV2): ApiResponse {
  const headers = (result.headers ?? {}) as Record<string, string>;
  let body = result.body ?? '';
  if (result.isBase64Encoded) {
    const bytes = Buffer.from(body, 'base64');
    body = (headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
  }
  return { status: result.statusCode ?? 0, headers, body };
}
