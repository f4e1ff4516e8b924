import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/emulator/server.js';
import { waitFor } from './helpers/wait.js';

const AUTH = { 'x-api-id': 'test-id', 'x-api-key': 'test-key-secret' };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}-08:00$/;
const PERSONA_KEYS = [
  'id', 'created_at', 'updated_at', 'gender', 'creator_name', 'suitable_industries',
  'preview_image_16_9', 'preview_image_1_1', 'preview_image_9_16', 'preview_video_16_9',
  'preview_video_1_1', 'preview_video_9_16', 'landscape_preview_video', 'squared_preview_video',
  'portrait_preview_video', 'is_active', 'process_status', 'failed_reason', 'type', 'age_range',
  'location', 'style', 'video_scene', 'keywords',
];
const CREATE_KEYS = [
  'id', 'gender', 'creator_name', 'consent_video', 'lipsync_input_url', 'matching_voice_non_null',
  'process_status', 'failed_reason', 'created_at', 'updated_at', 'video_scene', 'keywords',
  'lipsync_input', 'gdown_url', 'labels', 'webhook_url',
];

let running: RunningEmulator[] = [];
let agents: Agent[] = [];

async function emulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const em = await startEmulator(options);
  running.push(em);
  return em;
}

afterEach(async () => {
  await Promise.all(agents.map((a) => a.destroy()));
  await Promise.all(running.map((em) => em.close()));
  running = [];
  agents = [];
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

type Body = string | Buffer | AsyncIterable<Buffer>;

/** One request over a fresh connection pool, so a dropped socket never leaks into the next test. */
async function call(
  em: RunningEmulator,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: Body; auth?: boolean } = {},
): Promise<Answer> {
  const dispatcher = new Agent({ keepAliveTimeout: 10 });
  agents.push(dispatcher);
  const res = await request(`${em.url}${path}`, {
    method: method as 'GET',
    headers: { ...(options.auth === false ? {} : AUTH), ...options.headers },
    body: typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : options.body && Readable.from(options.body),
    dispatcher,
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) };
}

type Part = { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer };

function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----emulator-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`));
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`,
        ),
        part.data,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A full GC, so that buffer memory measured afterwards is memory still referenced. The
 * flag is set at run time because the test runner's worker is not started with it.
 */
const collectGarbage = ((): (() => void) => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('cannot expose the garbage collector');
  return () => void gc();
})();

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const video = (size = 2048): Buffer => randomBytes(size);

async function upload(em: RunningEmulator, name: string, extra: Part[] = []): Promise<Answer> {
  const form = multipart([
    { name: 'creator_name', value: name },
    { name: 'gender', value: 'f' },
    ...(extra.some((part) => part.name === 'video_scene') ? [] : [{ name: 'video_scene', value: 'office' }]),
    { name: 'lipsync_input', filename: `${name}.mp4`, type: 'video/mp4', data: video() },
    ...extra,
  ]);
  return call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': form.contentType }, body: form.body });
}

