// Spawning and timing child processes. Wall time is taken here, in the bench process,
// around the whole child; peak RSS comes from GNU time when it is installed, otherwise
// from sampling /proc/<pid>/status (VmHWM, a high-water mark, so the last sample is
// close to the peak). BENCH_NO_GNU_TIME=1 forces the fallback.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
let gnuTime: boolean | undefined;

/** True when /usr/bin/time is GNU time (it understands -f and -o). */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    gnuTime = false;
    if (existsSync(GNU_TIME) && process.env.BENCH_NO_GNU_TIME !== '1') {
      const probe = join(tmpdir(), `bench-time-probe-${process.pid}`);
      try {
        const { status } = spawnSync(GNU_TIME, ['-o', probe, '-f', '%M', 'true'], { stdio: 'ignore' });
        gnuTime = status === 0 && /^\d+\s*$/.test(readFileSync(probe, 'utf8'));
      } catch {
        gnuTime = false;
      } finally {
        rmSync(probe, { force: true });
      }
    }
  }
  return gnuTime;
}

/** A minimal environment, so nothing of the caller's shell (credentials, GITHUB_*) leaks in. */
export function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'SYSTEMROOT']) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  return { ...env, ...extra };
}

function readHwmKiB(pid: number | undefined): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** measure peak RSS */
  rss?: boolean;
  stdout?: 'pipe' | 'ignore';
  keepOutput?: boolean;
  /** reject on a non-zero exit */
  check?: boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  rssKiB: number | undefined;
  stdout: string;
  stderr: string;
  /** each line read, with the time since the spawn at which it was read */
  lines: { stream: 'stdout' | 'stderr'; text: string; ms: number }[];
}

/** Runs one command to completion. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const { cwd, env = baseEnv(), rss = false, keepOutput = true, check = true, stdout = 'pipe' } = options;
  const useTime = rss && hasGnuTime();
  const timeFile = useTime ? join(tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`) : undefined;
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-o', timeFile, '-f', '%M', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // stdout 'ignore' is /dev/null, as `> /dev/null` in a shell
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', stdout, 'pipe'] });
    const out: Record<'stdout' | 'stderr', string[]> = { stdout: [], stderr: [] };
    const lines: RunResult['lines'] = [];
    let sampled: number | undefined;
    let sampler: NodeJS.Timeout | undefined;
    if (rss && !useTime) {
      sampler = setInterval(() => {
        const value = readHwmKiB(child.pid);
        if (value !== undefined) sampled = Math.max(sampled ?? 0, value);
      }, 10);
    }
    for (const stream of stdout === 'pipe' ? (['stdout', 'stderr'] as const) : (['stderr'] as const)) {
      let partial = '';
      child[stream]?.setEncoding('utf8');
      child[stream]?.on('data', (text: string) => {
        const ms = performance.now() - started;
        if (keepOutput) out[stream].push(text);
        const parts = (partial + text).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) lines.push({ stream, text: line, ms });
        // a sample right when output arrives catches the high-water mark late in the run
        if (sampler) {
          const value = readHwmKiB(child.pid);
          if (value !== undefined) sampled = Math.max(sampled ?? 0, value);
        }
      });
    }
    child.on('error', reject);
    child.on('exit', () => {
      if (sampler) clearInterval(sampler);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      let rssKiB = sampled;
      if (timeFile) {
        try {
          rssKiB = Number(readFileSync(timeFile, 'utf8').trim().split(/\s+/).pop());
        } catch {
          rssKiB = undefined;
        }
        rmSync(timeFile, { force: true });
      }
      const result: RunResult = { code, signal, wallMs, rssKiB, stdout: out.stdout.join(''), stderr: out.stderr.join(''), lines };
      if (check && code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}:\n${result.stderr.slice(-2000)}${result.stdout.slice(-2000)}`));
      } else {
        resolve(result);
      }
    });
  });
}

// servers started by startServerProcess: an interrupted bench leaves none behind
const servers = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of servers) child.kill('SIGTERM');
});

/**
 * Starts `node ...args`, a server whose first stdout line is its URL, in baseEnv().
 * `name` is for the error when it exits before printing its URL, which `exitDetail` adds
 * to; `onStderr` receives stderr as it is read (without it, stderr goes to the bench's
 * own). Resolves once the URL is read; stop() sends SIGTERM and waits for the exit.
 */
export async function startServerProcess(
  args: string[],
  { name = 'server', onStderr, exitDetail }: { name?: string; onStderr?: (text: string) => void; exitDetail?: () => string } = {},
): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, args, { env: baseEnv(), stdio: ['ignore', 'pipe', onStderr ? 'pipe' : 'inherit'] });
  servers.add(child);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.on('exit', () => servers.delete(child));
  if (onStderr) {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', onStderr);
  }
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout?.setEncoding('utf8');
    const onData = (text: string) => {
      buffered += text;
      const newline = buffered.indexOf('\n');
      if (newline >= 0) {
        child.stdout?.off('data', onData);
        resolve(buffered.slice(0, newline).trim());
      }
    };
    child.stdout?.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code} before it printed its URL${exitDetail ? `:\n${exitDetail()}` : ''}`)));
  });
  return {
    child,
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * Runs each job `runs` times, interleaved (a1 b1 a2 b2 ...), after `warmup` untimed
 * rounds; returns the list of results per job, in the jobs' order.
 */
export async function interleave<T>(jobs: (() => Promise<T>)[], { runs, warmup = 1 }: { runs: number; warmup?: number }): Promise<T[][]> {
  for (let i = 0; i < warmup; i++) for (const job of jobs) await job();
  const results = jobs.map((): T[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [j, job] of jobs.entries()) results[j]?.push(await job());
  }
  return results;
}
