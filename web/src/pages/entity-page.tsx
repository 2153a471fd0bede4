/** @jsxImportSource preact */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson, paths, type ArticlePage, type ArticleSummary, type CoMentions, type EntityDetail, type FactRecord, type FactRecordPage } from '../api.js';
import { dateOf, EntityLink, LoadError, Loading, Section, TypeBadge } from '../components/common.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { hrefOf } from '../route.js';
import { timelineBuckets } from '../timeline.js';
import { useLoad } from '../use-load.js';
import { ArticleList } from './search-page.js';

/** Pages of the entity's articles read for the timeline: 500 articles at most. */
const TIMELINE_PAGES = 5;

async function allDates(id: string, signal: AbortSignal): Promise<string[]> {
  const dates: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < TIMELINE_PAGES; page++) {
    const answer = await getJson<ArticlePage>(paths.entityArticles(id), { limit: 100, cursor }, { signal });
    dates.push(...answer.items.map((a) => a.publishedAt ?? a.receivedAt));
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return dates;
}

export function EntityPage({ id }: { id: string }) {
  const entity = useLoad((signal) => getJson<EntityDetail>(paths.entity(id), {}, { signal }), [id]);
  if (entity.state === 'loading') return <Loading what="the entity" />;
  if (entity.state === 'error') {
    if (entity.error instanceof ApiError && entity.error.status === 404) {
      return (
        <section class="panel not-found" aria-labelledby="not-found-title">
          <h1 id="not-found-title">No entity “{id}” yet</h1>
          <p>No article in the knowledge base names it. It may be spelled differently, or its article has not been ingested yet.</p>
          <p><a href={hrefOf({ page: 'search', q: id.replace(/^[a-z]+-/, '').replace(/-/g, ' ') })}>Search for similar names</a></p>
        </section>
      );
    }
    return <LoadError error={entity.error} what="the entity" />;
  }
  return <EntityView entity={entity.data} />;
}

function EntityView({ entity }: { entity: EntityDetail }) {
  const facts = useLoad((signal) => getJson<FactRecordPage>(paths.entityFacts(entity.id), { limit: 100 }, { signal }), [entity.id]);
  const coMentions = useLoad((signal) => getJson<CoMentions>(paths.coMentions(entity.id), { limit: 10 }, { signal }), [entity.id]);
  const dates = useLoad((signal) => allDates(entity.id, signal), [entity.id]);
  const names = new Map(coMentions.state === 'ok' ? coMentions.data.items.map((e) => [e.id, e.name]) : []);
  return (
    <article class="entity" aria-labelledby="entity-name">
      <header class="page-header">
        <h1 id="entity-name">{entity.name} <TypeBadge type={entity.type} /></h1>
        <dl class="meta">
          <dt>Id</dt><dd><code>{entity.id}</code></dd>
          <dt>Also written</dt><dd>{entity.aliases.length ? entity.aliases.join(', ') : '—'}</dd>
          <dt>Articles</dt><dd>{entity.articleCount}{entity.articleCountExact ? '' : ' or more'}</dd>
          {entity.storyCount !== undefined && <><dt>Stories</dt><dd>{entity.storyCount} <span class="muted small">(copies of one story counted once)</span></dd></>}
          <dt>First seen</dt><dd>{dateOf(entity.firstSeen)}</dd>
          <dt>Last seen</dt><dd>{dateOf(entity.lastSeen)}</dd>
        </dl>
      </header>
      <div class="columns">
        <div class="main-column">
          <Section title="Mentions over time" id="timeline">
            {dates.state === 'loading' && <Loading what="the timeline" />}
            {dates.state === 'error' && <LoadError error={dates.error} what="the timeline" />}
            {dates.state === 'ok' && <TimelineChart buckets={timelineBuckets(dates.data)} total={dates.data.length} />}
          </Section>
          {facts.state === 'loading' && <Loading what="facts" />}
          {facts.state === 'error' && <LoadError error={facts.error} what="facts" />}
          {facts.state === 'ok' && <FactSections entityId={entity.id} records={facts.data.items} names={names} />}
          <Section title="Articles, newest first" id="articles">
            <PagedArticles entityId={entity.id} />
          </Section>
        </div>
        <aside class="side-column">
          <Section title="Most often named with" id="co-mentions">
            {coMentions.state === 'loading' && <Loading what="co-mentions" />}
            {coMentions.state === 'error' && <LoadError error={coMentions.error} what="co-mentions" />}
            {coMentions.state === 'ok' && (coMentions.data.items.length === 0 ? <p class="muted">No other entity in its articles.</p> : (
              <>
                <ol class="list co-mentions" aria-label="Co-mentioned entities">
                  {coMentions.data.items.map((e) => (
                    <li key={e.id}><EntityLink id={e.id} name={e.name} type={e.type} /> <span class="muted">· {e.articleCount} shared</span></li>
                  ))}
                </ol>
                <p class="muted small">Counted over {coMentions.data.complete ? 'all' : 'the newest'} {coMentions.data.articlesRead} article{coMentions.data.articlesRead === 1 ? '' : 's'}.</p>
              </>
            ))}
          </Section>
        </aside>
      </div>
    </article>
  );
}