describe('authentication', () => {
  it('answers 401 with DRF detail when credentials are missing, partial or wrong', async () => {
    const em = await emulator({ credentials: { apiId: 'test-id', apiKey: 'test-key-secret' } });
    const none = await call(em, 'GET', '/api/personas_v2/', { auth: false });
    expect(none.status).toBe(401);
    expect(none.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    const partial = await call(em, 'GET', '/api/personas_v2/', { auth: false, headers: { 'x-api-id': 'test-id' } });
    expect(partial.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    const wrong = await call(em, 'GET', '/api/personas_v2/', { headers: { 'x-api-key': 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.json()).toEqual({ detail: 'Invalid API credentials.' });
    const right = await call(em, 'GET', '/api/personas_v2/');
    expect(right.status).toBe(200);
    // Auth comes before the method check, as in DRF.
    expect((await call(em, 'DELETE', '/api/personas_v2/', { auth: false })).status).toBe(401);
  });

  it('accepts any non-empty pair when no credentials are configured, and never logs the key', async () => {
    const lines: string[] = [];
    const em = await emulator({ log: (line) => lines.push(line) });
    const res = await call(em, 'GET', '/api/personas_v2/count/', { headers: { 'x-api-id': 'x', 'x-api-key': 'y' } });
    expect(res.status).toBe(200);
    await upload(em, 'Ana');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).not.toContain(AUTH['x-api-key']);
    expect(JSON.stringify(em.state())).not.toContain(AUTH['x-api-key']);
  });
});

describe('POST /api/personas_v2/ (multipart)', () => {
  it('creates a persona and records the exact bytes, fields and framing', async () => {
    const em = await emulator();
    const lipsync = video(70_001);
    const consent = video(3_333);
    const form = multipart([
      { name: 'creator_name', value: '  James ' },
      { name: 'gender', value: 'm' },
      { name: 'video_scene', value: 'office' },
      { name: 'labels', value: 'marketing' },
      { name: 'labels', value: 'spring' },
      { name: 'webhook_url', value: 'https://hooks.example.com/creatify' },
      { name: 'unknown_field', value: 'ignored' },
      { name: 'lipsync_input', filename: 'james.mp4', type: 'video/mp4', data: lipsync },
      { name: 'consent_video', filename: 'consent.mov', type: 'video/quicktime', data: consent },
    ]);
    const res = await call(em, 'POST', '/api/personas_v2/', {
      headers: { 'content-type': form.contentType },
      body: form.body,
    });
    expect(res.status).toBe(201);
    const created = res.json();
    expect(Object.keys(created)).toEqual(CREATE_KEYS);
    expect(created.id).toMatch(UUID_V4);
    expect(created).toMatchObject({
      creator_name: 'James',
      gender: 'm',
      video_scene: 'office',
      keywords: null,
      labels: ['marketing', 'spring'],
      webhook_url: 'https://hooks.example.com/creatify',
      process_status: 'pending',
      failed_reason: null,
    });
    expect(created.created_at).toMatch(STAMP);
    expect(created.updated_at).toMatch(STAMP);
    expect(created.lipsync_input_url).toMatch(new RegExp(`^https://.+/creators/${created.id}/lipsync_input\\.mp4$`));
    expect(created.consent_video).toMatch(/consent_video\.mov$/);

    const [record] = em.state().creates;
    expect(record).toMatchObject({
      route: '/api/personas_v2/',
      body: 'multipart',
      contentLength: form.body.length,
      chunked: false,
      status: 201,
      personaId: created.id,
      fields: { creator_name: '  James ', gender: 'm', labels: ['marketing', 'spring'], unknown_field: 'ignored' },
    });
    expect(record?.files).toEqual([
      { field: 'lipsync_input', filename: 'james.mp4', contentType: 'video/mp4', size: 70_001, sha256: sha256(lipsync) },
      { field: 'consent_video', filename: 'consent.mov', contentType: 'video/quicktime', size: 3_333, sha256: sha256(consent) },
    ]);
  });

  it('records a chunked body as chunked with no Content-Length', async () => {
    const em = await emulator();
    const form = multipart([
      { name: 'creator_name', value: 'Chunky' },
      { name: 'gender', value: 'nb' },
      { name: 'video_scene', value: 'office' },
      { name: 'lipsync_input', filename: 'c.mp4', type: 'video/mp4', data: video(10_000) },
    ]);
    async function* pieces(): AsyncIterable<Buffer> {
      for (let i = 0; i < form.body.length; i += 777) yield form.body.subarray(i, i + 777);
    }
    const res = await call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': form.contentType }, body: pieces() });
    expect(res.status).toBe(201);
    expect(em.state().creates[0]).toMatchObject({ chunked: true, contentLength: null, status: 201 });
  });

  it('lists every failing field at once, in DRF shape', async () => {
    const em = await emulator();
    const form = multipart([
      { name: 'gender', value: 'x' },
      { name: 'keywords', value: 'k'.repeat(256) },
      { name: 'webhook_url', value: 'not a url' },
      { name: 'labels', value: 'ok' },
      { name: 'labels', value: '' },
      { name: 'lipsync_input', filename: 'notes.txt', type: 'text/plain', data: Buffer.from('hello') },
    ]);
    const res = await call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': form.contentType }, body: form.body });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      gender: ['"x" is not a valid choice.'],
      creator_name: ['This field is required.'],
      video_scene: ['This field is required.'],
      keywords: ['Ensure this field has no more than 255 characters.'],
      lipsync_input: ['Unsupported file type "text/plain". Upload a video/mp4 or video/quicktime file.'],
      labels: { '1': ['This field may not be blank.'] },
      webhook_url: ['Enter a valid URL.'],
    });
    const state = em.state();
    expect(state.personas).toHaveLength(0);
    expect(state.creates[0]?.status).toBe(400);
  });

  it('refuses an empty file, a missing file and a body that cannot carry one', async () => {
    const em = await emulator();
    const emptyForm = multipart([
      { name: 'creator_name', value: 'E' },
      { name: 'gender', value: 'f' },
      { name: 'video_scene', value: 'office' },
      { name: 'lipsync_input', filename: 'e.mp4', type: 'video/mp4', data: Buffer.alloc(0) },
    ]);
    const empty = await call(em, 'POST', '/api/personas_v2/', {
      headers: { 'content-type': emptyForm.contentType },
      body: emptyForm.body,
    });
    expect(empty.json()).toEqual({ lipsync_input: ['The submitted file is empty.'] });

    const missing = multipart([{ name: 'creator_name', value: 'M' }, { name: 'gender', value: 'm' }, { name: 'video_scene', value: 'office' }]);
    const noFile = await call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': missing.contentType }, body: missing.body });
    expect(noFile.json()).toEqual({ lipsync_input: ['No file was submitted.'] });

    const asJson = await call(em, 'POST', '/api/personas_v2/', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ creator_name: 'J', gender: 'm', video_scene: 'office', lipsync_input: 'https://cdn.example.com/j.mp4' }),
    });
    expect(asJson.status).toBe(400);
    expect(asJson.json()).toEqual({
      lipsync_input: ['The submitted data was not a file. Check the encoding type on the form.'],
    });
    const broken = await call(em, 'POST', '/api/personas_v2/', {
      headers: { 'content-type': 'multipart/form-data' },
      body: 'no boundary here',
    });
    expect(broken.status).toBe(400);
    expect(broken.json().detail).toMatch(/^Multipart form parse error - /);
    expect(em.state().personas).toHaveLength(0);
    expect(em.state().creates.map((c) => c.status)).toEqual([400, 400, 400, 400]);
  });

  it('streams a 50 MiB upload: hashed while it arrives, digest exact, nothing kept', async () => {
    const em = await emulator();
    const MiB = 1024 * 1024;
    // The client runs in a child process, so this process's buffer memory is the server's
    // alone. It sends 21 MiB, says MID and waits for a line before sending the rest.
    const client = spawn(
      process.execPath,
      [
        '-e',
        `
const http = require('node:http');
const { createHash, randomBytes } = require('node:crypto');
const [url, boundary] = process.argv.slice(1);
const head = Buffer.from('--' + boundary + '\\r\\nContent-Disposition: form-data; name="creator_name"\\r\\n\\r\\nBig\\r\\n--' + boundary + '\\r\\nContent-Disposition: form-data; name="gender"\\r\\n\\r\\nm\\r\\n--' + boundary + '\\r\\nContent-Disposition: form-data; name="video_scene"\\r\\n\\r\\noffice\\r\\n--' + boundary + '\\r\\nContent-Disposition: form-data; name="lipsync_input"; filename="big.mp4"\\r\\nContent-Type: video/mp4\\r\\n\\r\\n');
const tail = Buffer.from('\\r\\n--' + boundary + '--\\r\\n');
const hash = createHash('sha256');
const req = http.request(url + '/api/personas_v2/', { method: 'POST', headers: { 'x-api-id': 'id', 'x-api-key': 'key', 'content-type': 'multipart/form-data; boundary=' + boundary, 'content-length': head.length + 50 * 1048576 + tail.length } }, (res) => { res.resume(); res.on('end', () => process.stdout.write('STATUS ' + res.statusCode + ' ' + hash.digest('hex') + '\\n')); });
const send = (i) => new Promise((done) => { const c = randomBytes(1048576); hash.update(c); if (req.write(c)) done(); else req.once('drain', done); });
(async () => {
  req.write(head);
  for (let i = 0; i < 21; i++) await send(i);
  process.stdout.write('MID\\n');
  await new Promise((go) => process.stdin.once('data', go));
  for (let i = 21; i < 50; i++) await send(i);
  req.end(tail);
})();`,
        em.url,
        'big-upload-boundary',
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    client.stdout.on('data', (d: Buffer) => (out += d.toString()));
    /** resolves once the client's output matches `pattern` (checked after each chunk is added to `out`) */
    const said = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(out);
          if (m) {
            client.stdout.off('data', check);
            resolve(m);
          }
        };
        client.stdout.on('data', check);
        client.on('close', () => (pattern.exec(out) ? check() : reject(new Error(`client ended: ${out}`))));
        check();
      });
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    await said(/MID\n/);
    // the server has hashed most of what was sent, before the body ends
    await waitFor(() => (em.state().uploadsInFlight[0]?.bytes ?? 0) >= 16 * MiB, 30_000);
    const seenMidway = em.state().uploadsInFlight[0]?.bytes ?? 0;
    // and keeps none of it: after a full collection, buffer memory holds at most socket
    // and stream buffers, not the 16+ MiB received so far
    // a full collection frees buffers' memory only as their backing stores are swept:
    // collect again after a turn of the event loop before reading the figure
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 50));
    collectGarbage();
    const heldMidway = process.memoryUsage().arrayBuffers - before;
    client.stdin.write('go\n');
    const [, status, digest] = await said(/STATUS (\d+) ([0-9a-f]{64})\n/);
    expect(status).toBe('201');
    expect(seenMidway).toBeGreaterThanOrEqual(16 * MiB);
    expect(seenMidway).toBeLessThan(50 * MiB);
    expect(heldMidway).toBeLessThan(8 * MiB);
    const state = em.state();
    expect(state.uploadsInFlight).toEqual([]);
    expect(state.creates[0]?.files[0]).toMatchObject({ size: 50 * MiB, sha256: digest });
  });
});

