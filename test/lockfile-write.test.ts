/**
 * The lockfile's atomic write outlasts a rename that Windows refuses while another process
 * (an antivirus, an indexer, an editor) holds the file open, and gives up after a few
 * seconds with the refusal itself.
 */
import { promises as fs, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/lock/lockfile.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function target(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  dirs.push(dir);
  const file = join(dir, 'avatars.lock.json');
  writeFileSync(file, 'old\n');
  return file;
}

function refusal(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
}

/** A rename refused `times` times with `code`, then done by the real one. */
function refusedRename(times: number, code = 'EPERM'): { rename(from: string, to: string): Promise<void>; calls: number } {
  const state = {
    calls: 0,
    async rename(from: string, to: string): Promise<void> {
      state.calls += 1;
      if (state.calls <= times) throw refusal(code);
      await fs.rename(from, to);
    },
  };
  return state;
}

describe('the atomic write of the lockfile', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('retries a rename refused with %s until it succeeds', async (code) => {
    const file = target();
    const rename = refusedRename(3, code);
    await writeFileAtomic(file, 'new\n', rename.rename);
    expect(rename.calls).toBe(4);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(join(file, '..'))).toEqual(['avatars.lock.json']);
  });

  it('gives up after a few seconds with the original error, the old file intact and no temporary file left', async () => {
    const file = target();
    const rename = refusedRename(Number.POSITIVE_INFINITY);
    const started = Date.now();
    const failure = await writeFileAtomic(file, 'new\n', rename.rename).catch((error: unknown) => error);
    const elapsed = Date.now() - started;
    expect(failure).toMatchObject({ code: 'EPERM', message: 'EPERM: operation not permitted, rename' });
    expect(rename.calls).toBe(9);
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    expect(elapsed).toBeLessThan(10_000);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(join(file, '..'))).toEqual(['avatars.lock.json']);
  });

  it('does not retry another failure', async () => {
    const file = target();
    let calls = 0;
    const failure = await writeFileAtomic(file, 'new\n', () => {
      calls += 1;
      return Promise.reject(refusal('ENOSPC'));
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'ENOSPC' });
    expect(calls).toBe(1);
    expect(readdirSync(join(file, '..'))).toEqual(['avatars.lock.json']);
  });
});
