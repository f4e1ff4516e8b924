/** The container reader: what a clip's moov says, wherever it is, and clear errors on damage. */
import { describe, expect, it } from 'vitest';
import { makeMp4, type Mp4Options } from '../scripts/mp4.js';
import { readVideoMeta, shownSize } from '../src/files/video-meta.js';

/** Reads `bytes` as a file whose first `headBytes` are already in memory, counting the bytes read after them. */
async function read(bytes: Buffer, headBytes = 64) {
  let readBytes = 0;
  const result = await readVideoMeta(bytes.subarray(0, headBytes), bytes.length, async (position, length) => {
    const chunk = bytes.subarray(position, position + length);
    readBytes += chunk.length;
    return chunk;
  }, 'clip.mp4');
  return { result, readBytes };
}

const moovSize = (options: Mp4Options) => {
  const bytes = makeMp4({ ...options, payloadBytes: 0 });
  return bytes.length - 8 - bytes.readUInt32BE(0);
};

describe('readVideoMeta', () => {
  it.each<[string, Mp4Options]>([
    ['moov first', {}],
    ['moov at the end', { moov: 'end' }],
    ['version 1 boxes (64-bit durations)', { version: 1 }],
    ['an mdat with a 64-bit size', { mdatSize: 'large', moov: 'end' }],
    ['an mdat running to the end (size 0)', { mdatSize: 'to-end' }],
    ['QuickTime', { brand: 'qt  ', moov: 'end' }],
  ])('reads duration, tracks and size: %s', async (_label, options) => {
    const { result } = await read(makeMp4({ durationSec: 42.5, ...options }));
    expect(result).toEqual({ ok: true, meta: { duration: 42.5, video: { width: 1280, height: 720, rotation: 0 }, audio: true } });
  });

  it('reads a duration only version 1 can hold', async () => {
    const { result } = await read(makeMp4({ version: 1, durationSec: 5_000_000 }));
    expect(result.ok && result.meta.duration).toBe(5_000_000);
  });

  it('reads only box headers and the moov, never the media data', async () => {
    const options: Mp4Options = { moov: 'end', payloadBytes: 1_000_000 };
    const { readBytes } = await read(makeMp4(options));
    expect(readBytes).toBe(16 + moovSize(options));
  });

  it.each([
    [0, 1280, 720],
    [90, 720, 1280],
    [180, 1280, 720],
    [270, 720, 1280],
  ] as const)('reads a rotation of %i° and swaps the sides for a quarter turn', async (rotation, width, height) => {
    const { result } = await read(makeMp4({ rotation }));
    if (!result.ok || !result.meta.video) throw new Error('no video');
    expect(result.meta.video).toEqual({ width: 1280, height: 720, rotation });
    expect(shownSize(result.meta.video)).toEqual({ width, height });
  });

  it('tells a clip without audio, and one without video', async () => {
    expect((await read(makeMp4({ audio: false }))).result).toMatchObject({ ok: true, meta: { audio: false } });
    expect((await read(makeMp4({ video: false }))).result).toMatchObject({ ok: true, meta: { video: null, audio: true } });
  });

  it('says a truncated moov is truncated', async () => {
    const bytes = makeMp4({ moov: 'end' });
    const { result } = await read(bytes.subarray(0, bytes.length - 100));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^clip\.mp4 is truncated: its moov box claims \d+ bytes, but only \d+ remain$/) });
    expect(!result.ok && result.hint).toMatch(/export or copy the clip again/);
  });

  it('says a file without a moov has none (a recording cut off)', async () => {
    const bytes = makeMp4({ moov: 'end' });
    const { result } = await read(bytes.subarray(0, bytes.length - moovSize({ moov: 'end' })));
    expect(result).toMatchObject({ ok: false, message: 'clip.mp4 has no moov box, the index a player needs: it is incomplete or damaged' });
  });

  it('says which box is damaged inside the moov', async () => {
    const bytes = makeMp4();
    const ftyp = bytes.readUInt32BE(0);
    bytes.writeUInt32BE(0xffff, ftyp + 8 + 108); // the first trak claims more than the moov holds
    const { result } = await read(bytes);
    expect(result).toEqual({ ok: false, message: 'clip.mp4 is damaged: the trak box inside moov runs past it', hint: expect.any(String) });
  });

  it('refuses a box size smaller than its header', async () => {
    const bytes = makeMp4({ moov: 'end' });
    bytes.writeUInt32BE(4, bytes.readUInt32BE(0)); // the mdat after ftyp
    const { result } = await read(bytes);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/is damaged: the mdat box at byte 28 claims a size of 4 bytes/) });
  });
});

/** Where the `nth` box of `type` starts (its size field), searching the whole file. */
function findBox(bytes: Buffer, type: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = bytes.indexOf(type, at + 1, 'latin1');
    if (at < 0) throw new Error(`no ${type} box #${nth}`);
  }
  return at - 4;
}

