// Failures below HTTP that no retry can change fail at once; an unknown host gets a short grace.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCreatifyClient, type CreatifyClientOptions } from '../src/creatify/client.js';
import { classifyCreateFailure } from '../src/creatify/create-once.js';
import type { RetryPolicy } from '../src/creatify/retry.js';
import { createFakeClock } from './helpers/fake-clock.js';
import { caught } from './helpers/caught.js';

const POLICY: RetryPolicy = { attempts: 20, baseMs: 1000, factor: 2, capMs: 30_000, jitter: 'none', budgetMs: 300_000 };

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function client(options: Partial<CreatifyClientOptions> & { baseUrl: string }) {
  return createCreatifyClient({ apiId: 'id-1', apiKey: 'key-secret-1', userAgent: 'ua', retry: POLICY, ...options });
}

describe('api-url that cannot work', () => {
  it.each(['https://api.creatify.ai:0', 'https://api.creatify.ai:99999', 'ftp://api.creatify.ai'])('%s is refused before any request', (url) => {
    expect(() => client({ baseUrl: url })).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});

describe.skipIf(!hasOpenssl())('a certificate that is not trusted', () => {
  let dir = '';
  let server: Server;
  let url = '';
  let connections = 0;
  let requests = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'creatify-tls-'));
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => {
      requests += 1;
      res.end('[]');
    });
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails the first try with INPUT_INVALID and a hint, for reads and creates alike', async () => {
    const clock = createFakeClock();
    const api = client({ baseUrl: url, clock });
    try {
      const error = await caught(api.count());
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toMatch(/TLS certificate of Creatify at https:\/\/127\.0\.0\.1:\d+ \(GET \/api\/personas_v2\/count\/\) was not accepted: .*DEPTH_ZERO_SELF_SIGNED_CERT/);
      expect(error.hint).toMatch(/api-url/);
      expect(clock.sleeps).toEqual([]);
      expect(connections).toBe(1);

      const create = await caught(api.createFromUrls({ creator_name: 'James' }, 'https://cdn.example.invalid/a.mp4', undefined));
      expect(create.code).toBe('INPUT_INVALID');
      expect(classifyCreateFailure(create)).toBe('final');
      expect(requests).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe('a host that does not resolve', () => {
  /** An Agent whose DNS answers ENOTFOUND for every name, counting the look-ups. */
  function unresolvable() {
    const lookups: string[] = [];
    const agent = new Agent({
      connect: {
        lookup: (hostname, _options, callback) => {
          lookups.push(hostname);
          callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 4);
        },
      },
    });
    return { agent, lookups };
  }

  it('is retried for about 15 s, then fails naming the host and api-url', async () => {
    const { agent, lookups } = unresolvable();
    const clock = createFakeClock();
    const api = client({ baseUrl: 'https://api.creatify.example', clock, dispatcher: agent });
    try {
      const error = await caught(api.list());
      expect(error.code).toBe('INPUT_INVALID');
      expect(error.message).toBe('The host api.creatify.example could not be resolved for 15 s (ENOTFOUND).');
      expect(error.hint).toMatch(/api-url \(now https:\/\/api\.creatify\.example\)/);
      expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000]);
      expect(lookups).toHaveLength(5);
    } finally {
      await agent.close();
    }
  });

  it('leaves a create within the grace "not processed", so it may be sent again', async () => {
    const { agent } = unresolvable();
    const api = client({ baseUrl: 'https://api.creatify.example', clock: createFakeClock(), dispatcher: agent });
    try {
      const error = await caught(api.createFromUrls({ creator_name: 'James' }, 'https://cdn.example.invalid/a.mp4', undefined));
      expect(error.code).toBe('NETWORK_ERROR');
      expect(error.message).toMatch(/ENOTFOUND/);
      expect(classifyCreateFailure(error)).toBe('not-processed');
    } finally {
      await agent.close();
    }
  });
});
