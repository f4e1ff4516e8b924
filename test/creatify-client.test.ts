import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import busboy from 'busboy';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDrfErrors } from '../src/creatify/api-errors.js';
import { createCreatifyClient, type CreatifyClient, type CreatifyClientOptions } from '../src/creatify/client.js';
import type { RetryPolicy } from '../src/creatify/retry.js';
import type { UploadProgress, VideoFile } from '../src/creatify/types.js';
import { createFakeClock } from './helpers/fake-clock.js';
import { serve } from './fakes/http.js';
import { caught } from './helpers/caught.js';

const API_ID = 'test-api-id-123';
const API_KEY = 'sk-secret-key-9f8e7d6c5b4a';
const AT = '2025-01-09T12:26:10.074640-08:00';
const POLICY: RetryPolicy = { attempts: 4, baseMs: 1000, factor: 2, capMs: 30_000, jitter: 'none', budgetMs: 60_000 };

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

type Handler = (req: Received, res: ServerResponse, raw: IncomingMessage) => void;

interface TestServer {
  url: string;
  received: Received[];
}

/** Listens on 127.0.0.1 port 0; closed after the test. */
async function listen(server: Server): Promise<string> {
  const running = await serve(server);
  servers.push(running.close);
  return running.url;
}

/** A real HTTP server; the handler sees each request with its whole body. */
async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const req = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks) };
      received.push(req);
      handler(req, res, raw);
    });
  });
  return { url: await listen(server), received };
}

/** A sparse file of `size` bytes: fast to make, too big to fit in socket buffers. */
async function bigVideo(name: string, size: number): Promise<VideoFile> {
  const path = join(dir, name);
  await writeFile(path, '');
  await truncate(path, size);
  return { absolutePath: path, filename: name, size, sha256: 'z', contentType: 'video/mp4' };
}

function clientFor(url: string, options: Partial<CreatifyClientOptions> = {}): CreatifyClient {
  const client = createCreatifyClient({ baseUrl: url, apiId: API_ID, apiKey: API_KEY, userAgent: 'ua', ...options });
  clients.push(client);
  return client;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

interface Parsed {
  fields: Array<[string, string]>;
  files: Record<string, { filename: string; mimeType: string; data: Buffer }>;
}

function parseMultipart(req: Received): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const parsed: Parsed = { fields: [], files: {} };
    const bb = busboy({ headers: req.headers });
    bb.on('field', (name, value) => parsed.fields.push([name, value]));
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        parsed.files[name] = { filename: info.filename ?? '', mimeType: info.mimeType, data: Buffer.concat(chunks) };
      });
    });
    bb.on('close', () => resolve(parsed));
    bb.on('error', reject);
    bb.end(req.body);
  });
}

let dir = '';
let lipsync: VideoFile;
let consent: VideoFile;
let lipsyncBytes: Buffer;
const servers: Array<() => Promise<void>> = [];
const clients: CreatifyClient[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'creatify-client-'));
  lipsyncBytes = randomBytes(300_000);
  await writeFile(join(dir, 'james.mp4'), lipsyncBytes);
  await writeFile(join(dir, 'consent.mov'), Buffer.from('consent clip bytes'));
  lipsync = { absolutePath: join(dir, 'james.mp4'), filename: 'james.mp4', size: lipsyncBytes.length, sha256: 'x', contentType: 'video/mp4' };
  consent = { absolutePath: join(dir, 'consent.mov'), filename: 'consent.mov', size: 18, sha256: 'y', contentType: 'video/quicktime' };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(servers.splice(0).map((close) => close()));
});

async function setup(handler: Handler, options: Partial<CreatifyClientOptions> = {}) {
  const server = await startServer(handler);
  const clock = createFakeClock(Date.now());
  const retries: unknown[] = [];
  const client = clientFor(`${server.url}/`, {
    userAgent: 'creatify-avatars/0.1.0 (+node test)',
    retry: POLICY,
    clock,
    onRetry: (info) => retries.push(info),
    ...options,
  });
  return { server, client, clock, retries };
}

