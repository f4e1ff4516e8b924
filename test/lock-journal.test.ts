/**
 * The lockfile's journal: each change is one synced line, a read folds a killed run's
 * journal in (a line cut short by the kill never counted), and a run's end folds its own.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LockStore, readLockfile, serializeLockfile } from '../src/lock/lockfile.js';
import type { LockEntry, Lockfile } from '../src/lock/schema.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function files(): { lockfile: string; journal: string } {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));
  dirs.push(dir);
  return { lockfile: join(dir, 'avatars.lock.json'), journal: join(dir, 'avatars.lock.json.journal') };
}

const at = '2026-12-01T00:00:00.000Z';
function entry(id: string): LockEntry {
  return { id, creator_name: id, source: `media/${id}.mp4`, sha256: null, size: null, fields_digest: 'd', status: 'pending', created_at: at, updated_at: at };
}
const mark = { creator_name: 'C', fields_digest: 'd', sha256: null, started_at: at, upload: false };

describe('the lockfile journal', () => {
  it('appends one line per change, and folds them into the lockfile on close', async () => {
    const { lockfile, journal } = files();
    const store = new LockStore(lockfile, 'avatars.lock.json', { version: 1, avatars: {} });
    // changes made at once share the syncs to disk, and each still resolves
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.apply({ avatars: { [`k${i}`]: entry(`id${i}`) } })));
    await store.apply({ in_flight: { C: mark } });
    expect(readFileSync(journal, 'utf8').split('\n')).toHaveLength(52);
    expect(existsSync(lockfile)).toBe(false);
    await store.close();
    expect(existsSync(journal)).toBe(false);
    const written = JSON.parse(readFileSync(lockfile, 'utf8')) as Lockfile;
    expect(Object.keys(written.avatars)).toHaveLength(50);
    expect(written.in_flight).toEqual({ C: mark });
  });

  it('folds a killed run’s journal on the next read, dropping a last line cut short', async () => {
    const { lockfile, journal } = files();
    const start: Lockfile = { version: 1, avatars: { a: entry('a') } };
    writeFileSync(lockfile, serializeLockfile(start));
    const lines = [
      JSON.stringify({ in_flight: { b: mark } }),
      JSON.stringify({ avatars: { b: entry('b') }, in_flight: { b: null } }),
      JSON.stringify({ avatars: { c: entry('c') } }).slice(0, 40),
    ];
    writeFileSync(journal, `${lines[0]}\n${lines[1]}\n${lines[2]}`);
    const { lock, text } = await readLockfile(lockfile, 'avatars.lock.json');
    expect(Object.keys(lock.avatars).sort()).toEqual(['a', 'b']);
    expect(lock.in_flight ?? {}).toEqual({});
    // the text is the lockfile as it was, so the run still reports the fold as a change to commit
    expect(text).toBe(serializeLockfile(start));
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(lockfile, 'utf8')).toBe(serializeLockfile(lock));
    // folding twice (a kill between the lockfile write and the journal's removal) changes nothing
    writeFileSync(journal, `${lines[0]}\n${lines[1]}\n`);
    expect((await readLockfile(lockfile, 'avatars.lock.json')).lock).toEqual(lock);
  });

  it('returns a lockfile that cannot be written at the end as the run\'s failure, and keeps the journal for the next run', async () => {
    const { lockfile, journal } = files();
    const store = new LockStore(lockfile, 'avatars.lock.json', { version: 1, avatars: {} });
    await store.apply({ avatars: { a: entry('a') } });
    mkdirSync(join(lockfile, 'in-the-way'), { recursive: true });
    const failure = await store.fold();
    expect(failure).toMatchObject({ code: 'LOCKFILE_WRITE', message: expect.stringMatching(/changes are kept in avatars\.lock\.json\.journal/) });
    expect(readFileSync(journal, 'utf8')).toContain('"a"');
  });

  it('refuses a journal line that is whole but not a change, and keeps the journal', async () => {
    const { lockfile, journal } = files();
    writeFileSync(journal, '{"avatars":{"x":{"id":""}}}\n');
    await expect(readLockfile(lockfile, 'avatars.lock.json')).rejects.toMatchObject({ code: 'LOCKFILE_INVALID', message: expect.stringMatching(/line 1 of avatars\.lock\.json\.journal/) });
    expect(existsSync(journal)).toBe(true);
  });
});
