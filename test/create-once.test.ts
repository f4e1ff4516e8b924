import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import busboy from 'busboy';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorFromResponse, errorFromTransport } from '../src/creatify/api-errors.js';
import { createCreatifyClient, type CreatifyClient } from '../src/creatify/client.js';
import {
  ANSWERED_LIST_DELAY_MS,
  CLOCK_SKEW_ALLOWANCE_MS,
  classifyCreateFailure,
  createExactlyOnce,
  findCreated,
  mayHaveCreated,
  settleSchedule,
  type CreateOnceEvent,
} from '../src/creatify/create-once.js';
import type { RetryPolicy } from '../src/creatify/retry.js';
import type { Persona, VideoFile } from '../src/creatify/types.js';
import { AppError, isAppError } from '../src/errors.js';
import { createFakeClock } from './helpers/fake-clock.js';

const POLICY: RetryPolicy = { attempts: 4, baseMs: 1000, factor: 2, capMs: 30_000, jitter: 'none', budgetMs: 600_000 };

/** What the server does with each POST, in order; `ok` once the plan runs out. */
type Step = 'ok' | 'create-then-destroy' | 'create-then-502' | 'create-then-500' | 'create-then-hang' | 'create-then-garbage' | '500' | '503' | '429' | '400';

/** Creatify's timestamp style: microseconds and a US-Pacific offset. */
function pacific(ms: number): string {
  const shifted = new Date(ms - 8 * 3600_000).toISOString().replace('Z', '');
  return `${shifted}123-08:00`;
}

interface FakeCreatify {
  url: string;
  personas: Persona[];
  posts: Array<{ name: string; file: Buffer }>;
  lists: number;
  listFails: boolean;
  close(): Promise<void>;
}

async function startCreatify(plan: Step[]): Promise<FakeCreatify> {
  const state: Omit<FakeCreatify, 'url' | 'close'> = { personas: [], posts: [], lists: 0, listFails: false };
  const create = (name: string): Persona => {
    const persona = { id: randomUUID(), creator_name: name, created_at: pacific(Date.now()), process_status: 'pending' };
    state.personas.push(persona);
    return persona;
  };
  const onPost = (req: IncomingMessage, res: ServerResponse): void => {
    const fields: Record<string, string> = {};
    const chunks: Buffer[] = [];
    const bb = busboy({ headers: req.headers });
    bb.on('field', (name, value) => (fields[name] = value));
    bb.on('file', (_name, stream) => stream.on('data', (chunk: Buffer) => chunks.push(chunk)));
    bb.on('close', () => {
      const name = fields.creator_name ?? '';
      state.posts.push({ name, file: Buffer.concat(chunks) });
      const step = plan.shift() ?? 'ok';
      const send = (status: number, body: string): void => {
        res.writeHead(status, { 'content-type': status === 502 ? 'text/html' : 'application/json' });
        res.end(body);
      };
      if (step.startsWith('create-')) create(name);
      if (step === 'ok') send(201, JSON.stringify(create(name)));
      else if (step === 'create-then-destroy') req.socket.destroy();
      else if (step === 'create-then-502') send(502, '<html><title>502 Bad Gateway</title></html>');
      else if (step === 'create-then-500' || step === '500') send(500, '{"detail":"A server error occurred."}');
      else if (step === 'create-then-garbage') send(201, 'Created');
      else if (step === 'create-then-hang') return;
      else if (step === '503') send(503, '{"detail":"Service unavailable"}');
      else if (step === '429') res.writeHead(429, { 'retry-after': '5' }).end('{"detail":"Request was throttled."}');
      else send(400, '{"gender":["\\"x\\" is not a valid choice."]}');
    });
    req.pipe(bb);
  };
  const server = createServer((req, res) => {
    if (req.method === 'POST') return onPost(req, res);
    state.lists += 1;
    req.resume();
    if (state.listFails) res.writeHead(403).end('{"detail":"Forbidden"}');
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(state.personas));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake = state as FakeCreatify;
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

let dir = '';
let video: VideoFile;
let bytes: Buffer;
const cleanup: Array<() => Promise<void>> = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'create-once-'));
  bytes = randomBytes(100_000);
  await writeFile(join(dir, 'james.mp4'), bytes);
  video = { absolutePath: join(dir, 'james.mp4'), filename: 'james.mp4', size: bytes.length, sha256: 'x', contentType: 'video/mp4' };
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

/** The settle period of these tests: lists at +2 s and +3 s after the first one. */
const SETTLE_MS = 5000;

