/** @jsxImportSource preact */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, getJson, paths, type ArticleDetail, type SimilarArticles } from '../api.js';
import { EntityLink, LoadError, Loading, Section, TypeBadge } from '../components/common.js';
import { segmentText, spansOfArticle, type Segment, type TextSpan } from '../highlight.js';
import { hrefOf } from '../route.js';
import { useLoad } from '../use-load.js';

export function ArticlePage({ id, span }: { id: string; span: string | null }) {
  const article = useLoad((signal) => getJson<ArticleDetail>(paths.article(id), { include: 'text' }, { signal }), [id]);
  if (article.state === 'loading') return <Loading what="the article" />;
  if (article.state === 'error') {
    if (article.error instanceof ApiError && article.error.status === 404) {
      return (
        <section class="panel not-found" aria-labelledby="not-found-title">
          <h1 id="not-found-title">No article “{id}”</h1>
          <p>It may have been deleted or replaced by a newer version of its file.</p>
          <p><a href={hrefOf({ page: 'search', q: '' })}>Back to the latest articles</a></p>
        </section>
      );
    }
    return <LoadError error={article.error} what="the article" />;
  }
  return article.data.status === 'rejected' ? <RejectedFile article={article.data} /> : <ArticleView article={article.data} span={span} />;
}

function RejectedFile({ article }: { article: ArticleDetail }) {
  return (
    <article class="panel rejected" aria-labelledby="rejected-title">
      <h1 id="rejected-title">Rejected file</h1>
      <dl class="meta">
        <dt>File</dt><dd><code>{article.key}</code></dd>
        <dt>Code</dt><dd><code class="code" data-error-code={article.error?.code}>{article.error?.code}</code></dd>
        <dt>Why</dt><dd>{article.error?.message}</dd>
        <dt>Received</dt><dd>{article.receivedAt}</dd>
      </dl>
      <p class="muted">Fix the file and upload it again under the same key: the new version replaces this record.</p>
    </article>
  );
}

/** A span named by the route: its key ("e2.0", "f3") or a fact's evidence offsets ("at12-80"). */
export function findSpan(spans: TextSpan[], wanted: string | null): TextSpan | null {
  if (!wanted) return null;
  const offsets = /^at(\d+)-(\d+)$/.exec(wanted);
  if (!offsets) return spans.find((s) => s.key === wanted) ?? null;
  const [start, end] = [Number(offsets[1]), Number(offsets[2])];
  return spans.find((s) => s.kind === 'fact' && s.start === start && s.end === end) ?? spans.find((s) => s.start === start && s.end === end) ?? null;
}