describe('POST /api/personas/ (JSON)', () => {
  it('creates from URLs with gender optional when requireFields is off', async () => {
    const em = await emulator({ requireFields: false });
    const res = await call(em, 'POST', '/api/personas/', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        creator_name: 'Ana',
        lipsync_input: 'https://cdn.example.com/ana.mp4',
        consent_video: 'https://cdn.example.com/ana-consent.mp4',
        labels: ['a'],
      }),
    });
    expect(res.status).toBe(201);
    const created = res.json();
    expect(Object.keys(created)).toEqual(CREATE_KEYS);
    expect(created).toMatchObject({ creator_name: 'Ana', gender: null, lipsync_input: 'https://cdn.example.com/ana.mp4', labels: ['a'] });
    expect(created.lipsync_input_url).toContain(`/creators/${created.id}/`);
    expect(em.state().creates[0]).toMatchObject({ body: 'json', route: '/api/personas/', files: [], fields: { creator_name: 'Ana' } });
  });

  it('answers malformed JSON, bad values and other media types as DRF does', async () => {
    const em = await emulator();
    const post = (body: string, type = 'application/json'): Promise<Answer> =>
      call(em, 'POST', '/api/personas/', { headers: { 'content-type': type }, body });
    const malformed = await post('{"creator_name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.json().detail).toMatch(/^JSON parse error - /);
    const invalid = await post(JSON.stringify({ creator_name: '', gender: 'q', lipsync_input: 'ftp://cdn.example.com/a.mp4', labels: 'x' }));
    expect(invalid.json()).toEqual({
      gender: ['"q" is not a valid choice.'],
      creator_name: ['This field may not be blank.'],
      video_scene: ['This field is required.'],
      lipsync_input: ['Enter a valid URL.'],
      labels: ['Expected a list of items but got type "str".'],
    });
    const list = await post('[]');
    expect(list.json()).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
    const text = await post('hello', 'text/plain');
    expect(text.status).toBe(415);
    expect(text.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });
    expect(em.state().personas).toHaveLength(0);
  });
});

