/**
 * A small concurrency limiter: at most `n` tasks run at once, the rest wait in order.
 * Kept here instead of a dependency because the whole need is a queue and a counter.
 */

export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

function checkConcurrency(n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${String(n)}`);
  }
}

/** Returns a function that runs tasks with at most `n` in flight, started in call order. */
export function createLimit(n: number): Limit {
  checkConcurrency(n);
  let active = 0;
  const queue: Array<() => void> = [];

  const next = (): void => {
    active -= 1;
    const start = queue.shift();
    if (start) start();
  };

  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        active += 1;
        // A task that throws synchronously is treated like one that rejects.
        let running: Promise<T>;
        try {
          running = task();
        } catch (error) {
          running = Promise.reject(error);
        }
        running.then(resolve, reject).finally(next);
      };
      if (active < n) start();
      else queue.push(start);
    });
}

/**
 * Maps `items` through `fn` with at most `n` calls in flight; the result keeps the order
 * of `items`. On the first rejection no further items are started and that error is
 * thrown once the calls already running have settled, so no work is left dangling.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  n: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  checkConcurrency(n);
  const results = new Array<R>(items.length);
  let nextIndex = 0;
  let failed = false;
  let firstError: unknown;

  const worker = async (): Promise<void> => {
    while (!failed && nextIndex < items.length) {
      const index = nextIndex;
      nextIndex += 1;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
  };

  const workers: Promise<void>[] = [];
  for (let i = 0; i < Math.min(n, items.length); i += 1) workers.push(worker());
  await Promise.all(workers);
  if (failed) throw firstError;
  return results;
}
