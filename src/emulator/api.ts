/**
 * One /api/ request after faults: URL resolution, authentication, method check and the
 * endpoint, in Django REST Framework's order. The resolver runs first (unknown paths are a
 * 404 and slash-less GETs a 301 without credentials); then authentication, so a wrong
 * method with bad credentials is still a 401; then the method.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiContext } from './context.js';
import { createPersona } from './create.js';
import type { ResolvedOptions } from './options.js';
import { countMine, getPersona, listCatalogue, listCataloguePage, listMine } from './read.js';
import { detail, empty, json, type Reply } from './reply.js';
import { allowHeader, allows, type Resolution, type Route } from './routes.js';

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
export function authenticate(req: IncomingMessage, options: ResolvedOptions): Reply | null {
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

/** DRF's OPTIONS answer: the view's metadata. */
function metadata(route: Route): Reply {
  const parses = route.name === 'personas_v2'
    ? ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']
    : ['application/json'];
  return json(200, { name: route.name, description: '', renders: ['application/json'], parses });
}

async function dispatch(ctx: ApiContext, route: Route, id: string | null): Promise<ApiResult> {
  const plain = (reply: Reply): ApiResult => ({ reply, personaId: null });
  if (ctx.method === 'OPTIONS') return plain(metadata(route));
  const post = ctx.method === 'POST';
  switch (route.name) {
    case 'personas_v2':
      return post ? createPersona(ctx, 'upload') : plain(listMine(ctx));
    case 'personas':
      return post ? createPersona(ctx, 'urls') : plain(listCatalogue(ctx));
    case 'personas_v2_count':
      return plain(countMine(ctx));
    case 'personas_paginated':
      return plain(listCataloguePage(ctx));
    case 'persona_detail':
      return plain(getPersona(ctx, id ?? ''));
  }
}

/** The answer to one /api/ request that no fault has taken over. */
export async function apiReply(ctx: ApiContext, resolution: Resolution): Promise<ApiResult> {
  if (resolution.kind === 'redirect') {
    return { reply: empty(301, { location: resolution.location, 'content-type': 'text/html; charset=utf-8' }), personaId: null };
  }
  if (resolution.kind === 'not-found') return { reply: detail(404, 'Not found.'), personaId: null };
  const { route, id } = resolution;
  const allow = { allow: allowHeader(route), vary: 'Accept' };
  const denied = authenticate(ctx.req, ctx.options);
  if (denied) return { reply: withHeaders(denied, allow), personaId: null };
  if (!allows(route, ctx.method)) {
    return { reply: detail(405, `Method "${ctx.method}" not allowed.`, allow), personaId: null };
  }
  const result = await dispatch(ctx, route, id);
  return { ...result, reply: withHeaders(result.reply, allow) };
}

function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return { ...reply, headers: { ...headers, ...reply.headers } };
}
