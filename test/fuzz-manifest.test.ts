/**
 * Property-based tests of the manifest pipeline (YAML → schema → resolution → file checks),
 * in-process, over mutated manifests and random file trees. Whatever the input, loading
 * either accepts a sound set of avatars or rejects it with located problems; it never
 * throws anything else. Seeded: FUZZ_SEED=<n> reproduces or varies a run.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { makeMp4, lfsPointer } from '../scripts/mp4.js';
import { isAppError } from '../src/errors.js';
import { isInside } from '../src/files/workspace.js';
import { loadManifest } from '../src/manifest/load.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

const SEED = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || 20_261_130;
const YAML_RUNS = 2000;
const TREE_RUNS = 150;
console.log(`fuzz-manifest: seed ${SEED} (set FUZZ_SEED to change it)`);

afterAll(cleanupWorkspaces);

// ---------------------------------------------------------------- the invariant

const STACK = /\n\s+at .+:\d+:\d+/;

/** Loads `text` as the manifest of `workspace` and checks the outcome; returns 'ok' or 'rejected'. */
async function check(workspace: string, text: string | Buffer): Promise<'ok' | 'rejected'> {
  const path = join(workspace, 'avatars.yml');
  writeFileSync(path, text);
  const shown = Buffer.isBuffer(text) ? text.toString('utf8') : text;
  const lines = shown.split('\n').length;
  let loaded;
  try {
    loaded = await loadManifest({ workspace, path, displayPath: 'avatars.yml' });
  } catch (error) {
    if (!isAppError(error)) throw new Error(`not an AppError: ${String(error)}`, { cause: error });
    if (error.code === 'MANIFEST_NOT_FOUND') return 'rejected';
    expect(error.code).toBe('MANIFEST_INVALID');
    expect(error.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of error.problems) {
      expect(problem.message.trim(), JSON.stringify(problem)).not.toBe('');
      expect(problem.message).not.toMatch(STACK);
      expect(problem.location, JSON.stringify(problem)).toBeDefined();
      const location = problem.location!;
      expect(location.file).toBe('avatars.yml');
      expect(location.line, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
      expect(location.line, JSON.stringify(problem)).toBeLessThanOrEqual(lines + 1);
      expect(location.column, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
    }
    return 'rejected';
  }
  expect(loaded.avatars.length).toBeGreaterThanOrEqual(1);
  const keys = new Set<string>();
  for (const avatar of loaded.avatars) {
    expect(keys.has(avatar.key), `duplicate key ${avatar.key}`).toBe(false);
    keys.add(avatar.key);
    expect(avatar.key.length).toBeGreaterThan(0);
    for (const source of [avatar.lipsync, avatar.consent]) {
      if (source?.kind !== 'file') continue;
      expect(isInside(workspace, source.absolutePath), source.absolutePath).toBe(true);
      expect(source.size).toBeGreaterThan(0);
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  }
  return 'ok';
}

// ---------------------------------------------------------------- generators

const KEYS = ['version', 'defaults', 'avatars', 'key', 'creator_name', 'lipsync_input', 'consent_video', 'gender', 'video_scene', 'keywords', 'labels', 'webhook_url'];

const SOURCES = [
  'media/a.mp4', 'media/b.mp4', 'media/team/*.mp4', 'media/**/*.mp4', 'media/*', 'media/empty.mp4', 'media/text.mp4',
  'media/lfs.mp4', 'media/link-in.mp4', 'media/link-out.mp4', 'media/dangling.mp4', 'media/loop.mp4', 'media/out-dir/x.mp4',
  'media/team', 'media', '.', './media//a.mp4', 'media\\b.mp4', '../x.mp4', '/etc/passwd', 'C:\\x.mp4', 'https://cdn.example.com/a.mp4',
  'http://cdn.example.com/a.mp4', 'ftp://x', 'https://', 'media/[a.mp4', 'media/?.mp4', 'media/a.mp4\u0000', 'MEDIA/A.MP4', '',
];

const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(...SOURCES),
    fc.constantFrom('{stem}', '{name}-{index}', '{dir}', '{bogus}', '{{stem}}', '{', '}', 'm', 'f', 'nb', 'x', 'https://hooks.example.com/x', ''),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const bigString = fc.integer({ min: 256, max: 40_000 }).chain((n) => fc.constantFrom('x', 'é', '😀', '{stem}', ' ').map((c) => c.repeat(n)));

function nest(depth: number, leaf: unknown, asList: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asList ? [value] : { [`k${i % 7}`]: value };
  return value;
}
const deep = fc.tuple(fc.integer({ min: 20, max: 200 }), fc.boolean()).map(([d, list]) => nest(d, 'x', list));

const hostileValue = fc.oneof({ weight: 6, arbitrary: junk }, { weight: 1, arbitrary: bigString }, { weight: 1, arbitrary: deep });

const avatar = fc.record(
  {
    key: fc.constantFrom('ana', '{stem}', 'k-{index}', 'same', '{dir}/{name}'),
    creator_name: fc.constantFrom('James', '{stem}', 'Ana {index}', 'same', '{name}', 'Bo'),
    lipsync_input: fc.constantFrom('media/a.mp4', 'media/b.mp4', 'media/team/*.mp4', 'media/link-in.mp4'),
    consent_video: fc.constantFrom('media/a.mp4', 'media/b.mp4'),
    gender: fc.constantFrom('m', 'f', 'nb'),
    video_scene: fc.constantFrom('office', '{dir}'),
    keywords: fc.constant('brand, spring'),
    labels: fc.array(fc.constantFrom('marketing', '{stem}'), { maxLength: 2 }),
    webhook_url: fc.constant('https://hooks.example.com/creatify'),
  },
  { requiredKeys: ['creator_name', 'lipsync_input'] },
);
const baseManifest = fc.record(
  {
    version: fc.constant(1),
    defaults: fc.record({ gender: fc.constantFrom('m', 'f'), video_scene: fc.constant('office'), labels: fc.constant(['x']), keywords: fc.constant('k') }, { requiredKeys: [] }),
    avatars: fc.array(avatar, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['version', 'avatars'] },
);

type Tree = Record<string, unknown> | unknown[];
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null;

/** Every container in the value, with the keys (or indices) it holds. */
function containers(root: unknown): Tree[] {
  const out: Tree[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (!isTree(v) || seen.has(v)) return;
    seen.add(v);
    out.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(root);
  return out;
}

const treeMutation = fc.record({
  op: fc.constantFrom('set', 'rename', 'drop', 'share', 'add'),
  at: fc.nat(),
  slot: fc.nat(),
  name: fc.oneof(fc.constantFrom(...KEYS, 'gendr', 'Creator_Name', 'avatar', '<<'), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
  value: hostileValue,
});
type TreeMutation = typeof treeMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateTree(root: unknown, mutation: TreeMutation): void {
  const all = containers(root);
  const target = all[mutation.at % all.length];
  if (!target) return;
  const slots = Object.keys(target);
  const slot = slots.length > 0 ? slots[mutation.slot % slots.length]! : undefined;
  const record = target as Record<string, unknown>;
  switch (mutation.op) {
    case 'set':
      if (slot !== undefined) record[slot] = mutation.value;
      break;
    case 'add':
      if (Array.isArray(target)) target.push(mutation.value);
      else record[mutation.name] = mutation.value;
      break;
    case 'drop':
      if (slot === undefined) break;
      if (Array.isArray(target)) target.splice(Number(slot), 1);
      else delete record[slot];
      break;
    case 'rename':
      if (slot === undefined || Array.isArray(target)) break;
      record[mutation.name] = record[slot];
      if (mutation.name !== slot) delete record[slot];
      break;
    case 'share': {
      // the same object twice: the YAML gets an anchor and an alias
      const other = all[mutation.slot % all.length];
      if (slot !== undefined && other !== undefined && other !== root) record[slot] = other;
      break;
    }
  }
}

const textMutation = fc.record({
  op: fc.constantFrom('tab', 'bom', 'bytes', 'dup-line', 'drop-line', 'swap-lines', 'truncate', 'insert', 'crlf', 'anchor'),
  at: fc.nat(),
  other: fc.nat(),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  insert: fc.oneof(
    fc.constantFrom(': ', '- ', '\t', '"', "'", '[', '{', '&a ', '*a', '<<: *a', '!!binary ', '!foo ', '? ', '|', '>', '#', '%YAML 1.1\n---\n', '---\n', '...\n', '\n', ' ', '\u0085', '\u2028'),
    fc.string({ unit: 'grapheme', maxLength: 5 }),
  ),
});
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: Buffer, m: TextMutation): Buffer {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  const lines = text.toString('utf8').split('\n');
  const line = m.at % lines.length;
  const other = m.other % lines.length;
  switch (m.op) {
    case 'tab':
      return Buffer.concat([text.subarray(0, at), Buffer.from('\t'), text.subarray(at)]);
    case 'bom':
      return Buffer.concat([Buffer.from('\ufeff'), text]);
    case 'bytes':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.bytes), text.subarray(at)]);
    case 'insert':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.insert), text.subarray(at)]);
    case 'truncate':
      return text.subarray(0, at);
    case 'crlf':
      return Buffer.from(text.toString('utf8').replace(/\n/g, '\r\n'));
    case 'dup-line':
      lines.splice(line, 0, lines[line] ?? '');
      return Buffer.from(lines.join('\n'));
    case 'drop-line':
      lines.splice(line, 1);
      return Buffer.from(lines.join('\n'));
    case 'swap-lines': {
      const a = lines[line] ?? '';
      lines[line] = lines[other] ?? '';
      lines[other] = a;
      return Buffer.from(lines.join('\n'));
    }
    case 'anchor': {
      // put an anchor on one value and an alias in place of another
      const withAnchor = (lines[line] ?? '').replace(/: (?=\S)/, ': &a ');
      lines[line] = withAnchor;
      lines[other] = (lines[other] ?? '').replace(/: \S.*$/, ': *a');
      return Buffer.from(lines.join('\n'));
    }
  }
}