describe('readVideoMeta on a fragmented file', () => {
  const modes = ['mehd', 'moof', 'sidx'] as const;
  it.each(modes.flatMap((fragmented) => ([0, 1] as const).map((version) => [fragmented, version] as const)))(
    'reads the length of a fragmented file (%s, version %i boxes), not the empty moov\'s 0 s',
    async (fragmented, version) => {
      const { result } = await read(makeMp4({ fragmented, version, durationSec: 42.5 }));
      expect(result).toEqual({ ok: true, meta: { duration: 42.5, video: { width: 1280, height: 720, rotation: 0 }, audio: true } });
    },
  );

  it.each(modes)('reads the length of a fragmented file with sound only (%s)', async (fragmented) => {
    const { result } = await read(makeMp4({ fragmented, video: false, durationSec: 7.333 }));
    expect(result).toEqual({ ok: true, meta: { duration: 7.333, video: null, audio: true } });
  });

  it('adds the samples the moov holds before the first fragment', async () => {
    const bytes = makeMp4({ fragmented: 'moof', durationSec: 20 });
    bytes.writeUInt32BE(1500, findBox(bytes, 'mdhd') + 8 + 16); // the video track's mdhd: 1.5 s in the moov itself
    expect((await read(bytes)).result).toMatchObject({ ok: true, meta: { duration: 21.5 } });
  });

  /** The top-level boxes after the ftyp: type and size. */
  const topLevel = (bytes: Buffer) => {
    const boxes: { type: string; size: number }[] = [];
    for (let at = bytes.readUInt32BE(0); at < bytes.length; at += bytes.readUInt32BE(at)) {
      boxes.push({ type: bytes.toString('latin1', at + 4, at + 8), size: bytes.readUInt32BE(at) });
    }
    return boxes;
  };

  it('reads nothing after the moov when mehd states the length, and only the sidx when there is one', async () => {
    const mehd = makeMp4({ fragmented: 'mehd', payloadBytes: 1_000_000 });
    const [moov] = topLevel(mehd);
    expect((await read(mehd)).readBytes).toBe(moov!.size); // its header is in the head already
    const sidx = makeMp4({ fragmented: 'sidx', payloadBytes: 1_000_000 });
    const [moov2, index] = topLevel(sidx);
    expect(index?.type).toBe('sidx');
    expect((await read(sidx)).readBytes).toBe(moov2!.size + 16 + index!.size);
  });

  it('reads only the headers and moof boxes of the fragments, never their media data', async () => {
    const bytes = makeMp4({ fragmented: 'moof', durationSec: 60, payloadBytes: 3_000_000 });
    const { result, readBytes } = await read(bytes);
    expect(result).toMatchObject({ ok: true, meta: { duration: 60 } });
    // each box's header (the moov's is in the head already), then the moov and each moof whole
    const [moov, ...rest] = topLevel(bytes);
    expect(rest.filter((b) => b.type === 'moof')).toHaveLength(30);
    expect(readBytes).toBe(rest.reduce((sum, b) => sum + 16 + (b.type === 'moof' ? b.size : 0), moov!.size));
  });

  it('counts a recording cut off in a fragment up to the last whole one', async () => {
    const bytes = makeMp4({ fragmented: 'moof', durationSec: 60 });
    const { result } = await read(bytes.subarray(0, findBox(bytes, 'moof', 9) + 20));
    expect(result).toMatchObject({ ok: true, meta: { duration: 18 } }); // 9 fragments of 2 s
  });

  it('says why the length is unknown when the fragments are too many to read', async () => {
    const { result } = await read(makeMp4({ fragmented: 'moof', durationSec: 501, fragmentSec: 0.05, payloadBytes: 0 }));
    expect(result).toMatchObject({ ok: true, meta: { duration: 0, durationUnknown: 'more than 20000 boxes follow its moov, too many to add up' } });
  });

  it('says why the length is unknown when the fragments state no sample durations', async () => {
    const bytes = makeMp4({ fragmented: 'moof' });
    bytes.writeUInt32BE(0, findBox(bytes, 'trex') + 8 + 12); // the video track's trex: no default duration
    const { result } = await read(bytes);
    expect(result).toMatchObject({ ok: true, meta: { durationUnknown: 'its fragments do not say how long their samples last' } });
  });

  it('says which box is damaged inside a fragment', async () => {
    const bytes = makeMp4({ fragmented: 'moof' });
    bytes.writeUInt32BE(1_000_000, findBox(bytes, 'trun', 6) + 12); // the third fragment's video trun, claiming more samples than it lists
    const { result } = await read(bytes);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^clip\.mp4 is damaged: the trun box is too short \(\d+ bytes\)$/) });
  });
});
