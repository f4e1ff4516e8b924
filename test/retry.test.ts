import { describe, expect, it } from 'vitest';
import { errorFromResponse, errorFromTransport } from '../src/creatify/api-errors.js';
import { isRetryable, parseRetryAfter, retryDelay, withRetry, type RetryInfo, type RetryPolicy } from '../src/creatify/retry.js';
import { AppError, hasCode } from '../src/errors.js';
import { createFakeClock } from './helpers/fake-clock.js';

const POLICY: RetryPolicy = { attempts: 5, baseMs: 1000, factor: 2, capMs: 10_000, jitter: 'none', budgetMs: 60_000 };
const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

function http(status: number, retryAfter?: string): AppError {
  return errorFromResponse({ status, retryAfter, body: '{"detail":"x"}', secrets: [] });
}

function systemError(code: string): Error {
  return Object.assign(new Error(`socket failure ${code}`), { code });
}

function network(code: string): AppError {
  return errorFromTransport(systemError(code), { operation: 'GET /api/personas_v2/', origin: 'https://api.creatify.ai', secrets: [] });
}

describe('retryDelay', () => {
  it.each([
    ['first retry is the base', POLICY, 1, undefined, 1000],
    ['grows by the factor', POLICY, 3, undefined, 4000],
    ['is capped', POLICY, 8, undefined, 10_000],
    ['full jitter scales by the random number', { ...POLICY, jitter: 'full' as const }, 3, undefined, 2000],
    ['Retry-After seconds win over a shorter backoff', POLICY, 1, '3', 3000],
    ['a shorter Retry-After does not shorten the backoff', POLICY, 3, '1', 4000],
    ['Retry-After as an HTTP date', POLICY, 1, new Date(NOW + 8000).toUTCString(), 8000],
    ['Retry-After in the past', POLICY, 1, new Date(NOW - 8000).toUTCString(), 1000],
    ['Retry-After beyond the cap is capped', POLICY, 1, '3600', 10_000],
    ['garbage Retry-After is ignored', POLICY, 2, 'soon', 2000],
  ])('%s', (_name, policy, attempt, retryAfter, expected) => {
    expect(retryDelay(policy, attempt, retryAfter, () => 0.5, NOW)).toBe(expected);
  });

  it('parses Retry-After', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('Wed, 01 Mar 2026 12:00:30 GMT', NOW)).toBe(30_000);
  });
});

describe('isRetryable', () => {
  it.each([
    ['408', http(408), true],
    ['429', http(429), true],
    ['500', http(500), true],
    ['502', http(502), true],
    ['503', http(503), true],
    ['504', http(504), true],
    ['501', http(501), false],
    ['400', http(400), false],
    ['401', http(401), false],
    ['403', http(403), false],
    ['404', http(404), false],
    ['413', http(413), false],
    ['422', http(422), false],
    ['connection refused', network('ECONNREFUSED'), true],
    ['connection reset', network('ECONNRESET'), true],
    ['socket closed', network('UND_ERR_SOCKET'), true],
    ['headers timeout', network('UND_ERR_HEADERS_TIMEOUT'), true],
    ['bad certificate', network('CERT_HAS_EXPIRED'), false],
    ['raw reset error', systemError('ECONNRESET'), true],
    ['plain bug', new TypeError('x is undefined'), false],
    ['cancelled', new AppError('CANCELLED', 'stop'), false],
    ['file changed', new AppError('FILE_INVALID', 'changed'), false],
    ['unreadable answer', new AppError('API_RESPONSE_INVALID', 'bad', { status: 200 }), false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });

  it('maps timeouts and network failures to their codes', () => {
    expect(network('UND_ERR_HEADERS_TIMEOUT').code).toBe('REQUEST_TIMEOUT');
    expect(network('ECONNRESET').code).toBe('NETWORK_ERROR');
  });
});

describe('withRetry', () => {
  it('retries with backoff on the injected clock and returns the first success', async () => {
    const clock = createFakeClock(NOW);
    const infos: RetryInfo[] = [];
    let calls = 0;
    const result = await withRetry(
      async (attempt) => {
        calls += 1;
        if (attempt < 3) throw http(503);
        return 'done';
      },
      { policy: POLICY, clock, onRetry: (info) => infos.push(info) },
    );
    expect(result).toBe('done');
    expect(calls).toBe(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(infos.map((info) => [info.attempt, info.delayMs, info.reason])).toEqual([
      [1, 1000, 'HTTP 503'],
      [2, 2000, 'HTTP 503'],
    ]);
  });

  it('throws a non-retryable error at once', async () => {
    const clock = createFakeClock(NOW);
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw http(404);
        },
        { policy: POLICY, clock },
      ),
    ).rejects.toMatchObject({ code: 'API_ERROR', status: 404 });
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('stops after the attempts and throws the last error', async () => {
    const clock = createFakeClock(NOW);
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls += 1;
        throw http(calls < 3 ? 503 : 502);
      },
      { policy: { ...POLICY, attempts: 3 }, clock },
    ).catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(error).toMatchObject({ status: 502 });
  });

  it('counts the time spent in requests against the budget', async () => {
    const clock = createFakeClock(NOW);
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          clock.advance(3000); // a slow request
          throw network('ECONNRESET');
        },
        { policy: { ...POLICY, attempts: 10, budgetMs: 10_000 }, clock },
      ),
    ).rejects.toSatisfy((e: unknown) => hasCode(e, 'NETWORK_ERROR'));
    // 3 s + 1 s + 3 s + 2 s = 9 s; then 3 s more and a 4 s wait would pass 10 s.
    expect(calls).toBe(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('honours Retry-After from the error', async () => {
    const clock = createFakeClock(NOW);
    let calls = 0;
    await withRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw http(429, '4');
        return calls;
      },
      { policy: POLICY, clock },
    );
    expect(clock.sleeps).toEqual([4000]);
  });

  it('stops with CANCELLED when the signal aborts between attempts', async () => {
    const clock = createFakeClock(NOW);
    const controller = new AbortController();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          controller.abort();
          throw http(503);
        },
        { policy: POLICY, clock, signal: controller.signal },
      ),
    ).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(1);
    await expect(withRetry(async () => 1, { policy: POLICY, clock, signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });
});