describe('quota, get, list and count', () => {
  it('refuses creates beyond the quota and counts what exists', async () => {
    const em = await emulator({ quota: 2 });
    expect((await upload(em, 'A')).status).toBe(201);
    expect((await upload(em, 'B')).status).toBe(201);
    const third = await upload(em, 'C');
    expect(third.status).toBe(400);
    expect(third.json()).toEqual({ detail: 'You have reached the maximum number of custom avatars (2).' });
    const count = await call(em, 'GET', '/api/personas_v2/count/');
    expect(count.json()).toEqual({ max_count: 2, current_count: 2 });
  });

  it('gets one persona with every documented field and 404s the rest', async () => {
    const em = await emulator();
    const { id } = (await upload(em, 'James')).json();
    const res = await call(em, 'GET', `/api/personas/${id}/`);
    expect(res.status).toBe(200);
    const persona = res.json();
    expect(Object.keys(persona)).toEqual(PERSONA_KEYS);
    expect(persona).toMatchObject({ id, creator_name: 'James', gender: 'f', is_active: false, failed_reason: '', preview_image_16_9: null, squared_preview_video: null });
    expect(persona.process_status).toBe('pending');
    const unknown = await call(em, 'GET', '/api/personas/3c90c3cc-0d44-4b50-8888-8dd25736052a/');
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual({ detail: 'No Creator matches the given query.' });
    const notUuid = await call(em, 'GET', '/api/personas/not-a-uuid/');
    expect(notUuid.status).toBe(404);
    expect(notUuid.json()).toEqual({ detail: 'No Creator matches the given query.' });
  });

  it('lists oldest first', async () => {
    let clock = Date.UTC(2025, 0, 9, 20, 0, 0, 0);
    const em = await emulator({ now: () => clock });
    const first = (await upload(em, 'First')).json();
    clock += 10;
    const form = multipart([
      { name: 'creator_name', value: 'Second' },
      { name: 'gender', value: 'm' },
      { name: 'video_scene', value: 'office' },
      { name: 'lipsync_input', filename: 's.mp4', type: 'video/mp4', data: video() },
    ]);
    const second = (await call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': form.contentType }, body: form.body })).json();
    const list = await call(em, 'GET', '/api/personas_v2/');
    expect(list.json().map((p: { id: string }) => p.id)).toEqual([first.id, second.id]);
    expect(em.state().requests.byRoute['GET /api/personas_v2/']).toBe(1);
  });

  it('serves the stock catalogue, then the approved avatars of the account', async () => {
    let clock = Date.UTC(2025, 0, 9, 20, 0, 0, 0);
    const em = await emulator({ now: () => clock, approveAfterMs: 100 });
    const mine = (await upload(em, 'Mine')).json();
    const stock = (await call(em, 'GET', '/api/personas/')).json();
    expect(stock).toHaveLength(3);
    expect(stock.map((p: { id: string }) => p.id)).not.toContain(mine.id);
    const one = await call(em, 'GET', `/api/personas/${stock[0].id}/`);
    expect(one.json()).toMatchObject({ is_active: true, process_status: 'done' });
    clock += 100;
    const after = (await call(em, 'GET', '/api/personas/')).json();
    expect(after.map((p: { id: string }) => p.id)).toEqual([...stock.map((p: { id: string }) => p.id), mine.id]);
    expect((await call(em, 'GET', '/api/personas_v2/')).json().map((p: { id: string }) => p.id)).toEqual([mine.id]);
  });
});

describe('lifecycle', () => {
  it('walks the documented steps on the injected clock and ends approved', async () => {
    const t0 = Date.UTC(2025, 0, 9, 20, 26, 10, 74);
    let clock = t0;
    const em = await emulator({ now: () => clock, approveAfterMs: 6000 });
    const created = (await upload(em, 'James')).json();
    expect(created.created_at).toMatch(/^2025-01-09T12:26:10\.074\d{3}-08:00$/);
    const seen: string[] = [];
    for (const at of [0, 1000, 2000, 3000, 4000, 5999]) {
      clock = t0 + at;
      const p = (await call(em, 'GET', `/api/personas/${created.id}/`)).json();
      seen.push(p.process_status);
      expect(p.is_active).toBe(false);
    }
    expect(seen).toEqual(['pending', 'processing', 'voice_creating', 'video_validating', 'crop_and_matte', 'reviewing']);
    clock = t0 + 6000;
    const done = (await call(em, 'GET', `/api/personas/${created.id}/`)).json();
    expect(done).toMatchObject({ process_status: 'done', is_active: true, failed_reason: '' });
    expect(done.updated_at).toMatch(/^2025-01-09T12:26:16\.\d{6}-08:00$/);
    expect(done.preview_video_16_9).toMatch(/^https:\/\//);
    expect(done.suitable_industries).toEqual(['General']);
    expect(em.state().requests.byRoute['GET /api/personas/{id}/']).toBe(7);
  });

  it('ends rejected for a name matching rejectPattern', async () => {
    let clock = 1_000_000;
    const em = await emulator({ now: () => clock, approveAfterMs: 100, rejectPattern: /^reject/i });
    const bad = (await upload(em, 'Reject me')).json();
    const good = (await upload(em, 'Fine')).json();
    clock += 100;
    const rejected = (await call(em, 'GET', `/api/personas/${bad.id}/`)).json();
    expect(rejected).toMatchObject({ process_status: 'rejected', is_active: false, preview_image_1_1: null });
    expect(rejected.failed_reason).not.toBe('');
    const approved = (await call(em, 'GET', `/api/personas/${good.id}/`)).json();
    expect(approved).toMatchObject({ process_status: 'done', is_active: true, suitable_industries: ['General'] });
  });

  it('lets the admin endpoints approve and reject right away', async () => {
    const em = await emulator({ approveAfterMs: 3_600_000 });
    const a = (await upload(em, 'A')).json();
    const b = (await upload(em, 'B')).json();
    const approve = await call(em, 'POST', `/_emulator/personas/${a.id}/approve`, { auth: false });
    expect(approve.json()).toMatchObject({ process_status: 'done', is_active: true });
    const reject = await call(em, 'POST', `/_emulator/personas/${b.id}/reject`, {
      auth: false,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'face not visible', status: 'failed' }),
    });
    expect(reject.json()).toMatchObject({ process_status: 'failed', failed_reason: 'face not visible', is_active: false });
    expect((await call(em, 'GET', `/api/personas/${b.id}/`)).json().process_status).toBe('failed');
    expect(em.state().personas.map((p) => p.verdict.forced)).toEqual([true, true]);
    const missing = await call(em, 'POST', '/_emulator/personas/3c90c3cc-0d44-4b50-8888-8dd25736052a/approve', { auth: false });
    expect(missing.status).toBe(404);
  });
});

