// The upload body as framed by buildMultipartUpload, read back by busboy: every part, in
// order, with its bytes; a file name that could break its header is escaped; and the body
// reaches the socket in few pieces (the heads ride with the bytes after them), none of its
// last bytes before `beforeLastBytes` has resolved.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMultipartUpload } from '../src/creatify/multipart.js';
import { CHUNK_BYTES } from '../src/files/hash.js';
import type { VideoFile } from '../src/creatify/types.js';

const dir = mkdtempSync(join(tmpdir(), 'multipart-body-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function video(name: string, bytes: Buffer, filename = name): VideoFile {
  writeFileSync(join(dir, name), bytes);
  return { absolutePath: join(dir, name), filename, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), contentType: 'video/mp4' };
}

type Part = { name: string; value?: string; filename?: string; type?: string; bytes?: Buffer };

function parse(contentType: string, body: Buffer): Promise<Part[]> {
  return new Promise((resolve, reject) => {
    const parts: Part[] = [];
    const bb = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
    bb.on('field', (name, value) => parts.push({ name, value }));
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      const part: Part = { name, filename: info.filename, type: info.mimeType };
      parts.push(part);
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => (part.bytes = Buffer.concat(chunks)));
    });
    bb.on('close', () => resolve(parts));
    bb.on('error', reject);
    bb.end(body);
  });
}

/** Read as the HTTP client reads it: a whole body is one write to the socket, a stream's 'data' event another. */
async function writes(body: Readable | Buffer, seen: (chunk: Buffer) => void = () => undefined): Promise<Buffer[]> {
  if (Buffer.isBuffer(body)) {
    seen(body);
    return [body];
  }
  const pieces: Buffer[] = [];
  body.on('data', (chunk: Buffer) => {
    seen(chunk);
    pieces.push(chunk);
  });
  await new Promise((resolve, reject) => body.on('end', resolve).on('error', reject));
  return pieces;
}

describe('multipart upload body', () => {
  it('frames every part in order, with an exact length, and sends a body of small files in one piece', async () => {
    const clip = Buffer.alloc(20_000, 7);
    const consent = Buffer.from('consent clip');
    const upload = await buildMultipartUpload(
      { creator_name: 'Zoë "Z"', gender: 'f', keywords: 'a\r\nb', labels: ['x', 'y'] },
      video('a.mp4', clip, 'we"ird\r\nname.mp4'),
      video('c.mp4', consent),
    );
    const pieces = await writes(upload.body);
    const body = Buffer.concat(pieces);
    expect(body.length).toBe(Number(upload.headers['content-length']));
    // files of one chunk each: the whole body is held until its last bytes may go, then written at once
    expect(pieces).toHaveLength(1);
    expect(await parse(upload.headers['content-type'], body)).toEqual([
      { name: 'creator_name', value: 'Zoë "Z"' },
      { name: 'gender', value: 'f' },
      { name: 'keywords', value: 'a\r\nb' },
      { name: 'labels', value: 'x' },
      { name: 'labels', value: 'y' },
      { name: 'lipsync_input', filename: 'we%22ird%0D%0Aname.mp4', type: 'video/mp4', bytes: clip },
      { name: 'consent_video', filename: 'c.mp4', type: 'video/mp4', bytes: consent },
    ]);
  });

  /** Each 'data' event (one write to the socket for the HTTP client), and whether the last bytes were released by then. */
  async function pieces(upload: Awaited<ReturnType<typeof buildMultipartUpload>>, released: () => boolean): Promise<Array<{ length: number; released: boolean }>> {
    const seen: Array<{ length: number; released: boolean }> = [];
    await writes(upload.body, (chunk) => seen.push({ length: chunk.length, released: released() }));
    return seen;
  }

  it('holds a small body whole until its last bytes may go', async () => {
    let released = false;
    const clip = Buffer.alloc(16 * 1024, 1);
    const upload = await buildMultipartUpload({ creator_name: 'Small' }, video('small.mp4', clip), undefined, {
      beforeLastBytes: async () => {
        released = true;
      },
    });
    expect(await pieces(upload, () => released)).toEqual([{ length: Number(upload.headers['content-length']), released: true }]);
  });

  it('refuses a small file whose bytes changed since they were hashed, before it is marked or sent', async () => {
    let marked = false;
    const file = video('changed.mp4', Buffer.alloc(1000, 1));
    writeFileSync(file.absolutePath, Buffer.alloc(1000, 2));
    const building = buildMultipartUpload({ creator_name: 'Changed' }, file, undefined, {
      beforeLastBytes: async () => {
        marked = true;
      },
    });
    await expect(building).rejects.toMatchObject({ code: 'FILE_INVALID', message: expect.stringMatching(/changed\.mp4 changed while uploading/) });
    expect(marked).toBe(false);
  });

  it('streams a larger file chunk by chunk and holds back only the closing boundary', async () => {
    let released = false;
    const clip = Buffer.alloc(CHUNK_BYTES * 2 + 100, 2);
    const upload = await buildMultipartUpload({ creator_name: 'Large' }, video('large.mp4', clip), undefined, {
      beforeLastBytes: async () => {
        released = true;
      },
    });
    const seen = await pieces(upload, () => released);
    const boundary = /boundary=(.+)$/.exec(upload.headers['content-type'])![1]!;
    expect(seen.map((p) => p.released)).toEqual([false, false, false, true]);
    expect(seen.slice(1, 3).map((p) => p.length)).toEqual([CHUNK_BYTES, 100]);
    expect(seen[3]!.length).toBe(`\r\n--${boundary}--\r\n`.length);
  });
});
