/** The explorer's pages, addressed by the URL fragment so any static host serves them from one index.html. */
export type Route =
  | { page: 'search'; q: string }
  | { page: 'entity'; id: string }
  | { page: 'article'; id: string; span: string | null };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const queryAt = path.indexOf('?');
  const pathname = queryAt === -1 ? path : path.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : path.slice(queryAt + 1));
  const segments = pathname.split('/').filter(Boolean).map(safeDecode);
  if (segments[0] === 'entities' && segments.length === 2) return { page: 'entity', id: segments[1] };
  if (segments[0] === 'articles' && segments.length === 2) return { page: 'article', id: segments[1], span: params.get('span') };
  return { page: 'search', q: params.get('q') ?? '' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'search':
      return route.q ? `#/?${new URLSearchParams({ q: route.q })}` : '#/';
    case 'entity':
      return `#/entities/${encodeURIComponent(route.id)}`;
    case 'article':
      return `#/articles/${encodeURIComponent(route.id)}${route.span ? `?${new URLSearchParams({ span: route.span })}` : ''}`;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