describe('requests', () => {
  it('sends the credentials, Accept and User-Agent, and reads a bare list leniently', async () => {
    const { server, client } = await setup((_req, res) =>
      json(res, 200, [
        { id: 'a1', creator_name: 'James', created_at: AT, suitable_industries: 'E-commerce, Beauty', is_active: true, brand_new: 1 },
        { id: 'b2', creator_name: 'Ana', created_at: AT, suitable_industries: ['Tech', 'Finance'], process_status: 'pending', gender: null },
      ]),
    );
    const personas = await client.list();
    expect(personas.map((p) => p.id)).toEqual(['a1', 'b2']);
    expect(personas[0]?.suitable_industries).toBe('E-commerce, Beauty');
    expect(personas[1]?.suitable_industries).toEqual(['Tech', 'Finance']);
    expect(personas[0]?.brand_new).toBe(1);
    const req = server.received[0];
    expect(req?.url).toBe('/api/personas_v2/');
    expect(req?.headers['x-api-id']).toBe(API_ID);
    expect(req?.headers['x-api-key']).toBe(API_KEY);
    expect(req?.headers.accept).toBe('application/json');
    expect(req?.headers['user-agent']).toBe('creatify-avatars/0.1.0 (+node test)');
  });

  it('follows a DRF page envelope on its own origin only', async () => {
    const { server, client } = await setup((req, res) => {
      if (req.url === '/api/personas_v2/') {
        json(res, 200, { count: 2, next: 'https://elsewhere.example/api/personas_v2/?page=2', results: [{ id: 'p1', creator_name: 'A', created_at: AT }] });
      } else {
        json(res, 200, { count: 2, next: null, results: [{ id: 'p2', creator_name: 'B', created_at: AT }] });
      }
    });
    const personas = await client.list();
    expect(personas.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(server.received.map((r) => r.url)).toEqual(['/api/personas_v2/', '/api/personas_v2/?page=2']);
  });

  it('encodes the id of get and parses count', async () => {
    const { server, client } = await setup((req, res) => {
      if (req.url?.endsWith('/count/')) json(res, 200, { max_count: 3, current_count: '1' });
      else json(res, 200, { id: 'a b/c', creator_name: 'X', created_at: AT, is_active: false });
    });
    expect((await client.get('a b/c')).id).toBe('a b/c');
    expect(await client.count()).toEqual({ max_count: 3, current_count: 1 });
    expect(server.received.map((r) => r.url)).toEqual(['/api/personas/a%20b%2Fc/', '/api/personas_v2/count/']);
  });

  it('uploads a multipart body with the exact bytes and an exact Content-Length', async () => {
    const { server, client } = await setup((_req, res) =>
      json(res, 201, { id: 'new-1', creator_name: 'James', process_status: 'pending' }),
    );
    const progress: UploadProgress[] = [];
    const persona = await client.createFromFiles(
      { creator_name: 'James', gender: 'm', video_scene: '', labels: ['team', 'spring'] },
      lipsync,
      consent,
      { onProgress: (p) => progress.push(p) },
    );
    expect(persona.id).toBe('new-1');
    const req = server.received[0];
    if (!req) throw new Error('no request');
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/personas_v2/');
    expect(req.headers['transfer-encoding']).toBeUndefined();
    expect(Number(req.headers['content-length'])).toBe(req.body.length);
    const parsed = await parseMultipart(req);
    expect(parsed.fields).toEqual([
      ['creator_name', 'James'],
      ['gender', 'm'],
      ['labels', 'team'],
      ['labels', 'spring'],
    ]);
    expect(parsed.files.lipsync_input?.filename).toBe('james.mp4');
    expect(parsed.files.lipsync_input?.mimeType).toBe('video/mp4');
    expect(parsed.files.lipsync_input?.data.equals(lipsyncBytes)).toBe(true);
    expect(parsed.files.consent_video?.mimeType).toBe('video/quicktime');
    expect(parsed.files.consent_video?.data.toString()).toBe('consent clip bytes');
    expect(progress.at(-1)).toEqual({ sent: req.body.length, total: req.body.length });
  });

  it('reports the hash of the bytes sent, and holds the last bytes until beforeLastBytes settles', async () => {
    const events: string[] = [];
    const { server, client } = await setup((_req, res) => {
      events.push('whole body received');
      json(res, 201, { id: 'new-2', creator_name: 'James' });
    });
    await client.createFromFiles({ creator_name: 'James' }, lipsync, consent, {
      onHashed: (field, sha256) => events.push(`${field} ${sha256}`),
      beforeLastBytes: async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        events.push(`before last bytes, ${server.received.length} received`);
      },
    });
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(events).toEqual([
      `lipsync_input ${sha(lipsyncBytes)}`,
      `consent_video ${sha(Buffer.from('consent clip bytes'))}`,
      'before last bytes, 0 received',
      'whole body received',
    ]);
  });

  it('refuses a file whose size changed since it was checked, before sending anything', async () => {
    const { server, client } = await setup((_req, res) => json(res, 201, { id: 'x', creator_name: 'J' }));
    const error = await caught(client.createFromFiles({ creator_name: 'J' }, { ...lipsync, size: lipsync.size + 1 }, undefined));
    expect(error.code).toBe('FILE_INVALID');
    expect(server.received).toHaveLength(0);
  });

  it('sends only the set fields as JSON for URL sources', async () => {
    const { server, client } = await setup((_req, res) => json(res, 201, { id: 'u1' }));
    const persona = await client.createFromUrls(
      { creator_name: 'Ana', keywords: 'brand', labels: [] },
      'https://cdn.example.com/ana.mp4',
      'https://cdn.example.com/ana-consent.mp4',
    );
    expect(persona).toMatchObject({ id: 'u1', creator_name: 'Ana' });
    const req = server.received[0];
    expect(req?.url).toBe('/api/personas/');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req?.body.toString() ?? '')).toEqual({
      creator_name: 'Ana',
      keywords: 'brand',
      lipsync_input: 'https://cdn.example.com/ana.mp4',
      consent_video: 'https://cdn.example.com/ana-consent.mp4',
    });
  });
});

