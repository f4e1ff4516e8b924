/** A clock for tests: `sleep` returns at once, advances the time and records the wait. */
import { AppError } from '../../src/errors.js';
import type { Clock } from '../../src/util/clock.js';

export interface FakeClock extends Clock {
  /** every duration passed to `sleep`, in call order */
  readonly sleeps: number[];
  /** moves the time forward without a sleep (e.g. to simulate a slow request) */
  advance(ms: number): void;
}

export function createFakeClock(startMs = Date.UTC(2026, 0, 1)): FakeClock {
  let time = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new AppError('CANCELLED', 'The operation was cancelled.', { cause: signal.reason });
      sleeps.push(ms);
      time += Math.max(0, ms);
    },
  };
}
