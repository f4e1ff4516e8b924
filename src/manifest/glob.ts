/**
 * Glob expansion against the workspace: sorted, de-duplicated POSIX paths relative to
 * the root. Confinement of each match (symlinks) is checked later, with the other files.
 */
import * as path from 'node:path';
import { create } from '@actions/glob';

const GLOB_CHARS = /[*?[\]]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

export async function expandGlob(workspace: string, pattern: string): Promise<string[]> {
  const rooted = path.posix.join(workspace.split(path.sep).join('/'), pattern);
  const globber = await create(rooted, {
    followSymbolicLinks: false,
    implicitDescendants: false,
    matchDirectories: false,
    omitBrokenSymbolicLinks: true,
  });
  const found = await globber.glob();
  const relative = new Set<string>();
  for (const absolute of found) {
    relative.add(path.relative(workspace, absolute).split(path.sep).join('/'));
  }
  return [...relative].sort(comparePaths);
}

/** Byte-wise order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
