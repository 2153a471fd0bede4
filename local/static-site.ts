import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm start` (its prestart, web/build.ts) puts the explorer. */
export const EXPLORER_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * The same policy the CloudFront distribution adds (lib/constructs/explorer.ts): same-origin
 * everything, plus the identity provider's token endpoint when sign-in is configured.
 */
export function explorerContentSecurityPolicy(connectOrigins: string[] = []): string {
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src ${['\'self\'', ...connectOrigins].join(' ')}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`;
}

export const STATIC_SECURITY_HEADERS = {
  'content-security-policy': explorerContentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** Sign-in settings a build may carry (web/src/sign-in.ts reads them); the page may then call the token endpoint. */
export const AUTH_CONFIG_FILE = 'auth-config.json';

/** The explorer's files; every other path is the API's. */
export type StaticSite = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Serves `GET /` (the explorer), `/assets/*` (its hashed bundle, cached for good), `/docs` and
 * `/docs/*` (the self-hosted API docs) from a built web/dist; answers false for anything else so
 * the request goes on to the query handler.
 */
export function createStaticSite(dir: string = EXPLORER_DIST): StaticSite {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0];
    const file = fileFor(path);
    if (file === null) return false;
    const absolute = normalize(join(dir, file));
    if (!absolute.startsWith(normalize(dir).replace(/[\\/]?$/, sep))) return notFound(res);
    let body: Buffer;
    try {
      body = await readFile(absolute);
    } catch {
      if (file === 'index.html' || file === 'docs/index.html') {
        return send(res, req, 503, 'text/plain; charset=utf-8', Buffer.from('The explorer is not built: run `npm run build:web` (npm start does it when it is missing).\n'), 'no-store');
      }
      return notFound(res);
    }
    const immutable = file.startsWith('assets/');
    const csp = file === 'index.html' ? explorerContentSecurityPolicy(await tokenOrigins(dir)) : undefined;
    return send(res, req, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body, immutable ? 'public, max-age=31536000, immutable' : 'no-cache', csp);
  };
}

/** The file a path names, or null when the path belongs to the API. */
function fileFor(path: string): string | null {
  if (path === '/' || path === '/index.html') return 'index.html';
  if (path === '/docs' || path === '/docs/') return 'docs/index.html';
  if (path === `/${AUTH_CONFIG_FILE}`) return AUTH_CONFIG_FILE;
  const match = /^\/(assets|docs)\/([A-Za-z0-9._-]+)$/.exec(path);
  return match ? `${match[1]}/${match[2]}` : null;
}

/** The origin of the token endpoint a build's auth-config.json names, if any. */
async function tokenOrigins(dir: string): Promise<string[]> {
  try {
    const config = JSON.parse(await readFile(join(dir, AUTH_CONFIG_FILE), 'utf8')) as { oidc?: { tokenEndpoint?: unknown } };
    return typeof config.oidc?.tokenEndpoint === 'string' ? [new URL(config.oidc.tokenEndpoint).origin] : [];
  } catch {
    return [];
  }
}

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: Buffer, cacheControl: string, csp?: string): true {
  res.writeHead(status, { ...STATIC_SECURITY_HEADERS, ...(csp ? { 'content-security-policy': csp } : {}), 'content-type': type, 'content-length': String(body.length), 'cache-control': cacheControl });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function notFound(res: ServerResponse): true {
  const body = 'Not found.\n';
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length), 'x-content-type-options': 'nosniff' });
  res.end(body);
  return true;
}
