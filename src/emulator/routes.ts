/**
 * The persona URL table and Django's way of resolving it: exact paths with a trailing
 * slash, a 301 to the slashed path for a GET that forgot it (APPEND_SLASH), and 404 for
 * anything else. Paths no documentation mentions (update, delete, `/api/personas_v2/{id}/`)
 * are deliberately absent.
 */

export type RouteName = 'personas_v2' | 'personas_v2_count' | 'personas' | 'personas_paginated' | 'persona_detail';

export interface Route {
  name: RouteName;
  /** the path with `{id}` for the parameter; also the key of the request counts */
  template: string;
  /** methods with a handler; HEAD and OPTIONS are added as DRF adds them */
  methods: readonly string[];
}

const ROUTES: readonly Route[] = [
  { name: 'personas_v2', template: '/api/personas_v2/', methods: ['GET', 'POST'] },
  { name: 'personas_v2_count', template: '/api/personas_v2/count/', methods: ['GET'] },
  { name: 'personas_paginated', template: '/api/personas/paginated/', methods: ['GET'] },
  { name: 'personas', template: '/api/personas/', methods: ['GET', 'POST'] },
  { name: 'persona_detail', template: '/api/personas/{id}/', methods: ['GET'] },
];

export type Resolution =
  | { kind: 'route'; route: Route; id: string | null }
  | { kind: 'redirect'; location: string; route: Route }
  | { kind: 'not-found' };

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function match(pathname: string): { route: Route; id: string | null } | null {
  for (const route of ROUTES) {
    if (!route.template.includes('{id}')) {
      if (pathname === route.template) return { route, id: null };
      continue;
    }
    const [head = '', tail = ''] = route.template.split('{id}');
    if (pathname.startsWith(head) && pathname.endsWith(tail) && pathname.length > head.length + tail.length) {
      const id = pathname.slice(head.length, pathname.length - tail.length);
      if (!id.includes('/')) return { route, id: safeDecode(id) };
    }
  }
  return null;
}

/** Resolves a request path (without the query) the way Django's URL resolver would. */
export function resolve(method: string, pathname: string, search: string): Resolution {
  const found = match(pathname);
  if (found) return { kind: 'route', ...found };
  if ((method === 'GET' || method === 'HEAD') && !pathname.endsWith('/')) {
    const slashed = match(`${pathname}/`);
    if (slashed) return { kind: 'redirect', location: `${pathname}/${search}`, route: slashed.route };
  }
  return { kind: 'not-found' };
}

/** The Allow header DRF sends with every answer of a view. */
export function allowHeader(route: Route): string {
  const methods = [...route.methods];
  if (methods.includes('GET')) methods.push('HEAD');
  methods.push('OPTIONS');
  return methods.join(', ');
}

export function allows(route: Route, method: string): boolean {
  if (method === 'HEAD') return route.methods.includes('GET');
  return method === 'OPTIONS' || route.methods.includes(method);
}

/** The route part of a request's key: the template, or a marker for the rest. */
export function routeLabel(resolution: Resolution): string {
  switch (resolution.kind) {
    case 'route':
      return resolution.route.template;
    case 'redirect':
      return `(redirect to ${resolution.route.template})`;
    case 'not-found':
      return '(not found)';
  }
}

export function isCreate(method: string, resolution: Resolution): boolean {
  return (
    method === 'POST' &&
    resolution.kind === 'route' &&
    (resolution.route.name === 'personas_v2' || resolution.route.name === 'personas')
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Django's UUID lookup accepts any UUID spelling and case; the emulator stores lower-case. */
export function normalizeUuid(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}
