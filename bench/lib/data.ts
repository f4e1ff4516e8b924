// Test data for the entries, generated on the spot under .bench/ (git-ignored).
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeMp4 } from '../../scripts/mp4.js';

/** A fresh, empty directory. */
export function freshDir(path: string): string {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  return path;
}

/** Deterministic size in [min, max] for file number i. */
export function sizeFor(i: number, min: number, max: number): number {
  return min + ((i * 2_654_435_761) % (max - min + 1));
}

/** Writes a small, valid MP4 (60 s, video and audio tracks) whose content depends on `seed`. */
export function writeSmallVideo(path: string, seed: string, payloadBytes: number, moov: 'start' | 'end' = 'start'): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, makeMp4({ seed, payloadBytes, moov }));
}

/**
 * Writes a large video: ftyp and moov from makeMp4, then an mdat running to the end of the
 * file (box size 0) of random bytes up to `bytes`, written 1 MiB at a time.
 */
export function writeLargeVideo(path: string, bytes: number, seed = 1): void {
  mkdirSync(dirname(path), { recursive: true });
  const head = makeMp4({ seed, payloadBytes: 1024, mdatSize: 'to-end' });
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (let left = bytes - head.length; left > 0; left -= chunk.length) {
      randomFillSync(chunk);
      writeSync(fd, chunk, 0, Math.min(left, chunk.length));
    }
  } finally {
    closeSync(fd);
  }
}

/** A manifest from entries of { creator_name, lipsync_input, gender? }; defaults give every avatar the required fields. */
export function manifestYaml(entries: Record<string, string>[], defaults: Record<string, string> = { gender: 'f', video_scene: 'office' }): string {
  // a JSON string is a YAML double-quoted scalar
  const quote = (text: string) => JSON.stringify(text);
  const lines = ['version: 1', 'defaults:'];
  for (const [name, value] of Object.entries(defaults)) lines.push(`  ${name}: ${quote(value)}`);
  lines.push('avatars:');
  for (const entry of entries) {
    const [first, ...rest] = Object.entries(entry);
    if (!first) continue;
    lines.push(`  - ${first[0]}: ${quote(first[1])}`);
    for (const [name, value] of rest) lines.push(`    ${name}: ${quote(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The environment the Actions runner gives a `node` step, with the action's inputs. */
export function actionEnv(
  base: NodeJS.ProcessEnv,
  { workspace, runnerDir, inputs }: { workspace: string; runnerDir: string; inputs: Record<string, string | number> },
): NodeJS.ProcessEnv {
  mkdirSync(runnerDir, { recursive: true });
  const output = join(runnerDir, 'output.txt');
  const summary = join(runnerDir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    ...base,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: runnerDir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = String(value);
  return env;
}
