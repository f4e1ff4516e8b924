/**
 * DELETE /api/personas/{id}/: removes one of the account's avatars and frees its quota
 * slot. A stock avatar, another account's or an unknown id is DRF's plain 404.
 */
import type { ApiContext } from './context.js';
import { detail, type Reply } from './reply.js';
import { normalizeUuid } from './routes.js';

export function deletePersona(ctx: ApiContext, rawId: string): Reply {
  const id = normalizeUuid(rawId);
  if (id === null || !ctx.store.remove(id)) return detail(404, 'Not found.');
  return { status: 204, headers: {}, body: '' };
}
