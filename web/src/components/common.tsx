/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { ApiError, type EntityType } from '../api.js';
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
  const detail = error instanceof ApiError ? (error.problem?.detail ?? error.message) : error instanceof Error ? error.message : String(error);
  return <p class="error" role="alert">Could not load {what}: {detail}</p>;
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