const mutatedManifest = fc
  .record({
    base: baseManifest,
    tree: fc.array(treeMutation, { maxLength: 4 }),
    text: fc.array(textMutation, { maxLength: 3 }),
    flow: fc.boolean(),
  })
  .map(({ base, tree, text, flow }) => {
    const root: unknown = base;
    for (const m of tree) mutateTree(root, m);
    let out: Buffer = Buffer.from(stringify(root, { collectionStyle: flow ? 'flow' : 'any', lineWidth: 0 }));
    for (const m of text) out = mutateText(out, m);
    return out;
  });

// ---------------------------------------------------------------- the properties

describe('the manifest pipeline never throws anything but a located MANIFEST_INVALID', () => {
  let workspace: string;
  beforeAll(() => {
    const outside = makeWorkspace({ 'x.mp4': makeMp4({ seed: 'out' }) });
    workspace = makeWorkspace({
      'media/a.mp4': makeMp4({ seed: 'a', payloadBytes: 512 }),
      'media/b.mp4': makeMp4({ seed: 'b', payloadBytes: 512, brand: 'qt  ' }),
      'media/team/ana.mp4': makeMp4({ seed: 'ana', payloadBytes: 512 }),
      'media/team/bo.mp4': makeMp4({ seed: 'bo', payloadBytes: 512 }),
      'media/empty.mp4': '',
      'media/text.mp4': 'not a video\n',
      'media/lfs.mp4': lfsPointer(123_456),
      'media/link-in.mp4': { symlink: 'a.mp4' },
      'media/link-out.mp4': { symlink: join(outside, 'x.mp4') },
      'media/out-dir': { symlink: outside },
      'media/dangling.mp4': { symlink: 'nowhere.mp4' },
      'media/loop.mp4': { symlink: 'loop.mp4' },
    });
  });

  it(`holds for ${YAML_RUNS} mutated manifests`, async () => {
    const outcomes = { ok: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(mutatedManifest, async (text) => {
        outcomes[await check(workspace, text)] += 1;
      }),
      { seed: SEED, numRuns: YAML_RUNS, endOnFailure: true },
    );
    console.log(`fuzz-manifest: ${YAML_RUNS} mutated manifests, ${outcomes.ok} accepted, ${outcomes.rejected} rejected`);
    expect(outcomes.ok + outcomes.rejected).toBe(YAML_RUNS);
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.rejected).toBeGreaterThan(0);
  }, 120_000);

  it('rejects an alias inside the node it refers to (found by this fuzzing), with its line', async () => {
    const text = 'version: 1\navatars: &list\n  - creator_name: A\n    lipsync_input: media/a.mp4\n    labels: *list\n';
    await expect(check(workspace, text)).resolves.toBe('rejected');
    await expect(loadManifest({ workspace, path: join(workspace, 'avatars.yml'), displayPath: 'avatars.yml' })).rejects.toMatchObject({
      code: 'MANIFEST_INVALID',
      problems: [{ message: 'invalid YAML: the alias *list is inside the node it refers to', location: { line: 5, column: 13 } }],
    });
    // an alias to an earlier, separate node still works
    const shared = 'version: 1\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n    labels: &l [x]\n  - creator_name: B\n    lipsync_input: media/b.mp4\n    labels: *l\ndefaults:\n  gender: f\n  video_scene: office\n';
    await expect(check(workspace, shared)).resolves.toBe('ok');
  });

  it('lets many avatars share one anchored value, and refuses an alias bomb with a hint', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `  - creator_name: P${i}\n    lipsync_input: media/a.mp4\n    video_scene: ${i === 0 ? '&scene office' : '*scene'}\n`);
    await expect(check(workspace, `version: 1\ndefaults:\n  gender: f\navatars:\n${many.join('')}`)).resolves.toBe('ok');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i += 1) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const bomb = `version: 1\n${levels.join('\n')}\navatars:\n  - creator_name: A\n    lipsync_input: media/a.mp4\n`;
    await expect(check(workspace, bomb)).resolves.toBe('rejected');
    await expect(loadManifest({ workspace, path: join(workspace, 'avatars.yml'), displayPath: 'avatars.yml' })).rejects.toMatchObject({
      problems: [{ message: expect.stringMatching(/aliases expand to more than 100000 nodes/), hint: expect.stringMatching(/defaults/) }],
    });
  });

  it('holds for raw random text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => Buffer.from(s)),
          fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
          fc.string({ unit: fc.constantFrom('a', ':', ' ', '-', '\n', '\t', '[', ']', '{', '}', '&', '*', '"', '#', '!', '|', '1'), maxLength: 120 }).map((s) =>
            Buffer.from(s),
          ),
        ),
        async (text) => {
          await check(workspace, text);
        },
      ),
      { seed: SEED, numRuns: 500, endOnFailure: true },
    );
  }, 60_000);
});

