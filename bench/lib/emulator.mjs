// The emulator as a separate process (`node dist/index.js emulator`), so its work is not
// done by the process being measured. Its first stdout line is its URL; it logs one line
// per request on stderr, which `onLog` receives with the time it was read.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { baseEnv } from './process.mjs';

const running = new Set();
// an interrupted bench leaves no emulator behind
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

export async function startEmulator(dist, args = [], { onLog } = {}) {
  // no CREATIFY_API_ID/KEY in its environment: it accepts any credentials
  const child = spawn(process.execPath, [dist, 'emulator', '--port', '0', ...args], {
    env: baseEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const listener = { current: onLog ?? null };
  let stderrTail = '';
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => {
    stderrTail = (stderrTail + text).slice(-4000);
    const now = performance.now();
    const parts = (partial + text).split('\n');
    partial = parts.pop();
    if (listener.current) for (const line of parts) listener.current(line, now);
  });
  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.setEncoding('utf8');
    const onData = (text) => {
      buffered += text;
      const newline = buffered.indexOf('\n');
      if (newline >= 0) {
        child.stdout.off('data', onData);
        resolve(buffered.slice(0, newline).trim());
      }
    };
    child.stdout.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code} before it printed its URL:\n${stderrTail}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
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
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
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
