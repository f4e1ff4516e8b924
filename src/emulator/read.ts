/**
 * The reading endpoints: one persona, the account's list, the quota count, and the stock
 * catalogue. None of them spends anything upstream, so clients poll them; the request
 * counts in the state measure how much.
 */
import type { ApiContext } from './context.js';
import { personaJson } from './persona.js';
import { detail, json, type Reply } from './reply.js';
import { normalizeUuid } from './routes.js';

/** GET /api/personas/{id}/: custom or stock; a missing or malformed id is the same 404. */
export function getPersona(ctx: ApiContext, rawId: string): Reply {
  const id = normalizeUuid(rawId);
  const found = id === null ? undefined : ctx.store.find(id);
  if (!found) return detail(404, 'No Creator matches the given query.');
  return json(200, personaJson(found, ctx.options.now()));
}

const REVIEW_ENDED: ReadonlySet<string> = new Set(['done', 'rejected', 'failed']);

/**
 * GET /api/personas_v2/: the account's custom avatars, a bare array, oldest first; without
 * those still under review when `listPending` is 'hide', without those at the first step
 * of their review when it is 'hide-first'.
 */
export function listMine(ctx: ApiContext): Reply {
  const all = ctx.store.listMine().map((p) => personaJson(p, ctx.options.now()));
  const { listPending } = ctx.options;
  if (listPending === 'show') return json(200, all);
  return json(200, all.filter((p) => (listPending === 'hide' ? REVIEW_ENDED.has(p.process_status) : p.process_status !== 'pending')));
}

/** GET /api/personas_v2/count/ */
export function countMine(ctx: ApiContext): Reply {
  return json(200, { max_count: ctx.options.quota, current_count: ctx.store.currentCount() });
}

/** GET /api/personas/: the stock catalogue plus the account's approved avatars. */
export function listCatalogue(ctx: ApiContext): Reply {
  const nowMs = ctx.options.now();
  return json(200, ctx.store.listCatalogue(nowMs).map((p) => personaJson(p, nowMs)));
}