function ArticleView({ article, span }: { article: ArticleDetail; span: string | null }) {
  const text = article.text ?? '';
  const spans = useMemo(() => spansOfArticle(article), [article]);
  const segments = useMemo(() => segmentText(text, spans), [text, spans]);
  const [selected, setSelected] = useState<{ segment: Segment | null; span: TextSpan | null }>({ segment: null, span: null });

  // A link to a span (from a fact here or from an entity page) selects it and moves focus to it.
  useEffect(() => {
    const target = findSpan(spans, span);
    if (!target) return;
    const first = segments.find((s) => s.spans.some((x) => x.key === target.key)) ?? null;
    setSelected({ segment: first, span: target });
    const element = first && document.getElementById(`seg-${first.start}`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    }
  }, [span, spans, segments]);

  const choose = (segment: Segment) => setSelected({ segment, span: segment.spans[segment.spans.length - 1] ?? null });
  return (
    <article class="article" aria-labelledby="article-title">
      <header class="page-header">
        <h1 id="article-title">{article.title ?? article.key}</h1>
        <dl class="meta">
          <dt>Published</dt><dd>{article.publishedAt ?? 'undated'}</dd>
          <dt>Source chain</dt><dd>{article.sources.length ? article.sources.join(' → ') : '—'}</dd>
          <dt>Dateline</dt><dd>{article.dateline ?? '—'}</dd>
          <dt>Received</dt><dd>{article.receivedAt}</dd>
          <dt>File</dt><dd><code>{article.key}</code></dd>
          {article.url && <><dt>URL</dt><dd><a href={article.url} rel="noreferrer noopener">{article.url}</a></dd></>}
          {article.author && <><dt>Author</dt><dd>{article.author}</dd></>}
        </dl>
        <p class="legend" aria-label="Highlight legend">
          <mark class="hl k-entity">entity</mark> <mark class="hl k-timex">time</mark> <mark class="hl k-quantity">quantity</mark> <mark class="hl k-fact">fact evidence</mark>
          <span class="muted"> · click or press Enter on a highlight to see what it resolves to</span>
        </p>
      </header>
      <div class="columns">
        <div class="main-column">
          <Section title="Text" id="text">
            <div class="article-text">
              {segments.map((segment) => (segment.spans.length === 0 ? segment.text : (
                <SegmentMark key={segment.start} segment={segment} selected={selected.span !== null && segment.spans.some((s) => s.key === selected.span?.key)} onChoose={choose} />
              )))}
            </div>
          </Section>
        </div>
        <aside class="side-column">
          <Section title="Selected" id="selected">
            <div aria-live="polite">{selected.segment ? <SpanDetails segment={selected.segment} chosen={selected.span} article={article} /> : <p class="muted">Nothing selected yet.</p>}</div>
          </Section>
          <Section title="Same story" id="same-story">
            <SameStory articleId={article.articleId} />
          </Section>
          <Section title={`Facts (${article.facts.length})`} id="facts">
            {article.facts.length === 0 ? <p class="muted">No fact found.</p> : (
              <ol class="list facts" aria-label="Facts">
                {spans.filter((s) => s.kind === 'fact').map((s) => (
                  <li key={s.key}>
                    <span class="fact-type">{s.factType}</span> {s.label}
                    <br /><a href={hrefOf({ page: 'article', id: article.articleId, span: s.key })}>show in text</a>
                    <span class="muted small"> · “{text.slice(s.start, Math.min(s.end, s.start + 90))}{s.end - s.start > 90 ? '…' : ''}”</span>
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </aside>
      </div>
    </article>
  );
}

/** The article's near-duplicates (GET /articles/{id}/similar): its copies and versions, and related texts. */
function SameStory({ articleId }: { articleId: string }) {
  const similar = useLoad((signal) => getJson<SimilarArticles>(paths.similar(articleId), {}, { signal }), [articleId]);
  if (similar.state === 'loading') return <Loading what="its copies" />;
  if (similar.state === 'error') return <LoadError error={similar.error} what="its copies" />;
  const { storyId, items } = similar.data;
  if (storyId === null) return <p class="muted">Too short to compare with other articles.</p>;
  return (
    <>
      <p class="muted small">
        {storyId === articleId ? 'This is the first stored copy of its story.' : <>Story of <a href={hrefOf({ page: 'article', id: storyId, span: null })}>its first stored copy</a>.</>}
      </p>
      {items.length === 0 ? <p class="muted">No copy or version of this story is stored.</p> : (
        <ol class="list" aria-label="Same story">
          {items.map((item) => (
            <li key={item.article.articleId} data-relation={item.relation}>
              <a href={hrefOf({ page: 'article', id: item.article.articleId, span: null })}>{item.article.title ?? item.article.key}</a>
              <span class="muted small"> · {item.relation}, {Math.round(item.similarity * 100)} % alike · {item.article.publishedAt ?? 'undated'}{item.article.sources.length ? ` · ${item.article.sources.join(' → ')}` : ''}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function SegmentMark({ segment, selected, onChoose }: { segment: Segment; selected: boolean; onChoose: (segment: Segment) => void }) {
  const innermost = (kind: TextSpan['kind']) => [...segment.spans].reverse().find((s) => s.kind === kind);
  const entity = innermost('entity');
  const timex = innermost('timex');
  const quantity = innermost('quantity');
  const kinds = [...new Set(segment.spans.map((s) => `k-${s.kind}`))].join(' ');
  return (
    <mark
      id={`seg-${segment.start}`}
      class={`hl ${kinds}${selected ? ' selected' : ''}`}
      data-span={segment.spans.map((s) => s.key).join(' ')}
      data-entity={entity?.entityId}
      data-timex={timex?.value}
      data-quantity={quantity?.value}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={`${segment.text}: ${segment.spans.map((s) => s.label).join('; ')}`}
      onClick={() => onChoose(segment)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onChoose(segment);
        }
      }}
    >
      {segment.text}
    </mark>
  );
}

function SpanDetails({ segment, chosen, article }: { segment: Segment; chosen: TextSpan | null; article: ArticleDetail }) {
  const entityOf = (id: string | undefined) => article.entities.find((e) => e.id === id);
  const shown = chosen ?? segment;
  return (
    <div class="span-details">
      <p class="selected-text">“{(article.text ?? '').slice(shown.start, shown.end)}”</p>
      <ul class="list">
        {segment.spans.map((s) => {
          if (s.kind === 'entity') {
            const entity = entityOf(s.entityId);
            return <li key={s.key}>Entity: {entity ? <EntityLink id={entity.id} name={entity.name} type={entity.type} /> : s.label} <code>{s.entityId}</code></li>;
          }
          if (s.kind === 'timex') return <li key={s.key}>Time expression, TIMEX3 value <code data-timex-value={s.value}>{s.value}</code></li>;
          if (s.kind === 'quantity') return <li key={s.key}>Quantity: {s.label}</li>;
          const speaker = s.speaker?.entityId ? entityOf(s.speaker.entityId) : undefined;
          return (
            <li key={s.key}>
              Fact ({s.factType}): {s.label}
              {s.speaker && <><br />Speaker: “{s.speaker.text}”{speaker ? <> → <EntityLink id={speaker.id} name={speaker.name} /> <TypeBadge type={speaker.type} /></> : ' (unresolved)'}</>}
            </li>
          );
        })}
      </ul>
      <p class="muted small">Characters {shown.start}–{shown.end} of the normalized text.</p>
    </div>
  );
}
