/**
 * Loads a manifest from disk into resolved, checked avatars. Every problem of the
 * manifest is collected and thrown at once as one MANIFEST_INVALID error.
 */
import { promises as fs } from 'node:fs';
import { AppError, errnoCode } from '../errors.js';
import type { Problem } from '../errors.js';
import type { ResolvedAvatar } from '../model.js';
import { realPathOutside } from '../files/workspace.js';
import { resolveChecks } from './checks.js';
import { checkFiles } from './files.js';
import type { CheckOptions } from './files.js';
import { resolveAvatars } from './resolve.js';
import { sortProblems, validateManifest } from './validate.js';
import { parseYamlSource } from './yaml-source.js';

export interface LoadedManifest {
  avatars: ResolvedAvatar[];
  /** the manifest's path as shown to users (relative to the workspace) */
  file: string;
}

export async function loadManifest(options: {
  workspace: string;
  /** absolute path of the manifest */
  path: string;
  /** how the path is shown in messages and annotations */
  displayPath: string;
  deferHash?: CheckOptions['deferHash'];
}): Promise<LoadedManifest> {
  let text: string;
  try {
    if ((await realPathOutside(options.workspace, options.path)) !== null) {
      throw new AppError('INPUT_INVALID', `the manifest ${options.displayPath} is a symbolic link that leads outside the repository; it is not read`, {
        hint: 'point the manifest input (or --manifest) at a file in the repository',
      });
    }
    text = decodeUtf8(await fs.readFile(options.path), options.displayPath);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = errnoCode(error);
    if (code === 'ENOENT' && !(await isDirectory(options.workspace))) {
      throw new AppError('INPUT_INVALID', `the workspace ${options.workspace} is not a directory`, {
        hint: 'run from the repository checkout, or pass its path with --workspace',
        cause: error,
      });
    }
    throw new AppError(
      'MANIFEST_NOT_FOUND',
      code === 'ENOENT'
        ? `manifest ${options.displayPath} not found`
        : `cannot read the manifest ${options.displayPath}: ${(error as Error).message}`,
      { hint: 'set the manifest input (or --manifest) to the path of your avatars.yml, relative to the repository root', cause: error },
    );
  }
  const source = parseYamlSource(text, options.displayPath);
  if (source.problems.length > 0) throw invalid(options.displayPath, source.problems);

  const validated = validateManifest(source);
  if (!validated.manifest) throw invalid(options.displayPath, validated.problems);

  const resolved = await resolveAvatars(validated.manifest, source, options.workspace, validated.indices);
  const checks = resolveChecks(validated.manifest.checks, source);
  const checked = await checkFiles(resolved.avatars, source, options.workspace, { checks: checks.checks, deferHash: options.deferHash });
  const problems = [...validated.problems, ...checks.problems, ...resolved.problems, ...checked.problems];
  if (problems.length > 0) throw invalid(options.displayPath, problems);
  return { avatars: checked.avatars, file: options.displayPath };
}

/**
 * The manifest's text. Bytes that are not UTF-8 would otherwise become U+FFFD silently
 * and be sent to Creatify in names; a byte order mark is dropped.
 */
function decodeUtf8(bytes: Buffer, displayPath: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    // where the first undecodable byte is, as a line and column of the text decoded leniently
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = Math.max(0, lenient.indexOf('\uFFFD'));
    const before = lenient.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    throw invalid(displayPath, [
      {
        message: `the manifest is not UTF-8 text${utf16 ? ' (it is UTF-16)' : ''}: a byte here does not decode`,
        location: { file: displayPath, line, column },
        hint: 'save the manifest as UTF-8',
      },
    ]);
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function invalid(file: string, problems: Problem[]): AppError {
  const sorted = sortProblems([...problems]);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  return new AppError('MANIFEST_INVALID', `the manifest ${file} has ${count}`, { problems: sorted });
}
