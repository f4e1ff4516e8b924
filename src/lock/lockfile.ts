/**
 * Reading and writing the lockfile. Writes are atomic (temporary file, fsync, rename) and
 * serialised, so a run that dies at any moment leaves the last complete lockfile behind.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AppError, errnoCode } from '../errors.js';
import { realPathOutside } from '../files/workspace.js';
import { LOCKFILE_VERSION, emptyLockfile, lockfileSchema } from './schema.js';
import type { LockEntry, Lockfile } from './schema.js';

/** Reads the lockfile; with `workspace`, refuses one that is a link leading outside it. */
export async function readLockfile(file: string, displayPath: string, workspace?: string): Promise<{ lock: Lockfile; text: string | null }> {
  let text: string;
  try {
    if (workspace !== undefined && (await realPathOutside(workspace, file)) !== null) {
      throw new AppError('LOCKFILE_INVALID', `the lockfile ${displayPath} is a symbolic link that leads outside the repository; it is not read`, {
        hint: 'make it a regular file in the repository (or remove it to start afresh)',
      });
    }
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (errnoCode(error) === 'ENOENT') return { lock: emptyLockfile(), text: null };
    throw new AppError('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${(error as Error).message}`, { cause: error });
  }
  return { lock: parseLockfile(text, displayPath), text };
}

export function parseLockfile(text: string, displayPath: string): Lockfile {
  const hint = `restore it from git (git checkout -- ${displayPath}); it is never overwritten while it cannot be read`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('LOCKFILE_INVALID', `the lockfile ${displayPath} is not valid JSON: ${(error as Error).message}`, { hint, cause: error });
  }
  if (typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'number' && data.version > LOCKFILE_VERSION) {
    throw new AppError(
      'LOCKFILE_INVALID',
      `the lockfile ${displayPath} has format version ${data.version}, newer than this release reads (${LOCKFILE_VERSION})`,
      { hint: 'upgrade the action or CLI to the version that wrote it' },
    );
  }
  const result = lockfileSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.map(String).join('.') : '';
    throw new AppError('LOCKFILE_INVALID', `the lockfile ${displayPath} is malformed at ${where || 'top level'}: ${first?.message ?? 'invalid'}`, { hint });
  }
  if (result.data.version !== LOCKFILE_VERSION) {
    throw new AppError('LOCKFILE_INVALID', `the lockfile ${displayPath} has unsupported version ${result.data.version}`, { hint });
  }
  return result.data;
}

const ENTRY_ORDER: (keyof LockEntry)[] = [
  'id',
  'creator_name',
  'source',
  'sha256',
  'size',
  'consent',
  'fields_digest',
  'status',
  'failed_reason',
  'created_at',
  'updated_at',
  'superseded',
];

/** An entry's fields in the fixed order the lockfile writes them, undefined ones left out. */
export function orderEntry(entry: LockEntry): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const field of ENTRY_ORDER) {
    if (entry[field] !== undefined) ordered[field] = entry[field];
  }
  return ordered;
}

/** Sorted keys, fixed field order, two-space indent, final newline: stable and diffable. */
export function serializeLockfile(lock: Lockfile): string {
  const avatars: Record<string, unknown> = {};
  for (const key of Object.keys(lock.avatars).sort()) {
    avatars[key] = orderEntry(lock.avatars[key]!);
  }
  const inFlight = lock.in_flight ?? {};
  const document: Record<string, unknown> = { version: LOCKFILE_VERSION, avatars };
  if (Object.keys(inFlight).length > 0) {
    document.in_flight = Object.fromEntries(Object.keys(inFlight).sort().map((key) => [key, inFlight[key]]));
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'w', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/**
 * The lockfile as the run goes: every change is written through at once, one write at a
 * time, so that what is on disk is always a complete and current lockfile.
 */
export class LockStore {
  private chain: Promise<void> = Promise.resolve();
  private written: string;

  constructor(
    readonly file: string,
    readonly displayPath: string,
    private readonly lock: Lockfile,
    initialText: string | null,
  ) {
    this.written = initialText ?? '';
  }

  get current(): Readonly<Lockfile> {
    return this.lock;
  }

  get(key: string): LockEntry | undefined {
    return this.lock.avatars[key];
  }

  /** true when the content on disk differs from what the run started with */
  changedSince(text: string | null): boolean {
    return serializeLockfile(this.lock) !== (text ?? '');
  }

  async update(mutate: (lock: Lockfile) => void): Promise<void> {
    mutate(this.lock);
    await this.flush();
  }

  flush(): Promise<void> {
    const next = this.chain.then(async () => {
      const text = serializeLockfile(this.lock);
      if (text === this.written) return;
      try {
        await writeFileAtomic(this.file, text);
      } catch (error) {
        throw new AppError('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${(error as Error).message}`, { cause: error });
      }
      this.written = text;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }
}
