/** @jsxImportSource preact */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticlePage } from './pages/article-page.js';
import { EntityPage } from './pages/entity-page.js';
import { SearchPage } from './pages/search-page.js';
import { hrefOf, parseRoute, type Route } from './route.js';
import './styles.css';

function titleOf(route: Route): string {
  if (route.page === 'entity') return `${route.id} · newsfacts explorer`;
  if (route.page === 'article') return `Article ${route.id} · newsfacts explorer`;
  return route.q ? `“${route.q}” · newsfacts explorer` : 'newsfacts explorer';
}

function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => {
    document.title = titleOf(route);
  }, [route]);
  // A new page (not a new span of the same article) starts at the top, with focus on its content.
  const pageKey = route.page === 'article' ? `article:${route.id}` : route.page === 'entity' ? `entity:${route.id}` : 'search';
  useEffect(() => {
    scrollTo(0, 0);
    if (route.page !== 'search') document.getElementById('content')?.focus({ preventScroll: true });
  }, [pageKey]);
  return (
    <>
      <a class="skip" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content')?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href={hrefOf({ page: 'search', q: '' })}>newsfacts explorer</a>
        <nav aria-label="Main">
          <a href={hrefOf({ page: 'search', q: '' })}>Search</a>
          <a href="/docs">API docs</a>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>
        {route.page === 'search' && <SearchPage key={route.q} q={route.q} />}
        {route.page === 'entity' && <EntityPage key={route.id} id={route.id} />}
        {route.page === 'article' && <ArticlePage key={route.id} id={route.id} span={route.span} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
