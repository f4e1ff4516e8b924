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
