import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lfsPointer, makeMp4 } from '../scripts/mp4.js';
import { CHUNK_BYTES, checkAndHashFile, hashFile } from '../src/files/hash.js';
import { inspectHead, inspectVideo } from '../src/files/inspect.js';
import { isInside, resolveInWorkspace, toPosixRelative } from '../src/files/workspace.js';
import { createLimit, mapLimit } from '../src/util/limit.js';

let base: string;
let root: string;
let outside: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'creatify-files-')));
  root = path.join(base, 'repo');
  outside = path.join(base, 'outside');
  await mkdir(path.join(root, 'media', 'team'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(root, 'media', 'james.mp4'), makeMp4({ seed: 'james' }));
  await writeFile(path.join(root, 'media', 'team', 'ana.mp4'), makeMp4({ seed: 'ana' }));
  await writeFile(path.join(outside, 'secret.mp4'), makeMp4({ seed: 'secret' }));
  await symlink(path.join(outside, 'secret.mp4'), path.join(root, 'media', 'leak.mp4'));
  await symlink(outside, path.join(root, 'elsewhere'));
  await symlink('team/ana.mp4', path.join(root, 'media', 'alias.mp4'));
  await symlink('loop-b.mp4', path.join(root, 'media', 'loop-a.mp4'));
  await symlink('loop-a.mp4', path.join(root, 'media', 'loop-b.mp4'));
  await symlink('gone.mp4', path.join(root, 'media', 'dangling.mp4'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function problemOf(written: string): Promise<{ problem: string; hint?: string }> {
  const result = await resolveInWorkspace(root, written);
  if (result.ok) throw new Error(`expected ${written} to be refused, got ${result.relative}`);
  return result;
}

describe('resolveInWorkspace', () => {
  it.each([
    ['media/james.mp4', 'media/james.mp4'],
    ['./media/james.mp4', 'media/james.mp4'],
    ['media//team/../james.mp4', 'media/james.mp4'],
    ['media\\team\\ana.mp4', 'media/team/ana.mp4'],
    ['.\\media\\james.mp4', 'media/james.mp4'],
  ])('accepts %j as %s', async (written, relative) => {
    const result = await resolveInWorkspace(root, written);
    expect(result).toMatchObject({ ok: true, relative, absolute: path.join(root, ...relative.split('/')) });
  });

  it('keeps the path as written for a symlink that stays inside', async () => {
    const result = await resolveInWorkspace(root, 'media/alias.mp4');
    expect(result).toEqual({
      ok: true,
      relative: 'media/alias.mp4',
      absolute: path.join(root, 'media', 'alias.mp4'),
      realPath: path.join(root, 'media', 'team', 'ana.mp4'),
    });
  });

  it.each([
    ['../outside/secret.mp4', /leads outside the workspace/],
    ['media/../../outside/secret.mp4', /leads outside the workspace/],
    ['..', /leads outside the workspace/],
    ['/etc/passwd', /is an absolute path/],
    ['C:\\videos\\x.mp4', /is an absolute path/],
    ['c:x.mp4', /is an absolute path/],
    ['\\\\server\\share\\x.mp4', /is an absolute path/],
    ['\\x.mp4', /is an absolute path/],
    ['', /the path is empty/],
    ['   ', /the path is empty/],
    ['media/a\0.mp4', /NUL/],
  ])('refuses %j', async (written, message) => {
    expect((await problemOf(written)).problem).toMatch(message);
  });

  it('refuses a file symlink leading out and says where it points', async () => {
    const { problem } = await problemOf('media/leak.mp4');
    expect(problem).toContain('leads outside the workspace');
    expect(problem).toContain(`media/leak.mp4 is a symbolic link to ${path.join(outside, 'secret.mp4')}`);
  });

  it('names the directory symlink that leads out', async () => {
    const { problem } = await problemOf('elsewhere/secret.mp4');
    expect(problem).toContain(`elsewhere is a symbolic link to ${outside}`);
  });

  it('reports a symlink loop', async () => {
    const { problem } = await problemOf('media/loop-a.mp4');
    expect(problem).toMatch(/loop \(ELOOP\)/);
  });

  it('reports a missing file, with a case hint when one is close', async () => {
    const missing = await problemOf('media/nobody.mp4');
    expect(missing.problem).toBe('media/nobody.mp4 does not exist');
    const wrongCase = await problemOf('media/James.mp4');
    expect(wrongCase.hint).toBe('did you mean media/james.mp4? Paths are case-sensitive, and an accented letter may be written in two unicode forms');
    expect((await problemOf('media/james.mp4/x')).problem).toMatch(/does not exist/);
  });

  it('reports a dangling symlink with its target', async () => {
    expect((await problemOf('media/dangling.mp4')).problem).toBe(
      'media/dangling.mp4 is a symbolic link to gone.mp4, which does not exist',
    );
  });

  it('refuses a directory', async () => {
    expect((await problemOf('media/team')).problem).toBe('media/team is a directory, not a video file');
    expect((await problemOf('media/team/')).problem).toBe('media/team is a directory, not a video file');
    expect((await problemOf('.')).problem).toMatch(/is a directory/);
  });
});

describe('isInside and toPosixRelative', () => {
  const r = path.join(path.sep, 'w', 'repo');
  it.each([
    [r, true],
    [path.join(r, 'a', 'b.mp4'), true],
    [path.join(r, '..foo'), true],
    [path.join(r, '..', 'repo2', 'x'), false],
    [path.join(path.sep, 'w'), false],
  ])('isInside(root, %s) is %s', (candidate, inside) => {
    expect(isInside(r, candidate)).toBe(inside);
  });

  it('gives POSIX paths', () => {
    expect(toPosixRelative(r, path.join(r, 'a', 'b.mp4'))).toBe('a/b.mp4');
    expect(toPosixRelative(r, r)).toBe('.');
  });
});

describe('inspectVideo', () => {
  async function inspectBytes(name: string, bytes: Buffer | string) {
    const file = path.join(base, 'inspect', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return inspectVideo(file, name);
  }

  it('accepts an MP4 and reports its size and type', async () => {
    const bytes = makeMp4({ seed: 1, payloadBytes: 1000 });
    expect(await inspectBytes('ok.mp4', bytes)).toEqual({
      ok: true,
      size: bytes.length,
      contentType: 'video/mp4',
      brand: 'isom',
      meta: { duration: 60, video: { width: 1280, height: 720, rotation: 0 }, audio: true },
    });
  });

  it('tells QuickTime from MP4 by the major brand', async () => {
    const result = await inspectBytes('movie.mov', makeMp4({ brand: 'qt  ' }));
    expect(result).toMatchObject({ ok: true, contentType: 'video/quicktime', brand: 'qt  ' });
  });

  it('refuses an empty file', async () => {
    expect(await inspectBytes('empty.mp4', '')).toMatchObject({ ok: false, message: 'empty.mp4 is empty' });
  });

  it('recognises a Git LFS pointer and says how to fetch the content', async () => {
    const oid = createHash('sha256').update('real video').digest('hex');
    const result = await inspectBytes('lfs.mp4', lfsPointer(48_213_507, oid));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('lfs.mp4 is a Git LFS pointer');
    expect(result.message).toContain('46.0 MiB');
    expect(result.message).toContain(oid.slice(0, 12));
    expect(result.hint).toContain('lfs: true');
    expect(result.hint).toContain('git lfs pull');
  });

  it('says a text file named .mp4 is text', async () => {
    const result = await inspectBytes('page.mp4', '<!DOCTYPE html>\n<html><body>Not found</body></html>\n');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toBe(
      'page.mp4 is not an MP4/QuickTime video (no ftyp box at byte 4); it looks like a text file starting with "<!DOCTYPE html>"',
    );
  });

  it('refuses a 3-byte file', async () => {
    const result = await inspectBytes('tiny.mp4', Buffer.from([0, 0, 0]));
    expect(!result.ok && result.message).toBe(
      'tiny.mp4 is not an MP4/QuickTime video (no ftyp box at byte 4); it is only 3 bytes long',
    );
  });

  it('refuses binary data without ftyp, and a box size below 8', async () => {
    const noise = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await inspectBytes('photo.mp4', noise)).toEqual({
      ok: false,
      message: 'photo.mp4 is not an MP4/QuickTime video (no ftyp box at byte 4)',
    });
    const bad = makeMp4();
    bad.writeUInt32BE(4, 0);
    const result = await inspectBytes('badsize.mp4', bad);
    expect(!result.ok && result.message).toMatch(/no ftyp box at byte 4\); its first box claims a size of 4/);
  });

  it('suggests re-muxing an old QuickTime file that starts with moov', async () => {
    const ftypSize = makeMp4().readUInt32BE(0);
    const result = await inspectBytes('old.mov', makeMp4().subarray(ftypSize));
    expect(!result.ok && result.message).toMatch(/old QuickTime file/);
    expect(!result.ok && result.hint).toMatch(/ffmpeg/);
  });

  it('refuses a file cut inside its ftyp box', async () => {
    const result = await inspectBytes('cut.mp4', makeMp4().subarray(0, 20));
    expect(!result.ok && result.message).toMatch(/truncated/);
  });
});

describe('hashFile', () => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it.each([
    ['empty', 0],
    ['small', 30 * 1024],
    ['one byte short of a chunk', CHUNK_BYTES - 1],
    ['one-chunk', CHUNK_BYTES],
    ['one byte over a chunk', CHUNK_BYTES + 1],
    ['large (20 MiB and a bit)', 20 * 1024 * 1024 + 7],
  ])('matches crypto for a %s file', async (_label, size) => {
    const bytes = makeMp4({ seed: `hash-${size}`, payloadBytes: size }).subarray(0, size);
    const file = path.join(base, 'hash', `${size}.bin`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    expect(await hashFile(file)).toEqual({ sha256: sha(bytes), size });
  });

  it('checks the head and size first, and hashes only a file that passes', async () => {
    const bytes = makeMp4({ seed: 'checked', payloadBytes: CHUNK_BYTES * 2 });
    const file = path.join(base, 'hash', 'checked.mp4');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    const seen: Array<[string, number]> = [];
    const passed = await checkAndHashFile(file, (head, size) => {
      seen.push([head.toString('latin1', 4, 8), size]);
      return { ok: true as const };
    });
    expect(passed.hash).toEqual({ sha256: sha(bytes), size: bytes.length });
    const refused = await checkAndHashFile(file, () => ({ ok: false as const }));
    expect(refused).toEqual({ check: { ok: false } });
    expect(seen).toEqual([['ftyp', bytes.length]]);
  });

  it('checks and hashes many files at once, each with its own bytes, whether its moov comes first or last', async () => {
    const dir = path.join(base, 'many');
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      Array.from({ length: 48 }, async (_, i) => {
        const durationSec = 20 + i;
        const bytes = makeMp4({ seed: `many-${i}`, durationSec, moov: i % 2 === 0 ? 'start' : 'end', payloadBytes: 2048 + i * 997 });
        const file = path.join(dir, `m${i}.mp4`);
        await writeFile(file, bytes);
        return { file, bytes, durationSec };
      }),
    );
    // as the plan runs them: 16 at a time, a check that reads the moov of one while others read theirs
    const results = await mapLimit(files, 16, ({ file }) => checkAndHashFile(file, (head, size) => inspectHead(head, size, file, file)));
    results.forEach((result, i) => {
      const { bytes, durationSec } = files[i]!;
      expect(result.check).toMatchObject({ ok: true, meta: { duration: durationSec } });
      expect(result.hash).toEqual({ sha256: sha(bytes), size: bytes.length });
    });
  });

  it('rejects for a missing file', async () => {
    await expect(hashFile(path.join(base, 'nope.mp4'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than n at once', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 15, 2, 8, 0, 12];
    const out = await mapLimit(delays, 3, async (ms, i) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(delays.map((ms, i) => `${i}:${ms}`));
    expect(peak).toBe(3);
  });

  it('stops starting new items after a failure and rethrows it', async () => {
    const started: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('boom');
      await new Promise((resolve) => setTimeout(resolve, 5));
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
  });

  it('refuses a concurrency below 1', async () => {
    await expect(mapLimit([1], 0, async (n) => n)).rejects.toThrow(RangeError);
    expect(() => createLimit(1.5)).toThrow(RangeError);
  });
});

describe('createLimit', () => {
  it('runs tasks in call order, n at a time, and passes failures through', async () => {
    const limit = createLimit(2);
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) =>
      limit(async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        events.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([task('a', 20), task('b', 5, true), task('c', 5), task('d', 1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(events.slice(0, 4)).toEqual(['start a', 'start b', 'end b', 'start c']);
    expect(events.filter((e) => e.startsWith('start'))).toEqual(['start a', 'start b', 'start c', 'start d']);
  });
});
