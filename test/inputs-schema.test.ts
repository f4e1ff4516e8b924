/**
 * One schema for the action's inputs and the command line's flags: action.yml and the
 * CLI's help say what it says, and both adapters read the same values through it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionConfig } from '../src/action/inputs.js';
import { inputVariable } from '../src/input-schema.js';
import { configFromFlags, parseFlags } from '../src/cli/args.js';
import { INPUTS } from '../src/input-schema.js';
import type { InputSpec } from '../src/input-schema.js';
import { BIN, ROOT } from './helpers/action.js';

const specs: [string, InputSpec<unknown>][] = Object.entries(INPUTS);
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; required: boolean; default?: string }> };

describe('action.yml', () => {
  it('declares the schema inputs, in its order, each with its default and description', () => {
    expect(Object.keys(action.inputs)).toEqual(specs.map(([name]) => name));
    for (const [name, spec] of specs) {
      expect(action.inputs[name], name).toEqual({ description: spec.description, required: false, ...(spec.default === undefined ? {} : { default: spec.default }) });
    }
  });

  it('is read through the schema alone: the action names no input the schema lacks', () => {
    const dir = join(ROOT, 'src', 'action');
    const sources = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
    for (const [, name] of sources.matchAll(/getInput\('([a-z-]+)'/g)) expect(Object.keys(INPUTS)).toContain(name);
  });
});

describe('the CLI help', () => {
  const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });

  it('lists every flag of the schema with its default, and the environment it reads', () => {
    for (const [name, spec] of specs) {
      if (spec.env) expect(help, name).toContain(spec.env);
      if (!spec.flag) continue;
      const line = help.split('\n').find((l) => l.startsWith(`  ${spec.flag} `));
      expect(line, `no help line for ${spec.flag}`).toBeDefined();
      if (spec.flag.includes(' ') && spec.default) expect(line).toContain(`[default: ${spec.default}]`);
    }
  });

  it('names flags the command line accepts, its own flags included', () => {
    const flags = [...help.matchAll(/ (--[a-z-]+)/g)].map((m) => m[1]!);
    // a switch, or a flag with its value, parses; an unknown flag throws
    for (const flag of flags) expect(() => parseFlags([flag, 'x']), flag).not.toThrow();
    for (const flag of ['--workspace', '--results', '--json', '--help', '--version', '--port', '--host', '--quota', '--approve-after', '--reject-pattern', '--latency']) expect(flags).toContain(flag);
  });
});

describe('both adapters', () => {
  const workspace = ROOT;

  it('read the same Config from the same values, defaults included', () => {
    const given = { manifest: 'examples/avatars.yml', 'wait-for-approval': 'true', timeout: '2h', 'poll-interval': '5s', 'on-timeout': 'warn', concurrency: '8', 'api-url': 'http://127.0.0.1:9/', 'request-timeout': '90', shard: '2/3' };
    const env = { GITHUB_WORKSPACE: workspace, 'INPUT_API-ID': 'id-1', 'INPUT_API-KEY': 'key-1', INPUT_MODE: 'sync', ...Object.fromEntries(Object.entries(given).map(([name, value]) => [inputVariable(name), value])) };
    const { results: _a, ...fromAction } = readActionConfig(env);
    const argv = ['--workspace', workspace, '--manifest', 'examples/avatars.yml', '--wait', '--timeout', '2h', '--poll-interval', '5s', '--on-timeout', 'warn', '--concurrency', '8', '--api-url', 'http://127.0.0.1:9/', '--request-timeout', '90', '--shard', '2/3'];
    const { results: _b, ...fromFlags } = configFromFlags('sync', parseFlags(argv).values, { CREATIFY_API_ID: 'id-1', CREATIFY_API_KEY: 'key-1' });
    expect(fromAction).toMatchObject(fromFlags);
    expect(fromFlags).toMatchObject({ lockfile: { display: 'examples/avatars.lock.json' }, api: { url: 'http://127.0.0.1:9', requestTimeoutMs: 90_000 }, shard: { index: 2, count: 3 } });

    const { results: _c, ...actionDefaults } = readActionConfig({ GITHUB_WORKSPACE: workspace, INPUT_MODE: 'sync' });
    const { results: _d, ...flagDefaults } = configFromFlags('sync', parseFlags(['--workspace', workspace]).values, {});
    expect(actionDefaults).toMatchObject(flagDefaults);
    expect(flagDefaults).toMatchObject({ manifest: { display: 'avatars.yml' }, wait: { enabled: false, timeoutMs: 1_800_000, pollIntervalMs: 30_000, onTimeout: 'fail' }, concurrency: 4, shard: undefined });
  });

  it('name the input or the flag in an error', () => {
    expect(() => readActionConfig({ GITHUB_WORKSPACE: workspace, INPUT_CONCURRENCY: '0' })).toThrow(/^concurrency: "0" is not valid; expected a whole number from 1 to 32$/);
    expect(() => configFromFlags('plan', parseFlags(['--concurrency', '0']).values, {})).toThrow(/^--concurrency: "0" is not valid/);
    expect(() => configFromFlags('plan', parseFlags([]).values, { CREATIFY_API_KEY: 'a b' })).toThrow(/^CREATIFY_API_KEY holds characters/);
    expect(() => readActionConfig({ GITHUB_WORKSPACE: workspace, 'INPUT_COMMIT-LOCKFILE': 'yes' })).toThrow(/commit-lockfile: "yes" is not valid; expected true or false/);
    expect(() => readActionConfig({ GITHUB_WORKSPACE: workspace, INPUT_LOCKFILE: 'avatars.yml' })).toThrow(/lockfile must not be the manifest itself/);
    expect(() => configFromFlags('plan', parseFlags(['--manifest', '../x.yml']).values, {})).toThrow(/--manifest \(\.\.\/x\.yml\) must be inside the workspace/);
  });

  it('keep an empty artifact-name empty and take an unset token as none', () => {
    const config = readActionConfig({ GITHUB_WORKSPACE: workspace, 'INPUT_ARTIFACT-NAME': '' });
    expect(config).toMatchObject({ artifactName: '', githubToken: undefined, requestedMode: 'auto', commitLockfile: false });
  });
});
