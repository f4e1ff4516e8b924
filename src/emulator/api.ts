/**
 * One /api/ request after faults: URL resolution, authentication, method check and the
 * endpoint, in Django REST Framework's order. Unknown paths are a 404 without
 * credentials; then authentication, so a wrong method with bad credentials is still a 401.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiContext } from './context.js';
import { createPersona } from './create.js';
import { deletePersona } from './delete.js';
import type { ResolvedOptions } from './options.js';
import { countMine, getPersona, listCatalogue, listMine } from './read.js';
import { detail, type Reply } from './reply.js';
import type { Resolution } from './routes.js';

export interface ApiResult {
  reply: Reply;
  /** the persona a create made, for the fault log */
  personaId: string | null;
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** Equal-time comparison, so the emulator does not teach bad habits about key checks. */
function same(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

const CHALLENGE = { 'www-authenticate': 'X-API-KEY' };

/** null when the request may proceed, else the 401. */
function authenticate(req: IncomingMessage, options: ResolvedOptions): Reply | null {
  const apiId = header(req, 'x-api-id');
  const apiKey = header(req, 'x-api-key');
  if (apiId === '' || apiKey === '') {
    return detail(401, 'Authentication credentials were not provided.', CHALLENGE);
  }
  const expected = options.credentials;
  if (expected && !(same(apiId, expected.apiId) && same(apiKey, expected.apiKey))) {
    return detail(401, 'Invalid API credentials.', CHALLENGE);
  }
  return null;
}

async function dispatch(ctx: ApiContext, { route, id }: Resolution): Promise<ApiResult> {
  const plain = (reply: Reply): ApiResult => ({ reply, personaId: null });
  const post = ctx.method === 'POST';
  switch (route.name) {
    case 'personas_v2':
      return post ? createPersona(ctx, 'upload') : plain(listMine(ctx));
    case 'personas':
      return post ? createPersona(ctx, 'urls') : plain(listCatalogue(ctx));
    case 'personas_v2_count':
      return plain(countMine(ctx));
    case 'persona_detail':
      return plain(ctx.method === 'DELETE' ? deletePersona(ctx, id ?? '') : getPersona(ctx, id ?? ''));
  }
}

/** The answer to one /api/ request that no fault has taken over. */
export async function apiReply(ctx: ApiContext, resolution: Resolution | null): Promise<ApiResult> {
  if (!resolution) return { reply: detail(404, 'Not found.'), personaId: null };
  const allow = { allow: resolution.route.methods.join(', '), vary: 'Accept' };
  const refused =
    authenticate(ctx.req, ctx.options) ??
    (resolution.route.methods.includes(ctx.method) ? null : detail(405, `Method "${ctx.method}" not allowed.`));
  const result = refused ? { reply: refused, personaId: null } : await dispatch(ctx, resolution);
  return { ...result, reply: { ...result.reply, headers: { ...allow, ...result.reply.headers } } };
}
