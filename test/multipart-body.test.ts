// The upload body as framed by buildMultipartUpload, read back by busboy: every part, in
// order, with its bytes; a file name that could break its header is escaped; and the body
// reaches the socket in few pieces (the heads ride with the bytes after them).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import busboy from 'busboy';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMultipartUpload } from '../src/creatify/multipart.js';
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

describe('multipart upload body', () => {
  it('frames every part in order, with an exact length, in as few pieces as there are files plus one', async () => {
    const clip = Buffer.alloc(20_000, 7);
    const consent = Buffer.from('consent clip');
    const upload = await buildMultipartUpload(
      { creator_name: 'Zoë "Z"', gender: 'f', keywords: 'a\r\nb', labels: ['x', 'y'] },
      video('a.mp4', clip, 'we"ird\r\nname.mp4'),
      video('c.mp4', consent),
    );
    // read as the HTTP client reads it: one 'data' event is one write to the socket
    const pieces: Buffer[] = [];
    upload.body.on('data', (chunk: Buffer) => pieces.push(chunk));
    await new Promise((resolve, reject) => upload.body.on('end', resolve).on('error', reject));
    const body = Buffer.concat(pieces);
    expect(body.length).toBe(Number(upload.headers['content-length']));
    // the text parts and the first head go with the clip, the second head with the consent clip, then the end
    expect(pieces).toHaveLength(3);
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
});
