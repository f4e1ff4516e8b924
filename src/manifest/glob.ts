/**
 * Glob expansion against the workspace: sorted POSIX paths relative to the root, each
 * once. Confinement of each match (symlinks) is checked later, with the other files.
 *
 * A small walker over picomatch rather than @actions/glob. Measured on 2,000 files in one
 * directory: @actions/glob loads in 73 ms and walks in 170 ms (it stats every entry
 * through the libuv pool); this walk reads each directory once with its entry types.
 * The walk never enters a linked directory (it could lead out of the workspace), yet a
 * linked file is a match like any other, so the confinement check can name it.
 */
import type { Dirent } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { realPathOutside } from '../files/workspace.js';

const GLOB_CHARS = /[*?[\]]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

export async function expandGlob(workspace: string, pattern: string): Promise<string[]> {
  const { base, glob } = picomatch.scan(pattern);
  if (glob === '') return [];
  // The walk enters no linked directory, but the base itself may be reached through one.
  // (A base that cannot be resolved is left to the walk: it matches nothing.)
  if ((await realPathOutside(workspace, path.join(workspace, base)).catch(() => null)) !== null) {
    throw new Error(`its directory ${base} leads outside the repository (a symbolic link), so it is not searched`);
  }
  const matches = picomatch(glob, { dot: true });
  // without `**`, a match lies exactly as many levels below the base as the glob has
  const depth = glob.includes('**') ? Infinity : glob.split('/').length;
  const found: string[] = [];
  const walk = (dir: string, level: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(workspace, base, dir), { withFileTypes: true });
    } catch {
      return; // a missing base is a glob that matches nothing
    }
    for (const entry of entries) {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        // git's own store holds no videos of the manifest, only thousands of directories
        if (level < depth && !(entry.name === '.git' && dir === '' && base === '')) walk(relative, level + 1);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && !linksToDirectory(path.join(workspace, base, relative)))) && matches(relative)) {
        found.push(base === '' ? relative : `${base}/${relative}`);
      }
    }
  };
  walk('', 1);
  // no path twice: each directory is walked once, by its one path, and links to directories not at all
  return found.sort(comparePaths);
}

/** A linked directory is skipped like a directory; a dangling or looping link is kept, to be named. */
function linksToDirectory(link: string): boolean {
  try {
    return statSync(link).isDirectory();
  } catch {
    return false;
  }
}

/** Byte-wise order, the same on every machine and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
