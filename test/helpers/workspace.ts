/** Temporary workspaces with manifests and small videos, cleaned up after each test file. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeMp4 } from '../../scripts/mp4.js';

const made: string[] = [];

export function makeWorkspace(files: Record<string, string | Buffer | { symlink: string }> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'ws-')));
  made.push(root);
  for (const [name, content] of Object.entries(files)) addFile(root, name, content);
  return root;
}

export function addFile(root: string, name: string, content: string | Buffer | { symlink: string }): void {
  const path = join(root, name);
  mkdirSync(dirname(path), { recursive: true });
  if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.symlink, path);
  else writeFileSync(path, content);
}

export function video(seed: string | number, payloadBytes = 2048): Buffer {
  return makeMp4({ seed, payloadBytes });
}

export function cleanupWorkspaces(): void {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
}
