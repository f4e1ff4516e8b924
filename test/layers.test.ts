// The layer rules in .dependency-cruiser.js, proven to bite: a tiny tree with one import of
// each forbidden kind (an upward import, a cycle, the emulator reaching into the product, the
// action importing the CLI) must fail with exactly those violations, and the same tree
// without them must pass.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// path → the relative imports it makes (each file also exports a constant, so it is a module)
type Tree = Record<string, string[]>;

const allowed: Tree = {
  'src/index.ts': ['./action/run.js', './cli/main.js'],
  'src/action/run.ts': ['../github/publish.js', '../engine/run.js'],
  'src/cli/main.ts': ['../emulator/server.js', '../report/summary.js'],
  'src/github/publish.ts': ['../engine/run.js', '../report/summary.js'],
  'src/report/summary.ts': ['../engine/run.js'],
  'src/engine/run.ts': ['../approval/poll.js', '../plan/plan.js', '../creatify/client.js'],
  'src/approval/poll.ts': ['../creatify/client.js'],
  'src/plan/plan.ts': ['../manifest/load.js', '../lock/lockfile.js'],
  'src/creatify/client.ts': ['../manifest/load.js', '../errors.js'],
  'src/manifest/load.ts': ['../lock/lockfile.js', '../files/hash.js'],
  'src/lock/lockfile.ts': ['../files/hash.js'],
  'src/files/hash.ts': ['../util/limit.js', '../model.js'],
  'src/util/limit.ts': ['../errors.js'],
  'src/errors.ts': [],
  'src/model.ts': ['./errors.js', './util/format.js'],
  'src/util/format.ts': [],
  'src/emulator/server.ts': ['./routes.js', '../util/format.js'],
  'src/emulator/routes.ts': [],
  // leaves: a forbidden import below points at one of these, so it adds no cycle of its own
  'src/engine/leaf.ts': [],
  'src/creatify/types.ts': [],
  'src/plan/digest.ts': [],
  'src/github/names.ts': [],
  'src/cli/args.ts': [],
  'src/emulator/stock.ts': [],
};

const forbidden: Tree = {
  'src/util/limit.ts': ['../errors.js', '../engine/leaf.js'],
  'src/emulator/routes.ts': ['./server.js', '../errors.js'],
  'src/action/run.ts': ['../github/publish.js', '../engine/run.js', '../cli/args.js', '../emulator/stock.js'],
  'src/report/summary.ts': ['../engine/run.js', '../github/names.js'],
  'src/manifest/load.ts': ['../lock/lockfile.js', '../files/hash.js', '../creatify/types.js'],
  'src/model.ts': ['./errors.js', './util/format.js', './plan/digest.js'],
};

function writeTree(tree: Tree): string {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  made.push(dir);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
  for (const [path, imports] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const name = path.replace(/\W/g, '_');
    const lines = imports.map((to, i) => `import { value as v${i} } from '${to}';`);
    lines.push(`export const value = [${imports.map((_, i) => `v${i}`).join(', ')}].length + ${JSON.stringify(name)}.length;`);
    writeFileSync(join(dir, path), `${lines.join('\n')}\n`);
  }
  return dir;
}

async function violations(tree: Tree): Promise<string[]> {
  const dir = writeTree(tree);
  const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.js'));
  const previous = process.cwd();
  // the config names tsconfig.json relative to where it runs, as the CLI does
  process.chdir(dir);
  try {
    const result = await cruise(['src'], { ...options, baseDir: dir, validate: true });
    if (typeof result.output === 'string') throw new Error(result.output);
    return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.cycle ? v.cycle.map((c) => c.name).join(' -> ') : v.to}`).sort();
  } finally {
    process.chdir(previous);
  }
}

describe('layer rules (.dependency-cruiser.js)', () => {
  it('pass a tree whose imports all run downward', async () => {
    expect(await violations(allowed)).toEqual([]);
  });

  it('fail each upward import, cycle and forbidden reach', async () => {
    expect(await violations({ ...allowed, ...forbidden })).toEqual(
      [
        'action-not-cli: src/action/run.ts -> src/cli/args.ts',
        'emulator-only-from-cli: src/action/run.ts -> src/emulator/stock.ts',
        'emulator-self-contained: src/emulator/routes.ts -> src/errors.ts',
        'github-only-from-action: src/report/summary.ts -> src/github/names.ts',
        'layer-kernel: src/model.ts -> src/plan/digest.ts',
        'layer-manifest: src/manifest/load.ts -> src/creatify/types.ts',
        'layer-report: src/report/summary.ts -> src/github/names.ts',
        'layer-util: src/util/limit.ts -> src/engine/leaf.ts',
        'no-cycles: src/emulator/routes.ts -> src/emulator/server.ts -> src/emulator/routes.ts',
      ].sort(),
    );
  });
});
