/**
 * The public contract stays in sync with its sources: the JSON Schema with the schema
 * the code validates with, the version with package.json, and action.yml with the
 * README's tables (action.yml against the input schema: inputs-schema.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestJsonSchema } from '../src/manifest/schema.js';
import { VERSION } from '../src/version.js';
import { DIST, ROOT } from './helpers/action.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('contract', () => {
  it('the committed JSON Schema is what the schema generates', () => {
    expect(JSON.parse(read('schema/avatars.schema.json'))).toEqual(manifestJsonSchema());
    const fromBundle = execFileSync(process.execPath, [DIST, 'schema'], { encoding: 'utf8' });
    expect(JSON.parse(fromBundle)).toEqual(manifestJsonSchema());
  });

  it('the JSON Schema accepts the example manifest and rejects an unknown key', () => {
    const schema = manifestJsonSchema() as { properties: { avatars: { items: { additionalProperties: boolean } } }; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'avatars']));
    expect(schema.properties.avatars.items.additionalProperties).toBe(false);
  });

  it('the version matches package.json and the CLI prints it', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
    expect(execFileSync(process.execPath, [DIST, '--version'], { encoding: 'utf8' }).trim()).toBe(VERSION);
  });

  const action = parse(read('action.yml')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('action.yml runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('every input and output of action.yml is in the README tables, with its default', () => {
    const readme = read('README.md');
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `README has no row for input ${name}`).toBeDefined();
      if (input.default) expect(row).toContain(`\`${input.default}\``);
    }
    for (const name of Object.keys(action.outputs)) {
      expect(readme.split('\n').some((line) => line.startsWith(`| \`${name}\` |`)), `README has no row for output ${name}`).toBe(true);
    }
  });
});
