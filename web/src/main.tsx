/** @jsxImportSource preact */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticlePage } from './pages/article-page.js';
import { EntityPage } from './pages/entity-page.js';
import { SearchPage } from './pages/search-page.js';
import { bearerToken } from './api.js';
import { hrefOf, parseRoute, type Route } from './route.js';
import { finishSignIn, loadOidcSettings } from './sign-in.js';
import './styles.css';

function titleOf(route: Route): string {
  if (route.page === 'entity') return `${route.id} · newsfacts explorer`;
  if (route.page === 'article') return `Article ${route.id} · newsfacts explorer`;
  return route.q ? `“${route.q}” · newsfacts explorer` : 'newsfacts explorer';
}

function App({ signInError }: { signInError: string | null }) {
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
        {signInError && <p class="error" role="alert">{signInError}</p>}
        {route.page === 'search' && <SearchPage key={route.q} q={route.q} />}
        {route.page === 'entity' && <EntityPage key={route.id} id={route.id} />}
        {route.page === 'article' && <ArticlePage key={route.id} id={route.id} span={route.span} />}
      </main>
    </>
  );
}

/**
 * The page loaded as the identity provider's redirect back (`/?code=&state=`): the code becomes
 * the tab's bearer token and the address goes back to the route sign-in started from.
 */
async function start(): Promise<void> {
  let signInError: string | null = null;
  if (/[?&](code|error)=/.test(location.search)) {
    const result = await finishSignIn(location.search, await loadOidcSettings().catch(() => null), sessionStorage).catch((err: unknown) => ({ kind: 'failed' as const, message: `Sign-in failed: ${err instanceof Error ? err.message : String(err)}` }));
    if (result.kind === 'signed-in') bearerToken.set(result.token);
    if (result.kind === 'failed') signInError = result.message;
    history.replaceState(null, '', `/${result.kind === 'signed-in' ? result.returnTo : location.hash}`);
  }
  render(<App signInError={signInError} />, document.getElementById('app')!);
}

void start();
