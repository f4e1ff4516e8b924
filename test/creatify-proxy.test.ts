// Creatify requests honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY, through a real forward proxy on 127.0.0.1.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCreatifyClient, type CreatifyClient } from '../src/creatify/client.js';
import { classifyCreateFailure } from '../src/creatify/create-once.js';
import { proxyFor } from '../src/creatify/proxy.js';
import { createFakeClock } from './helpers/fake-clock.js';
import { caught } from './helpers/caught.js';

const VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const;
const saved = new Map(VARS.map((name) => [name, process.env[name]]));
const cleanups: Array<() => Promise<void> | void> = [];

beforeEach(() => {
  for (const name of VARS) delete process.env[name];
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function listen(server: Server): Promise<number> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return (server.address() as AddressInfo).port;
}

/** The Creatify stand-in: answers the count, remembering each request's path and API id. */
async function target(): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const port = await listen(
    createServer((req, res) => {
      seen.push(`${req.url ?? ''} ${String(req.headers['x-api-id'])}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"max_count":3,"current_count":1}');
    }),
  );
  return { url: `http://127.0.0.1:${port}`, seen };
}

/** A forward proxy: CONNECT tunnels and absolute-form requests; `refuse` answers CONNECT with that status. */
async function forwardProxy(refuse?: number): Promise<{ port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method ?? ''} ${req.url ?? ''} auth=${String(req.headers['proxy-authorization'])}`);
    const upstream = httpRequest(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, socket: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url ?? ''} auth=${String(req.headers['proxy-authorization'])}`);
    if (refuse) {
      socket.end(`HTTP/1.1 ${refuse} Refused\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    const [host = '', port = '80'] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return { port: await listen(server), seen };
}

function client(baseUrl: string): CreatifyClient {
  const api = createCreatifyClient({
    baseUrl,
    apiId: 'proxy-test-id',
    apiKey: 'proxy-test-key',
    userAgent: 'ua',
    clock: createFakeClock(),
    retry: { attempts: 1, baseMs: 0, factor: 1, capMs: 0, jitter: 'none', budgetMs: 0 },
  });
  cleanups.push(() => api.close());
  return api;
}

describe('proxy variables', () => {
  it('sends the requests through HTTP_PROXY, with its credentials', async () => {
    const creatify = await target();
    const proxy = await forwardProxy();
    process.env.HTTP_PROXY = `http://user:s3cret@127.0.0.1:${proxy.port}`;
    expect(await client(creatify.url).count()).toEqual({ max_count: 3, current_count: 1 });
    const basic = Buffer.from('user:s3cret').toString('base64');
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0]).toMatch(new RegExp(`^(CONNECT 127\\.0\\.0\\.1:\\d+|GET ${creatify.url}/api/personas_v2/count/) auth=Basic ${basic}$`));
    expect(creatify.seen).toEqual(['/api/personas_v2/count/ proxy-test-id']);
  });

  it('goes direct to a host in NO_PROXY', async () => {
    const creatify = await target();
    const proxy = await forwardProxy();
    process.env.http_proxy = `http://127.0.0.1:${proxy.port}`;
    process.env.no_proxy = 'example.com, 127.0.0.1';
    expect(await client(creatify.url).count()).toEqual({ max_count: 3, current_count: 1 });
    expect(proxy.seen).toEqual([]);
    expect(creatify.seen).toHaveLength(1);
  });

  it('names a proxy that refuses connections, without its credentials; a create is "not processed"', async () => {
    const closed = await forwardProxy();
    await cleanups.pop()?.();
    process.env.HTTP_PROXY = `http://user:s3cret@127.0.0.1:${closed.port}`;
    const api = client('http://127.0.0.1:9');
    const error = await caught(api.count());
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain(`through the proxy http://127.0.0.1:${closed.port}`);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(`${error.message} ${error.hint ?? ''}`).not.toMatch(/s3cret|user:/);
    expect(error.hint).toMatch(/HTTPS_PROXY or HTTP_PROXY/);
    const create = await caught(api.createFromUrls({ creator_name: 'James' }, 'https://cdn.example.invalid/a.mp4', undefined));
    expect(classifyCreateFailure(create)).toBe('not-processed');
  });

  it('fails at once when the proxy answers 407', async () => {
    const creatify = await target();
    const proxy = await forwardProxy(407);
    process.env.HTTP_PROXY = `http://127.0.0.1:${proxy.port}`;
    const error = await caught(client(creatify.url).count());
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toBe(`The proxy http://127.0.0.1:${proxy.port} refused to connect to Creatify at ${creatify.url} (HTTP 407).`);
    expect(creatify.seen).toEqual([]);
  });

  it.each([
    ['https falls back to the http proxy', 'https://api.creatify.ai', { HTTP_PROXY: 'http://p:3128' }, 'http://p:3128'],
    ['lower case wins', 'https://api.creatify.ai', { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' }, 'http://low:1'],
    ['a NO_PROXY parent domain', 'https://api.creatify.ai', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '.creatify.ai' }, undefined],
    ['a NO_PROXY entry on another port', 'https://api.creatify.ai', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'api.creatify.ai:8443' }, 'http://p:1'],
    ['NO_PROXY *', 'http://x.example', { HTTP_PROXY: 'http://p:1', NO_PROXY: '*' }, undefined],
  ])('proxyFor: %s', (_name, origin, env, shown) => {
    expect(proxyFor(origin, env)?.shown).toBe(shown);
  });
});
