/**
 * Reading ISO base media boxes (ISO/IEC 14496-12) by their headers, for video-meta.ts and
 * fragments.ts. A file that breaks the box rules throws Damaged, which they turn into a
 * message naming the file.
 */

export interface Box {
  type: string;
  /** where the box starts and its body starts, and where it ends (all offsets in the buffer read) */
  start: number;
  body: number;
  end: number;
}

export class Damaged extends Error {}

/** Reads up to `length` bytes at `position` (fewer at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Buffer>;

/**
 * The box whose header starts at `at` in `bytes` (`limit` is where its parent ends;
 * `offset` is where `bytes` starts in the file, for messages). Size 1 means a 64-bit size
 * follows the type; size 0 means "to the end of the parent".
 */
export function header(bytes: Buffer, at: number, limit: number, offset = 0): Box {
  if (at + 8 > bytes.length) throw new Damaged(`a box header at byte ${offset + at} is cut off`);
  const small = bytes.readUInt32BE(at);
  const type = bytes.toString('latin1', at + 4, at + 8);
  let size = small;
  let body = at + 8;
  if (small === 1) {
    if (at + 16 > bytes.length) throw new Damaged(`the ${type} box at byte ${offset + at} is cut off`);
    size = Number(bytes.readBigUInt64BE(at + 8));
    body = at + 16;
  } else if (small === 0) {
    size = limit - at;
  }
  if (size < body - at) throw new Damaged(`the ${type} box at byte ${offset + at} claims a size of ${size} bytes`);
  return { type, start: at, body, end: at + size };
}

export function children(bytes: Buffer, parent: Box): Box[] {
  const boxes: Box[] = [];
  for (let at = parent.body; at + 8 <= parent.end; ) {
    const box = header(bytes, at, parent.end);
    if (box.end > parent.end) throw new Damaged(`the ${box.type} box inside ${parent.type} runs past it`);
    boxes.push(box);
    at = box.end;
  }
  return boxes;
}

/** Fails unless `box` holds `length` bytes of body. */
export function need(box: Box, length: number): void {
  if (box.end - box.body < length) throw new Damaged(`the ${box.type} box is too short (${box.end - box.body} bytes)`);
}

/** The version of a full box: 1 means 64-bit times and durations. */
export function version(bytes: Buffer, box: Box): number {
  need(box, 4);
  return bytes[box.body]!;
}

/** The flags of a full box (the 24 bits after its version). */
export function flags(bytes: Buffer, box: Box): number {
  need(box, 4);
  return bytes.readUInt32BE(box.body) & 0xffffff;
}

/** A 32-bit field, or with `wide` a 64-bit one, at `at`. */
export function uint(bytes: Buffer, at: number, wide: boolean): number {
  return wide ? Number(bytes.readBigUInt64BE(at)) : bytes.readUInt32BE(at);
}

/** Units a second and the length in them, of an mvhd or mdhd box (the two share their layout). */
export function timing(bytes: Buffer, box: Box): { timescale: number; units: number } {
  const v1 = version(bytes, box) === 1;
  need(box, v1 ? 32 : 20);
  const at = box.body + (v1 ? 20 : 12);
  const timescale = bytes.readUInt32BE(at);
  if (timescale === 0) throw new Damaged(`its ${box.type} box has a timescale of 0`);
  return { timescale, units: uint(bytes, at + 4, v1) };
}
