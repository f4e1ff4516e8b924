// The emulator's multipart parser, fed bodies in every kind of chunking and compared with
// busboy (a widely used parser) on the same bytes: same parts, same names, same content.
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { describe, expect, it } from 'vitest';
import {
  boundaryOf,
  MAX_PART_HEADER_BYTES,
  MultipartError,
  MultipartParser,
  parseParameters,
  type PartHead,
} from '../src/emulator/multipart-parser.js';

interface Seen {
  name: string;
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string;
}

/** Runs our parser over `body` cut at `cuts`; returns the parts seen. */
function ours(boundary: string, body: Buffer, cuts: number[]): Seen[] {
  const seen: Seen[] = [];
  let open: { head: PartHead; hash: ReturnType<typeof createHash>; size: number } | null = null;
  const parser = new MultipartParser(boundary, {
    start(head) {
      expect(open).toBeNull();
      open = { head, hash: createHash('sha256'), size: 0 };
    },
    data(chunk) {
      expect(chunk.length).toBeGreaterThan(0);
      open!.hash.update(chunk);
      open!.size += chunk.length;
    },
    end() {
      const part = open!;
      seen.push({ ...part.head, size: part.size, sha256: part.hash.digest('hex') });
      open = null;
    },
  });
  let at = 0;
  for (const cut of [...cuts, body.length]) {
    parser.push(body.subarray(at, cut));
    at = cut;
  }
  parser.end();
  expect(parser.finished).toBe(true);
  return seen;
}

/** The same body through busboy. */
function reference(boundary: string, body: Buffer): Promise<Seen[]> {
  return new Promise((resolve, reject) => {
    const seen: Seen[] = [];
    const bb = busboy({ headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, defParamCharset: 'utf8' });
    bb.on('file', (name, stream, info) => {
      const hash = createHash('sha256');
      let size = 0;
      const part: Seen = { name, filename: info.filename ?? null, contentType: info.mimeType.toLowerCase(), size: 0, sha256: '' };
      seen.push(part);
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
      });
      stream.on('end', () => {
        part.size = size;
        part.sha256 = hash.digest('hex');
      });
    });
    bb.on('field', (name, value, info) => {
      const bytes = Buffer.from(value);
      seen.push({
        name,
        filename: null,
        contentType: info.mimeType.toLowerCase(),
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    });
    bb.on('close', () => resolve(seen));
    bb.on('error', reject);
    Readable.from([body]).pipe(bb);
  });
}

type Part = { name: string; value: Buffer } | { name: string; filename: string; type: string; value: Buffer };

function encode(boundary: string, parts: Part[], preamble = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from(preamble)];
  for (const part of parts) {
    const head =
      'filename' in part
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head), part.value, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** A deterministic pseudo-random source, so that a failure can be replayed from its seed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

function bytes(size: number, pick: (n: number) => number): Buffer {
  return Buffer.from(Array.from({ length: size }, () => pick(256)));
}

/** Content that is mostly near-misses of the delimiter: CR, LF, dashes and boundary prefixes. */
function hostileContent(boundary: string, size: number, pick: (n: number) => number): Buffer {
  const pieces = ['\r', '\n', '\r\n', '--', '\r\n-', '\r\n--', `\r\n--${boundary.slice(0, -1)}`, `--${boundary}`, 'x', '\r\r\n'];
  const out: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const piece = pick(4) === 0 ? bytes(1 + pick(40), pick) : Buffer.from(pieces[pick(pieces.length)]!);
    out.push(piece);
    length += piece.length;
  }
  // A whole delimiter would end the part, and so would content that opens with the rest of
  // one after the CRLF that ends the headers: break each (an encoder picks a boundary that
  // the content does not hold).
  const framed = Buffer.concat([Buffer.from('\r\n'), Buffer.concat(out).subarray(0, size)]);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  for (let at = framed.indexOf(delimiter); at !== -1; at = framed.indexOf(delimiter, at)) framed[at + 2] = 0x78;
  return framed.subarray(2);
}

function randomCuts(length: number, count: number, pick: (n: number) => number): number[] {
  const cuts = new Set<number>();
  for (let i = 0; i < count; i += 1) cuts.add(pick(length + 1));
  return [...cuts].sort((a, b) => a - b);
}

