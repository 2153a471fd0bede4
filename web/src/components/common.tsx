/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, bearerToken, type EntityType } from '../api.js';
import { hrefOf } from '../route.js';
import { authorizationUrl, loadOidcSettings, type OidcSettings } from '../sign-in.js';
import { useLoad } from '../use-load.js';

export function TypeBadge({ type }: { type: EntityType }) {
  return <span class={`badge badge-${type.toLowerCase()}`}>{type}</span>;
}

export function EntityLink({ id, name, type }: { id: string; name?: string; type?: EntityType }) {
  return (
    <span class="entity-link">
      <a href={hrefOf({ page: 'entity', id })}>{name ?? id}</a>
      {type && <> <TypeBadge type={type} /></>}
    </span>
  );
}

export function Loading({ what }: { what: string }) {
  return <p class="muted" role="status">Loading {what}…</p>;
}

/** A failed load in words: the API's own explanation when it gave one. */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return <TokenForm rejected={bearerToken.get() !== null} />;
  const detail = error instanceof ApiError ? (error.problem?.detail ?? error.message) : error instanceof Error ? error.message : String(error);
  return <p class="error" role="alert">Could not load {what}: {detail}</p>;
}

/**
 * The API wants a JWT (apiAuth=jwt): a sign-in with the deployment's identity provider when it
 * configured one (authorization code + PKCE, sign-in.ts), else a token the user pastes.
 */
let oidcSettings: Promise<OidcSettings | null> | undefined;

export function TokenForm({ rejected }: { rejected: boolean }) {
  // Read once per page load: every section that failed with a 401 shows this form.
  const settings = useLoad((_signal) => (oidcSettings ??= loadOidcSettings().catch(() => null)), []);
  const intro = rejected ? 'The API refused the token this tab holds (expired, or for another audience).' : 'This deployment of the API takes a bearer token (newsfacts:apiAuth=jwt).';
  if (settings.state === 'loading') return <Loading what="sign-in" />;
  const oidc = settings.state === 'ok' ? settings.data : null;
  if (!oidc) return <PasteTokenForm intro={intro} />;
  const signIn = async () => {
    bearerToken.set(null);
    location.assign(await authorizationUrl(oidc, `${location.origin}/`, location.hash || '#/', sessionStorage));
  };
  return (
    <div class="panel token-form">
      <h2>Sign in to the API</h2>
      <p>{intro}</p>
      <button type="button" onClick={() => void signIn()}>Sign in with your identity provider</button>
      <details>
        <summary>Paste a token instead</summary>
        <PasteTokenForm intro="" />
      </details>
    </div>
  );
}

function PasteTokenForm({ intro }: { intro: string }) {
  const [token, setToken] = useState('');
  return (
    <form
      class={intro ? 'panel token-form' : 'token-form'}
      onSubmit={(event) => {
        event.preventDefault();
        bearerToken.set(token.trim() || null);
        location.reload();
      }}
    >
      {intro && <h2>Sign in to the API</h2>}
      {intro && <p>{intro}</p>}
      <label for="token">Access token (JWT) from your identity provider; kept for this tab only</label>
      <div class="search-row">
        <input id="token" type="password" autoComplete="off" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} />
        <button type="submit">Use this token</button>
      </div>
    </form>
  );
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="panel" aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export function dateOf(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : 'undated';
}
