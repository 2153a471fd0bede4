import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpApiEventOf } from '../../lambdas/aws/api-gateway-v2.js';
import type { ApiResponse } from '../../lambdas/query/http-types.js';

/** An API Gateway HTTP API (payload 2.0) event with exactly these parts, as the `$default` route delivers it; for tests. */
export function httpApiEvent(method: string, rawPath: string, rawQueryString = '', headers: Record<string, string> = {}, stage = '$default'): APIGatewayProxyEventV2 {
  return httpApiEventOf({ method, rawPath, rawQueryString, headers, stage, apiId: 'test', domainName: 'test.local', sourceIp: '127.0.0.1', requestId: 'req-1', time: new Date('2026-11-28T11:00:00Z') });
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
