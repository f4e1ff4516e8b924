// The emulator as a separate process (`node dist/index.js emulator`), so its work is not
// done by the process being measured. Its first stdout line is its URL; it logs one line
// per request on stderr, which the function given to `listen` receives with the time it
// was read.
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { startServerProcess } from './process.js';

/** The emulator's request counters and account (GET /_emulator/state), the parts the bench reads. */
export interface EmulatorState {
  requests: { total: number; byRoute: Record<string, number> };
  personas: { persona: { id: string; creator_name: string } }[];
}

type Listener = (line: string, at: number) => void;

export interface Emulator {
  url: string;
  /** replaces the per-request log listener (null: none) */
  listen(fn: Listener | null): void;
  state(): Promise<EmulatorState>;
  stop(): Promise<void>;
}

export async function startEmulator(dist: string, args: string[] = []): Promise<Emulator> {
  const listener: { current: Listener | null } = { current: null };
  let stderrTail = '';
  let partial = '';
  const onStderr = (text: string) => {
    stderrTail = (stderrTail + text).slice(-4000);
    const now = performance.now();
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
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
    listen(fn) {
      listener.current = fn;
    },
    async state() {
      const { statusCode, body } = await request(`${url}/_emulator/state`);
      const text = await body.text();
      if (statusCode !== 200) throw new Error(`emulator state: HTTP ${statusCode}`);
      return JSON.parse(text) as EmulatorState;
    },
    stop,
  };
}

/** Requests per route added between two states. */
export function requestDelta(before: EmulatorState, after: EmulatorState): { total: number; byRoute: Record<string, number> } {
  const delta: Record<string, number> = {};
  for (const [route, n] of Object.entries(after.requests.byRoute)) {
    const d = n - (before.requests.byRoute[route] ?? 0);
    if (d > 0) delta[route] = d;
  }
  return { total: after.requests.total - before.requests.total, byRoute: delta };
}
