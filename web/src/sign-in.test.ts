import { describe, expect, it } from 'vitest';
import { authorizationUrl, codeChallenge, finishSignIn, loadOidcSettings, type KeyValueStore, type OidcSettings } from './sign-in.js';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const settings: OidcSettings = { clientId: 'explorer', authorizationEndpoint: 'https://id.example.com/oauth2/authorize?tenant=t1', tokenEndpoint: 'https://id.example.com/oauth2/token', scopes: ['openid', 'newsfacts/read'] };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('sends the browser to the authorize endpoint with code, client, redirect, scopes, state and the challenge of a remembered verifier', async () => {
    const store = memoryStore();
    const url = new URL(await authorizationUrl(settings, 'https://explorer.example.com/', '#/entities/per-x', store));
    const pending = JSON.parse(store.data.get('newsfacts.sign-in')!) as { state: string; verifier: string; returnTo: string };
    expect(url.origin + url.pathname).toBe('https://id.example.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 't1', response_type: 'code', client_id: 'explorer', redirect_uri: 'https://explorer.example.com/', scope: 'openid newsfacts/read',
      state: pending.state, code_challenge: await codeChallenge(pending.verifier), code_challenge_method: 'S256',
    });
    expect(pending.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pending.returnTo).toBe('#/entities/per-x');
  });
});

describe('finishing a sign-in', () => {
  it('exchanges the code with the verifier for the access token, once', async () => {
    const store = memoryStore();
    const url = new URL(await authorizationUrl(settings, 'https://explorer.example.com/', '#/', store));
    const { verifier } = JSON.parse(store.data.get('newsfacts.sign-in')!) as { verifier: string };
    const sent: { url: string; body: string }[] = [];
    const fetchToken = async (input: string, init?: { body?: string }) => {
      sent.push({ url: input, body: init?.body ?? '' });
      return json(200, { access_token: 'at-1', id_token: 'id-1', token_type: 'Bearer' });
    };
    const search = `?code=c-1&state=${url.searchParams.get('state')}`;
    expect(await finishSignIn(search, settings, store, fetchToken)).toEqual({ kind: 'signed-in', token: 'at-1', returnTo: '#/' });
    expect(sent[0].url).toBe(settings.tokenEndpoint);
    expect(Object.fromEntries(new URLSearchParams(sent[0].body))).toEqual({ grant_type: 'authorization_code', code: 'c-1', redirect_uri: 'https://explorer.example.com/', client_id: 'explorer', code_verifier: verifier });
    // Replayed: the pending sign-in is gone, so the code is not exchanged again.
    expect((await finishSignIn(search, settings, store, fetchToken)).kind).toBe('failed');
    expect(sent).toHaveLength(1);
  });

  it('refuses an answer whose state this tab did not send, reports a refusal, and ignores a page that is no answer', async () => {
    const store = memoryStore();
    await authorizationUrl(settings, 'https://explorer.example.com/', '#/', store);
    const never = async (): Promise<Response> => { throw new Error('no request expected'); };
    expect(await finishSignIn('?code=c-1&state=forged', settings, store, never)).toMatchObject({ kind: 'failed', message: expect.stringContaining('does not match') });
    expect(await finishSignIn('?error=access_denied', settings, store, never)).toMatchObject({ kind: 'failed', message: expect.stringContaining('access_denied') });
    expect(await finishSignIn('?q=borisov', settings, store, never)).toEqual({ kind: 'none' });
  });

  it('reports a token endpoint that issues no token', async () => {
    const store = memoryStore();
    const state = new URL(await authorizationUrl(settings, 'https://explorer.example.com/', '#/', store)).searchParams.get('state');
    expect(await finishSignIn(`?code=c&state=${state}`, settings, store, async () => json(400, { error: 'invalid_grant' }))).toMatchObject({ kind: 'failed', message: expect.stringContaining('400, invalid_grant') });
  });
});

describe('the sign-in settings', () => {
  it('are read from /auth-config.json, and absent when it is missing or its endpoints are neither https nor loopback', async () => {
    const serve = (status: number, body: unknown) => async () => json(status, body);
    expect(await loadOidcSettings(serve(200, { oidc: settings }))).toEqual(settings);
    expect(await loadOidcSettings(serve(404, {}))).toBeNull();
    expect(await loadOidcSettings(serve(200, { oidc: { ...settings, tokenEndpoint: 'http://id.example.com/token' } }))).toBeNull();
    expect((await loadOidcSettings(serve(200, { oidc: { ...settings, tokenEndpoint: 'http://127.0.0.1:9999/token', scopes: undefined } })))?.scopes).toEqual(['openid']);
  });
});