describe('paths and methods', () => {
  it('404s unknown and slash-less paths and 405s wrong methods', async () => {
    const em = await emulator();
    const slashless = await call(em, 'GET', '/api/personas_v2', { auth: false });
    expect(slashless.status).toBe(404);
    const post = await call(em, 'POST', '/api/personas_v2', { headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(404);
    expect(post.json()).toEqual({ detail: 'Not found.' });
    expect((await call(em, 'GET', '/api/nothing/')).json()).toEqual({ detail: 'Not found.' });
    const put = await call(em, 'PUT', '/api/personas/3c90c3cc-0d44-4b50-8888-8dd25736052a/');
    expect(put.status).toBe(405);
    expect(put.json()).toEqual({ detail: 'Method "PUT" not allowed.' });
    expect(put.headers['allow']).toBe('GET, DELETE');
  });
});

describe('faults', () => {
  it('answers a queued 429 with Retry-After and DRF throttle detail, only on the matching route', async () => {
    const em = await emulator();
    em.setFaults({ queue: [{ kind: '429', method: 'GET', route: '/api/personas_v2/count/', retryAfterSeconds: 7 }] });
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(200);
    const throttled = await call(em, 'GET', '/api/personas_v2/count/');
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('7');
    expect(throttled.json()).toEqual({ detail: 'Request was throttled. Expected available in 7 seconds.' });
    expect((await call(em, 'GET', '/api/personas_v2/count/')).status).toBe(200);
    expect(em.state().faults.injected).toEqual([
      { request: 2, method: 'GET', route: '/api/personas_v2/count/', kind: '429', source: 'queue' },
    ]);
  });

  it('serves 5xx as an HTML page by default, JSON on request', async () => {
    const em = await emulator();
    em.setFaults({ queue: [{ kind: '503', times: 2 }, { kind: '500', body: 'json' }] });
    const first = await call(em, 'GET', '/api/personas_v2/');
    expect(first.status).toBe(503);
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(503);
    const json = await call(em, 'GET', '/api/personas_v2/');
    expect(json.status).toBe(500);
    expect(json.json()).toEqual({ detail: 'A server error occurred.' });
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(200);
  });

  it('drop-after-create creates the persona but the client only sees a broken connection', async () => {
    const em = await emulator();
    em.setFaults({ queue: [{ kind: 'drop-after-create' }] });
    // A GET does not consume a create-only fault.
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(200);
    await expect(upload(em, 'Lost')).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    const list = (await call(em, 'GET', '/api/personas_v2/')).json();
    expect(list).toHaveLength(1);
    expect(list[0].creator_name).toBe('Lost');
    const state = em.state();
    expect(state.creates[0]).toMatchObject({ status: 201, personaId: list[0].id });
    expect(state.faults.injected).toEqual([
      { request: 2, method: 'POST', route: '/api/personas_v2/', kind: 'drop-after-create', source: 'queue', personaId: list[0].id },
    ]);
  });

  it('drop cuts the connection before anything is processed', async () => {
    const em = await emulator();
    em.setFaults({ queue: [{ kind: 'drop', method: 'POST' }] });
    await expect(upload(em, 'Never')).rejects.toThrow();
    expect(em.state().personas).toHaveLength(0);
    expect(em.state().creates).toHaveLength(0);
    expect((await upload(em, 'Later')).status).toBe(201);
  });

  it('a seeded rate gives the same faults for the same requests', async () => {
    const em = await emulator();
    const run = async (seed: number): Promise<number[]> => {
      em.reset();
      em.setFaults({ rate: 0.4, seed, kinds: ['503', '429'] });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i += 1) statuses.push((await call(em, 'GET', '/api/personas_v2/count/')).status);
      return statuses;
    };
    const a = await run(42);
    const b = await run(42);
    expect(b).toEqual(a);
    expect(a).toContain(200);
    expect(a.some((s) => s === 503 || s === 429)).toBe(true);
    expect(await run(43)).not.toEqual(a);
    expect(em.state().faults.injected.every((f) => f.source === 'rate')).toBe(true);
  });

  it('slow and latency delay the answer; close() ends hanging requests promptly', async () => {
    const em = await emulator({ latencyMs: 80 });
    em.setFaults({ queue: [{ kind: 'slow', delayMs: 150 }] });
    let started = performance.now();
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(220);
    started = performance.now();
    await call(em, 'GET', '/api/personas_v2/');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);

    em.setFaults({ queue: [{ kind: 'slow', delayMs: 60_000 }] });
    const hanging = call(em, 'GET', '/api/personas_v2/');
    await waitFor(() => em.state().requests.total === 3);
    started = performance.now();
    await em.close();
    await expect(hanging).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('is driven over HTTP by the admin endpoints, which refuse a bad config', async () => {
    const em = await emulator();
    const bad = await call(em, 'POST', '/_emulator/faults', {
      auth: false,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rate: 2 }),
    });
    expect(bad.status).toBe(400);
    const set = await call(em, 'POST', '/_emulator/faults', {
      auth: false,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queue: [{ kind: '502' }] }),
    });
    expect(set.status).toBe(200);
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(502);
    await upload(em, 'X');
    const state = (await call(em, 'GET', '/_emulator/state', { auth: false })).json();
    expect(state.personas).toHaveLength(1);
    expect(state.requests.total).toBe(2);
    expect((await call(em, 'POST', '/_emulator/reset', { auth: false })).status).toBe(200);
    expect(em.state().personas).toHaveLength(0);
    expect(em.state().requests.total).toBe(0);
  });
});