describe('errors', () => {
  it.each([
    [{ creator_name: ['This field is required.'], gender: ['"x" is not a valid choice.'] }, 'creator_name: This field is required.; gender: "x" is not a valid choice.'],
    [{ detail: 'No Creator matches the given query.' }, 'No Creator matches the given query.'],
    [['AI model not found'], 'AI model not found'],
    [{ labels: { '0': ['Not a valid string.'] }, non_field_errors: ['Bad combination.'] }, 'labels.0: Not a valid string.; Bad combination.'],
    [{ items: [{}, { name: ['Too long.'] }] }, 'items[1].name: Too long.'],
  ])('formats the DRF body %j', (body, expected) => {
    expect(formatDrfErrors(body)).toBe(expected);
  });

  it('turns a 400 field map into a readable API_ERROR', async () => {
    const { client } = await setup((_req, res) =>
      json(res, 400, { creator_name: ['This field is required.'], gender: ['"x" is not a valid choice.'] }),
    );
    const error = await caught(client.createFromUrls({ creator_name: 'A' }, 'https://x.example/a.mp4', undefined));
    expect(error.code).toBe('API_ERROR');
    expect(error.status).toBe(400);
    expect(error.message).toBe('Creatify rejected the request (400): creator_name: This field is required.; gender: "x" is not a valid choice.');
  });

  it('recognises a quota answer', async () => {
    const { client } = await setup((_req, res) => json(res, 400, { detail: 'You have reached the maximum number of custom avatars.' }));
    const error = await caught(client.createFromUrls({ creator_name: 'A' }, 'https://x.example/a.mp4', undefined));
    expect(error.code).toBe('QUOTA_EXCEEDED');
  });

  it('does not retry a 401 and never shows the key, even when the server echoes it', async () => {
    const { server, client, clock } = await setup((req, res) =>
      json(res, 401, { detail: `Invalid key ${String(req.headers['x-api-key'])} for ${String(req.headers['x-api-id'])}` }),
    );
    const error = await caught(client.list());
    expect(error.code).toBe('AUTH_FAILED');
    expect(error.hint).toMatch(/api-id and api-key/);
    expect(server.received).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(`${error.message} ${error.hint ?? ''} ${String(error.cause)}`).not.toContain(API_KEY);
    expect(error.message).toContain('***');
  });

  it('shows no piece of the key when the echo of it straddles the point where the detail is cut', async () => {
    for (const padding of [380, 390, 395, 20_000]) {
      const { client } = await setup((req, res) => json(res, 401, { detail: `${'x'.repeat(padding)} bad key ${String(req.headers['x-api-key'])}` }));
      const error = await caught(client.list());
      const shown = `${error.message} ${String(error.cause)}`;
      for (let size = 4; size <= API_KEY.length; size += 1) expect(shown).not.toContain(API_KEY.slice(0, size));
    }
    // a plain-text body, cut by the transport's own limit
    const { client } = await setup((req, res) => {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`${'y'.repeat(190)} ${String(req.headers['x-api-key'])}`);
    });
    const error = await caught(client.list());
    expect(error.message).not.toContain(API_KEY.slice(0, 4));
  });

  it('shortens an HTML error page and retries 5xx until the budget is spent', async () => {
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`;
    const { server, client, clock, retries } = await setup(
      (_req, res) => {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(page);
      },
      { retry: { ...POLICY, attempts: 10, budgetMs: 5_000 } },
    );
    const error = await caught(client.list());
    expect(error.code).toBe('API_ERROR');
    expect(error.status).toBe(502);
    expect(error.message).toBe('Creatify failed with a server error (502): 502 Bad Gateway');
    // 1 s + 2 s waited; a 4 s wait would end after the 5 s budget.
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(server.received).toHaveLength(3);
    expect(retries[0]).toMatchObject({ operation: 'GET /api/personas_v2/', attempt: 1, delayMs: 1000, reason: 'HTTP 502' });
  });

  it('honours Retry-After on 429', async () => {
    let calls = 0;
    const { client, clock } = await setup((_req, res) => {
      calls += 1;
      if (calls === 1) json(res, 429, { detail: 'Request was throttled.' }, { 'retry-after': '7' });
      else json(res, 200, []);
    });
    expect(await client.list()).toEqual([]);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('rejects unreadable 2xx answers and oversized bodies', async () => {
    const { client } = await setup(
      (req, res) => {
        if (req.url?.endsWith('/count/')) json(res, 200, { max_count: 'many' });
        else if (req.url?.startsWith('/api/personas/')) json(res, 200, { creator_name: 'no id' });
        else json(res, 200, [{ id: 'x'.repeat(2000) }]);
      },
      { maxResponseBytes: 1024 },
    );
    expect((await caught(client.get('abc'))).code).toBe('API_RESPONSE_INVALID');
    expect((await caught(client.count())).code).toBe('API_RESPONSE_INVALID');
    const tooLarge = await caught(client.list());
    expect(tooLarge.code).toBe('API_RESPONSE_INVALID');
    expect(tooLarge.message).toMatch(/more than 1024 bytes/);
  });

  it('refuses a list or avatar missing a field the program relies on, naming it, without retrying', async () => {
    const { client, server } = await setup((req, res) => {
      if (req.url === '/api/personas/abc/') json(res, 200, { id: 'abc', creator_name: 'James', created_at: 'yesterday' });
      else json(res, 200, [{ id: 'a1', creator_name: 'James', created_at: AT }, { creator_name: 'Ana', created_at: AT }]);
    });
    const list = await caught(client.list());
    expect(list.code).toBe('API_RESPONSE_INVALID');
    expect(list.message).toMatch(/GET \/api\/personas_v2\/ .*\(\[1\]\.id: /);
    const one = await caught(client.get('abc'));
    expect(one.code).toBe('API_RESPONSE_INVALID');
    expect(one.message).toMatch(/\(created_at: not a date-time\)/);
    expect(server.received).toHaveLength(2);
  });

  it('times out a silent server with REQUEST_TIMEOUT', async () => {
    const { client } = await setup(() => undefined, { requestTimeoutMs: 200, retry: { ...POLICY, attempts: 1 } });
    const error = await caught(client.count());
    expect(error.code).toBe('REQUEST_TIMEOUT');
  });

  it('reports a refused connection as NETWORK_ERROR after retrying', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const clock = createFakeClock();
    const client = clientFor(url, { retry: { ...POLICY, attempts: 2 }, clock });
    const error = await caught(client.list());
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain('ECONNREFUSED');
    expect(clock.sleeps).toEqual([1000]);
  });

  it('ends with CANCELLED when the caller aborts', async () => {
    const { client } = await setup(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await caught(client.list({ signal: controller.signal }))).code).toBe('CANCELLED');
  });
});

describe('upload timeouts', () => {
  it('fails an upload that makes no progress', async () => {
    // This server never reads the body, so the upload stalls once the socket buffers are full.
    const url = await listen(createServer((raw) => raw.pause()));
    const client = clientFor(url, { uploadTimeoutMs: 300, requestTimeoutMs: 60_000 });
    const started = Date.now();
    const error = await caught(client.createFromFiles({ creator_name: 'Big' }, await bigVideo('big.mp4', 64 << 20), undefined));
    // stalled before its end, so known to have made nothing: a create may send it again at once
    expect(error.code).toBe('UPLOAD_INCOMPLETE');
    expect(error.message).toMatch(/no progress/);
    expect(error.cause).toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('lets a slowly read upload take longer in total than the idle timeout', async () => {
    // Reads about 4 MiB, then pauses 250 ms: six pauses, 1.5 s or more in all, never near the
    // 1 s idle limit without progress (the margin leaves room for a loaded machine).
    const url = await listen(
      createServer((raw, res) => {
        let inTick = 0;
        let total = 0;
        raw.on('data', (chunk: Buffer) => {
          inTick += chunk.length;
          total += chunk.length;
          if (inTick >= 4 << 20) {
            raw.pause();
            inTick = 0;
            setTimeout(() => raw.resume(), 250);
          }
        });
        raw.on('end', () => json(res, 201, { id: 'slow-read', creator_name: 'Slow', received: total }));
      }),
    );
    const client = clientFor(url, { uploadTimeoutMs: 1_000, requestTimeoutMs: 10_000 });
    const started = Date.now();
    const persona = await client.createFromFiles({ creator_name: 'Slow' }, await bigVideo('slow.mp4', 24 << 20), undefined);
    expect(persona.id).toBe('slow-read');
    expect(persona.received).toBeGreaterThan(24 << 20);
    expect(Date.now() - started).toBeGreaterThan(1_000);
  });

  it('lets an upload take longer than the idle timeout as long as it progresses', async () => {
    const { client } = await setup(
      (_req, res) => {
        setTimeout(() => json(res, 201, { id: 'slow', creator_name: 'James' }), 700);
      },
      { uploadTimeoutMs: 300, requestTimeoutMs: 5_000 },
    );
    expect((await client.createFromFiles({ creator_name: 'James' }, lipsync, undefined)).id).toBe('slow');
  });
});
