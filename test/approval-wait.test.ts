/**
 * The wait loop on a fake clock with a fake Creatify port: the deadline, the spacing of
 * polls, the error backoff and budget, final states, cancellation, and what a poll costs.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorBackoff, intervalCap, nextInterval } from '../src/approval/interval.js';
import { observe, pollSignal } from '../src/approval/poll.js';
import type { Config } from '../src/config.js';
import { errorFromResponse } from '../src/creatify/api-errors.js';
import type { CreatifyApi, Persona, RequestOptions } from '../src/creatify/types.js';
import type { Reporter } from '../src/engine/deps.js';
import { assembleResult, type AvatarOutcome, type RunResult } from '../src/engine/result.js';
import { ERROR_BUDGET, waitForApproval } from '../src/engine/wait.js';
import { AppError } from '../src/errors.js';
import { LockStore } from '../src/lock/lockfile.js';
import type { Lockfile } from '../src/lock/schema.js';
import { createFakeClock, type FakeClock } from './helpers/fake-clock.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SECOND = 1000;
const MINUTE = 60 * SECOND;

type Review = { is_active: boolean; process_status: string; failed_reason?: string };
const PENDING: Review = { is_active: false, process_status: 'reviewing' };
const APPROVED: Review = { is_active: true, process_status: 'done' };

/** A Creatify port whose answers a test scripts per call; counts every call. */
class FakeApi implements CreatifyApi {
  listCalls = 0;
  getCalls: string[] = [];
  signals: (AbortSignal | undefined)[] = [];
  /** what the n-th list call (1-based) does: personas to answer, or an error to throw */
  onList: (call: number) => Persona[] | Error = () => [];
  onGet: (id: string) => Persona | Error = () => errorFromResponse({ status: 404, retryAfter: undefined, body: '{"detail":"Not found."}', secrets: [] });
  /** fake time one list call takes */
  listMs = 0;

  constructor(private readonly clock: FakeClock) {}

  async list(options: RequestOptions = {}): Promise<Persona[]> {
    this.listCalls++;
    this.signals.push(options.signal);
    this.clock.advance(this.listMs);
    const answer = this.onList(this.listCalls);
    if (answer instanceof Error) throw answer;
    return answer;
  }
  async get(id: string, options: RequestOptions = {}): Promise<Persona> {
    this.getCalls.push(id);
    this.signals.push(options.signal);
    const answer = this.onGet(id);
    if (answer instanceof Error) throw answer;
    return answer;
  }
  createFromFiles(): Promise<Persona> {
    throw new Error('no create while waiting');
  }
  createFromUrls(): Promise<Persona> {
    throw new Error('no create while waiting');
  }
  count(): Promise<{ max_count: number; current_count: number }> {
    throw new Error('no count while waiting');
  }
  delete(): Promise<'deleted' | 'gone'> {
    throw new Error('no delete while waiting');
  }
}

function persona(id: string, review: Review): Persona {
  return { id, creator_name: id.slice(0, 8), failed_reason: '', ...review };
}

interface Setup {
  clock: FakeClock;
  api: FakeApi;
  lines: { info: string[]; warning: string[] };
  reporter: Reporter;
  result: RunResult;
  store: LockStore;
  lockPath: string;
  ids: string[];
  config: Config;
}

