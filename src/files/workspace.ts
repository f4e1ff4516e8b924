/**
 * Confines the paths a manifest names to the workspace (the repository checkout).
 *
 * A manifest path is POSIX and relative to the workspace root. As a courtesy to people
 * writing manifests on Windows, `\` is accepted and read as `/`; on POSIX this means a
 * file whose name really contains a backslash cannot be named, which is a fair price.
 * The check is done twice: on the text as written (no absolute path, no `..` leaving the
 * root) and again after resolving symbolic links, so a link cannot lead out either.
 */
import { lstatSync } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { errnoCode } from '../errors.js';

interface WorkspaceFile {
  ok: true;
  /** the path as written, made absolute against the workspace root (links not resolved) */
  absolute: string;
  /** the same file with every symbolic link resolved; safest to open */
  realPath: string;
  /** POSIX path relative to the workspace root, of the path as written */
  relative: string;
}

interface WorkspaceProblem {
  ok: false;
  /** a full sentence starting with the path as written, ready to attach to a manifest line */
  problem: string;
  hint?: string;
}

export type WorkspaceResolution = WorkspaceFile | WorkspaceProblem;

/** True when `candidate` is `root` itself or lies below it. Both must be absolute. */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  if (rel === '') return true;
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** `abs` relative to `root` with `/` separators; `.` for the root itself. */
export function toPosixRelative(root: string, abs: string): string {
  const rel = path.relative(root, abs);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

type Lexical = { relative: string } | { problem: string; hint?: string };

/**
 * Real paths of directories, shared by the checks of one manifest: a plan over thousands
 * of files resolves each directory once instead of every component of every file.
 */
export type RealpathCache = Map<string, Promise<string>>;

function cachedRealpath(dir: string, cache: RealpathCache): Promise<string> {
  let found = cache.get(dir);
  if (!found) {
    found = realpath(dir);
    cache.set(dir, found);
  }
  return found;
}

async function regularFileIn(realRoot: string, absolute: string, cache: RealpathCache): Promise<string | undefined> {
  try {
    const realDir = await cachedRealpath(path.dirname(absolute), cache);
    if (!isInside(realRoot, realDir)) return undefined;
    // one synchronous lstat: cheaper than a round trip to the libuv pool per file
    const info = lstatSync(absolute);
    return info.isFile() ? path.join(realDir, path.basename(absolute)) : undefined;
  } catch {
    return undefined; // the full check below says what is wrong
  }
}

/** The checks that need no file system: shape of the text only. */
function checkWritten(written: string): Lexical {
  const shown = written;
  if (written.trim() === '') return { problem: 'the path is empty' };
  if (written.includes('\0')) return { problem: `${JSON.stringify(written)} contains a NUL character` };
  const slashed = written.replace(/\\/g, '/');
  // `/x`, `\x`, `\\server\share` (all start with `/` once slashed) and `C:\x`, `C:x`.
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    return {
      problem: `${shown} is an absolute path; paths must be relative to the workspace root`,
      hint: 'write the path as it appears in the repository, e.g. media/james.mp4',
    };
  }
  const normal = path.posix.normalize(slashed).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) {
    return {
      problem: `${shown} leads outside the workspace`,
      hint: 'only files inside the repository checkout can be used',
    };
  }
  return { relative: normal === '' ? '.' : normal };
}

