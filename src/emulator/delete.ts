/**
 * DELETE /api/personas/{id}/: removes one of the account's avatars and frees its quota
 * slot. A stock avatar, another account's or an unknown id is DRF's plain 404; with the
 * `refuseDeletes` setting, an avatar of the account is refused instead.
 */
import type { ApiContext } from './context.js';
import { detail, refusal, type Reply } from './reply.js';
import { normalizeUuid } from './routes.js';

export function deletePersona(ctx: ApiContext, rawId: string): Reply {
  const id = normalizeUuid(rawId);
  if (id === null || !ctx.store.mine(id)) return detail(404, 'Not found.');
  // an account that may not delete (a plan without it, an avatar in use): nothing is removed
  if (ctx.options.refuseDeletes) return refusal(ctx.options.refuseDeletes);
  ctx.store.remove(id);
  return { status: 204, headers: {}, body: '' };
}