function setup(count: number, wait: Partial<Config['wait']> = {}): Setup {
  const dir = mkdtempSync(join(tmpdir(), 'approval-wait-'));
  dirs.push(dir);
  const clock = createFakeClock();
  const api = new FakeApi(clock);
  const lines = { info: [] as string[], warning: [] as string[] };
  const reporter: Reporter = {
    info: (l) => lines.info.push(l),
    warning: (l) => lines.warning.push(l),
    debug: () => undefined,
  };
  const ids = Array.from({ length: count }, () => randomUUID());
  const avatars: AvatarOutcome[] = ids.map((id, i) => ({
    key: `avatar-${String(i + 1).padStart(3, '0')}`,
    creator_name: `Avatar ${i + 1}`,
    id,
    status: 'pending',
    action: 'create',
    source: `media/${i + 1}.mp4`,
    sha256: null,
  }));
  const at = new Date(clock.now()).toISOString();
  const lock: Lockfile = {
    version: 1,
    avatars: Object.fromEntries(
      avatars.map((a) => [
        a.key,
        { id: a.id!, creator_name: a.creator_name, source: a.source, sha256: null, size: null, fields_digest: 'x', status: 'pending' as const, created_at: at, updated_at: at },
      ]),
    ),
  };
  const lockPath = join(dir, 'avatars.lock.json');
  const store = new LockStore(lockPath, 'avatars.lock.json', lock);
  const result: RunResult = { mode: 'sync', manifest: 'avatars.yml', lockfile: 'avatars.lock.json', lockfileChanged: false, avatars, created: [...ids], orphaned: [], superseded: [], deleted: [], wouldDelete: [] };
  const config: Config = {
    mode: 'sync',
    workspace: dir,
    manifest: { absolute: join(dir, 'avatars.yml'), display: 'avatars.yml' },
    lockfile: { absolute: lockPath, display: 'avatars.lock.json' },
    results: join(dir, 'results.json'),
    api: { url: 'http://127.0.0.1:9', apiId: 'id', apiKey: 'key', requestTimeoutMs: 60_000 },
    wait: { enabled: true, timeoutMs: 30 * MINUTE, pollIntervalMs: 30 * SECOND, onTimeout: 'fail', ...wait },
    concurrency: 4,
    shard: undefined,
    prune: { mode: 'none' },
  };
  return { clock, api, lines, reporter, result, store, lockPath, ids, config };
}

/** Waits, then assembles the result from what the wait returned, as the engine does. */
async function run(s: Setup, signal?: AbortSignal, recheckAll = false): Promise<void> {
  const deps = { api: () => s.api, clock: s.clock, reporter: s.reporter, ...(signal ? { signal } : {}) };
  const review = await waitForApproval(s.config, deps, s.store, s.result.avatars, { recheckAll });
  await s.store.close();
  const { avatars, failure, incomplete, warnings } = assembleResult({ mode: 'sync', config: s.config, avatars: s.result.avatars, total: s.ids.length, review });
  Object.assign(s.result, { avatars, failure, incomplete, warnings });
}

const all = (s: Setup, review: Review) => s.ids.map((id) => persona(id, review));
const serverError = (status: number, retryAfter?: string) => errorFromResponse({ status, retryAfter, body: '<html>oops</html>', secrets: [] });

describe('interval', () => {
  it.each([
    [1 * SECOND, 2 * SECOND],
    [30 * SECOND, 60 * SECOND],
    [5 * MINUTE, 6 * MINUTE],
    [2 * 60 * MINUTE, 2 * 60 * MINUTE + MINUTE],
  ])('base %i ms is capped at %i ms', (base, cap) => {
    expect(intervalCap(base)).toBe(cap);
    let current = base;
    for (let i = 0; i < 50; i++) current = nextInterval(base, current, false);
    expect(current).toBe(cap);
    expect(nextInterval(base, cap, true)).toBe(base);
  });

  it('backs off after errors within the cap and honours Retry-After up to it', () => {
    expect([1, 2, 3, 4].map((n) => errorBackoff(10 * SECOND, n))).toEqual([10_000, 20_000, 20_000, 20_000]);
    expect(errorBackoff(10 * SECOND, 1, 15 * SECOND)).toBe(15_000);
    expect(errorBackoff(10 * SECOND, 1, 10 * MINUTE)).toBe(20_000);
  });
});