describe('avatars under review in the list (listPending)', () => {
  it("'show' lists them, 'hide' leaves them out of the list only, until their review ends", async () => {
    let clock = 1_000_000;
    const em = await emulator({ now: () => clock, approveAfterMs: 100, rejectPattern: /^No/, listPending: 'hide' });
    const yes = (await upload(em, 'Yes')).json();
    const no = (await upload(em, 'No')).json();
    const listed = async (): Promise<string[]> => (await call(em, 'GET', '/api/personas_v2/')).json().map((p: { id: string }) => p.id);
    expect(await listed()).toEqual([]);
    expect((await call(em, 'GET', `/api/personas/${yes.id}/`)).json()).toMatchObject({ process_status: 'pending' });
    expect((await call(em, 'GET', '/api/personas_v2/count/')).json()).toEqual({ max_count: 100, current_count: 2 });
    em.configure({ listPending: 'show' });
    expect(await listed()).toEqual([yes.id, no.id]);
    em.configure({ listPending: 'hide' });
    clock += 100;
    // rejected is a finished review too
    expect(await listed()).toEqual([yes.id, no.id]);
  });

  it('is set over HTTP too, which refuses an unknown value', async () => {
    const em = await emulator();
    await upload(em, 'Pending');
    const options = (body: unknown): Promise<Answer> =>
      call(em, 'POST', '/_emulator/options', { auth: false, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await options({ listPending: 'maybe' })).status).toBe(400);
    const set = await options({ listPending: 'hide' });
    expect(set.json()).toEqual({ quota: 100, listPending: 'hide', requireFields: true, refuseDeletes: null });
    expect((await call(em, 'GET', '/api/personas_v2/')).json()).toEqual([]);
  });
});

