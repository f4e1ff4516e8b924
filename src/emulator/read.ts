/**
 * The reading endpoints: one persona, the account's list, the quota count, and the stock
 * catalogue. None of them spends anything upstream, so clients poll them; the request
 * counts in the state measure how much.
 */
import type { ApiContext } from './context.js';
import { personaJson, type StoredPersona } from './persona.js';
import { detail, json, type Reply } from './reply.js';
import { normalizeUuid } from './routes.js';

function render(ctx: ApiContext, personas: StoredPersona[]): unknown[] {
  const nowMs = ctx.options.now();
  return personas.map((p) => personaJson(p, nowMs));
}

/** GET /api/personas/{id}/: custom or stock; a missing or malformed id is the same 404. */
export function getPersona(ctx: ApiContext, rawId: string): Reply {
  const id = normalizeUuid(rawId);
  const found = id === null ? undefined : ctx.store.find(id);
  if (!found) return detail(404, 'No Creator matches the given query.');
  return json(200, personaJson(found, ctx.options.now()));
}

/** GET /api/personas_v2/: the account's custom avatars, a bare array, oldest first. */
export function listMine(ctx: ApiContext): Reply {
  return json(200, render(ctx, ctx.store.listMine()));
}

/** GET /api/personas_v2/count/ */
export function countMine(ctx: ApiContext): Reply {
  return json(200, { max_count: ctx.options.quota, current_count: ctx.store.currentCount() });
}

/** GET /api/personas/: the stock catalogue plus the account's approved avatars. */
export function listCatalogue(ctx: ApiContext): Reply {
  return json(200, render(ctx, ctx.store.listCatalogue(ctx.options.now())));
}
