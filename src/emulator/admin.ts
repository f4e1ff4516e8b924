/**
 * The control endpoints under /_emulator/ (no auth, no faults, no latency), so an emulator
 * started as a separate process can be inspected and steered by tests:
 *
 *   GET  /_emulator/state                  EmulatorState
 *   POST /_emulator/faults                 body: FaultConfig (replaces the current one)
 *   POST /_emulator/options                body: {quota?, listPending?, requireFields?, refuseDeletes?}; answers all four
 *   POST /_emulator/reset                  forget personas, records, counts and faults
 *   POST /_emulator/personas/{id}/approve  end the review now as approved
 *   POST /_emulator/personas/{id}/reject   body (optional): {"reason": "...", "status": "rejected" | "failed"}
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { BodyError, readBody } from './body.js';
import { parseFaultConfig } from './faults.js';
import { applySettings, type ResolvedOptions } from './options.js';
import { personaJson } from './persona.js';
import { detail, json, type Reply } from './reply.js';
import { normalizeUuid } from './routes.js';
import type { Store } from './store.js';

const ADMIN_BODY_LIMIT = 1024 * 1024;

const rejectSchema = z
  .object({ reason: z.string().min(1).max(1000).optional(), status: z.enum(['rejected', 'failed']).optional() })
  .strict();

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, ADMIN_BODY_LIMIT)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyError(400, `JSON parse error - ${error instanceof Error ? error.message : String(error)}`);
  }
}

function methodNotAllowed(method: string, allow: string): Reply {
  return detail(405, `Method "${method}" not allowed.`, { allow });
}

async function decide(
  req: IncomingMessage,
  store: Store,
  options: ResolvedOptions,
  rawId: string,
  action: string,
): Promise<Reply> {
  const id = normalizeUuid(rawId);
  if (id === null || !store.mine(id)) return detail(404, 'No Creator matches the given query.');
  let persona;
  if (action === 'approve') {
    persona = store.force(id, 'done');
  } else {
    const body = rejectSchema.safeParse((await readJson(req)) ?? {});
    if (!body.success) return detail(400, z.prettifyError(body.error));
    persona = store.force(id, body.data.status ?? 'rejected', body.data.reason);
  }
  if (!persona) return detail(404, 'No Creator matches the given query.');
  return json(200, personaJson(persona, options.now()));
}

/** Answers one /_emulator/ request. */
export async function adminReply(
  req: IncomingMessage,
  pathname: string,
  store: Store,
  options: ResolvedOptions,
): Promise<Reply> {
  const method = req.method ?? 'GET';
  try {
    if (pathname === '/_emulator/state') {
      return method === 'GET' ? json(200, store.snapshot()) : methodNotAllowed(method, 'GET');
    }
    if (pathname === '/_emulator/reset') {
      if (method !== 'POST') return methodNotAllowed(method, 'POST');
      store.reset();
      return json(200, { ok: true });
    }
    if (pathname === '/_emulator/faults' || pathname === '/_emulator/options') {
      if (method !== 'POST') return methodNotAllowed(method, 'POST');
      const body = (await readJson(req)) ?? {};
      try {
        if (pathname === '/_emulator/options') return json(200, applySettings(options, body));
        store.setFaults(parseFaultConfig(body));
      } catch (error) {
        return detail(400, error instanceof Error ? error.message : String(error));
      }
      return json(200, { faults: store.faults.current() });
    }
    const decision = /^\/_emulator\/personas\/([^/]+)\/(approve|reject)\/?$/.exec(pathname);
    if (decision?.[1] !== undefined && decision[2] !== undefined) {
      if (method !== 'POST') return methodNotAllowed(method, 'POST');
      return await decide(req, store, options, decision[1], decision[2]);
    }
    return detail(404, 'Not found.');
  } catch (error) {
    if (error instanceof BodyError) return detail(error.status, error.message);
    throw error;
  }
}
