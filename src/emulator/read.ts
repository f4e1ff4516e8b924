/**
 * The reading endpoints: one persona, the account's list, the quota count, and the stock
 * catalogue with its paginated twin. None of them spends anything upstream, so clients
 * poll them; the request counts in the state measure how much.
 */
import type { ApiContext } from './context.js';
import { AGE_RANGES, GENDERS, LOCATIONS, STYLES, personaJson, type StoredPersona } from './persona.js';
import { detail, json, type Reply } from './reply.js';
import { normalizeUuid } from './routes.js';
import type { FieldErrors } from './validate.js';

const FILTERS = {
  age_range: { values: AGE_RANGES, pick: (p: StoredPersona) => p.ageRange },
  gender: { values: GENDERS, pick: (p: StoredPersona) => p.gender },
  location: { values: LOCATIONS, pick: (p: StoredPersona) => p.location },
  style: { values: STYLES, pick: (p: StoredPersona) => p.style },
} as const;

type Filter = (p: StoredPersona) => boolean;

/**
 * The four comma-separated enum filters. An empty value means no filter (django-filter
 * skips it); any unknown value is a 400 naming the field, all fields checked at once.
 */
function parseFilters(query: URLSearchParams): { ok: true; filter: Filter } | { ok: false; errors: FieldErrors } {
  const tests: Filter[] = [];
  const errors: FieldErrors = {};
  for (const [name, spec] of Object.entries(FILTERS)) {
    const raw = query.getAll(name).at(-1);
    if (raw === undefined || raw === '') continue;
    const wanted = raw.split(',').map((v) => v.trim());
    const unknown = wanted.find((v) => !(spec.values as readonly string[]).includes(v));
    if (unknown !== undefined) {
      errors[name] = [`Select a valid choice. ${unknown} is not one of the available choices.`];
      continue;
    }
    tests.push((p) => wanted.includes(spec.pick(p) ?? ''));
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, filter: (p) => tests.every((test) => test(p)) };
}

function render(ctx: ApiContext, personas: StoredPersona[]): unknown[] {
  const nowMs = ctx.options.now();
  return personas.map((p) => personaJson(p, nowMs, ctx.options));
}

/** GET /api/personas/{id}/: custom or stock; a missing or malformed id is the same 404. */
export function getPersona(ctx: ApiContext, rawId: string): Reply {
  const id = normalizeUuid(rawId);
  const found = id === null ? undefined : ctx.store.find(id);
  if (!found) return detail(404, 'No Creator matches the given query.');
  return json(200, personaJson(found, ctx.options.now(), ctx.options));
}

/** GET /api/personas_v2/: the account's custom avatars, a bare array, oldest first. */
export function listMine(ctx: ApiContext): Reply {
  const filters = parseFilters(ctx.url.searchParams);
  if (!filters.ok) return json(400, filters.errors);
  return json(200, render(ctx, ctx.store.listMine().filter(filters.filter)));
}

/** GET /api/personas_v2/count/ */
export function countMine(ctx: ApiContext): Reply {
  return json(200, { max_count: ctx.options.quota, current_count: ctx.store.currentCount() });
}

/** GET /api/personas/: the stock catalogue plus the account's approved avatars. */
export function listCatalogue(ctx: ApiContext): Reply {
  const filters = parseFilters(ctx.url.searchParams);
  if (!filters.ok) return json(400, filters.errors);
  return json(200, render(ctx, ctx.store.listCatalogue(ctx.options.now()).filter(filters.filter)));
}

const MAX_PAGE_SIZE = 100;

function positiveInt(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

/**
 * GET /api/personas/paginated/: DRF page-number pagination with absolute next/previous
 * links. A bad `page` is DRF's 404 "Invalid page."; a bad `page_size` falls back to 10.
 */
export function listCataloguePage(ctx: ApiContext): Reply {
  const query = ctx.url.searchParams;
  const pageRaw = query.get('page');
  const page = pageRaw === null ? 1 : positiveInt(pageRaw);
  const size = Math.min(positiveInt(query.get('page_size')) ?? 10, MAX_PAGE_SIZE);
  const all = ctx.store.listCatalogue(ctx.options.now());
  const pages = Math.max(1, Math.ceil(all.length / size));
  if (page === null || page > pages) return detail(404, 'Invalid page.');
  const link = (n: number): string => {
    const url = new URL(ctx.url.pathname + ctx.url.search, `http://${ctx.req.headers.host ?? 'localhost'}`);
    url.searchParams.set('page', String(n));
    url.searchParams.set('page_size', String(size));
    return url.toString();
  };
  return json(200, {
    count: all.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: render(ctx, all.slice((page - 1) * size, page * size)),
  });
}
