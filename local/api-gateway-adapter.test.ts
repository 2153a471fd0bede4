import { describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { fromApiGatewayResult, startApiServer, toApiGatewayEvent } from './api-gateway-adapter.js';
import { findFreePort } from './services/ports.js';

function request(url: string, rawHeaders: string[] = ['Host', '127.0.0.1:3000'], body = '', method = 'GET') {
  return { method, url, rawHeaders, body: Buffer.from(body), sourceIp: '127.0.0.1' };
}

describe('toApiGatewayEvent', () => {
  it('builds a payload 2.0 event with raw and decoded query, repeats comma-joined', () => {
    const event = toApiGatewayEvent(request('/entities?q=Yury%20Borisov&type=PERSON&type=NORP&x=a+b'));
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('$default');
    expect(event.rawPath).toBe('/entities');
    expect(event.rawQueryString).toBe('q=Yury%20Borisov&type=PERSON&type=NORP&x=a+b');
    expect(event.queryStringParameters).toEqual({ q: 'Yury Borisov', type: 'PERSON,NORP', x: 'a b' });
    expect(event.requestContext.http).toMatchObject({ method: 'GET', path: '/entities', sourceIp: '127.0.0.1' });
    expect(event.requestContext.stage).toBe('$default');
    expect(event.requestContext.time).toMatch(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/);
    expect(event.body).toBeUndefined();
    expect(event.isBase64Encoded).toBe(false);
  });

  it('leaves queryStringParameters out when there is no query, and decodes the path as HTTP APIs do', () => {
    const event = toApiGatewayEvent(request('/articles/a%2Bb%20%C3%BC'));
    expect(event.queryStringParameters).toBeUndefined();
    expect(event.rawQueryString).toBe('');
    expect(event.rawPath).toBe('/articles/a+b ü');
    expect(event.requestContext.http.path).toBe('/articles/a+b ü');
    // A malformed escape cannot be decoded: it is passed on as sent.
    expect(toApiGatewayEvent(request('/articles/100%')).rawPath).toBe('/articles/100%');
  });

  it('lower-cases header names, joins repeated headers and moves cookies to `cookies`', () => {
    const event = toApiGatewayEvent(request('/health', ['Host', 'x', 'Accept', 'application/json', 'X-Trace', 'a', 'X-Trace', 'b', 'Cookie', 'a=1; b=2', 'User-Agent', 'curl/8']));
    expect(event.headers).toEqual({ host: 'x', accept: 'application/json', 'x-trace': 'a,b', 'user-agent': 'curl/8', 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'http', 'x-forwarded-port': '80' });
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.requestContext.http.userAgent).toBe('curl/8');
  });

  it('passes textual bodies as text and others base64-encoded', () => {
    const json = toApiGatewayEvent(request('/x', ['Content-Type', 'application/json'], '{"a":1}', 'POST'));
    expect(json).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    const binary = toApiGatewayEvent(request('/x', ['Content-Type', 'application/octet-stream'], 'ü', 'POST'));
    expect(binary).toMatchObject({ body: Buffer.from('ü').toString('base64'), isBase64Encoded: true });
  });
});

describe('fromApiGatewayResult', () => {
  it('uses a structured result as is, decoding base64 bodies', () => {
    const result = fromApiGatewayResult({ statusCode: 404, headers: { 'Content-Type': 'application/problem+json' }, body: '{"status":404}' });
    expect(result.statusCode).toBe(404);
    expect(result.headers).toEqual({ 'content-type': 'application/problem+json' });
    expect(result.body.toString()).toBe('{"status":404}');
    expect(fromApiGatewayResult({ statusCode: 200, body: Buffer.from('hi').toString('base64'), isBase64Encoded: true, headers: { 'content-type': 'text/plain' } }).body.toString()).toBe('hi');
  });

  it('turns any other result into a 200 JSON response, as API Gateway infers', () => {
    const result = fromApiGatewayResult({ items: [], nextCursor: null } as never);
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toBe('application/json');
    expect(JSON.parse(result.body.toString())).toEqual({ items: [], nextCursor: null });
  });
});

describe('startApiServer', () => {
  it('serves requests through the handler and answers 500 problem+json when it throws', async () => {
    const seen: APIGatewayProxyEventV2[] = [];
    const port = await findFreePort();
    const api = await startApiServer({
      port,
      host: '127.0.0.1',
      handler: async (event) => {
        seen.push(event);
        if (event.rawPath === '/boom') throw new Error('boom');
        return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: event.rawPath, q: event.queryStringParameters }) };
      },
    });
    try {
      const ok = await fetch(`${api.url}/entities?q=bor&q=is`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ path: '/entities', q: { q: 'bor,is' } });
      expect(seen[0].headers.host).toBe(`127.0.0.1:${port}`);
      const failed = await fetch(`${api.url}/boom`);
      expect(failed.status).toBe(500);
      expect(failed.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      await api.stop();
    }
  });

  it('answers CORS preflights itself and marks allowed origins, only when configured', async () => {
    const calls: string[] = [];
    const handler = async (event: APIGatewayProxyEventV2) => {
      calls.push(event.requestContext.http.method);
      return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
    };
    const preflight = { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' } };
    const withCors = await startApiServer({ port: await findFreePort(), host: '127.0.0.1', handler, cors: { allowOrigins: ['http://localhost:5173'] } });
    const without = await startApiServer({ port: await findFreePort(), host: '127.0.0.1', handler });
    try {
      const answered = await fetch(`${withCors.url}/entities`, preflight);
      expect(answered.status).toBe(204);
      expect(answered.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(answered.headers.get('access-control-allow-methods')).toBe('GET,OPTIONS');
      const get = await fetch(`${withCors.url}/entities`, { headers: { origin: 'http://localhost:5173' } });
      expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const other = await fetch(`${withCors.url}/entities`, { headers: { origin: 'http://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(calls).toEqual(['GET', 'GET']);
      await fetch(`${without.url}/entities`, preflight);
      expect(calls).toEqual(['GET', 'GET', 'OPTIONS']);
    } finally {
      await withCors.stop();
      await without.stop();
    }
  });

  it('reports a busy port in one sentence', async () => {
    const port = await findFreePort();
    const first = await startApiServer({ port, host: '127.0.0.1', handler: async () => ({ statusCode: 204 }) });
    try {
      await expect(startApiServer({ port, host: '127.0.0.1', handler: async () => ({ statusCode: 204 }) })).rejects.toThrow(`Port ${port} (HTTP API) is already in use`);
    } finally {
      await first.stop();
    }
  });
});
