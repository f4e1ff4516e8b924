// The emulator as a separate process (`node dist/index.js emulator`), so its work is not
// done by the process being measured. Its first stdout line is its URL; it logs one line
// per request on stderr, which the function given to `listen` receives with the time it
// was read.
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { startServerProcess } from './process.mjs';

export async function startEmulator(dist, args = []) {
  const listener = { current: null };
  let stderrTail = '';
  let partial = '';
  const onStderr = (text) => {
    stderrTail = (stderrTail + text).slice(-4000);
    const now = performance.now();
    const parts = (partial + text).split('\n');
    partial = parts.pop();
    if (listener.current) for (const line of parts) listener.current(line, now);
  };
  // no CREATIFY_API_ID/KEY in its environment: it accepts any credentials
  const { url, stop } = await startServerProcess([dist, 'emulator', '--port', '0', ...args], {
    name: 'emulator',
    onStderr,
    exitDetail: () => stderrTail,
  });
  return {
    url,
    /** replaces the per-request log listener (null: none) */
    listen(fn) {
      listener.current = fn;
    },
    async state() {
      const { statusCode, body } = await request(`${url}/_emulator/state`);
      const text = await body.text();
      if (statusCode !== 200) throw new Error(`emulator state: HTTP ${statusCode}`);
      return JSON.parse(text);
    },
    stop,
  };
}

/** Requests per route added between two states. */
export function requestDelta(before, after) {
  const delta = {};
  for (const [route, n] of Object.entries(after.requests.byRoute)) {
    const d = n - (before.requests.byRoute[route] ?? 0);
    if (d > 0) delta[route] = d;
  }
  return { total: after.requests.total - before.requests.total, byRoute: delta };
}