/** The first symbolic link along `relative` (from the root down) that resolves outside. */
async function findEscapingLink(
  root: string,
  realRoot: string,
  relative: string,
): Promise<{ link: string; target: string; resolved: string } | undefined> {
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i += 1) {
    const prefix = parts.slice(0, i).join('/');
    const abs = path.resolve(root, prefix);
    try {
      if (!(await lstat(abs)).isSymbolicLink()) continue;
      const resolved = await realpath(abs);
      if (!isInside(realRoot, resolved)) {
        return { link: prefix, target: await readlink(abs), resolved };
      }
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * A name in the same directory that differs only in case or in unicode form (é as one
 * character or as e and an accent), for a "did you mean".
 */
async function caseVariant(root: string, relative: string): Promise<string | undefined> {
  const dir = path.posix.dirname(relative);
  const fold = (name: string) => name.normalize('NFC').toLowerCase();
  const base = fold(path.posix.basename(relative));
  try {
    const names = await readdir(path.resolve(root, dir));
    const match = names.find((name) => fold(name) === base);
    return match === undefined ? undefined : path.posix.join(dir, match);
  } catch {
    return undefined;
  }
}

function problem(text: string, hint?: string): WorkspaceProblem {
  return hint === undefined ? { ok: false, problem: text } : { ok: false, problem: text, hint };
}

/**
 * Resolves a path written in the manifest to a regular file inside the workspace, or
 * says why it cannot be used. Never throws for a bad path; only an unreadable workspace
 * root itself is thrown, since no manifest line is to blame for it.
 */
export async function resolveInWorkspace(
  workspaceRoot: string,
  manifestPath: string,
  cache: RealpathCache = new Map(),
): Promise<WorkspaceResolution> {
  const lexical = checkWritten(manifestPath);
  if ('problem' in lexical) return problem(lexical.problem, lexical.hint);
  const { relative } = lexical;
  const shown = relative;
  const root = path.resolve(workspaceRoot);
  const absolute = path.resolve(root, relative);
  const realRoot = await cachedRealpath(root, cache);

  // The common case in few system calls: a regular file (not a link) in a directory
  // whose real place, resolved once per directory, is inside the root.
  if (relative !== '.') {
    const fast = await regularFileIn(realRoot, absolute, cache);
    if (fast !== undefined) return { ok: true, absolute, realPath: fast, relative };
  }

  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ELOOP') {
      return problem(
        `${shown} cannot be resolved: its symbolic links form a loop (ELOOP)`,
        'check the links with `ls -l` along the path and point them at a real file',
      );
    }
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const dangling = await lstat(absolute).then(
        (s) => s.isSymbolicLink(),
        () => false,
      );
      if (dangling) {
        const target = await readlink(absolute);
        return problem(`${shown} is a symbolic link to ${target}, which does not exist`);
      }
      const variant = relative === '.' ? undefined : await caseVariant(root, relative);
      return problem(
        `${shown} does not exist`,
        variant !== undefined && variant !== relative
          ? `did you mean ${variant}? Paths are case-sensitive, and an accented letter may be written in two unicode forms`
          : 'paths are relative to the repository root; is the file committed and checked out?',
      );
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return problem(`${shown} cannot be read (permission denied)`);
    }
    return problem(`${shown} cannot be resolved: ${code ?? String(error)}`);
  }

  if (!isInside(realRoot, real)) {
    const escape = await findEscapingLink(root, realRoot, relative);
    const via = escape
      ? `${escape.link} is a symbolic link to ${escape.target}` +
        (escape.target === escape.resolved ? '' : ` (${escape.resolved})`)
      : `it resolves to ${real}`;
    return problem(
      `${shown} leads outside the workspace: ${via}`,
      'copy the file into the repository instead of linking to it',
    );
  }

  const info = await stat(real);
  if (info.isDirectory()) {
    return problem(
      `${shown} is a directory, not a video file`,
      'name a file, or use a glob such as dir/*.mp4',
    );
  }
  if (!info.isFile()) return problem(`${shown} is not a regular file`);
  return { ok: true, absolute, realPath: real, relative };
}

/**
 * Null when `file` (absolute), once its symbolic links are resolved, is inside
 * `workspaceRoot`, or does not exist; else the real path it leads to. The manifest and the
 * lockfile are read through this, so that a link in a pull request cannot have the action
 * read, and quote in its errors, a file elsewhere on the runner.
 */
export async function realPathOutside(workspaceRoot: string, file: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  return isInside(await realpath(workspaceRoot), real) ? null : real;
}