describe('waitForApproval on a fake clock', () => {
  it('fixes the deadline before the first poll: a slow first poll shortens the wait', async () => {
    const s = setup(1, { timeoutMs: 10 * MINUTE, pollIntervalMs: 5 * MINUTE });
    s.api.listMs = 9 * MINUTE;
    s.api.onList = () => all(s, PENDING);
    const start = s.clock.now();
    await run(s);
    // 9 min spent in the first poll leave 1 min to the deadline, not another 5
    expect(s.clock.sleeps[0]).toBe(1 * MINUTE);
    expect(s.api.listCalls).toBe(2);
    // the last poll starts at the deadline and is allowed to finish
    expect(s.clock.now() - start).toBe(19 * MINUTE);
    expect(s.result.failure?.code).toBe('APPROVAL_TIMEOUT');
    expect(s.result.failure?.message).toMatch(/^timed out after 10m with 1 of 1 avatar\(s\) still under review: avatar-001$/);
    expect(s.result.failure?.hint).toMatch(/mode: status/);
    // each poll gets its own live signal
    expect(s.api.signals.every((sig) => sig !== undefined && !sig.aborted)).toBe(true);
    expect(new Set(s.api.signals).size).toBe(2);
  });

  it('starts at poll-interval, grows gently while nothing changes, caps, and resets on a change', async () => {
    const s = setup(2, { timeoutMs: 10 * MINUTE, pollIntervalMs: 10 * SECOND });
    s.api.onList = (call) => all(s, PENDING).map((p, i) => (i === 0 && call >= 8 ? persona(p.id, APPROVED) : call >= 10 ? persona(p.id, APPROVED) : p));
    await run(s);
    expect(s.clock.sleeps).toEqual([10_000, 12_500, 15_625, 19_531, 20_000, 20_000, 20_000, 10_000, 12_500]);
    expect(s.clock.sleeps.every((ms) => ms <= intervalCap(10 * SECOND))).toBe(true);
    expect(s.result.failure).toBeUndefined();
    expect(s.result.avatars.map((a) => a.status)).toEqual(['approved', 'approved']);
    expect(s.lines.info.at(-1)).toMatch(/^All 2 avatar\(s\) approved by Creatify after 2m\d+s\.$/);
    const lock = JSON.parse(readFileSync(s.lockPath, 'utf8')) as Lockfile;
    expect(Object.values(lock.avatars).map((e) => e.status)).toEqual(['approved', 'approved']);
  });

  it('prints a progress line per poll: approved n of m, pending names, elapsed, time left', async () => {
    const s = setup(3, { timeoutMs: 2 * MINUTE, pollIntervalMs: 30 * SECOND });
    s.api.onList = (call) => all(s, PENDING).map((p, i) => (i === 1 && call >= 2 ? persona(p.id, APPROVED) : p));
    await run(s);
    const progress = s.lines.info.filter((l) => l.startsWith('['));
    expect(progress[0]).toBe('[1] approved 0 of 3; pending: avatar-001, avatar-002, avatar-003; elapsed 0ms, 2m left; next check in 30s');
    expect(progress[1]).toBe('[2] approved 1 of 3; pending: avatar-001, avatar-003; elapsed 30s, 1m30s left; next check in 30s');
    expect(progress.at(-1)).toMatch(/^\[\d\] approved 1 of 3; pending: avatar-001, avatar-003; elapsed 2m, 0ms left$/);
  });

  it('backs off on transient errors, warns once past the budget, and never ends the wait for them', async () => {
    const s = setup(1, { timeoutMs: 30 * MINUTE, pollIntervalMs: 10 * SECOND });
    const failing = ERROR_BUDGET + 3;
    s.api.onList = (call) => (call <= failing ? serverError(503) : all(s, APPROVED));
    await run(s);
    expect(s.api.listCalls).toBe(failing + 1);
    expect(s.clock.sleeps).toEqual([10_000, 20_000, 20_000, 20_000, 20_000, 20_000]);
    expect(s.result.failure).toBeUndefined();
    expect(s.result.avatars[0]!.status).toBe('approved');
    expect(s.lines.warning).toHaveLength(1);
    expect(s.lines.warning[0]).toMatch(new RegExp(`^${ERROR_BUDGET + 1} status checks in a row failed, the last: .*503.*still waiting until the deadline$`));
    expect(s.lines.info.filter((l) => l.startsWith('status check failed'))).toHaveLength(failing - 1);
  });

  it('honours a Retry-After on a throttled poll, within the cap', async () => {
    const s = setup(1, { timeoutMs: 30 * MINUTE, pollIntervalMs: 10 * SECOND });
    s.api.onList = (call) => (call === 1 ? serverError(429, '15') : all(s, APPROVED));
    await run(s);
    expect(s.clock.sleeps).toEqual([15_000]);
    expect(s.result.failure).toBeUndefined();
  });

  it('keeps polling through errors until the deadline, then times out naming the last error', async () => {
    const s = setup(1, { timeoutMs: 5 * MINUTE, pollIntervalMs: 30 * SECOND, onTimeout: 'warn' });
    s.api.onList = () => new AppError('NETWORK_ERROR', 'connect ECONNREFUSED 127.0.0.1:9');
    const start = s.clock.now();
    await run(s);
    expect(s.clock.now() - start).toBe(5 * MINUTE);
    expect(s.api.listCalls).toBeGreaterThan(4);
    expect(s.result.failure).toBeUndefined();
    expect(s.result.warnings?.[0]).toMatch(/^timed out after 5m with 1 of 1 .*the last status check failed: connect ECONNREFUSED.*check again later with mode: status/);
    expect(s.result.incomplete).toMatch(/^timed out after 5m/);
  });

  it('ends at once on refused credentials, with outputs still to be written', async () => {
    const s = setup(1);
    s.api.onList = () => errorFromResponse({ status: 401, retryAfter: undefined, body: '{"detail":"Invalid key."}', secrets: [] });
    await run(s);
    expect(s.api.listCalls).toBe(1);
    expect(s.result.failure?.code).toBe('AUTH_FAILED');
    expect(s.result.avatars[0]!.status).toBe('pending');
  });

  it('fails on a rejected avatar with its failed_reason, and writes it to the lockfile', async () => {
    const s = setup(2, { pollIntervalMs: 10 * SECOND });
    const reason = 'Rejected in review: the face is not fully visible.';
    s.api.onList = (call) => all(s, PENDING).map((p, i) => (i === 1 && call === 2 ? persona(p.id, { is_active: false, process_status: 'rejected', failed_reason: reason }) : p));
    await run(s);
    expect(s.result.failure?.code).toBe('AVATAR_REJECTED');
    expect(s.result.failure?.message).toBe(`avatar-002 (${s.ids[1]}) was rejected by Creatify: ${reason}`);
    const lock = JSON.parse(readFileSync(s.lockPath, 'utf8')) as Lockfile;
    expect(lock.avatars['avatar-002']).toMatchObject({ status: 'rejected', failed_reason: reason });
    expect(lock.avatars['avatar-001']!.status).toBe('pending');
  });

  it('stops at once when cancelled during a poll, leaving the statuses known', async () => {
    const s = setup(2, { pollIntervalMs: 10 * SECOND });
    const controller = new AbortController();
    s.api.onList = (call) => {
      if (call < 3) return all(s, PENDING);
      controller.abort();
      return new AppError('CANCELLED', 'GET /api/personas_v2/ was cancelled.');
    };
    await run(s, controller.signal);
    expect(s.api.listCalls).toBe(3);
    expect(s.result.failure).toBeUndefined();
    expect(s.result.incomplete).toMatch(/^cancelled while waiting for approval, with 2 avatar\(s\) still under review: avatar-001, avatar-002; every id is in the lockfile/);
  });

  it('costs one list call per poll for 500 pending avatars when the list shows them all', async () => {
    const s = setup(500, { timeoutMs: 10 * MINUTE, pollIntervalMs: 30 * SECOND });
    const others = Array.from({ length: 50 }, () => persona(randomUUID(), APPROVED));
    s.api.onList = (call) => [...others, ...all(s, call < 4 ? PENDING : APPROVED)];
    await run(s);
    expect(s.api.listCalls).toBe(4);
    expect(s.api.getCalls).toEqual([]);
    expect(s.result.avatars.every((a) => a.status === 'approved')).toBe(true);
    expect(s.lines.info.find((l) => l.startsWith('[1]'))).toMatch(/pending: avatar-001, .*avatar-010 and 490 more;/);
  });

  it('GETs only the ids the list omits; a 404 is a final failure, another error costs only that id', async () => {
    const s = setup(4, { timeoutMs: 10 * MINUTE, pollIntervalMs: 30 * SECOND });
    const [a, b, c, d] = s.ids as [string, string, string, string];
    s.api.onList = () => [persona(a, APPROVED), persona(b, PENDING)];
    s.api.onGet = (id) => (id === c ? persona(c, APPROVED) : serverError(404));
    const seen = await observe(s.api, s.ids);
    expect(s.api.listCalls).toBe(1);
    expect(s.api.getCalls.sort()).toEqual([c, d].sort());
    expect(seen.seen.get(d)).toMatchObject({ status: 'failed', missing: true });
    expect(seen.errors).toEqual([]);

    s.api.onGet = (id) => (id === c ? serverError(502) : persona(id, PENDING));
    const partial = await observe(s.api, s.ids);
    expect(partial.seen.has(c)).toBe(false);
    expect(partial.seen.get(d)?.status).toBe('pending');
    expect(partial.errors.map((e) => e.id)).toEqual([c]);
  });

  it('in a status run, gives no verdict from the lockfile until one check has succeeded', async () => {
    const s = setup(3, { timeoutMs: 2 * MINUTE, pollIntervalMs: 10 * SECOND });
    for (const a of s.result.avatars) a.status = 'approved';
    s.api.onList = () => serverError(503);
    await run(s, undefined, true);
    expect(s.lines.info.some((l) => l.startsWith('All 3 avatar(s) approved'))).toBe(false);
    expect(s.result.failure?.code).toBe('APPROVAL_TIMEOUT');
    expect(s.result.failure?.message).toMatch(/^timed out after 2m without one successful status check of the 3 avatar\(s\) \(the last status check failed: .*503/);
    // once a check succeeds, every avatar is checked again, approved ones too
    const t = setup(2, { timeoutMs: 2 * MINUTE, pollIntervalMs: 10 * SECOND });
    for (const a of t.result.avatars) a.status = 'approved';
    t.api.onList = (call) => (call === 1 ? serverError(503) : [persona(t.ids[0]!, APPROVED), persona(t.ids[1]!, { is_active: false, process_status: 'failed', failed_reason: 'gone' })]);
    await run(t, undefined, true);
    expect(t.result.failure?.message).toMatch(/avatar-002 .* was failed by Creatify: gone/);
  });

  it('ends at once on an answer that will not change (404 on the list: a wrong api-url)', async () => {
    const s = setup(1, { timeoutMs: 30 * MINUTE });
    s.api.onList = () => errorFromResponse({ status: 404, retryAfter: undefined, body: '{"detail":"Not found."}', secrets: [] });
    const start = s.clock.now();
    await run(s);
    expect(s.api.listCalls).toBe(1);
    expect(s.clock.now() - start).toBe(0);
    expect(s.result.failure?.message).toMatch(/404/);
  });

  it('rechecks approved avatars too on the first poll of a status run', async () => {
    const s = setup(2, { pollIntervalMs: 10 * SECOND });
    s.result.avatars[0]!.status = 'approved';
    s.api.onList = () => [persona(s.ids[0]!, { is_active: false, process_status: 'failed', failed_reason: 'gone' }), persona(s.ids[1]!, APPROVED)];
    await run(s, undefined, true);
    expect(s.result.failure?.message).toMatch(/avatar-001 .* was failed by Creatify: gone/);
  });
});

describe('pollSignal', () => {
  it('aborts after its limit and says it timed out; a cancellation is not a timeout', async () => {
    const own = pollSignal(undefined, 20);
    await new Promise((r) => setTimeout(r, 200));
    expect(own.signal.aborted).toBe(true);
    expect(own.timedOut()).toBe(true);

    const outer = new AbortController();
    const linked = pollSignal(outer.signal, 60_000);
    outer.abort();
    expect(linked.signal.aborted).toBe(true);
    expect(linked.timedOut()).toBe(false);
    linked.dispose();
  });
});