describe('faults after a create', () => {
  it('500-after-create and 502-after-create create the avatar and answer the error', async () => {
    const em = await emulator();
    em.setFaults({ queue: [{ kind: '500-after-create' }, { kind: '502-after-create', body: 'json' }] });
    // a GET does not consume a create-only fault
    expect((await call(em, 'GET', '/api/personas_v2/')).status).toBe(200);
    const first = await upload(em, 'First');
    expect(first.status).toBe(500);
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    const second = await call(em, 'POST', '/api/personas/', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ creator_name: 'Second', gender: 'f', video_scene: 'office', lipsync_input: 'https://cdn.example.com/s.mp4' }),
    });
    expect(second.status).toBe(502);
    expect(second.json()).toEqual({ detail: 'Bad gateway.' });
    const state = em.state();
    expect(state.personas.map((p) => p.persona.creator_name)).toEqual(['First', 'Second']);
    expect(state.faults.injected.map((f) => [f.kind, f.personaId])).toEqual([
      ['500-after-create', state.personas[0]?.persona.id],
      ['502-after-create', state.personas[1]?.persona.id],
    ]);
  });
});

describe('DELETE /api/personas/{id}/', () => {
  it('deletes an own avatar (204) and frees its slot of a quota of 3; 404s the rest', async () => {
    const em = await emulator({ quota: 3 });
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) ids.push((await upload(em, name)).json().id);
    expect((await upload(em, 'D')).json()).toEqual({ detail: 'You have reached the maximum number of custom avatars (3).' });
    const gone = await call(em, 'DELETE', `/api/personas/${ids[1]!.toUpperCase()}/`);
    expect(gone.status).toBe(204);
    expect(gone.text).toBe('');
    expect((await call(em, 'GET', `/api/personas/${ids[1]}/`)).status).toBe(404);
    expect((await call(em, 'GET', '/api/personas_v2/')).json().map((p: { id: string }) => p.id)).toEqual([ids[0], ids[2]]);
    expect((await call(em, 'GET', '/api/personas_v2/count/')).json()).toEqual({ max_count: 3, current_count: 2 });
    expect((await upload(em, 'D')).status).toBe(201);

    const again = await call(em, 'DELETE', `/api/personas/${ids[1]}/`);
    expect(again.status).toBe(404);
    expect(again.json()).toEqual({ detail: 'Not found.' });
    const stockId = (await call(em, 'GET', '/api/personas/')).json()[0].id;
    expect((await call(em, 'DELETE', `/api/personas/${stockId}/`)).json()).toEqual({ detail: 'Not found.' });
    expect((await call(em, 'GET', `/api/personas/${stockId}/`)).status).toBe(200);
    expect((await call(em, 'DELETE', '/api/personas/not-a-uuid/')).status).toBe(404);
    expect((await call(em, 'DELETE', `/api/personas/${ids[0]}/`, { auth: false })).status).toBe(401);
    expect(em.state().requests.byRoute['DELETE /api/personas/{id}/']).toBe(5);
  });

  it('refuses deletes with the 400 and 403 faults, and the avatar stays', async () => {
    const em = await emulator({ quota: 3 });
    const { id } = (await upload(em, 'Kept')).json();
    em.setFaults({ queue: [{ kind: '403', method: 'DELETE', times: 2 }, { kind: '400', method: 'DELETE' }] });
    expect((await call(em, 'GET', `/api/personas/${id}/`)).status).toBe(200);
    for (let i = 0; i < 2; i += 1) {
      const refused = await call(em, 'DELETE', `/api/personas/${id}/`);
      expect(refused.status).toBe(403);
      expect(refused.json()).toEqual({ detail: 'You do not have permission to perform this action.' });
    }
    const bad = await call(em, 'DELETE', `/api/personas/${id}/`);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json())).toEqual(['detail']);
    expect(em.state().personas).toHaveLength(1);
    expect((await call(em, 'DELETE', `/api/personas/${id}/`)).status).toBe(204);
  });
});

