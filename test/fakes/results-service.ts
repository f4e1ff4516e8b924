/**
 * A fake of the Actions results service as @actions/artifact v6 speaks to it: Twirp JSON
 * (`CreateArtifact` answers a signed upload URL, `FinalizeArtifact` an id), and the Azure
 * Blob Storage block upload behind that URL (`PUT ?comp=block` per block, then
 * `PUT ?comp=blocklist` naming them). Names are unique per workflow run, as on GitHub.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, listen, parseJson } from './http.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const ACCOUNT = 'devstoreaccount1';

interface FakeArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  /** the bytes committed to blob storage: the zip */
  blob: Buffer | undefined;
  finalized: boolean;
  size: string | undefined;
  hash: string | undefined;
}

export interface FakeResultsService {
  url: string;
  /** a runtime token whose `scp` claim names this run and job, as the runner's does */
  token: string;
  artifacts: FakeArtifact[];
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const payload = { scp: `Actions.GenericRead:00000000 Actions.Results:${runBackendId}:${jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 };
  return `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.c2lnbmF0dXJl`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export async function startFakeResultsService(runBackendId = 'run-b7e1', jobBackendId = 'job-4c2d'): Promise<FakeResultsService> {
  const token = runtimeToken(runBackendId, jobBackendId);
  const artifacts: FakeArtifact[] = [];
  const requests: FakeResultsService['requests'] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  let nextId = 4200;
  let base = '';

  const handle = (req: IncomingMessage, res: ServerResponse, raw: Buffer): void => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}` });

    if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
      if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
      const body = parseJson(raw);
      const field = (name: string) => (typeof body === 'object' && body !== null ? text((body as Record<string, unknown>)[name]) : '');
      const method = url.pathname.slice(SERVICE.length);
      const name = field('name');
      if (field('workflow_run_backend_id') !== runBackendId || field('workflow_job_run_backend_id') !== jobBackendId) {
        return json(res, 400, { code: 'invalid_argument', msg: 'backend ids do not match the token' });
      }
      if (method === 'CreateArtifact') {
        if (artifacts.some((a) => a.name === name && a.runBackendId === runBackendId)) {
          return json(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        }
        const artifact: FakeArtifact = { id: nextId++, name, runBackendId, jobBackendId, blob: undefined, finalized: false, size: undefined, hash: undefined };
        artifacts.push(artifact);
        return json(res, 200, { ok: true, signed_upload_url: `${base}/${ACCOUNT}/actions-results/${artifact.id}/${encodeURIComponent(name)}.zip?sv=2023-11-03&sp=cw&sig=fake-signature` });
      }
      if (method === 'FinalizeArtifact') {
        const artifact = artifacts.find((a) => a.name === name && !a.finalized);
        if (!artifact?.blob) return json(res, 404, { code: 'not_found', msg: 'no uploaded artifact of that name' });
        artifact.finalized = true;
        artifact.size = field('size');
        artifact.hash = field('hash');
        return json(res, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
    }

    const blob = url.pathname.match(new RegExp(`^/${ACCOUNT}/actions-results/(\\d+)/`));
    if (blob && req.method === 'PUT') {
      if (url.searchParams.get('sig') !== 'fake-signature') return json(res, 403, { message: 'bad signature' });
      const artifact = artifacts.find((a) => a.id === Number(blob[1]));
      if (!artifact) return json(res, 404, {});
      const staged = blocks.get(url.pathname) ?? new Map<string, Buffer>();
      blocks.set(url.pathname, staged);
      const headers = { 'x-ms-request-id': `req-${requests.length}`, 'x-ms-version': '2023-11-03', date: new Date().toUTCString() };
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        staged.set(url.searchParams.get('blockid') ?? '', raw);
        res.writeHead(201, headers).end();
        return;
      }
      if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((x) => x[1]!);
        const parts = ids.map((id) => staged.get(id));
        if (parts.some((p) => p === undefined)) return json(res, 400, { message: 'InvalidBlockList' });
        artifact.blob = Buffer.concat(parts.filter((p): p is Buffer => p !== undefined));
        res.writeHead(201, { ...headers, etag: '"0x1"', 'last-modified': new Date().toUTCString() }).end();
        return;
      }
      if (comp === null) {
        // a single-shot Put Blob
        artifact.blob = raw;
        res.writeHead(201, { ...headers, etag: '"0x1"', 'last-modified': new Date().toUTCString() }).end();
        return;
      }
    }
    return json(res, 404, { message: `fake results service: no route ${req.method} ${url.pathname}` });
  };

  const server = await listen(handle);
  base = server.url;
  return { url: server.url, token, artifacts, requests, close: () => server.close() };
}
