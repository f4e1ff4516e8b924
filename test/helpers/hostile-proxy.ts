/**
 * Answers no Creatify sends, for clients that must not trust what comes back: a real HTTP
 * server on 127.0.0.1, port 0, that passes requests on to the emulator and spoils the
 * answers of those its faults match, as a captive portal, a wrong api-url or a broken proxy
 * on the way would. Requests it spoils nothing of are passed through unchanged, including
 * the emulator's own faults (a dropped connection stays dropped).
 *
 * - `html-200`: an HTML sign-in page with status 200, the request not passed on
 * - `redirect`: a 302 to another host and path, the request not passed on
 * - `malformed-json`: the answer cut in the middle (status and a matching Content-Length kept)
 * - `huge-body`: the answer padded to 20 MiB
 * - `never-ending`: the headers and half the body are sent, and the body never ends
 * - `missing-id`: creates only; the answer has no `id`
 * - `non-uuid-id`: creates only; the answer's `id` is the number 12345
 */
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { serve as listen } from '../fakes/http.js';
import { pipeline } from 'node:stream';
import { finished } from 'node:stream/promises';

export type HostileKind = 'html-200' | 'redirect' | 'malformed-json' | 'huge-body' | 'never-ending' | 'missing-id' | 'non-uuid-id';

/** One fault waiting for the next matching request; `method` and `path` (e.g. `/api/personas_v2/`) optional. */
interface HostileFault {
  kind: HostileKind;
  method?: string;
  path?: string;
  /** how many matching requests it hits, default 1 */
  times?: number;
}

interface HostileSetup {
  /** served first, in order; an entry applies to the next request it matches */
  queue?: HostileFault[];
  /** then every `every`-th request gets the next of `kinds` that fits it, in turn */
  every?: number;
  kinds?: HostileKind[];
}

export interface HostileProxy {
  url: string;
  /** the faults applied so far, in order */
  injected: Array<{ method: string; path: string; kind: HostileKind }>;
  /** replaces the setup; `{}` passes everything through */
  setFaults(setup: HostileSetup): void;
  close(): Promise<void>;
}

const CREATE_ONLY = new Set<HostileKind>(['missing-id', 'non-uuid-id']);
const CREATE_PATHS = new Set(['/api/personas_v2/', '/api/personas/']);
const HUGE_BODY_BYTES = 20 * 1024 * 1024;
const SIGN_IN_PAGE = '<!doctype html>\n<html>\n<head><title>Sign in</title></head>\n<body>\n<h1>Please sign in to continue</h1>\n</body>\n</html>\n';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends the request on to `target` and reads the whole answer; rejects when the connection is lost. */
function forward(req: IncomingMessage, target: string, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    // a client that gives up mid-upload cuts the emulator's request too
    pipeline(req, upstream, (error) => error && reject(error));
    upstream.on('error', reject);
  });
}

/** The answer as the fault spoils it. */
function spoil(kind: HostileKind, answer: Answer): Buffer {
  const text = answer.body.toString('utf8');
  switch (kind) {
    case 'malformed-json':
      return answer.body.subarray(0, Math.max(1, Math.floor(answer.body.length / 2)));
    case 'huge-body': {
      const head = text.startsWith('{') ? '{"padding":"' : `{"answer":${text},"padding":"`;
      const tail = text.startsWith('{') ? `",${text.slice(1)}` : '"}';
      return Buffer.from(`${head}${'x'.repeat(Math.max(0, HUGE_BODY_BYTES - head.length - tail.length))}${tail}`);
    }
    case 'missing-id':
    case 'non-uuid-id': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return answer.body;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return answer.body;
      const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      delete rest.id;
      return Buffer.from(JSON.stringify(kind === 'missing-id' ? rest : { id: 12345, ...rest }));
    }
    default:
      return answer.body;
  }
}

async function serve(req: IncomingMessage, res: ServerResponse, kind: HostileKind | undefined, target: string, agent: Agent): Promise<void> {
  if (kind === 'html-200' || kind === 'redirect') {
    await finished(req.resume());
    const headers = kind === 'redirect' ? { location: 'https://elsewhere.example.invalid/login/?next=/api/' } : {};
    const body = kind === 'redirect' ? '<a href="https://elsewhere.example.invalid/login/">Found</a>\n' : SIGN_IN_PAGE;
    res.writeHead(kind === 'redirect' ? 302 : 200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
    return;
  }
  const answer = await forward(req, target, agent);
  const body = kind ? spoil(kind, answer) : answer.body;
  if (kind === 'never-ending') {
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length + 1) });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    return;
  }
  res.writeHead(answer.status, { ...answer.headers, 'content-length': String(body.length) });
  res.end(body);
}

/** Starts a proxy in front of `target` (the emulator's URL) that passes everything through until told otherwise. */
export async function hostileProxy(target: string): Promise<HostileProxy> {
  const agent = new Agent({ keepAlive: true });
  let queue: Array<HostileFault & { times: number }> = [];
  let setup: HostileSetup = {};
  let seen = 0;
  const injected: HostileProxy['injected'] = [];

  const pick = (method: string, path: string): HostileKind | undefined => {
    const fits = (kind: HostileKind): boolean => !CREATE_ONLY.has(kind) || (method === 'POST' && CREATE_PATHS.has(path));
    const index = queue.findIndex((f) => fits(f.kind) && (f.method ?? method) === method && (f.path ?? path) === path);
    const entry = queue[index];
    if (entry) {
      entry.times -= 1;
      if (entry.times <= 0) queue.splice(index, 1);
      return entry.kind;
    }
    if (!setup.every) return undefined;
    seen += 1;
    const kinds = (setup.kinds ?? []).filter(fits);
    return seen % setup.every === 0 ? kinds[(seen / setup.every) % kinds.length] : undefined;
  };

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = new URL(req.url ?? '/', 'http://proxy.invalid').pathname;
    const kind = pick(method, path);
    if (kind) injected.push({ method, path, kind });
    // a lost upstream connection is lost for the client too
    serve(req, res, kind, target, agent).catch(() => res.destroy());
  });
  const running = await listen(server);
  return {
    url: running.url,
    injected,
    setFaults(next) {
      setup = next;
      seen = 0;
      queue = (next.queue ?? []).map((f) => ({ ...f, times: f.times ?? 1 }));
    },
    close: async () => {
      agent.destroy();
      await running.close();
    },
  };
}