describe("Creatify's field rules on both create endpoints", () => {
  const postJson = (em: RunningEmulator, body: Record<string, unknown>): Promise<Answer> =>
    call(em, 'POST', '/api/personas/', { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const BARE = { creator_name: 'Oda', lipsync_input: 'https://cdn.example.com/oda.mp4' };
  const URL_FIELDS = { ...BARE, gender: 'f', video_scene: 'office' };

  it('trims text fields before checking and storing them', async () => {
    const em = await emulator();
    const form = await upload(em, ' Oda ', [
      { name: 'video_scene', value: '  office\t' },
      { name: 'labels', value: ' spring ' },
    ]);
    expect(form.json()).toMatchObject({ creator_name: 'Oda', video_scene: 'office', labels: ['spring'] });
    const json = await postJson(em, { ...URL_FIELDS, creator_name: ' Oda ', webhook_url: ' https://hooks.example.com/x ' });
    expect(json.json()).toMatchObject({ creator_name: 'Oda', webhook_url: 'https://hooks.example.com/x' });
    expect(em.state().personas.map((p) => p.persona.creator_name)).toEqual(['Oda', 'Oda']);
  });

  it("trims as Python's strip does: ideographic and no-break spaces go, a byte-order mark stays", async () => {
    const em = await emulator();
    const json = await postJson(em, { ...URL_FIELDS, creator_name: '\u3000Oda\u00a0', keywords: '\ufeffa,b' });
    expect(json.json()).toMatchObject({ creator_name: 'Oda', keywords: '\ufeffa,b' });
    const long = `https://example.com/${'p'.repeat(2030)}`;
    expect((await postJson(em, { ...URL_FIELDS, lipsync_input: long })).json()).toEqual({ lipsync_input: ['Enter a valid URL.'] });
    expect((await postJson(em, { ...URL_FIELDS, lipsync_input: 'https://[::1/a.mp4' })).json()).toEqual({ lipsync_input: ['Enter a valid URL.'] });
  });

  it("refuses what Django's URLValidator refuses, blank list items and long file names", async () => {
    const em = await emulator();
    const underscore = 'https://my_hooks.example.com/x';
    expect((await upload(em, 'Oda', [{ name: 'webhook_url', value: underscore }])).json()).toEqual({ webhook_url: ['Enter a valid URL.'] });
    expect((await postJson(em, { ...URL_FIELDS, webhook_url: underscore })).json()).toEqual({ webhook_url: ['Enter a valid URL.'] });
    expect((await postJson(em, { ...URL_FIELDS, lipsync_input: 'https://cdn_1.example.com/a.mp4' })).json()).toEqual({
      lipsync_input: ['Enter a valid URL.'],
    });
    expect((await postJson(em, { ...URL_FIELDS, labels: ['ok', ' '] })).json()).toEqual({ labels: { '1': ['This field may not be blank.'] } });
    expect((await upload(em, 'Oda', [{ name: 'labels', value: ' ' }])).json()).toEqual({ labels: { '0': ['This field may not be blank.'] } });
    const form = multipart([
      { name: 'creator_name', value: 'Oda' },
      { name: 'gender', value: 'f' },
      { name: 'video_scene', value: 'office' },
      { name: 'lipsync_input', filename: `${'n'.repeat(116)}.mp4`, type: 'video/mp4', data: video() },
    ]);
    const long = await call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': form.contentType }, body: form.body });
    expect(long.json()).toEqual({ lipsync_input: ['Ensure this filename has at most 100 characters (it has 120).'] });
    expect(em.state().personas).toHaveLength(0);
  });

  it('requires gender and video_scene on both endpoints unless requireFields is off', async () => {
    const em = await emulator({ requireFields: false });
    expect((await postJson(em, BARE)).status).toBe(201);
    em.configure({ requireFields: true });
    const required = { gender: ['This field is required.'], video_scene: ['This field is required.'] };
    expect((await postJson(em, BARE)).json()).toEqual(required);
    const form = multipart([
      { name: 'creator_name', value: 'Oda' },
      { name: 'lipsync_input', filename: 'oda.mp4', type: 'video/mp4', data: video() },
    ]);
    const bare = await call(em, 'POST', '/api/personas_v2/', { headers: { 'content-type': form.contentType }, body: form.body });
    expect(bare.json()).toEqual(required);
    expect((await postJson(em, { ...BARE, gender: 'nb', video_scene: ' ' })).json()).toEqual({ video_scene: ['This field may not be blank.'] });
    expect((await upload(em, 'Oda', [{ name: 'video_scene', value: 'studio' }])).status).toBe(201);
    const byDefault = await emulator();
    expect((await postJson(byDefault, BARE)).json()).toEqual(required);
  });
});
