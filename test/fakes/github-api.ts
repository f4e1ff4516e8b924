/**
 * A fake of the parts of GitHub's REST API the action uses, as a real HTTP server that
 * records every call: commit statuses, check runs, issue comments (paginated with Link
 * headers), and the contents API over a tiny model of commits and branches. It refuses
 * what GitHub refuses (over 50 annotations, over-long texts, a stale blob sha).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, listen, parseJson } from './http.js';

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | undefined;
  authorization: string | undefined;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  /** how many matching calls get the fault; default 1 */
  times?: number;
  /** response headers, e.g. retry-after of a rate limit */
  headers?: Record<string, string>;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string };
  annotations: Record<string, unknown>[];
  /** the status after each request: created, then each update */
  history: string[];
}

interface Comment {
  id: number;
  body: string;
}

interface LockCommit {
  sha: string;
  branch: string;
  path: string;
  message: string;
  content: Buffer;
}

export interface FakeGitHub {
  url: string;
  calls: Call[];
  statuses: { sha: string; state: string; context: string; description: string; target_url?: string }[];
  checkRuns: CheckRun[];
  comments: Map<number, Comment[]>;
  commits: LockCommit[];
  /** add a commit holding these files, optionally moving a branch to it; returns its sha */
  commit(files: Record<string, string | Buffer>, branch?: string, parent?: string): string;
  branchHead(branch: string): string | undefined;
  fileAt(ref: string, path: string): Buffer | undefined;
  addComments(issue: number, bodies: string[]): void;
  fault(fault: Fault): void;
  close(): Promise<void>;
}

export const OWNER = 'octo';
export const REPO = 'avatars-repo';

const PER_PAGE_DEFAULT = 30;

