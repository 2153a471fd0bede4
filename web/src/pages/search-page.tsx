/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { getJson, paths, type ArticlePage, type ArticleSummary, type EntityDetail, type EntityPage } from '../api.js';
import { dateOf, EntityLink, LoadError, Loading, Section } from '../components/common.js';
import { hrefOf } from '../route.js';
import { mergeArticles, planSearch } from '../search-plan.js';
import { useLoad } from '../use-load.js';

interface Results {
  entities: (EntityDetail | null)[];
  articles: ArticleSummary[];
  rejected: ArticleSummary[];
}

async function search(q: string, signal: AbortSignal): Promise<Results> {
  const plan = planSearch(q);
  const none = Promise.resolve({ items: [] as ArticleSummary[], nextCursor: null } as ArticlePage);
  const entitiesFound = plan.entityQuery
    ? getJson<EntityPage>('/entities', { q: plan.entityQuery, limit: 20 }, { signal })
    : Promise.resolve({ items: [], nextCursor: null } as EntityPage);
  // Words are searched by the API over every article (title word starts, and as a source name);
  // a date lists every article of that period; no query lists the newest.
  const byTitle = plan.text ? getJson<ArticlePage>('/articles', { title: plan.text, limit: 50 }, { signal }) : none;
  const bySource = plan.text ? getJson<ArticlePage>('/articles', { source: plan.text, limit: 50 }, { signal }) : none;
  const byDate = plan.text ? none : getJson<ArticlePage>('/articles', { status: 'processed', limit: 50, ...(plan.dateRange ?? {}) }, { signal });
  // Rejected files are searched by the API too: by the words of their file name, and by their
  // code when the query names one; a date lists those received then, no query the newest.
  const rejectedByName = plan.text ? getJson<ArticlePage>('/articles', { title: plan.text, status: 'rejected', limit: 50 }, { signal }) : none;
  const rejectedByCode = plan.rejectionCode ? getJson<ArticlePage>('/articles', { code: plan.rejectionCode, limit: 50 }, { signal }) : none;
  const rejectedLatest = plan.text ? none : getJson<ArticlePage>('/articles', { status: 'rejected', limit: 50, ...(plan.dateRange ?? {}) }, { signal });
  // Article counts come with each entity's detail: one small request per name found.
  const entities = Promise.all((await entitiesFound).items.map((e) => getJson<EntityDetail>(paths.entity(e.id), {}, { signal }).catch(() => null)));
  const [titlePage, sourcePage, datePage, ...rejectedPages] = await Promise.all([byTitle, bySource, byDate, rejectedByName, rejectedByCode, rejectedLatest]);
  return {
    entities: await entities,
    articles: mergeArticles([titlePage.items, sourcePage.items, datePage.items]).slice(0, 50),
    rejected: mergeArticles(rejectedPages.map((p) => p.items)).slice(0, 50),
  };
}

export function SearchPage({ q }: { q: string }) {
  const [draft, setDraft] = useState(q);
  const results = useLoad((signal) => search(q, signal), [q]);
  const submit = (event: Event) => {
    event.preventDefault();
    location.hash = hrefOf({ page: 'search', q: draft.trim() });
  };
  return (
    <>
      <form class="search" role="search" onSubmit={submit}>
        <label for="q">Search names, article titles, sources or dates (2022-02, 2022-02-17), and rejected files by file name or error code</label>
        <div class="search-row">
          <input id="q" type="search" name="q" value={draft} autoFocus autoComplete="off" spellcheck={false} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <button type="submit">Search</button>
        </div>
      </form>
      {results.state === 'loading' && <Loading what="results" />}
      {results.state === 'error' && <LoadError error={results.error} what="results" />}
      {results.state === 'ok' && <ResultLists q={q} results={results.data} />}
    </>
  );
}

function ResultLists({ q, results }: { q: string; results: Results }) {
  const plan = planSearch(q);
  return (
    <div class="results">
      {plan.entityQuery && (
        <Section title={`Entities (${results.entities.length})`} id="entities">
          {results.entities.length === 0 ? <p class="muted">No name or alias starts with “{plan.entityQuery}”.</p> : (
            <ul class="list" aria-label="Entities found">
              {results.entities.map((e) => e && (
                <li key={e.id}>
                  <EntityLink id={e.id} name={e.name} type={e.type} />
                  <span class="muted"> · {e.articleCount}{e.articleCountExact ? '' : '+'} article{e.articleCount === 1 ? '' : 's'}</span>
                  {e.aliases.length > 0 && <span class="muted"> · also {e.aliases.slice(0, 4).join(', ')}</span>}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      <Section title={q ? `Articles (${results.articles.length})` : 'Latest articles'} id="articles">
        {results.articles.length === 0 ? <p class="muted">No article matches.</p> : <ArticleList articles={results.articles} />}
        {plan.text && <p class="muted small">Articles whose title has words starting with every word you typed, and articles from a source of that name, across all articles; a date (2022-02) lists every article published then.</p>}
      </Section>
      <Section title={`Rejected files (${results.rejected.length})`} id="rejected">
        {results.rejected.length === 0 ? <p class="muted">No rejected file{q ? ' matches' : ''}.</p> : (
          <ul class="list" aria-label="Rejected files">
            {results.rejected.map((a) => (
              <li key={a.articleId}>
                <a href={hrefOf({ page: 'article', id: a.articleId, span: null })}>{a.key}</a> <code class="code">{a.error?.code}</code>
                <span class="muted"> · received {dateOf(a.receivedAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {plan.text && <p class="muted small">Rejected files with a word of their file name starting with every word you typed, or with the error code you typed (BINARY_DATA), across all rejected files.</p>}
      </Section>
    </div>
  );
}

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul class="list" aria-label="Articles">
      {articles.map((a) => (
        <li key={a.articleId}>
          <a href={hrefOf({ page: 'article', id: a.articleId, span: null })}>{a.title ?? a.key}</a>
          <span class="muted"> · {dateOf(a.publishedAt)}{a.sources.length ? ` · ${a.sources.join(' → ')}` : ''}{a.dateline ? ` · ${a.dateline}` : ''}</span>
        </li>
      ))}
    </ul>
  );
}
