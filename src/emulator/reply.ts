/**
 * An answer as data. Handlers return a Reply instead of writing to the response, so the
 * server can still add latency, or throw the answer away and cut the connection (the
 * "created, but the client never heard" fault), after the work is done.
 */
import type { ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A JSON answer, compact like DRF's renderer. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(value),
  };
}

/** DRF's `{"detail": "..."}` error body. */
export function detail(status: number, message: string, headers: Record<string, string> = {}): Reply {
  return json(status, { detail: message }, headers);
}

export function html(status: number, page: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: page };
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, { ...reply.headers, 'content-length': String(body.length) });
  res.end(body);
}

/** A refusal in DRF's words: 400 (the avatar cannot go) or 403 (the account may not do it). */
export function refusal(status: 400 | 403): Reply {
  return status === 400 ? detail(400, 'This avatar cannot be deleted.') : detail(403, 'You do not have permission to perform this action.');
}
