/**
 * Fault injection for /api/ requests: a deterministic queue of next faults, and a seeded
 * random rate, so a client's retry, timeout and "outcome unknown" paths can be exercised
 * reproducibly. The admin endpoints never see faults.
 */
import { z } from 'zod';
import { detail, html, json, refusal, type Reply } from './reply.js';

/**
 * - `500`, `502`, `503`: a server or gateway error, HTML page by default (see `errorBody`)
 * - `429`: DRF throttling, with `Retry-After` seconds
 * - `400`, `403`: a refusal in DRF shape, the request not processed; meant for DELETE
 *   (e.g. `{ kind: '403', method: 'DELETE', times: 99 }`), though any request can match;
 *   a 400 answers the entry's `fields` map instead when it has one (a stricter server)
 * - `drop`: the connection is destroyed before anything is read or answered
 * - `drop-after-create`: creates only; the body is read, the persona really created, then the
 *   connection is destroyed without an answer (the "outcome unknown" case)
 * - `500-after-create`, `502-after-create`: creates only; the persona is really created, the
 *   client gets the 500 or 502 page (the other "outcome unknown" case)
 * - `slow`: the request waits `slowMs` more, then is served normally
 *
 * Only what Creatify, or a gateway in front of it, answers: answers no Creatify sends (an
 * HTML page with status 200, a redirect, cut or spoiled JSON) are not played here.
 */
