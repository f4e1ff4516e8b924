/**
 * The persona URL table, resolved as Django resolves it: exact paths with a trailing
 * slash, 404 for anything else. Only the paths a client of this project calls are here,
 * plus the stock catalogue (`GET /api/personas/`).
 */

type RouteName = 'personas_v2' | 'personas_v2_count' | 'personas' | 'persona_detail';

interface Route {
  name: RouteName;
  /** the path with `{id}` for the parameter; also the key of the request counts */
  template: string;
  methods: readonly string[];
}

const FIXED: readonly Route[] = [
  { name: 'personas_v2', template: '/api/personas_v2/', methods: ['GET', 'POST'] },
  { name: 'personas_v2_count', template: '/api/personas_v2/count/', methods: ['GET'] },
  { name: 'personas', template: '/api/personas/', methods: ['GET', 'POST'] },
];
const DETAIL: Route = { name: 'persona_detail', template: '/api/personas/{id}/', methods: ['GET', 'DELETE'] };
const DETAIL_PATH = /^\/api\/personas\/([^/]+)\/$/;

export interface Resolution {
  route: Route;
  id: string | null;
}

/** Resolves a request path (without the query); null when no route matches. */
export function resolve(pathname: string): Resolution | null {
  const route = FIXED.find((r) => r.template === pathname);
  if (route) return { route, id: null };
  const id = DETAIL_PATH.exec(pathname)?.[1];
  return id === undefined ? null : { route: DETAIL, id: safeDecode(id) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The route part of a request's key: the template, or a marker for an unknown path. */
export function routeLabel(resolution: Resolution | null): string {
  return resolution?.route.template ?? '(not found)';
}

export function isCreate(method: string, resolution: Resolution | null): boolean {
  return method === 'POST' && (resolution?.route.name === 'personas_v2' || resolution?.route.name === 'personas');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Django's UUID lookup accepts any UUID spelling and case; the emulator stores lower-case. */
export function normalizeUuid(id: string): string | null {
  return UUID.test(id) ? id.toLowerCase() : null;
}
