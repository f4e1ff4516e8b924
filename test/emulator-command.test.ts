import { describe, expect, it } from 'vitest';
import { parseFlags } from '../src/cli/args.js';
import { emulatorOptions } from '../src/cli/emulator-command.js';

const options = (...argv: string[]) => emulatorOptions(parseFlags(['emulator', ...argv]).values, {});

describe('creatify-avatars emulator flags', () => {
  it('sets the quota, the listing of avatars under review and the required fields', () => {
    expect(options('--quota', '3', '--list-pending', 'hide', '--require-fields', 'on')).toMatchObject({
      quota: 3,
      listPending: 'hide',
      requireFields: true,
    });
    expect(options('--require-fields', 'off')).toMatchObject({ requireFields: false });
    expect(options()).not.toHaveProperty('listPending');
  });

  it('refuses a value it does not know, naming the flag', () => {
    expect(() => options('--list-pending', 'maybe')).toThrow(/--list-pending/);
    expect(() => options('--require-fields', 'yes')).toThrow(/--require-fields/);
  });
});
