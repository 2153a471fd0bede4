import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { httpApiEventOf } from '../lambdas/aws/api-gateway-v2.js';
import { lambdaContext } from './lambda-context.js';
import { LocalServiceError } from './services/local-service-error.js';
import type { StaticSite } from './static-site.js';

export type HttpApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export interface HttpRequestLike {
  method: string;
  /** Request target as received: path plus optional query string. */
  url: string;
  /** Node's raw header list: name, value, name, value… */
  rawHeaders: string[];
  body: Buffer;
  sourceIp: string;
}

/** API Gateway sends the body as text only for textual media types; anything else is base64. */
const TEXTUAL_MEDIA = /^(text\/|application\/(json|xml|x-www-form-urlencoded|[\w.+-]+\+(json|xml))|application\/javascript)/i;

/** The API Gateway HTTP API (payload 2.0) event for a request, as the `$default` route delivers it. */
export function toApiGatewayEvent(request: HttpRequestLike, options: { stage?: string; domainName?: string } = {}): APIGatewayProxyEventV2 {
  const queryAt = request.url.indexOf('?');
  // HTTP APIs hand the path over percent-decoded, in rawPath as in requestContext.http.path
  // (only rawQueryString stays as sent), so the handler gets the same here.
  const rawPath = safeDecodePath(queryAt === -1 ? request.url : request.url.slice(0, queryAt));
  const rawQueryString = queryAt === -1 ? '' : request.url.slice(queryAt + 1);

  // Header names lower-cased; repeated headers joined with commas (cookies travel separately).
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i].toLowerCase();
    const value = request.rawHeaders[i + 1];
    if (name === 'cookie') {
      cookies = [...(cookies ?? []), ...value.split(';').map((cookie) => cookie.trim()).filter(Boolean)];
      continue;
    }
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }

  // Decoded values; a repeated parameter becomes one comma-joined value, as API Gateway does.
  let queryStringParameters: Record<string, string> | undefined;
  if (rawQueryString) {
    queryStringParameters = {};
    for (const [name, value] of new URLSearchParams(rawQueryString)) {
      queryStringParameters[name] = name in queryStringParameters ? `${queryStringParameters[name]},${value}` : value;
    }
  }

  // API Gateway tells the integration where the request came from.
  headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${request.sourceIp}` : request.sourceIp;
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-port'] = /:(\d+)$/.exec(headers.host ?? '')?.[1] ?? '80';

  const domainName = options.domainName ?? headers.host ?? 'localhost';
  const event = httpApiEventOf({
    method: request.method.toUpperCase(), rawPath, rawQueryString, headers, stage: options.stage ?? '$default',
    apiId: 'local', domainName, sourceIp: request.sourceIp, requestId: randomUUID(), time: new Date(),
  });
  if (cookies) event.cookies = cookies;
  if (queryStringParameters) event.queryStringParameters = queryStringParameters;
  if (request.body.length > 0) {
    const textual = TEXTUAL_MEDIA.test(headers['content-type'] ?? '');
    event.body = textual ? request.body.toString('utf8') : request.body.toString('base64');
    event.isBase64Encoded = !textual;
  }
  return event;
}

/**
 * Applies API Gateway's rules for payload 2.0 results: a structured result (with statusCode) is
 * used as is; anything else is JSON with status 200.
 */
export function fromApiGatewayResult(result: APIGatewayProxyResultV2): { statusCode: number; headers: Record<string, string | string[]>; body: Buffer } {
  const structured = typeof result === 'object' && result !== null && 'statusCode' in result;
  if (!structured) {
    const body = typeof result === 'string' ? result : JSON.stringify(result);
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body ?? '', 'utf8') };
  }
  const { statusCode = 200, headers = {}, cookies, body = '', isBase64Encoded } = result as APIGatewayProxyStructuredResultV2;
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = String(value);
  if (cookies?.length) out['set-cookie'] = cookies;
  if (!('content-type' in out) && body) out['content-type'] = 'application/json';
  return { statusCode, headers: out, body: isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8') };
}

export interface RunningApiServer {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024; // API Gateway's payload limit

/** An HTTP server on host:port that hands every request to an API Gateway v2 handler. */
export interface CorsOptions {
  /** Allowed origins, or ['*']. */
  allowOrigins: string[];
}

export interface ApiServerOptions {
  port: number;
  host: string;
  handler: HttpApiHandler;
  /** Answer CORS like the stack's `corsPreflight` (newsfacts:corsAllowOrigins); off by default, as on AWS. */
  cors?: CorsOptions;
  /** The explorer and the API docs (static-site.ts), served before the API on their own paths. */
  site?: StaticSite;
  log?: (line: string) => void;
}

export async function startApiServer(options: ApiServerOptions): Promise<RunningApiServer> {
  const { port, host, handler, log, cors, site } = options;
  const server = createServer((req, res) => {
    if (cors && answerPreflight(req, res, cors)) return;
    if (!site) {
      void serve(req, res, handler, log, cors);
      return;
    }
    site(req, res).then(
      async (served) => {
        if (!served) await serve(req, res, handler, log, cors);
      },
      () => {
        if (!res.headersSent) writeProblem(res, 500, 'Internal Server Error', 'The explorer could not be served; see the local mode log.');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' || err.code === 'EACCES' ? new LocalServiceError(`Port ${port} (HTTP API) is already in use or not allowed; stop what uses it or choose another port with NEWSFACTS_API_PORT.`) : err);
    });
    server.listen(port, host, () => resolve());
  });
  return {
    url: `http://${host}:${port}`,
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function serve(req: IncomingMessage, res: ServerResponse, handler: HttpApiHandler, log?: (line: string) => void, cors?: CorsOptions): Promise<void> {
  const started = Date.now();
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        writeProblem(res, 413, 'Payload Too Large', 'The request body is over 10 MB.');
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const event = toApiGatewayEvent({ method: req.method ?? 'GET', url: req.url ?? '/', rawHeaders: req.rawHeaders, body: Buffer.concat(chunks), sourceIp: req.socket.remoteAddress ?? '127.0.0.1' });
    const result = fromApiGatewayResult(await handler(event, lambdaContext('newsfacts-local-query', 30_000)));
    const origin = req.headers.origin;
    if (cors && origin && originAllowed(origin, cors)) Object.assign(result.headers, { 'access-control-allow-origin': cors.allowOrigins.includes('*') ? '*' : origin, vary: 'origin' });
    res.writeHead(result.statusCode, { ...result.headers, 'content-length': String(result.body.length) });
    res.end(req.method === 'HEAD' ? undefined : result.body);
    log?.(`${req.method} ${req.url} → ${result.statusCode} (${Date.now() - started} ms)`);
  } catch (err) {
    // API Gateway answers 500 "Internal Server Error" when the integration fails.
    log?.(`${req.method} ${req.url} → 500: the query handler threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    if (!res.headersSent) writeProblem(res, 500, 'Internal Server Error', 'The query handler failed; see the local mode log.');
    else res.end();
  }
}

function originAllowed(origin: string, cors: CorsOptions): boolean {
  return cors.allowOrigins.includes('*') || cors.allowOrigins.includes(origin);
}

/** API Gateway answers a CORS preflight itself, without calling the integration. */
function answerPreflight(req: IncomingMessage, res: ServerResponse, cors: CorsOptions): boolean {
  const origin = req.headers.origin;
  if (req.method !== 'OPTIONS' || !origin || !req.headers['access-control-request-method']) return false;
  if (!originAllowed(origin, cors)) {
    res.writeHead(204);
    res.end();
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-origin': cors.allowOrigins.includes('*') ? '*' : origin,
    'access-control-allow-methods': 'GET,OPTIONS',
    'access-control-allow-headers': 'authorization,content-type,x-amz-date,x-amz-security-token,x-amz-content-sha256',
    'access-control-max-age': '3600',
    vary: 'origin',
  });
  res.end();
  return true;
}

function writeProblem(res: ServerResponse, status: number, title: string, detail: string): void {
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  res.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function safeDecodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
