// `npm run bench`: each entry measures the built action (dist/index.js) against a
// reference run in the same process tree, and the table reports ratios, so a slow or busy
// machine shifts both sides alike. Usage:
//
//   tsx bench/run.ts [--quick] [--keep] [--dist=<dir>] [plan] [upload] [poll] [cold-start] [throughput] [sync-scale] [storm]
//
// With no entry named, all run. --quick uses smaller sizes and fewer runs; --keep leaves
// the generated data under .bench/work/; --dist measures another build than dist/. The
// table is printed and written to .bench/last.md.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import coldStart from './cold-start.js';
import type { Context } from './lib/entry.js';
import { markdownTable, seconds, type Row } from './lib/format.js';
import { describeMachine, machine } from './lib/machine.js';
import { hasGnuTime } from './lib/process.js';
import plan from './plan.js';
import poll from './poll.js';
import throughput from './throughput.js';
import storm from './storm.js';
import syncScale from './sync-scale.js';
import upload from './upload.js';

const ENTRIES = [plan, upload, poll, coldStart, throughput, syncScale, storm];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parse(argv: string[]) {
  const distArg = argv.find((a) => a.startsWith('--dist='));
  const flags = new Set(argv.filter((a) => a.startsWith('--') && a !== distArg));
  const names = argv.filter((a) => !a.startsWith('--'));
  for (const flag of flags) {
    if (!['--quick', '--keep', '--help'].includes(flag)) throw new Error(`unknown option ${flag}`);
  }
  const dist = distArg ? resolve(distArg.slice('--dist='.length)) : join(root, 'dist');
  const known = ENTRIES.map((e) => e.name);
  for (const name of names) {
    if (!known.includes(name)) throw new Error(`unknown entry "${name}"; entries: ${known.join(', ')}`);
  }
  return { dist, quick: flags.has('--quick'), keep: flags.has('--keep'), help: flags.has('--help'), names: names.length ? names : known };
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.help) {
    console.log(`usage: tsx bench/run.ts [--quick] [--keep] [--dist=<dir>] [${ENTRIES.map((e) => e.name).join('] [')}]`);
    return 0;
  }
  if (!existsSync(join(options.dist, 'index.js'))) throw new Error(`${join(options.dist, 'index.js')} is missing: run \`npm run build\` first (npm run bench does)`);
  const benchDir = join(root, '.bench');
  const work = join(benchDir, 'work');
  const tmp = join(work, 'tmp');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // a copy of the build, so a rebuild while the bench runs cannot change what it measures
  cpSync(options.dist, join(work, 'dist'), { recursive: true });
  const dist = join(work, 'dist', 'index.js');
  const info = machine();
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`[bench ${seconds(performance.now() - started)}] ${line}\n`);
  log(`${describeMachine(info)}; peak RSS via ${hasGnuTime() ? 'GNU time' : '/proc/<pid>/status VmHWM sampling'}`);
  const ctx: Context = { root, dist, work, tmp, quick: options.quick, keep: options.keep, log };
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const entry of ENTRIES.filter((e) => options.names.includes(e.name))) {
    try {
      rows.push(...(await entry.run(ctx)));
    } catch (error) {
      failures.push(entry.name);
      log(`${entry.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
      rows.push({ entry: entry.name, measured: 'error (see log)', reference: '', ratio: '', target: '', pass: false });
    }
  }
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const text = [
    `Benchmark of ${date}${options.quick ? ' (--quick)' : ''}, ${seconds(performance.now() - started)} in all`,
    '',
    `Machine: ${describeMachine(info)}`,
    '',
    markdownTable(rows),
    '',
  ].join('\n');
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, 'last.md'), text);
  process.stdout.write(`\n${text}`);
  return failures.length ? 1 : 0;
}

// Ctrl-C: exit through the 'exit' handlers, which stop the emulators
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