function FactSections({ entityId, records, names }: { entityId: string; records: FactRecord[]; names: Map<string, string> }) {
  const quotes = records.filter((r) => r.fact.type === 'quote' && r.fact.speaker.entityId === entityId);
  const roles = records.filter((r) => r.fact.type === 'role' && r.fact.person === entityId);
  const name = (id: string) => names.get(id) ?? id;
  return (
    <>
      <Section title={`Roles held (${roles.length})`} id="roles">
        {roles.length === 0 ? <p class="muted">No role found.</p> : (
          <ul class="list" aria-label="Roles">
            {roles.map((r, i) => r.fact.type === 'role' && (
              <li key={i}>
                <strong>{r.fact.title}</strong>
                {r.fact.org && <>, <EntityLink id={r.fact.org} name={name(r.fact.org)} /></>}
                <span class="muted"> · {r.fact.date ?? dateOf(r.publishedAt)} · </span>
                <a href={hrefOf({ page: 'article', id: r.articleId, span: spanOf(r) })}>evidence</a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Quotes and reported speech (${quotes.length})`} id="quotes">
        {quotes.length === 0 ? <p class="muted">No quote found.</p> : (
          <ul class="quotes" aria-label="Quotes">
            {quotes.map((r, i) => r.fact.type === 'quote' && (
              <li key={i} class="quote">
                <blockquote>{r.fact.direct ? `“${r.fact.content.text}”` : r.fact.content.text}</blockquote>
                <p class="evidence"><span class="label">Evidence:</span> {r.evidence}</p>
                <p class="muted small">
                  {r.fact.direct ? 'Direct quote' : 'Reported speech'} · {dateOf(r.publishedAt)}{r.sources.length ? ` · ${r.sources.join(' → ')}` : ''} ·{' '}
                  <a href={hrefOf({ page: 'article', id: r.articleId, span: spanOf(r) })}>read in the article</a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** The article page selects a fact by its evidence offsets ("at<start>-<end>"). */
function spanOf(record: FactRecord): string {
  return `at${record.fact.start}-${record.fact.end}`;
}

function PagedArticles({ entityId }: { entityId: string }) {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const more = async (from: string | undefined, reset: boolean) => {
    setBusy(true);
    try {
      const page = await getJson<ArticlePage>(paths.entityArticles(entityId), { limit: 20, cursor: from });
      setArticles((known) => (reset ? page.items : [...known, ...page.items]));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page is read again only for another entity
  useEffect(() => {
    void more(undefined, true);
  }, [entityId]);
  return (
    <>
      {articles.length > 0 && <ArticleList articles={articles} />}
      {error !== null && <LoadError error={error} what="articles" />}
      {cursor === undefined && error === null && <Loading what="articles" />}
      {cursor && <button type="button" disabled={busy} onClick={() => void more(cursor, false)}>{busy ? 'Loading…' : 'More articles'}</button>}
    </>
  );
}
