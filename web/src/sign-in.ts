/**
 * Optional sign-in for an API behind a JWT authorizer (newsfacts:apiAuth=jwt): OAuth 2.0
 * authorization code with PKCE (RFC 7636) against the identity provider the deployment names in
 * /auth-config.json (lib/constructs/explorer.ts writes it from newsfacts:explorerClientId and the
 * issuer's endpoints). A public client: no secret, the verifier never leaves this tab. Without
 * the file, the explorer asks for a pasted token instead.
 */

/** What /auth-config.json holds when sign-in is configured. */
export interface OidcSettings {
  clientId: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scopes: string[];
}

export const AUTH_CONFIG_PATH = '/auth-config.json';
const PENDING_KEY = 'newsfacts.sign-in';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

type FetchLike = (input: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Response>;

/** The sign-in settings, or null when the deployment has none (the file is absent or not ours). */
export async function loadOidcSettings(fetchImpl: FetchLike = fetch): Promise<OidcSettings | null> {
  const response = await fetchImpl(AUTH_CONFIG_PATH, { headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  const body = (await response.json().catch(() => null)) as { oidc?: Partial<OidcSettings> } | null;
  const oidc = body?.oidc;
  if (!oidc || typeof oidc.clientId !== 'string' || !isHttpsOrLoopback(oidc.authorizationEndpoint) || !isHttpsOrLoopback(oidc.tokenEndpoint)) return null;
  return { clientId: oidc.clientId, authorizationEndpoint: oidc.authorizationEndpoint!, tokenEndpoint: oidc.tokenEndpoint!, scopes: Array.isArray(oidc.scopes) ? oidc.scopes.map(String) : ['openid'] };
}

/** Endpoints must be https, except on loopback (a test's issuer). */
function isHttpsOrLoopback(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random string of URL-safe characters (32 bytes: 43 characters, within PKCE's 43-128). */
export function randomToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** S256 code challenge of a verifier (RFC 7636 §4.2). */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/**
 * The authorization request to send the browser to; remembers state, verifier and where to come
 * back to (the route's hash) in the tab's storage.
 */
export async function authorizationUrl(settings: OidcSettings, redirectUri: string, returnTo: string, storage: KeyValueStore): Promise<string> {
  const state = randomToken();
  const verifier = randomToken();
  storage.setItem(PENDING_KEY, JSON.stringify({ state, verifier, returnTo, redirectUri }));
  const url = new URL(settings.authorizationEndpoint);
  url.search = new URLSearchParams({
    ...Object.fromEntries(url.searchParams),
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    scope: settings.scopes.join(' '),
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export type SignInResult = { kind: 'none' } | { kind: 'signed-in'; token: string; returnTo: string } | { kind: 'failed'; message: string };

/**
 * Finishes a sign-in when the page was loaded as the redirect back (`?code=&state=`, or
 * `?error=`): checks the state against the one this tab sent, exchanges the code for tokens
 * with the verifier, and answers the access token.
 */
export async function finishSignIn(search: string, settings: OidcSettings | null, storage: KeyValueStore, fetchImpl: FetchLike = fetch): Promise<SignInResult> {
  const params = new URLSearchParams(search);
  if (!params.has('code') && !params.has('error')) return { kind: 'none' };
  const pending = JSON.parse(storage.getItem(PENDING_KEY) ?? 'null') as { state: string; verifier: string; returnTo: string; redirectUri: string } | null;
  storage.removeItem(PENDING_KEY);
  if (params.has('error')) return { kind: 'failed', message: `The identity provider refused the sign-in: ${params.get('error_description') ?? params.get('error')}.` };
  // A code this tab did not ask for (or asked for and already used) is not exchanged.
  if (!pending || params.get('state') !== pending.state) return { kind: 'failed', message: 'The sign-in answer does not match a sign-in started in this tab; sign in again.' };
  if (!settings) return { kind: 'failed', message: 'Sign-in is not configured for this explorer.' };
  const response = await fetchImpl(settings.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code')!, redirect_uri: pending.redirectUri, client_id: settings.clientId, code_verifier: pending.verifier }).toString(),
  });
  const body = (await response.json().catch(() => null)) as { access_token?: unknown; error?: unknown } | null;
  if (!response.ok || typeof body?.access_token !== 'string') {
    return { kind: 'failed', message: `The identity provider did not issue a token (${response.status}${typeof body?.error === 'string' ? `, ${body.error}` : ''}); sign in again.` };
  }
  return { kind: 'signed-in', token: body.access_token, returnTo: pending.returnTo };
}
