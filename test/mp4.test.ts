import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { lfsPointer, makeMp4, writeMp4, type Mp4Options } from '../scripts/mp4.js';
import { inspectVideo } from '../src/files/inspect.js';

interface Box {
  type: string;
  start: number;
  size: number;
}

/** Walks boxes between `from` and `to`, failing on any size that does not fit exactly. */
function walk(bytes: Buffer, from = 0, to = bytes.length): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at < to) {
    if (to - at < 8) throw new Error(`${to - at} stray bytes at ${at}`);
    const size = bytes.readUInt32BE(at);
    if (size < 8 || at + size > to) throw new Error(`bad box size ${size} at ${at}`);
    boxes.push({ type: bytes.toString('latin1', at + 4, at + 8), start: at, size });
    at += size;
  }
  return boxes;
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('makeMp4', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(makeMp4({ seed: 'ana' }).equals(makeMp4({ seed: 'ana' }))).toBe(true);
    expect(sha(makeMp4({ seed: 'ana' }))).not.toBe(sha(makeMp4({ seed: 'li' })));
    expect(sha(makeMp4({ seed: 1 }))).not.toBe(sha(makeMp4({ seed: 2 })));
    expect(makeMp4({ seed: 7 }).equals(makeMp4({ seed: '7' }))).toBe(true);
  });

  it('keeps its bytes stable across versions', () => {
    // The example videos and any lockfile written from them depend on these exact bytes.
    expect(sha(makeMp4())).toBe(
      sha(makeMp4({ seed: 0, durationSec: 60, payloadBytes: 4096, brand: 'isom', width: 1280, height: 720, audio: true, moov: 'start' })),
    );
    expect(sha(makeMp4({ seed: 'ana', durationSec: 60, payloadBytes: 4096 }))).toBe(
      '23039964d0492f476a537cbc6f5ff15072290bd1b29c22f7f517f778380f651c',
    );
  });

  it.each<[string, Mp4Options, string[]]>([
    ['default', {}, ['ftyp', 'moov', 'mdat']],
    ['with a free box', { freeBytes: 100 }, ['ftyp', 'moov', 'free', 'mdat']],
    ['QuickTime', { brand: 'qt  ', payloadBytes: 0 }, ['ftyp', 'moov', 'mdat']],
    ['large payload', { payloadBytes: 1_000_003 }, ['ftyp', 'moov', 'mdat']],
    ['moov at the end', { moov: 'end', freeBytes: 10 }, ['ftyp', 'free', 'mdat', 'moov']],
  ])('%s: box sizes add up to the file length', (_label, options, types) => {
    const bytes = makeMp4(options);
    const boxes = walk(bytes);
    expect(boxes.map((b) => b.type)).toEqual(types);
    expect(boxes.reduce((sum, b) => sum + b.size, 0)).toBe(bytes.length);
    const mdat = boxes.find((b) => b.type === 'mdat');
    expect(mdat?.size).toBe(8 + (options.payloadBytes ?? 4096));
  });

  it('writes ftyp brands, a version-0 mvhd with timescale and duration, and a video and an audio track', () => {
    const bytes = makeMp4({ durationSec: 12.5, brand: 'isom' });
    const [ftyp, moov] = walk(bytes);
    if (!ftyp || !moov) throw new Error('missing boxes');
    expect(bytes.toString('latin1', 8, 12)).toBe('isom');
    expect(bytes.readUInt32BE(12)).toBe(0x200);
    expect(bytes.toString('latin1', 16, ftyp.size)).toBe('isomiso2mp41');

    const [mvhd, ...traks] = walk(bytes, moov.start + 8, moov.start + moov.size);
    expect(traks.map((t) => t.type)).toEqual(['trak', 'trak']);
    expect(mvhd).toMatchObject({ type: 'mvhd', size: 108 });
    const at = (mvhd?.start ?? 0) + 8;
    expect(bytes.readUInt8(at)).toBe(0); // version
    const timescale = bytes.readUInt32BE(at + 12);
    expect(timescale).toBe(1000);
    expect(bytes.readUInt32BE(at + 16) / timescale).toBe(12.5);
    expect(bytes.readUInt32BE(at + 20)).toBe(0x00010000); // rate 1.0

    const handlers = traks.map((trak) => {
      const [tkhd, mdia] = walk(bytes, trak.start + 8, trak.start + trak.size);
      expect(tkhd?.type).toBe('tkhd');
      const hdlr = walk(bytes, mdia!.start + 8, mdia!.start + mdia!.size).find((b) => b.type === 'hdlr')!;
      const end = tkhd!.start + tkhd!.size;
      return [bytes.toString('latin1', hdlr.start + 16, hdlr.start + 20), bytes.readUInt32BE(end - 8) / 0x10000, bytes.readUInt32BE(end - 4) / 0x10000];
    });
    expect(handlers).toEqual([
      ['vide', 1280, 720],
      ['soun', 0, 0],
    ]);
  });

  it('is accepted by inspectVideo with the right content type', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'creatify-mp4-'));
    try {
      const mp4 = await writeMp4(path.join(dir, 'a', 'b.mp4'), { seed: 'x' });
      expect(await readFile(path.join(dir, 'a', 'b.mp4'))).toEqual(mp4);
      await writeMp4(path.join(dir, 'c.mov'), { brand: 'qt  ' });
      expect(await inspectVideo(path.join(dir, 'a', 'b.mp4'))).toMatchObject({ ok: true, contentType: 'video/mp4' });
      expect(await inspectVideo(path.join(dir, 'c.mov'))).toMatchObject({ ok: true, contentType: 'video/quicktime' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each<[Mp4Options, RegExp]>([
    [{ brand: 'avc1' as 'isom' }, /brand must be one of/],
    [{ payloadBytes: -1 }, /payloadBytes must be a non-negative integer/],
    [{ payloadBytes: 1.5 }, /payloadBytes/],
    [{ freeBytes: -3 }, /freeBytes/],
    [{ durationSec: Number.NaN }, /durationSec/],
    [{ durationSec: 5_000_000 }, /durationSec/],
    [{ fragmented: 'moof', moov: 'end' }, /a fragmented file has its moov at the start/],
    [{ fragmented: 'mehd', mdatSize: 'large' }, /plain mdat sizes/],
    [{ fragmented: 'moof', fragmentSec: 0.01 }, /fragmentSec must be a number of at least 0\.05/],
    [{ fragmented: 'sidx', durationSec: 4000, fragmentSec: 0.05 }, /a sidx indexes at most 65535 fragments/],
  ])('refuses %j', (options, message) => {
    expect(() => makeMp4(options)).toThrow(message);
  });
});

describe('makeMp4 fragmented', () => {
  /** The boxes inside the box `parent`. */
  const inside = (bytes: Buffer, parent: Box) => walk(bytes, parent.start + 8, parent.start + parent.size);

  it.each<[Mp4Options['fragmented'], string[]]>([
    ['mehd', ['mehd', 'trex', 'trex']],
    ['moof', ['trex', 'trex']],
    ['sidx', ['trex', 'trex']],
  ])('%s: an empty moov with an mvex, then a moof and an mdat a fragment, sizes adding up', (fragmented, mvex) => {
    const bytes = makeMp4({ fragmented, durationSec: 42.5, payloadBytes: 1000 });
    const [ftyp, moov, ...rest] = walk(bytes);
    expect([ftyp?.type, moov?.type]).toEqual(['ftyp', 'moov']);
    const children = inside(bytes, moov!);
    expect(children.map((b) => b.type)).toEqual(['mvhd', 'trak', 'trak', 'mvex']);
    expect(bytes.readUInt32BE(children[0]!.start + 8 + 16)).toBe(0); // the mvhd's duration
    expect(inside(bytes, children[3]!).map((b) => b.type)).toEqual(mvex);
    const fragments = fragmented === 'sidx' ? rest.slice(1) : rest;
    if (fragmented === 'sidx') expect(rest[0]?.type).toBe('sidx');
    // 21 fragments of 2 s and one of 0.5 s, the media data shared out among them
    expect(fragments.map((b) => b.type)).toEqual(Array.from({ length: 22 }, () => ['moof', 'mdat']).flat());
    expect(fragments.filter((b) => b.type === 'mdat').reduce((sum, b) => sum + b.size - 8, 0)).toBe(1000);
    for (const moof of fragments.filter((b) => b.type === 'moof')) {
      expect(inside(bytes, moof).map((b) => b.type)).toEqual(['mfhd', 'traf', 'traf']);
    }
  });

  it('states the fragments\' length in sidx references that index every byte after it', () => {
    const bytes = makeMp4({ fragmented: 'sidx', durationSec: 42.5 });
    const sidx = walk(bytes)[2]!;
    const at = sidx.start + 8;
    expect(bytes.readUInt32BE(at + 8)).toBe(1000); // timescale: the video track's
    const count = bytes.readUInt16BE(at + 22);
    expect(count).toBe(22);
    let size = 0;
    let units = 0;
    for (let i = 0; i < count; i += 1) {
      size += bytes.readUInt32BE(at + 24 + 12 * i);
      units += bytes.readUInt32BE(at + 28 + 12 * i);
    }
    expect(size).toBe(bytes.length - sidx.start - sidx.size);
    expect(units).toBe(42_500);
  });

  it('leaves the bytes of an unfragmented file as they were', () => {
    expect(makeMp4({ fragmented: false, fragmentSec: 1 }).equals(makeMp4())).toBe(true);
  });

  it.each(['mehd', 'moof', 'sidx'] as const)('%s: is read back by inspectVideo with its length', async (fragmented) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'creatify-mp4-'));
    try {
      await writeMp4(path.join(dir, 'f.mp4'), { fragmented, durationSec: 33.3, payloadBytes: 200_000 });
      expect(await inspectVideo(path.join(dir, 'f.mp4'))).toMatchObject({ ok: true, contentType: 'video/mp4', meta: { duration: 33.3, audio: true } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('lfsPointer', () => {
  it('writes the three lines Git LFS writes', () => {
    const oid = 'a'.repeat(64);
    expect(lfsPointer(1234, oid)).toBe(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 1234\n`,
    );
    expect(lfsPointer(99)).toMatch(/^oid sha256:[0-9a-f]{64}$/m);
    expect(lfsPointer(99)).toBe(lfsPointer(99));
    expect(Buffer.byteLength(lfsPointer(48_213_507))).toBeLessThan(200);
  });

  it('refuses a bad oid or size', () => {
    expect(() => lfsPointer(1, 'abc')).toThrow(/oid/);
    expect(() => lfsPointer(-1)).toThrow(/size/);
  });
});

describe('scripts/make-examples.ts', () => {
  const root = path.resolve(import.meta.dirname, '..');
  let hashes: string[] = [];

  beforeAll(async () => {
    const names = ['james.mp4', 'team/ana.mp4', 'team/li.mp4', 'consent/james-consent.mp4'];
    hashes = await Promise.all(names.map(async (n) => sha(await readFile(path.join(root, 'examples/media', n)))));
  });

  it('has written four distinct, valid example videos that are up to date', async () => {
    expect(new Set(hashes).size).toBe(4);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/make-examples.ts', '--check'], {
      cwd: root,
    });
    expect(stdout.match(/^unchanged /gm)).toHaveLength(4);
    expect(await inspectVideo(path.join(root, 'examples/media/james.mp4'))).toMatchObject({ ok: true });
  });
});
