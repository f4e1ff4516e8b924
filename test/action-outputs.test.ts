/** The step's outputs come from one list: action.yml declares it, and the action sets no other. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUTS } from '../src/action/outputs.js';
import { ROOT } from './helpers/action.js';

describe('the action outputs', () => {
  it('action.yml declares the outputs of the list, in its order', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS]);
  });

  it('are set through the list alone', () => {
    const dir = join(ROOT, 'src');
    const direct = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && file !== join('action', 'outputs.ts'))
      .filter((file) => /\bcore\.setOutput\(/.test(readFileSync(join(dir, file), 'utf8')));
    expect(direct).toEqual([]);
  });
});
