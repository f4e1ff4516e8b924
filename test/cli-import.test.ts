/** `creatify-avatars import`: adopting avatars that exist on Creatify, and clearing a create that never happened. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import type { Lockfile } from '../src/lock/schema.js';
import { cli, manifestWorkspace } from './helpers/cli.js';
import { API_ID, API_KEY, emulator } from './helpers/emulator.js';
import { cleanupWorkspaces } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const CREDENTIALS = { CREATIFY_API_ID: API_ID, CREATIFY_API_KEY: API_KEY };
const STOCK_ID = '0b6f2d4e-9a51-4c3e-8f27-5d1a9c0e7b31';

/** An avatar made on the account outside the product, as by hand in the Creatify app. */
async function seed(creatorName: string, fields: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${emu.url}/api/personas/`, {
    method: 'POST',
    headers: { 'x-api-id': API_ID, 'x-api-key': API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ creator_name: creatorName, gender: 'f', video_scene: 'office', lipsync_input: 'https://cdn.example.com/hand-made.mp4', ...fields }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

function importCli(args: string[], dir: string) {
  return cli(['import', ...args, '--api-url', emu.url], dir, CREDENTIALS);
}

function readLock(dir: string): Lockfile {
  return JSON.parse(readFileSync(join(dir, 'avatars.lock.json'), 'utf8')) as Lockfile;
}

/** A lockfile whose create of `key` was sent and its answer lost: the mark an unconfirmed avatar leaves. */
function writeMark(dir: string, key: string, avatars: Lockfile['avatars'] = {}): void {
  const at = new Date(Date.now() - 60_000).toISOString();
  const mark = { creator_name: key, fields_digest: 'sha256:0', sha256: null, started_at: at, upload: true, sent_at: at, size: 2048 };
  writeFileSync(join(dir, 'avatars.lock.json'), `${JSON.stringify({ version: 1, avatars, in_flight: { [key]: mark } }, null, 2)}\n`);
}

const creates = () => emu.state().creates.length;

describe('import <key> <id>', () => {
  it('adopts an avatar made by hand, uploads nothing, and the next sync creates nothing for it', async () => {
    const dir = manifestWorkspace(2);
    const id = await seed('person-1');
    const run = await importCli(['person-1', id, '--json'], dir);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { command: string; imported: { key: string; id: string; status: string; differences: string[] }[]; lockfile_changed: boolean };
    expect(doc).toMatchObject({ command: 'import', lockfile_changed: true, imported: [{ key: 'person-1', id, status: 'pending', differences: [] }] });
    expect(creates()).toBe(1);
    const entry = readLock(dir).avatars['person-1'];
    expect(entry).toMatchObject({ id, creator_name: 'person-1', source: 'media/p1.mp4', size: expect.any(Number) as number });
    expect(entry?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const plan = await cli(['plan', '--json'], dir);
    const planned = JSON.parse(plan.stdout) as { avatars: { key: string; action: string }[] };
    expect(planned.avatars.map((a) => [a.key, a.action])).toEqual([['person-1', 'unchanged'], ['person-2', 'create']]);
    const sync = await cli(['sync', '--api-url', emu.url], dir, CREDENTIALS);
    expect(sync.code, sync.stderr).toBe(0);
    expect(emu.state().creates.map((c) => c.fields.creator_name)).toEqual(['person-1', 'person-2']);
    expect(readLock(dir).avatars['person-1']?.id).toBe(id);
  });

  it('settles an unconfirmed create, hidden from a list that omits avatars under review: the entry and the cleared mark in one write', async () => {
    const dir = manifestWorkspace(1);
    writeMark(dir, 'person-1');
    const id = await seed('person-1');
    emu.configure({ listPending: 'hide' });
    const run = await importCli(['person-1', id], dir).finally(() => emu.configure({ listPending: 'show' }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`imported person-1: ${id} (pending), its in-flight mark cleared`);
    const lock = readLock(dir);
    expect(lock.in_flight).toBeUndefined();
    expect(lock.avatars['person-1']?.id).toBe(id);
    const sync = await cli(['sync', '--api-url', emu.url], dir, CREDENTIALS);
    expect(sync.code, sync.stderr).toBe(0);
    expect(creates()).toBe(1);
  });

  it("settles an unconfirmed replace without --replace: the key's old id is superseded", async () => {
    const dir = manifestWorkspace(1);
    const old = await seed('person-1');
    expect((await importCli(['person-1', old], dir)).code).toBe(0);
    writeMark(dir, 'person-1', readLock(dir).avatars);
    const id = await seed('person-1');
    const run = await importCli(['person-1', id], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`imported person-1: ${id} (pending), superseding ${old}, its in-flight mark cleared`);
    expect(readLock(dir)).toMatchObject({ avatars: { 'person-1': { id, superseded: [{ id: old }] } } });
    expect(readLock(dir).in_flight).toBeUndefined();
  });

  it('records the fields as Creatify holds them: a difference is shown, and the next sync replaces it', async () => {
    const dir = manifestWorkspace(1);
    const id = await seed('person-1', { gender: 'm' });
    const run = await importCli(['person-1', id], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('warning: person-1: Creatify\'s avatar differs from the manifest (gender is "m" on Creatify, "f" in the manifest); the next sync replaces it');
    const plan = JSON.parse((await cli(['plan', '--json'], dir)).stdout) as { avatars: { action: string; reasons: string[] }[] };
    expect(plan.avatars[0]).toMatchObject({ action: 'replace', reasons: ['fields changed'] });
  });

  it('refuses an unknown key with a did-you-mean, exit 2, before asking Creatify', async () => {
    const dir = manifestWorkspace(2);
    const run = await importCli(['person-l', '5b1f3e0a-2c4d-4e6f-8a9b-0c1d2e3f4a5b'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: "person-l" is not a key of avatars.yml (did you mean "person-1"?)');
    expect(emu.state().requests.total).toBe(0);
  });

  it('refuses an id Creatify does not know, and a stock avatar, exit 2 with --json error documents', async () => {
    const dir = manifestWorkspace(1);
    const unknown = await importCli(['person-1', '5b1f3e0a-2c4d-4e6f-8a9b-0c1d2e3f4a5b', '--json'], dir);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ error: { code: 'IMPORT_REFUSED', message: 'Creatify has no avatar 5b1f3e0a-2c4d-4e6f-8a9b-0c1d2e3f4a5b on this account' } });
    const stock = await importCli(['person-1', STOCK_ID], dir);
    expect(stock.code).toBe(2);
    expect(stock.stderr).toContain(`error: ${STOCK_ID} ("Harper") is a stock avatar of Creatify's catalogue, not one of this account's (only custom avatars can be imported)`);
    expect(existsSync(join(dir, 'avatars.lock.json'))).toBe(false);
  });

  it('refuses an id another key holds', async () => {
    const dir = manifestWorkspace(2);
    const id = await seed('person-1');
    expect((await importCli(['person-1', id], dir)).code).toBe(0);
    const run = await importCli(['person-2', id, '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${id} is already in avatars.lock.json under "person-1"`);
  });

  it('refuses an avatar of another creator_name unless --force', async () => {
    const dir = manifestWorkspace(1);
    const id = await seed('Somebody Else');
    const run = await importCli(['person-1', id], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error: the avatar \S+ is named "Somebody Else" on Creatify, but "person-1" is named "person-1" \(avatars\.yml:\d+\) \(check the id; to adopt it all the same pass --force/);
    const forced = await importCli(['person-1', id, '--force'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readLock(dir).avatars['person-1']).toMatchObject({ id, creator_name: 'Somebody Else' });
  });

  it('refuses a key that has an id already; --replace supersedes it, and importing it again changes nothing', async () => {
    const dir = manifestWorkspace(1);
    const first = await seed('person-1');
    const second = await seed('person-1');
    expect((await importCli(['person-1', first], dir)).code).toBe(0);
    const refused = await importCli(['person-1', second], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`error: "person-1" already has the avatar ${first} in avatars.lock.json (pass --replace to adopt ${second} in its place`);
    const replaced = await importCli(['person-1', second, '--replace'], dir);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain(`imported person-1: ${second} (pending), superseding ${first}`);
    const entry = readLock(dir).avatars['person-1'];
    expect(entry?.id).toBe(second);
    expect(entry?.superseded?.map((s) => s.id)).toEqual([first]);
    const before = readFileSync(join(dir, 'avatars.lock.json'), 'utf8');
    expect((await importCli(['person-1', second], dir)).code).toBe(0);
    expect(readLock(dir).avatars['person-1']?.superseded?.map((s) => s.id)).toEqual([first]);
    expect(readFileSync(join(dir, 'avatars.lock.json'), 'utf8')).toBe(before);
    const back = await importCli(['person-1', first, '--replace'], dir);
    expect(back.code).toBe(2);
    expect(back.stderr).toContain(`error: ${first} is already in avatars.lock.json under "person-1", superseded`);
  });

  it('says what is missing: usage errors exit 2', async () => {
    const dir = manifestWorkspace(1);
    for (const args of [['person-1'], ['--all-by-name', 'person-1'], ['person-1', 'x', '--not-created'], ['a', 'b', 'c']]) {
      const run = await importCli(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: creatify-avatars import <key> <id>');
    }
  });
});

describe('import <key> --not-created', () => {
  it('clears the mark of a create that never happened, and the next sync creates exactly one', async () => {
    const dir = manifestWorkspace(1);
    writeMark(dir, 'person-1');
    const run = await cli(['import', 'person-1', '--not-created'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('cleared the in-flight mark of person-1: the next sync creates it');
    expect(readLock(dir).in_flight).toBeUndefined();
    const sync = await cli(['sync', '--api-url', emu.url], dir, CREDENTIALS);
    expect(sync.code, sync.stderr).toBe(0);
    expect(creates()).toBe(1);
    expect(readLock(dir).avatars['person-1']?.id).toBe(emu.state().personas[0]?.persona.id);
  });

  it('refuses a key without a mark', async () => {
    const dir = manifestWorkspace(2);
    writeMark(dir, 'person-1');
    const run = await cli(['import', 'person-2', '--not-created'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: no create of "person-2" is marked in flight in avatars.lock.json (did you mean "person-1"?)');
    expect(readLock(dir).in_flight?.['person-1']).toBeDefined();
  });
});

describe('import --all-by-name', () => {
  it('adopts the only avatar of each name, skips and lists the keys with none or several', async () => {
    const dir = manifestWorkspace(4);
    const held = await seed('person-1');
    expect((await importCli(['person-1', held], dir)).code).toBe(0);
    const one = await seed('person-2');
    const twice = [await seed('person-3'), await seed('person-3')];
    await seed('Someone Else');
    const run = await importCli(['--all-by-name', '--json'], dir);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { imported: { key: string; id: string }[]; skipped: { key: string; candidates: string[]; reason: string }[] };
    expect(doc.imported.map((a) => [a.key, a.id])).toEqual([['person-2', one]]);
    expect(doc.skipped).toEqual([
      { key: 'person-3', creator_name: 'person-3', candidates: twice, reason: '2 avatars named "person-3" on the account' },
      { key: 'person-4', creator_name: 'person-4', candidates: [], reason: 'no avatar named "person-4" on the account (one still under review may not be listed yet)' },
    ]);
    const lock = readLock(dir);
    expect(lock.avatars['person-1']?.id).toBe(held);
    expect(lock.avatars['person-2']?.id).toBe(one);

    const text = await importCli(['--all-by-name'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`skipped person-3: 2 avatars named "person-3" on the account (${twice.join(', ')}); to adopt one: creatify-avatars import person-3 <id>`);
    const before = creates();
    const sync = await cli(['sync', '--api-url', emu.url], dir, CREDENTIALS);
    expect(sync.code, sync.stderr).toBe(0);
    expect(emu.state().creates.slice(before).map((c) => c.fields.creator_name).sort()).toEqual(['person-3', 'person-4']);
  });

  it('settles an unconfirmed create by its name', async () => {
    const dir = manifestWorkspace(1);
    writeMark(dir, 'person-1');
    const id = await seed('person-1');
    const run = await importCli(['--all-by-name'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`imported person-1: ${id} (pending), its in-flight mark cleared`);
    expect(readLock(dir)).toMatchObject({ avatars: { 'person-1': { id } } });
    expect(readLock(dir).in_flight).toBeUndefined();
  });
});

describe('import --help', () => {
  it('shows the three forms and their flags', async () => {
    const run = await cli(['import', '--help'], manifestWorkspace(1));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: creatify-avatars import <key> <id> \[--replace\] \[--force\] \| import <key> --not-created \| import --all-by-name$/m);
    for (const flag of ['--replace', '--force', '--not-created', '--all-by-name', '--manifest <path>', '--lockfile <path>', '--json']) expect(run.stdout).toMatch(new RegExp(`^ {2}${flag} `, 'm'));
  });
});
