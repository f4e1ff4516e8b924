/**
 * A local Creatify emulator: a real HTTP server (node:http) that answers the persona
 * endpoints as Creatify does, plus /_emulator/ control endpoints (admin.ts). Tests and
 * the `emulator` command start it with `startEmulator`; clients talk to it over TCP like
 * they talk to api.creatify.ai, so nothing in the process under test is mocked.
 *
 * Endpoints: POST /api/personas_v2/ (multipart) and POST /api/personas/ (JSON) create,
 * GET /api/personas_v2/ lists the account's avatars, GET /api/personas_v2/count/ counts
 * them against the quota, GET and DELETE /api/personas/{id}/, and GET /api/personas/
 * lists the stock catalogue (then the account's approved avatars).
 *
 * Options (EmulatorOptions, with the flag of `creatify-avatars emulator`):
 * - `quota` (--quota): the account's `max_count`, default 100
 * - `approveAfterMs` (--approve-after), `rejectPattern` (--reject-pattern): how reviews end
 * - `latencyMs` (--latency): added to every /api/ answer
 * - `listPending` (--list-pending show|hide|hide-first): 'hide' leaves avatars under review
 *   out of GET /api/personas_v2/ (Creatify does not say whether it lists them), 'hide-first'
 *   only those at the first step (`pending`), listing the later ones; default 'show'
 * - `requireFields` (--require-fields on|off): `gender` and `video_scene` required on both
 *   create endpoints, as Creatify's guide lists them; default on (off: only the upload requires `gender`)
 * - `refuseDeletes` (400 | 403 | null): every DELETE of an avatar of the account is refused
 *   with that status in DRF shape, nothing removed; default null
 * `quota`, `listPending`, `requireFields` and `refuseDeletes` also change at run time: `configure()`, or
 * POST /_emulator/options. Faults (faults.ts: 5xx, 429, 400/403 refusals, dropped connections,
 * 500/502 after a create) are set with `setFaults()` or POST /_emulator/faults.
 *
 * Per /api/ request: count it, pick a fault, then (unless a fault answers or cuts the
 * connection) resolve, authenticate and run the endpoint; wait for the body to be fully
 * read, add the configured latency, and answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { adminReply } from './admin.js';
import { apiReply, type ApiResult } from './api.js';
import { drain } from './body.js';
import { AFTER_CREATE, afterCreateReply, faultReply, parseFaultConfig, type FaultConfig, type InjectedFault } from './faults.js';
import { applySettings, resolveOptions, type EmulatorOptions, type ResolvedOptions, type Settings } from './options.js';
import { detail, writeReply } from './reply.js';
import { isCreate, resolve, routeLabel } from './routes.js';
import { Store, type EmulatorState } from './store.js';

export type { EmulatorOptions } from './options.js';

export interface RunningEmulator {
  /** base URL, e.g. http://127.0.0.1:43567 */
  url: string;
  /** stops listening and cuts open connections, so tests end promptly */
  close(): Promise<void>;
  /** a snapshot, the same content as GET /_emulator/state */
  state(): EmulatorState;
  /** replaces the fault setup; throws on an invalid config */
  setFaults(faults: FaultConfig): void;
  /** changes `quota`, `listPending`, `requireFields` or `refuseDeletes` from now on; throws on an invalid value */
  configure(settings: Settings): void;
  /** forgets personas, records, counts and faults */
  reset(): void;
}

class Handler {
  private readonly closing = new AbortController();

  constructor(
    private readonly options: ResolvedOptions,
    readonly store: Store,
  ) {}

  /** Aborts every pending delay, so in-flight requests give up instead of holding close(). */
  shutdown(): void {
    this.closing.abort();
  }

  private pause(ms: number): Promise<void> {
    return sleep(ms, undefined, { signal: this.closing.signal });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    if (url.pathname.startsWith('/_emulator/')) {
      const reply = await adminReply(req, url.pathname, this.store, this.options);
      await drain(req);
      writeReply(res, reply);
      return;
    }
    await this.handleApi(req, res, url, method);
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
    const started = performance.now();
    const log = (outcome: string): void =>
      this.options.log(`${method} ${url.pathname}${url.search} ${outcome} ${Math.round(performance.now() - started)}ms`);
    const resolution = resolve(url.pathname);
    const route = routeLabel(resolution);
    const request = this.store.countRequest(`${method} ${route}`);
    const fault = this.store.faults.pick(method, route, isCreate(method, resolution));
    const injected: InjectedFault | undefined = fault ? { request, method, route, kind: fault.kind, source: fault.source } : undefined;
    if (injected) this.store.recordFault(injected);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      log('dropped (fault)');
      return;
    }
    if (fault?.kind === 'slow') await this.pause(fault.delayMs);

    const answer = fault ? faultReply(fault) : null;
    const result: ApiResult = answer
      ? { reply: answer, personaId: null }
      : await apiReply({ req, url, method, request, store: this.store, options: this.options }, resolution);
    await drain(req);
    if (this.options.latencyMs > 0) await this.pause(this.options.latencyMs);

    if (injected && AFTER_CREATE.has(injected.kind)) injected.personaId = result.personaId;
    if (fault?.kind === 'drop-after-create') {
      req.socket.destroy();
      log(`${result.reply.status} dropped after processing (fault)`);
      return;
    }
    if (fault) result.reply = afterCreateReply(fault) ?? result.reply;
    writeReply(res, result.reply);
    log(`${result.reply.status}${fault ? ` (fault ${fault.kind})` : ''}`);
  }

  /** The last resort: a bug or an aborted delay. Never leaves a request hanging. */
  fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    if (this.closing.signal.aborted || res.headersSent) {
      req.socket.destroy();
      return;
    }
    this.options.log(`emulator error on ${req.method ?? '?'} ${req.url ?? '?'}: ${String(error)}`);
    writeReply(res, detail(500, 'A server error occurred.'));
  }
}

/** Starts an emulator and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const resolved = resolveOptions(options);
  const handler = new Handler(resolved, new Store(resolved));
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handler.handle(req, res).catch((error: unknown) => handler.fail(req, res, error));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close() {
      closed ??= new Promise<void>((resolveClose) => {
        handler.shutdown();
        server.close(() => resolveClose());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
    state: () => handler.store.snapshot(),
    setFaults: (faults) => handler.store.setFaults(parseFaultConfig(faults)),
    configure: (settings) => void applySettings(resolved, settings),
    reset: () => handler.store.reset(),
  };
}