const FAULT_KINDS = [
  '500',
  '502',
  '503',
  '429',
  '400',
  '403',
  'drop',
  'drop-after-create',
  '500-after-create',
  '502-after-create',
  'slow',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * Kinds that only make sense for a create (other requests never draw them): the persona is
 * really created, then its answer is lost or replaced; the state log records its id.
 */
export const AFTER_CREATE: ReadonlySet<FaultKind> = new Set(['drop-after-create', '500-after-create', '502-after-create']);

/** Restricts a fault to some requests; both parts optional. */
interface FaultMatch {
  /** HTTP method, e.g. `POST` */
  method?: string;
  /** route template as in the request counts, e.g. `/api/personas/{id}/` */
  route?: string;
}

/** One fault waiting for the next matching request. */
export interface QueuedFault extends FaultMatch {
  kind: FaultKind;
  /** how many matching requests it hits, default 1 */
  times?: number;
  /** `Retry-After` for 429 (default: the config's); for 503 only sent when given here */
  retryAfterSeconds?: number;
  /** body of a 5xx answer, default: the config's `errorBody` */
  body?: 'html' | 'json';
  /** delay for `slow`, default: the config's `slowMs` */
  delayMs?: number;
  /** body of a `400`: a DRF field map such as `{"gender": ["\"nb\" is not a valid choice."]}` */
  fields?: Record<string, string[]>;
}

/** The whole fault setup; `setFaults` replaces the previous one (`{}` turns faults off). */
export interface FaultConfig {
  /** chance 0..1 that a request gets a random fault from `kinds`; default 0 */
  rate?: number;
  /** seed of the PRNG that drives `rate`; same seed and requests give the same faults; default 1 */
  seed?: number;
  /** kinds drawn by `rate`; default `['500', '502', '503', '429']` */
  kinds?: FaultKind[];
  /** served first, in order; an entry applies to the next request it matches */
  queue?: QueuedFault[];
  /** default `Retry-After` of 429 answers, in seconds; default 1 */
  retryAfterSeconds?: number;
  /** default body of 5xx answers; default 'html' (what a gateway or Django sends) */
  errorBody?: 'html' | 'json';
  /** default extra delay of `slow`, in ms; default 2000 */
  slowMs?: number;
}

/** One fault as it was applied, for the state log. */
export interface InjectedFault {
  /** number of the /api/ request it hit (1-based, the same numbering as the create records) */
  request: number;
  method: string;
  route: string;
  kind: FaultKind;
  source: 'queue' | 'rate';
  /** for the `AFTER_CREATE` kinds: the persona that was created, null when none was */
  personaId?: string | null;
}

/** A fault chosen for one request, with its defaults resolved. */
export interface ChosenFault {
  kind: FaultKind;
  source: 'queue' | 'rate';
  retryAfterSeconds: number | undefined;
  body: 'html' | 'json';
  delayMs: number;
  fields: Record<string, string[]> | undefined;
}

const kindSchema = z.enum(FAULT_KINDS);
const matchShape = { method: z.string().min(1).optional(), route: z.string().min(1).optional() };
const seconds = z.number().int().min(0).max(86_400);
const configSchema = z
  .object({
    rate: z.number().min(0).max(1).optional(),
    seed: z.number().int().optional(),
    kinds: z.array(kindSchema).min(1).optional(),
    queue: z
      .array(
        z
          .object({
            ...matchShape,
            kind: kindSchema,
            times: z.number().int().min(1).optional(),
            retryAfterSeconds: seconds.optional(),
            body: z.enum(['html', 'json']).optional(),
            delayMs: z.number().int().min(0).optional(),
            fields: z.record(z.string(), z.array(z.string())).optional(),
          })
          .strict(),
      )
      .optional(),
    retryAfterSeconds: seconds.optional(),
    errorBody: z.enum(['html', 'json']).optional(),
    slowMs: z.number().int().min(0).optional(),
  })
  .strict();

/** Checks an untrusted FaultConfig (the admin endpoint's body); throws a readable Error. */
export function parseFaultConfig(value: unknown): FaultConfig {
  const result = configSchema.safeParse(value);
  if (!result.success) throw new Error(`invalid fault config: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** mulberry32: tiny, fast, and the same sequence on every platform for a given seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function matches(match: FaultMatch, method: string, route: string): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  return match.route === undefined || match.route === route;
}

/** The live fault state: the config, its remaining queue and its PRNG. */
export class FaultPlan {
  private readonly config: FaultConfig;
  private readonly queue: Array<QueuedFault & { times: number }>;
  private readonly random: () => number;

  constructor(config: FaultConfig = {}) {
    this.config = structuredClone(config);
    this.queue = (config.queue ?? []).map((entry) => ({ ...entry, times: entry.times ?? 1 }));
    this.random = prng(config.seed ?? 1);
  }

  /** The config with the queue as it stands now (spent entries removed). */
  current(): FaultConfig {
    return { ...structuredClone(this.config), queue: this.queue.map((entry) => ({ ...entry })) };
  }

  /** Picks the fault for one request, or null. `isCreate` allows drop-after-create. */
  pick(method: string, route: string, isCreate: boolean): ChosenFault | null {
    const fits = (kind: FaultKind): boolean => !AFTER_CREATE.has(kind) || isCreate;
    const index = this.queue.findIndex((entry) => fits(entry.kind) && matches(entry, method, route));
    const entry = index >= 0 ? this.queue[index] : undefined;
    if (entry) {
      entry.times -= 1;
      if (entry.times <= 0) this.queue.splice(index, 1);
      return this.resolve(entry.kind, 'queue', entry);
    }
    const rate = this.config.rate ?? 0;
    if (rate <= 0) return null;
    // Two draws per eligible request, always: the sequence depends on request order only.
    const roll = this.random();
    const choice = this.random();
    const kinds = (this.config.kinds ?? ['500', '502', '503', '429']).filter(fits);
    const kind = kinds[Math.floor(choice * kinds.length)];
    if (roll >= rate || kind === undefined) return null;
    return this.resolve(kind, 'rate', {});
  }

  private resolve(kind: FaultKind, source: 'queue' | 'rate', entry: Partial<QueuedFault>): ChosenFault {
    const retryAfterDefault = kind === '429' ? (this.config.retryAfterSeconds ?? 1) : undefined;
    return {
      kind,
      source,
      retryAfterSeconds: entry.retryAfterSeconds ?? retryAfterDefault,
      body: entry.body ?? this.config.errorBody ?? 'html',
      delayMs: entry.delayMs ?? this.config.slowMs ?? 2000,
      fields: entry.fields,
    };
  }
}

const PAGES: Record<'500' | '502' | '503', { title: string; json: string }> = {
  '500': { title: 'Server Error (500)', json: 'A server error occurred.' },
  '502': { title: '502 Bad Gateway', json: 'Bad gateway.' },
  '503': { title: '503 Service Temporarily Unavailable', json: 'Service temporarily unavailable.' },
};

function errorPage(status: '500' | '502' | '503', fault: ChosenFault, headers: Record<string, string> = {}): Reply {
  const page = PAGES[status];
  if (fault.body === 'json') return json(Number(status), { detail: page.json }, headers);
  return html(
    Number(status),
    `<!doctype html>\n<html>\n<head><title>${page.title}</title></head>\n<body>\n<h1>${page.title}</h1>\n</body>\n</html>\n`,
    headers,
  );
}

/** The answer of an answering fault (5xx, 429, 400, 403); null for the kinds that do not answer. */
export function faultReply(fault: ChosenFault): Reply | null {
  const retry: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
  switch (fault.kind) {
    case '429': {
      const wait = fault.retryAfterSeconds ?? 1;
      const unit = wait === 1 ? 'second' : 'seconds';
      return detail(429, `Request was throttled. Expected available in ${wait} ${unit}.`, retry);
    }
    case '400':
      return fault.fields ? json(400, fault.fields) : refusal(400);
    case '403':
      return refusal(403);
    case '500':
    case '502':
    case '503':
      return errorPage(fault.kind, fault, retry);
    case 'drop':
    case 'drop-after-create':
    case '500-after-create':
    case '502-after-create':
    case 'slow':
      return null;
  }
}

/** The error page a create's answer is replaced with by a `500-after-create` or `502-after-create`. */
export function afterCreateReply(fault: ChosenFault): Reply | null {
  if (fault.kind === '500-after-create') return errorPage('500', fault);
  if (fault.kind === '502-after-create') return errorPage('502', fault);
  return null;
}