async function setup(plan: Step[], options: { requestTimeoutMs?: number; settleMs?: number; listShows?: boolean } = {}) {
  const server = await startCreatify(plan);
  const clock = createFakeClock(Date.now());
  const client: CreatifyClient = createCreatifyClient({
    baseUrl: server.url,
    apiId: 'id',
    apiKey: 'key-for-tests',
    userAgent: 'test',
    clock,
    retry: { ...POLICY, attempts: 2 },
    uploadTimeoutMs: options.requestTimeoutMs ?? 30_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
  });
  cleanup.push(() => client.close(), () => server.close());
  const events: CreateOnceEvent[] = [];
  /** the length of each list `resendSafe` was asked about */
  const asked: number[] = [];
  const run = (excludeIds: ReadonlySet<string> = new Set(), attempt = (signal: AbortSignal | undefined) =>
    client.createFromFiles({ creator_name: 'James', gender: 'm' }, video, undefined, { signal })) =>
    createExactlyOnce(client, attempt, { creatorName: 'James', excludeIds }, {
      policy: POLICY,
      settleMs: options.settleMs ?? SETTLE_MS,
      clock,
      onEvent: (e) => events.push(e),
      resendSafe: async (listed) => {
        asked.push(listed.length);
        return options.listShows ?? true;
      },
    });
  return { server, client, clock, events, asked, run };
}

