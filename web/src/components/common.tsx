/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError, bearerToken, type EntityType } from '../api.js';
import { hrefOf } from '../route.js';

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

/** The API wants a JWT (apiAuth=jwt): the user pastes one from their identity provider. */
export function TokenForm({ rejected }: { rejected: boolean }) {
  const [token, setToken] = useState('');
  return (
    <form
      class="panel token-form"
      onSubmit={(event) => {
        event.preventDefault();
        bearerToken.set(token.trim() || null);
        location.reload();
      }}
    >
      <h2>Sign in to the API</h2>
      <p>{rejected ? 'The API refused the token this tab holds (expired, or for another audience).' : 'This deployment of the API takes a bearer token (newsfacts:apiAuth=jwt).'}</p>
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