const fileContent = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('mp4' as const), seed: fc.nat(1000), payload: fc.integer({ min: 0, max: 2048 }), qt: fc.boolean() }) },
  fc.constant({ kind: 'empty' as const }),
  fc.string({ maxLength: 40 }).map((text) => ({ kind: 'text' as const, text })),
  fc.constant({ kind: 'lfs' as const }),
  fc.nat().map((pick) => ({ kind: 'link-in' as const, pick })),
  fc.constant({ kind: 'link-out' as const }),
  fc.constant({ kind: 'dir' as const }),
);
const fileName = fc.tuple(
  fc.array(fc.constantFrom('media', 'team', 'a b', 'é', 'x'), { maxLength: 3 }),
  fc.constantFrom('v.mp4', 'w.MP4', 'x.mov', 'y', 'z.mp4', '{stem}.mp4', '[1].mp4'),
).map(([dirs, name]) => [...dirs, name].join('/'));

const treeCase = fc.record({
  files: fc.array(fc.tuple(fileName, fileContent), { minLength: 1, maxLength: 8 }),
  avatars: fc.array(
    fc.record({
      pick: fc.nat(),
      glob: fc.constantFrom(null, '**/*.mp4', 'media/*', '*/*/*', '**/*'),
      name: fc.constantFrom('{stem}', '{name}', '{dir}-{index}', 'Same', '{stem} {index}', '{dir}/{name}'),
      consent: fc.option(fc.nat(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

describe('random file trees', () => {
  it(`hold for ${TREE_RUNS} trees`, async () => {
    const outside = makeWorkspace({ 'o.mp4': makeMp4({ seed: 'o' }) });
    const outcomes = { ok: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(treeCase, async ({ files, avatars }) => {
        const workspace = makeWorkspace();
        try {
          const names: string[] = [];
          for (const [name, content] of files) {
            const path = join(workspace, name);
            try {
              mkdirSync(dirname(path), { recursive: true });
              switch (content.kind) {
                case 'mp4':
                  writeFileSync(path, makeMp4({ seed: content.seed, payloadBytes: content.payload, brand: content.qt ? 'qt  ' : 'isom' }));
                  break;
                case 'empty':
                  writeFileSync(path, '');
                  break;
                case 'text':
                  writeFileSync(path, content.text);
                  break;
                case 'lfs':
                  writeFileSync(path, lfsPointer(999));
                  break;
                case 'link-in':
                  symlinkSync(join(workspace, names[content.pick % Math.max(1, names.length)] ?? 'missing.mp4'), path);
                  break;
                case 'link-out':
                  symlinkSync(join(outside, 'o.mp4'), path);
                  break;
                case 'dir':
                  mkdirSync(path, { recursive: true });
                  break;
              }
              names.push(name);
            } catch {
              // a name that is already a file or directory: the tree just has one less entry
            }
          }
          const entries = avatars.map((a) => {
            const entry: Record<string, unknown> = {
              creator_name: a.name,
              lipsync_input: a.glob ?? names[a.pick % Math.max(1, names.length)] ?? 'none.mp4',
            };
            if (a.consent !== undefined) entry.consent_video = names[a.consent % Math.max(1, names.length)] ?? 'none.mp4';
            return entry;
          });
          outcomes[await check(workspace, stringify({ version: 1, defaults: { gender: 'f', video_scene: 'office' }, avatars: entries }))] += 1;
        } finally {
          rmSync(workspace, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: TREE_RUNS, endOnFailure: true },
    );
    console.log(`fuzz-manifest: ${TREE_RUNS} file trees, ${outcomes.ok} accepted, ${outcomes.rejected} rejected`);
    expect(outcomes.ok).toBeGreaterThan(0);
  }, 120_000);
});