describe('createExactlyOnce against a server', () => {
  it('adopts the avatar when the server creates it and then drops the connection', async () => {
    const { server, run, events } = await setup(['create-then-destroy']);
    const result = await run();
    expect(result.adopted).toBe(true);
    expect(result.attempts).toBe(1);
    expect(server.personas).toHaveLength(1);
    expect(result.persona.id).toBe(server.personas[0]?.id);
    expect(server.posts).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['reconcile', 'adopted']);
  });

  it('adopts after a 502 that hid a real create', async () => {
    const { server, run } = await setup(['create-then-502']);
    const result = await run();
    expect(result).toMatchObject({ adopted: true, attempts: 1 });
    expect(server.personas).toHaveLength(1);
    expect(server.posts).toHaveLength(1);
  });

  it('adopts after a timeout once the body was sent', async () => {
    const { server, run } = await setup(['create-then-hang'], { requestTimeoutMs: 1_000 });
    const result = await run();
    expect(result.adopted).toBe(true);
    expect(server.personas).toHaveLength(1);
  });

  it('adopts when a 2xx answer cannot be read', async () => {
    const { server, run } = await setup(['create-then-garbage']);
    expect(await run()).toMatchObject({ adopted: true });
    expect(server.personas).toHaveLength(1);
  });

  it('retries once when nothing matches, with a freshly built body', async () => {
    const { server, run, events } = await setup(['503']);
    const old: Persona = { id: 'old', creator_name: 'James', created_at: '2020-01-01T00:00:00.000000-08:00' };
    const other: Persona = { id: 'other', creator_name: 'Ana', created_at: pacific(Date.now()) };
    server.personas.push(old, other);
    const result = await run();
    expect(result).toMatchObject({ adopted: false, attempts: 2 });
    expect(server.posts).toHaveLength(2);
    expect(server.posts[1]?.file.equals(bytes)).toBe(true);
    expect(server.personas.filter((p) => p.creator_name === 'James')).toHaveLength(2);
    expect(result.persona.id).not.toBe('old');
    // listed three times over the settle period (after the backoff, then +2 s, +3 s), then sent again
    expect(events.map((e) => e.type)).toEqual(['reconcile', 'no-match', 'reconcile', 'no-match', 'reconcile', 'no-match', 'retry']);
    expect(server.lists).toBe(3);
  });

  it('adopts an avatar that a slow server finishes during the settle period, and sends nothing again', async () => {
    const { server, clock, run, events } = await setup(['503']);
    // the create the 503 hid shows up only on the third list
    let lists = 0;
    const list = server.personas;
    const late: Persona = { id: 'late', creator_name: 'James', created_at: pacific(Date.now()) };
    Object.defineProperty(server, 'personas', {
      get: () => {
        lists += 1;
        return lists >= 3 ? [...list, late] : list;
      },
    });
    const result = await run();
    expect(result).toMatchObject({ adopted: true, attempts: 1 });
    expect(result.persona.id).toBe('late');
    expect(server.posts).toHaveLength(1);
    expect(clock.sleeps).toEqual([1000, 2000, 3000]);
    expect(events.map((e) => e.type)).toEqual(['reconcile', 'no-match', 'reconcile', 'no-match', 'reconcile', 'adopted']);
  });

  it('decides a 500 that hid a real create with one list after a short pause, with no settle period', async () => {
    const { server, clock, events, run } = await setup(['create-then-500']);
    const result = await run();
    expect(result).toMatchObject({ adopted: true, attempts: 1 });
    expect(server.posts).toHaveLength(1);
    expect(server.lists).toBe(1);
    expect(clock.sleeps).toEqual([Math.max(POLICY.baseMs, ANSWERED_LIST_DELAY_MS)]);
    expect(events.map((e) => e.type)).toEqual(['reconcile', 'adopted']);
  });

  it('sends nothing again where the list may hide avatars under review: CREATE_UNCONFIRMED', async () => {
    const { server, run, events, asked } = await setup(['500'], { listShows: false });
    server.personas.push({ id: 'other', creator_name: 'Ana', created_at: pacific(Date.now()) });
    const error = await run().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CREATE_UNCONFIRMED' });
    expect(mayHaveCreated(error)).toBe(true);
    expect(server.posts).toHaveLength(1);
    // asked once, about the list that found nothing
    expect(asked).toEqual([1]);
    expect(events.map((e) => e.type)).toEqual(['reconcile', 'no-match']);
  });

  it('sends again after a 500 that created nothing, once one list has shown no avatar, without a settle period', async () => {
    const { server, clock, run } = await setup(['500']);
    const result = await run();
    expect(result).toMatchObject({ adopted: false, attempts: 2 });
    expect(server.posts).toHaveLength(2);
    expect(server.lists).toBe(1);
    expect(clock.sleeps).toEqual([Math.max(POLICY.baseMs, ANSWERED_LIST_DELAY_MS)]);
  });

  it('keeps a settle period from a long request-timeout to a quarter of the budget, so a retry still fits', async () => {
    const { server, clock, run } = await setup(['503'], { settleMs: 3_600_000 });
    const result = await run();
    expect(result).toMatchObject({ adopted: false, attempts: 2 });
    expect(server.posts).toHaveLength(2);
    const settled = clock.sleeps.slice(1).reduce((a, b) => a + b, 0);
    expect(settled).toBe(POLICY.budgetMs / 4);
  });

  it('says which failures may still have created the avatar', async () => {
    const unknown = await (await setup(['503', '503', '503', '503', '503'])).run().catch((e: unknown) => e);
    expect(mayHaveCreated(unknown)).toBe(true);
    const refused = await (await setup(['400'])).run().catch((e: unknown) => e);
    expect(mayHaveCreated(refused)).toBe(false);
    // a refusal after an attempt whose outcome stayed unknown may still hide the first create
    const late = await (await setup(['503', '400'])).run().catch((e: unknown) => e);
    expect(isAppError(late) && late.status).toBe(400);
    expect(mayHaveCreated(late)).toBe(true);
    // the code carries it, not the error's identity: a copy (as a bundle or a re-throw makes) says the same
    expect(isAppError(late) && late.code).toBe('CREATE_UNCERTAIN');
    expect(isAppError(late) && mayHaveCreated(new AppError(late.code, late.message))).toBe(true);
    expect(settleSchedule(60_000)).toEqual([2000, 4000, 8000, 16_000, 30_000]);
    expect(settleSchedule(0)).toEqual([]);
  });

  it('never adopts an id in excludeIds', async () => {
    const { server, run } = await setup(['503']);
    server.personas.push({ id: 'recorded', creator_name: 'James', created_at: pacific(Date.now()) });
    const result = await run(new Set(['recorded']));
    expect(result.adopted).toBe(false);
    expect(result.persona.id).not.toBe('recorded');
    expect(server.posts).toHaveLength(2);
  });

  it('retries a refused connection without listing', async () => {
    const { server, client, clock, run } = await setup([]);
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const unreachable = createCreatifyClient({ baseUrl: deadUrl, apiId: 'id', apiKey: 'key-for-tests', userAgent: 't', clock });
    cleanup.push(() => unreachable.close());
    let n = 0;
    const result = await run(new Set(), (signal) => {
      n += 1;
      return (n === 1 ? unreachable : client).createFromFiles({ creator_name: 'James' }, video, undefined, { signal });
    });
    expect(result).toMatchObject({ adopted: false, attempts: 2 });
    expect(server.lists).toBe(0);
    expect(server.posts).toHaveLength(1);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('waits out a 429 without listing', async () => {
    const { server, clock, run } = await setup(['429']);
    const result = await run();
    expect(result.attempts).toBe(2);
    expect(server.lists).toBe(0);
    expect(clock.sleeps).toEqual([5000]);
  });

  it('throws a 400 as it is, without retrying', async () => {
    const { server, run } = await setup(['400']);
    await expect(run()).rejects.toMatchObject({ code: 'API_ERROR', status: 400 });
    expect(server.posts).toHaveLength(1);
    expect(server.lists).toBe(0);
  });

  it('gives up after the attempts with CREATE_UNCERTAIN: a 5xx may have created the avatar', async () => {
    const { server, run } = await setup(['503', '503', '503', '503', '503']);
    const error: unknown = await run().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('CREATE_UNCERTAIN');
    expect(isAppError(error) && error.message).toMatch(new RegExp(`failed after ${POLICY.attempts} attempt`));
    expect(isAppError(error) && error.status).toBe(503);
    expect(server.posts).toHaveLength(POLICY.attempts);
    expect(server.personas).toHaveLength(0);
  });

  it('does not create again when the outcome cannot be checked', async () => {
    const { server, run } = await setup(['503']);
    server.listFails = true;
    await expect(run()).rejects.toMatchObject({ code: 'CREATE_UNCERTAIN' });
    expect(server.posts).toHaveLength(1);
  });
});

describe('classification and matching', () => {
  const transport = (code: string) =>
    errorFromTransport(Object.assign(new Error(code), { code }), { operation: 'POST /api/personas_v2/', origin: 'http://x', secrets: [] });
  const http = (status: number) => errorFromResponse({ status, body: '', secrets: [] });

  it.each([
    ['ECONNREFUSED', transport('ECONNREFUSED'), 'not-processed'],
    ['ENOTFOUND', transport('ENOTFOUND'), 'not-processed'],
    ['connect timeout', transport('UND_ERR_CONNECT_TIMEOUT'), 'not-processed'],
    ['429', http(429), 'not-processed'],
    ['ECONNRESET', transport('ECONNRESET'), 'in-flight'],
    ['socket closed', transport('UND_ERR_SOCKET'), 'in-flight'],
    ['our timeout', new AppError('REQUEST_TIMEOUT', 'slow'), 'in-flight'],
    ['upload cut short', new AppError('UPLOAD_INCOMPLETE', 'reset before the end', { cause: transport('ECONNRESET') }), 'not-processed'],
    ['408', http(408), 'answered'],
    ['500', http(500), 'answered'],
    ['503 with Retry-After', errorFromResponse({ status: 503, retryAfter: '2', body: '', secrets: [] }), 'answered'],
    ['503 without Retry-After', http(503), 'in-flight'],
    ['502', http(502), 'in-flight'],
    ['504', http(504), 'in-flight'],
    ['201 unreadable', new AppError('API_RESPONSE_INVALID', 'bad', { status: 201 }), 'accepted'],
    ['400', http(400), 'final'],
    ['401', http(401), 'final'],
    ['404', http(404), 'final'],
    ['413', http(413), 'final'],
    ['file changed', new AppError('FILE_INVALID', 'changed'), 'final'],
    ['cancelled', new AppError('CANCELLED', 'stop'), 'final'],
  ])('%s → %s', (_name, error, kind) => {
    expect(classifyCreateFailure(error)).toBe(kind);
  });

  const start = Date.UTC(2026, 0, 1, 12);
  const at = (ms: number) => new Date(ms).toISOString();
  const personas: Persona[] = [
    { id: 'older', creator_name: 'James', created_at: at(start + 1000) },
    { id: 'newest', creator_name: 'James', created_at: at(start + 5000) },
    { id: 'skewed', creator_name: 'James', created_at: at(start - CLOCK_SKEW_ALLOWANCE_MS + 1000) },
    { id: 'too-old', creator_name: 'James', created_at: at(start - CLOCK_SKEW_ALLOWANCE_MS - 1000) },
    { id: 'undated', creator_name: 'James' },
    { id: 'renamed', creator_name: 'james', created_at: at(start + 9000) },
  ];

  it('picks the newest matching avatar', () => {
    expect(findCreated(personas, { creatorName: 'James', excludeIds: new Set() }, start)?.id).toBe('newest');
    expect(findCreated(personas, { creatorName: 'James', excludeIds: new Set(['newest']) }, start)?.id).toBe('older');
  });

  it('accepts clock skew within the allowance only, and never an undated avatar', () => {
    const only = (id: string) => personas.filter((p) => p.id === id);
    expect(findCreated(only('skewed'), { creatorName: 'James', excludeIds: new Set() }, start)?.id).toBe('skewed');
    expect(findCreated(only('too-old'), { creatorName: 'James', excludeIds: new Set() }, start)).toBeUndefined();
    expect(findCreated(only('undated'), { creatorName: 'James', excludeIds: new Set() }, start)).toBeUndefined();
  });

  it('lets two concurrent creates claim different avatars', () => {
    const claimed = new Set<string>();
    const claim = (id: string) => (claimed.has(id) ? false : (claimed.add(id), true));
    const match = { creatorName: 'James', excludeIds: claimed };
    expect(findCreated(personas, match, start, claim)?.id).toBe('newest');
    expect(findCreated(personas, match, start, claim)?.id).toBe('older');
  });
});