describe('multipart parser', () => {
  it('agrees with busboy on 300 random bodies, each cut into random chunks', async () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const pick = random(seed);
      const boundary = `----b${bytes(1 + pick(20), pick).toString('hex')}`;
      const parts: Part[] = [];
      const count = pick(6);
      for (let i = 0; i < count; i += 1) {
        const value = hostileContent(boundary, pick(3) === 0 ? pick(5) : pick(3000), pick);
        parts.push(
          pick(2) === 0
            ? { name: `field${i}`, value: Buffer.from(value.toString('latin1').replace(/[^\x20-\x7e\r\n]/g, 'y')) }
            : { name: `file${i}`, filename: `clip ${i}.mp4`, type: pick(2) ? 'video/mp4' : 'Video/QuickTime', value },
        );
      }
      const body = encode(boundary, parts, pick(3) === 0 ? 'a preamble\r\n' : '');
      const context = `seed ${seed}`;
      const expected = await reference(boundary, body).catch((error: Error) => {
        throw new Error(`${context}: busboy refused the body: ${error.message}`);
      });
      expect(expected, context).toHaveLength(count);
      expect(ours(boundary, body, []), context).toEqual(expected);
      expect(ours(boundary, body, randomCuts(body.length, 1 + pick(30), pick)), context).toEqual(expected);
      // one byte at a time: every possible split of every delimiter
      if (seed % 10 === 0) {
        const everyByte = Array.from({ length: body.length - 1 }, (_, i) => i + 1);
        expect(ours(boundary, body, everyByte), context).toEqual(expected);
      }
    }
  });

  it('streams a file part without copying it: every slice is a view of the chunk it came in', () => {
    const boundary = 'zzz';
    const content = randomBytes(1024 * 1024);
    const body = encode(boundary, [{ name: 'f', filename: 'a.mp4', type: 'video/mp4', value: content }]);
    const chunks: Buffer[] = [];
    for (let at = 0; at < body.length; at += 65536) chunks.push(Buffer.from(body.subarray(at, at + 65536)));
    const pools = new Set(chunks.map((chunk) => chunk.buffer));
    let slices = 0;
    let received = 0;
    const parser = new MultipartParser(boundary, {
      start() {},
      data(slice) {
        received += slice.length;
        if (pools.has(slice.buffer as ArrayBuffer)) slices += 1;
      },
      end() {},
    });
    for (const chunk of chunks) parser.push(chunk);
    parser.end();
    expect(received).toBe(content.length);
    // Only the few bytes held back across a chunk edge may be copies.
    expect(slices).toBeGreaterThanOrEqual(chunks.length - 1);
  });

  it('reads headers: quoted and escaped names, filename*, folded lines, case, missing Content-Type', () => {
    const boundary = 'B';
    const body = Buffer.from(
      [
        '--B',
        'content-disposition: FORM-DATA; name="a\\"b"; filename="x.mp4"; filename*=UTF-8\'\'%C3%A9t%C3%A9.mp4',
        'Content-Type: VIDEO/MP4; codecs=avc1',
        '',
        'v',
        '--B  ',
        'Content-Disposition: form-data;',
        '\tname=plain',
        '',
        '',
        '--B--',
        'epilogue --B',
      ].join('\r\n'),
    );
    expect(ours(boundary, body, [])).toMatchObject([
      { name: 'a"b', filename: 'été.mp4', contentType: 'video/mp4', size: 1 },
      { name: 'plain', filename: null, contentType: 'text/plain', size: 0 },
    ]);
  });

  it('says what is wrong with a malformed body', () => {
    const fails = (body: string, message: RegExp): void => {
      expect(() => ours('B', Buffer.from(body), [])).toThrow(message);
      expect(() => ours('B', Buffer.from(body), [1, 2, 3, 5, 8, 13])).toThrow(MultipartError);
    };
    fails('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue', /ended before the closing boundary/);
    fails('', /ended before the closing boundary/);
    fails('--B\r\nX-Other: 1\r\n\r\nv\r\n--B--', /no Content-Disposition/);
    fails('--B\r\nContent-Disposition: attachment; name="a"\r\n\r\nv\r\n--B--', /no "form-data" Content-Disposition with a name/);
    fails('--B\r\nbroken header\r\n\r\nv\r\n--B--', /not "Name: value"/);
    fails('--Bx\r\n', /does not end with CRLF/);
    fails('--B-x', /single "-"/);
    fails('--B\r\nContent-Disposition: form-data; name="a\r\n\r\nv\r\n--B--', /not closed/);
    fails(`--B\r\nX: ${'y'.repeat(MAX_PART_HEADER_BYTES)}\r\n\r\n--B--`, /header block is longer than 16384 bytes/);
  });

  it('finds the boundary in a Content-Type header, or says why not', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('Multipart/Form-Data; charset=utf-8; boundary="a b;c"')).toBe('a b;c');
    expect(() => boundaryOf('multipart/form-data')).toThrow(/names no boundary/);
    expect(() => boundaryOf('application/json')).toThrow(/unsupported content type "application\/json"/);
    expect(() => boundaryOf(undefined)).toThrow(MultipartError);
    expect(parseParameters(' a=1; flag; B="x\\\\y"; a=2')).toEqual(
      new Map([
        ['a', '1'],
        ['b', 'x\\y'],
      ]),
    );
  });
});
