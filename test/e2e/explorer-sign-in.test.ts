import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGatewayHandler } from '../../lambdas/aws/api-gateway-v2.js';
import { createQueryApi } from '../../lambdas/query/query-api.js';
import { startApiServer, type RunningApiServer } from '../../local/api-gateway-adapter.js';
import { findFreePort } from '../../local/services/ports.js';
import { createStaticSite } from '../../local/static-site.js';
import { InMemoryArticleReader } from '../support/in-memory-article-reader.js';
import { SAMPLE_ARTICLES } from '../support/sample-articles.js';

// Sign-in of the explorer (web/src/sign-in.ts) in headless Chromium: the built explorer with an
// auth-config.json, in front of the query API behind a stand-in for API Gateway's JWT authorizer
// (401 without the issued bearer token), and a small OAuth 2.0 issuer of our own that checks
// PKCE. A second site without auth-config.json asks for a pasted token instead.
const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const CLIENT_ID = 'newsfacts-explorer';

const work = mkdtempSync(join(tmpdir(), 'newsfacts-sign-in-'));
let browser: Browser;
let issuer: Server;
let issuerUrl: string;
let signedSite: RunningApiServer;
let pasteSite: RunningApiServer;
/** Authorization headers the API saw, in order. */
const apiAuthorizations: (string | undefined)[] = [];
const issuedTokens: string[] = [];
const codes = new Map<string, { challenge: string; redirectUri: string }>();
const issuerLog: string[] = [];

/** The issuer: /authorize redirects back with a code bound to the PKCE challenge, /token checks the verifier. */
function startIssuer(port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
      const p = url.searchParams;
      issuerLog.push(`authorize ${p.get('response_type')} ${p.get('client_id')} ${p.get('code_challenge_method')} ${p.get('scope')}`);
      if (p.get('response_type') !== 'code' || p.get('client_id') !== CLIENT_ID || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) {
        res.writeHead(400).end('bad authorization request');
        return;
      }
      const code = randomUUID();
      codes.set(code, { challenge: p.get('code_challenge')!, redirectUri: p.get('redirect_uri')! });
      const back = new URL(p.get('redirect_uri')!);
      back.search = new URLSearchParams({ code, state: p.get('state')! }).toString();
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verified = grant && form.get('grant_type') === 'authorization_code' && form.get('client_id') === CLIENT_ID && form.get('redirect_uri') === grant.redirectUri
          && createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') === grant.challenge;
        issuerLog.push(`token ${verified ? 'issued' : 'refused'}`);
        const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
        if (!verified) {
          res.writeHead(400, headers).end(JSON.stringify({ error: 'invalid_grant' }));
          return;
        }
        const token = `token-${randomUUID()}`;
        issuedTokens.push(token);
        res.writeHead(200, headers).end(JSON.stringify({ access_token: token, id_token: 'not-for-the-api', token_type: 'Bearer', expires_in: 3600 }));
      });
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** The query API behind what API Gateway's JWT authorizer does: 401 unless the bearer token is one the issuer issued. */
const queryHandler = createApiGatewayHandler(createQueryApi(new InMemoryArticleReader(SAMPLE_ARTICLES)), { warn: () => {}, error: () => {} });
async function authorizedApi(event: Parameters<typeof queryHandler>[0]) {
  const authorization = event.headers?.authorization;
  apiAuthorizations.push(authorization);
  if (!issuedTokens.some((token) => authorization === `Bearer ${token}`)) {
    return { statusCode: 401, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Unauthorized' }) };
  }
  return queryHandler(event);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'web/build.ts'), '--if-stale'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const issuerPort = await findFreePort();
  issuer = await startIssuer(issuerPort);
  issuerUrl = `http://127.0.0.1:${issuerPort}`;
  const [signedDist, pasteDist] = [join(work, 'signed'), join(work, 'paste')];
  cpSync(join(ROOT, 'web/dist'), signedDist, { recursive: true });
  cpSync(join(ROOT, 'web/dist'), pasteDist, { recursive: true });
  writeFileSync(join(signedDist, 'auth-config.json'), JSON.stringify({
    oidc: { clientId: CLIENT_ID, authorizationEndpoint: `${issuerUrl}/oauth2/authorize`, tokenEndpoint: `${issuerUrl}/oauth2/token`, scopes: ['openid', 'newsfacts/read'] },
  }));
  [signedSite, pasteSite] = await Promise.all([signedDist, pasteDist].map(async (dir) => startApiServer({ port: await findFreePort(), host: '127.0.0.1', site: createStaticSite(dir), handler: authorizedApi as never })));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([signedSite?.stop(), pasteSite?.stop(), new Promise((done) => (issuer ? issuer.close(done) : done(null)))]);
  rmSync(work, { recursive: true, force: true });
});

describe('signing in to a JWT-protected API from the explorer', () => {
  it('redirects to the issuer with PKCE, exchanges the code, and then calls the API with Authorization: Bearer <access token>', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    await page.goto(`${signedSite.url}/#/entities/per-yury-borisov`);
    const signIn = page.getByRole('button', { name: 'Sign in with your identity provider' }).first();
    await signIn.click();

    // Back from the issuer on the route sign-in started from, with the code gone from the address.
    await expect.poll(() => page.locator('h1#entity-name').textContent(), { timeout: 20_000 }).toContain('Yury Borisov');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#/entities/per-yury-borisov');
    expect(issuerLog).toEqual([`authorize code ${CLIENT_ID} S256 openid newsfacts/read`, 'token issued']);
    expect(issuedTokens).toHaveLength(1);
    // The heading comes with the first call; the page's other sections call the API after it.
    const afterSignIn = () => apiAuthorizations.slice(apiAuthorizations.indexOf(`Bearer ${issuedTokens[0]}`));
    await expect.poll(() => afterSignIn().length, { timeout: 20_000 }).toBeGreaterThan(2);
    expect(new Set(afterSignIn())).toEqual(new Set([`Bearer ${issuedTokens[0]}`]));
    // The token request was allowed by the page's policy (its connect-src names the token endpoint); nothing
    // failed on the way but the API's 401s before sign-in.
    expect(pageErrors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    await context.close();
  });

  it('falls back to a pasted token when the deployment configured no sign-in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${pasteSite.url}/#/entities/per-yury-borisov`);
    const field = page.getByLabel(/Access token \(JWT\)/).first();
    await field.waitFor();
    expect(await page.getByRole('button', { name: 'Sign in with your identity provider' }).count()).toBe(0);
    const token = issuedTokens[0];
    await field.fill(token);
    await field.press('Enter');
    await expect.poll(() => page.locator('h1#entity-name').textContent(), { timeout: 20_000 }).toContain('Yury Borisov');
    expect(apiAuthorizations.at(-1)).toBe(`Bearer ${token}`);
    await context.close();
  });
});
