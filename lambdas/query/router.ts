/**
 * A small route table: patterns such as "/entities/{entityId}/facts", matched segment by segment
 * on the raw path so that an encoded slash ("%2F") inside an id never changes the route.
 */
export type PathParams = Record<string, string>;

export interface Route<H> {
  method: string;
  pattern: string;
  handler: H;
}

export type RouteMatch<H> =
  | { kind: 'matched'; handler: H; params: PathParams; pattern: string }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }
  | { kind: 'malformed-path' };

type Segment = { literal: string } | { param: string };

interface CompiledRoute<H> extends Route<H> {
  segments: Segment[];
}

function compile<H>(route: Route<H>): CompiledRoute<H> {
  if (!route.pattern.startsWith('/')) throw new Error(`Route pattern must start with "/": ${route.pattern}`);
  const segments = route.pattern
    .slice(1)
    .split('/')
    .map((segment): Segment => {
      const param = /^\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(segment);
      return param ? { param: param[1] } : { literal: segment };
    });
  return { ...route, segments };
}

/** Splits a raw path into decoded segments; null when a percent-escape is malformed. */
function decodeSegments(rawPath: string): string[] | null {
  const segments = rawPath.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    try {
      decoded.push(decodeURIComponent(segment));
    } catch {
      return null;
    }
  }
  return decoded;
}

export class Router<H> {
  private readonly routes: CompiledRoute<H>[];

  constructor(routes: Route<H>[]) {
    this.routes = routes.map(compile);
  }

  match(method: string, rawPath: string): RouteMatch<H> {
    if (!rawPath.startsWith('/')) return { kind: 'not-found' };
    const segments = decodeSegments(rawPath);
    if (segments === null) return { kind: 'malformed-path' };
    const allow = new Set<string>();
    for (const route of this.routes) {
      const params = matchSegments(route, segments);
      if (!params) continue;
      if (route.method === method) return { kind: 'matched', handler: route.handler, params, pattern: route.pattern };
      allow.add(route.method);
    }
    return allow.size > 0 ? { kind: 'method-not-allowed', allow: [...allow] } : { kind: 'not-found' };
  }
}

function matchSegments<H>(route: CompiledRoute<H>, segments: string[]): PathParams | null {
  if (route.segments.length !== segments.length) return null;
  const params: PathParams = Object.create(null);
  for (let i = 0; i < segments.length; i++) {
    const pattern = route.segments[i];
    const segment = segments[i];
    if ('literal' in pattern) {
      if (pattern.literal !== segment) return null;
    } else {
      // An empty segment ("/entities//articles") never fills a parameter.
      if (segment === '') return null;
      params[pattern.param] = segment;
    }
  }
  return params;
}
