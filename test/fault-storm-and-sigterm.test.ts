/**
 * Long runs under hostile conditions: 300 avatars with a quarter of requests failing in
 * assorted ways, and SIGTERM at several points of a sync.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../src/emulator/server.js';
import { runAction } from './helpers/action.js';
import { apiInputs, emulator } from './helpers/emulator.js';
import { hostileProxy, type HostileProxy } from './helpers/hostile-proxy.js';
import { LIST_MODES, expectExactlyOnce, manyAvatars, readLock, settleOnceReviewed } from './helpers/exactly-once.js';
import { cleanupWorkspaces, makeWorkspace } from './helpers/workspace.js';

afterAll(cleanupWorkspaces);
let emu: RunningEmulator | undefined;
let proxy: HostileProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await emu?.close();
  emu = undefined;
});

describe.each(LIST_MODES)('300 avatars under a fault storm, and SIGTERM midway, with a list that %ss avatars under review', (listPending) => {
  it('300 avatars, a quarter of requests failing in assorted ways: exactly 300, no duplicates', async () => {
    emu = await emulator({ quota: 1000, listPending });
    emu.setFaults({ rate: 0.2, seed: 300, kinds: ['500', '502', '503', '429', 'drop', 'drop-after-create'], retryAfterSeconds: 1 });
    // and one request in 20 with an answer spoiled on the way: JSON cut short, a 201 without id
    proxy = await hostileProxy(emu.url);
    proxy.setFaults({ every: 20, kinds: ['malformed-json', 'missing-id'] });
    const workspace = makeWorkspace(manyAvatars(300, 's'));
    // request-timeout also sets how long an unknown outcome is looked for before a create is sent again
    const inputs = apiInputs(proxy, { concurrency: '8', 'request-timeout': '5s' });
    const run = await runAction({ workspace, inputs, timeoutMs: 600_000 });
    const injected = [...emu.state().faults.injected, ...proxy.injected];
    const kinds = new Set(injected.map((f) => f.kind));
    console.log(`soak (list ${listPending}s): ${emu.state().requests.total} requests, ${injected.length} faults injected (${[...kinds].join(', ')})`);
    expect(kinds.size).toBeGreaterThanOrEqual(6);
    if (listPending === 'show') {
      expect(run.code, run.all.slice(-3000)).toBe(0);
      expectExactlyOnce(emu, workspace, 300);
      expect(JSON.parse(run.outputs.created!)).toHaveLength(300);
    } else {
      // creates whose answers were lost stay unconfirmed while their avatars are under review
      const counts = JSON.parse(run.outputs.counts!) as Record<string, number>;
      expect(run.code).toBe(counts.unconfirmed! > 0 ? 1 : 0);
      emu.setFaults({});
      proxy.setFaults({});
      await settleOnceReviewed(emu, workspace, inputs, 300);
    }
  }, 600_000);

  // on Windows a signal sent to a child kills it outright: the graceful stop cannot be reached that way
  it.skipIf(process.platform === 'win32').each([1, 4, 9])('SIGTERM after %i created avatar(s): outputs and lockfile written, the next run finishes exactly once', async (after) => {
    emu = await emulator({ latencyMs: 100, listPending });
    const workspace = makeWorkspace(manyAvatars(14, 's'));
    const pattern = new RegExp(`(Created [^\\n]*\\n[^]*){${after}}`);
    const stopped = await runAction({ workspace, inputs: apiInputs(emu, { concurrency: '3' }), killWhen: { pattern, signal: 'SIGTERM' } });
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(/SIGTERM received/);
    const created = JSON.parse(stopped.outputs.created!) as string[];
    expect(created.length).toBeGreaterThanOrEqual(after);
    const lock = readLock(workspace);
    for (const id of created) expect(Object.values(lock.avatars).map((e) => e.id)).toContain(id);

    const again = await runAction({ workspace, inputs: apiInputs(emu, { concurrency: '3' }) });
    expect(again.code, again.all.slice(-2000)).toBe(0);
    if (listPending === 'hide') await settleOnceReviewed(emu, workspace, apiInputs(emu, { concurrency: '3' }), 14);
    expectExactlyOnce(emu, workspace, 14);
  }, 120_000);
});