function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function newSha(): string {
  return randomBytes(20).toString('hex');
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const calls: Call[] = [];
  const statuses: FakeGitHub['statuses'] = [];
  const checkRuns: CheckRun[] = [];
  const comments = new Map<number, Comment[]>();
  const commits: LockCommit[] = [];
  const trees = new Map<string, Map<string, Buffer>>();
  const branches = new Map<string, string>();
  /** each commit's parent, for compare */
  const parents = new Map<string, string>();
  const faults: (Fault & { left: number })[] = [];
  let nextId = 1000;
  let base = '';

  const tree = (ref: string): Map<string, Buffer> | undefined => trees.get(branches.get(ref) ?? ref);

  const handle = (req: IncomingMessage, res: ServerResponse, raw: Buffer): void => {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const parsed = parseJson(raw);
    const body = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    calls.push({ method, path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization });
    if (!req.headers.authorization) return json(res, 401, { message: 'Requires authentication' });

    const fault = faults.find((f) => f.left > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.left -= 1;
      return json(res, fault.status, { message: fault.message, documentation_url: 'https://docs.github.com/rest' }, fault.headers);
    }

    const repoPrefix = `/repos/${OWNER}/${REPO}`;
    if (!url.pathname.startsWith(`${repoPrefix}/`)) return json(res, 404, { message: 'Not Found' });
    const path = url.pathname.slice(repoPrefix.length);
    let m: RegExpMatchArray | null;

    if (method === 'POST' && (m = path.match(/^\/statuses\/([0-9a-f]{7,40})$/))) {
      const description = String(body?.description ?? '');
      if (description.length > 140) return json(res, 422, { message: 'Validation Failed: description is too long (maximum is 140 characters)' });
      const status = { sha: m[1]!, state: String(body?.state), context: String(body?.context ?? 'default'), description, ...(typeof body?.target_url === 'string' ? { target_url: body.target_url } : {}) };
      statuses.push(status);
      return json(res, 201, { id: nextId++, ...status });
    }

    if (method === 'POST' && path === '/check-runs') {
      const run: CheckRun = { id: nextId++, name: String(body?.name), head_sha: String(body?.head_sha), status: String(body?.status ?? 'queued'), conclusion: null, output: {}, annotations: [], history: [] };
      run.history.push(run.status);
      checkRuns.push(run);
      return json(res, 201, { id: run.id, name: run.name, head_sha: run.head_sha, status: run.status });
    }
    if (method === 'PATCH' && (m = path.match(/^\/check-runs\/(\d+)$/))) {
      const run = checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return json(res, 404, { message: 'Not Found' });
      const output = body?.output as { title?: string; summary?: string; annotations?: Record<string, unknown>[] } | undefined;
      if (output) {
        if (!output.title || !output.summary) return json(res, 422, { message: 'Invalid request: output needs title and summary' });
        if (Buffer.byteLength(output.summary) > 65_535) return json(res, 422, { message: 'Invalid request: summary is too long' });
        if ((output.annotations?.length ?? 0) > 50) return json(res, 422, { message: 'Invalid request: at most 50 annotations per request' });
        run.output = { title: output.title, summary: output.summary };
        run.annotations.push(...(output.annotations ?? []));
      }
      if (typeof body?.status === 'string') run.status = body.status;
      if (typeof body?.conclusion === 'string') {
        run.conclusion = body.conclusion;
        run.status = 'completed';
      }
      run.history.push(run.status);
      return json(res, 200, { id: run.id, status: run.status, conclusion: run.conclusion });
    }

    if ((m = path.match(/^\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      const list = comments.get(issue) ?? [];
      comments.set(issue, list);
      if (method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? PER_PAGE_DEFAULT));
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const link = (p: number, rel: string) => `<${base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
        return json(res, 200, slice.map((c) => ({ id: c.id, body: c.body, user: { login: 'github-actions[bot]' } })), links.length ? { link: links.join(', ') } : {});
      }
      if (method === 'POST') {
        const text = String(body?.body ?? '');
        if (text.length > 65_536) return json(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
        const comment = { id: nextId++, body: text };
        list.push(comment);
        return json(res, 201, comment);
      }
    }
    if (method === 'PATCH' && (m = path.match(/^\/issues\/comments\/(\d+)$/))) {
      const comment = [...comments.values()].flat().find((c) => c.id === Number(m![1]));
      if (!comment) return json(res, 404, { message: 'Not Found' });
      const text = String(body?.body ?? '');
      if (text.length > 65_536) return json(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      comment.body = text;
      return json(res, 200, comment);
    }

    if (method === 'GET' && (m = path.match(/^\/git\/blobs\/([0-9a-f]{40})$/))) {
      for (const files of trees.values()) {
        for (const content of files.values()) {
          if (blobSha(content) === m[1]) return json(res, 200, { sha: m[1], size: content.length, encoding: 'base64', content: content.toString('base64') });
        }
      }
      return json(res, 404, { message: 'Not Found' });
    }
    if (method === 'GET' && (m = path.match(/^\/compare\/(.+)\.\.\.(.+)$/))) {
      const [baseRef, headRef] = [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)];
      const baseSha = branches.get(baseRef) ?? baseRef;
      const headSha = branches.get(headRef) ?? headRef;
      const ancestors = (sha: string): string[] => {
        const line: string[] = [];
        for (let at: string | undefined = sha; at !== undefined; at = parents.get(at)) line.push(at);
        return line;
      };
      const status = baseSha === headSha ? 'identical' : ancestors(headSha).includes(baseSha) ? 'ahead' : ancestors(baseSha).includes(headSha) ? 'behind' : 'diverged';
      const before = trees.get(baseSha) ?? new Map<string, Buffer>();
      const after = trees.get(headSha) ?? new Map<string, Buffer>();
      const names = [...new Set([...before.keys(), ...after.keys()])].filter((name) => !before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) || !after.has(name));
      return json(res, 200, { status, files: names.sort().map((filename) => ({ filename, status: after.has(filename) ? (before.has(filename) ? 'modified' : 'added') : 'removed' })) });
    }

    if ((m = path.match(/^\/contents\/(.+)$/))) {
      const file = decodeURIComponent(m[1]!);
      if (method === 'GET') {
        const ref = url.searchParams.get('ref') ?? 'main';
        const content = tree(ref)?.get(file);
        if (!content) return json(res, 404, { message: 'Not Found' });
        return json(res, 200, { type: 'file', path: file, name: file.split('/').at(-1), sha: blobSha(content), size: content.length, encoding: 'base64', content: content.toString('base64') });
      }
      if (method === 'PUT') {
        const branch = String(body?.branch ?? 'main');
        const head = branches.get(branch);
        if (!head) return json(res, 404, { message: `Branch ${branch} not found` });
        const current = trees.get(head)!.get(file);
        const given = typeof body?.sha === 'string' ? body.sha : undefined;
        if (current && given === undefined) return json(res, 422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
        if ((current ? blobSha(current) : undefined) !== given) return json(res, 409, { message: `${file} does not match ${given ?? 'nothing'}` });
        const content = Buffer.from(String(body?.content ?? ''), 'base64');
        const sha = api.commit({ [file]: content }, branch, head);
        commits.push({ sha, branch, path: file, message: String(body?.message ?? ''), content });
        return json(res, current ? 200 : 201, { content: { path: file, sha: blobSha(content) }, commit: { sha, message: body?.message } });
      }
    }
    return json(res, 404, { message: `Not Found (fake: ${method} ${url.pathname})` });
  };

  const server = await listen(handle);
  base = server.url;
  const api: FakeGitHub = {
    url: server.url,
    calls,
    statuses,
    checkRuns,
    comments,
    commits,
    commit(files, branch, parent) {
      const sha = newSha();
      const parentSha = parent ?? (branch ? branches.get(branch) : undefined);
      if (parentSha) parents.set(sha, parentSha);
      const from = parent ? trees.get(parent) : branch ? tree(branch) : undefined;
      const next = new Map(from ?? []);
      for (const [name, content] of Object.entries(files)) next.set(name, Buffer.isBuffer(content) ? content : Buffer.from(content));
      trees.set(sha, next);
      if (branch) branches.set(branch, sha);
      return sha;
    },
    branchHead: (branch) => branches.get(branch),
    fileAt: (ref, path) => tree(ref)?.get(path),
    addComments(issue, bodies) {
      const list = comments.get(issue) ?? [];
      for (const text of bodies) list.push({ id: nextId++, body: text });
      comments.set(issue, list);
    },
    fault(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    close: () => server.close(),
  };
  return api;
}
