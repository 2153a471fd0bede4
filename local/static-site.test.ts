import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from './api-gateway-adapter.js';
import { findFreePort } from './services/ports.js';
import { createStaticSite } from './static-site.js';

// The explorer's files and the API on one server, as `npm start` runs them.
const root = mkdtempSync(join(tmpdir(), 'newsfacts-site-'));
const dist = join(root, 'dist');
let server: RunningApiServer;
const apiPaths: string[] = [];

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, 'docs'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
  writeFileSync(join(dist, 'assets/app-ABC123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'docs/index.html'), '<!doctype html><title>docs</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the site');
  server = await startApiServer({
    port: await findFreePort(), host: '127.0.0.1', site: createStaticSite(dist),
    handler: async (event) => {
      apiPaths.push(event.rawPath);
      return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ api: event.rawPath }) };
    },
  });
});
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the static site in front of the API', () => {
  it('serves the explorer at / and the docs at /docs, with a same-origin content security policy', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await home.text()).toContain('<title>explorer</title>');
    for (const path of ['/docs', '/docs/']) expect(await (await fetch(server.url + path)).text()).toContain('<title>docs</title>');
  });

  it('caches hashed assets for good and the page not at all', async () => {
    const asset = await fetch(`${server.url}/assets/app-ABC123.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file and never serves a file outside the build', async () => {
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    for (const path of ['/assets/..%2Fsecret.txt', '/assets/%2e%2e/secret.txt', '/docs/../../secret.txt']) {
      const response = await fetch(server.url + path);
      expect(await response.text(), path).not.toContain('outside the site');
    }
  });

  it('hands every other path, and every method but GET and HEAD, to the API', async () => {
    apiPaths.length = 0;
    for (const path of ['/health', '/entities/per-x', '/openapi.json', '/assetsx', '/docsx']) {
      expect(await (await fetch(server.url + path)).json()).toEqual({ api: path });
    }
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(200);
    expect(apiPaths).toEqual(['/health', '/entities/per-x', '/openapi.json', '/assetsx', '/docsx', '/']);
  });

  it('serves a build’s sign-in settings and lets the page call their token endpoint, and nothing else, only then', async () => {
    expect((await fetch(`${server.url}/auth-config.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/`)).headers.get('content-security-policy')).toContain("connect-src 'self';");
    const signed = mkdtempSync(join(tmpdir(), 'newsfacts-site-'));
    writeFileSync(join(signed, 'index.html'), '<!doctype html><title>explorer</title>');
    const oidc = { clientId: 'c', authorizationEndpoint: 'https://id.example.com/authorize', tokenEndpoint: 'https://id.example.com:8443/oauth2/token', scopes: ['openid'] };
    writeFileSync(join(signed, 'auth-config.json'), JSON.stringify({ oidc }));
    const site = await startApiServer({ port: await findFreePort(), host: '127.0.0.1', site: createStaticSite(signed), handler: async () => ({ statusCode: 204 }) });
    try {
      expect(await (await fetch(`${site.url}/auth-config.json`)).json()).toEqual({ oidc });
      expect((await fetch(`${site.url}/`)).headers.get('content-security-policy')).toContain("connect-src 'self' https://id.example.com:8443;");
    } finally {
      await site.stop();
      rmSync(signed, { recursive: true, force: true });
    }
  });

  it('says how to build the explorer when it was never built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsfacts-site-'));
    const bare = await startApiServer({ port: await findFreePort(), host: '127.0.0.1', site: createStaticSite(empty), handler: async () => ({ statusCode: 204 }) });
    try {
      const response = await fetch(`${bare.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:web');
    } finally {
      await bare.stop();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
