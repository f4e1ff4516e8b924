/**
 * Reading and writing the lockfile. A run's changes go to a journal beside it (each synced
 * to disk before it counts) and are folded into it with one atomic write (temporary file,
 * fsync, rename), so a run that dies at any moment leaves every change it made behind.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, errnoCode, errorMessage, isAppError } from '../errors.js';
import { realPathOutside } from '../files/workspace.js';
import type { FileHandle } from 'node:fs/promises';
import { LOCKFILE_VERSION, emptyLockfile, lockChangeSchema, lockfileSchema } from './schema.js';
import type { Deletion, InFlight, LockEntry, Lockfile } from './schema.js';

/**
 * Reads the lockfile, with the journal a killed run left beside it folded in (and written
 * back, so that every reader sees one file); with `workspace`, refuses one that is a link
 * leading outside it. `text` is the lockfile as it was on disk before any fold.
 */
export async function readLockfile(file: string, displayPath: string, workspace?: string): Promise<{ lock: Lockfile; text: string | null }> {
  let text: string | null;
  try {
    if (workspace !== undefined && (await realPathOutside(workspace, file)) !== null) {
      throw new AppError('LOCKFILE_INVALID', `the lockfile ${displayPath} is a symbolic link that leads outside the repository; it is not read`, {
        hint: 'make it a regular file in the repository (or remove it to start afresh)',
      });
    }
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (errnoCode(error) !== 'ENOENT') throw new AppError('LOCKFILE_INVALID', `cannot read the lockfile ${displayPath}: ${(error as Error).message}`, { cause: error });
    text = null;
  }
  const lock = text === null ? emptyLockfile() : parseLockfile(text, displayPath);
  await foldJournal(file, displayPath, lock);
  return { lock, text };
}

/** Every whole line of a journal, applied in order; a line cut short by a kill is dropped (its change never counted). */
async function foldJournal(file: string, displayPath: string, lock: Lockfile): Promise<void> {
  const journal = journalPath(file);
  let content: string;
  try {
    content = await fs.readFile(journal, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw new AppError('LOCKFILE_INVALID', `cannot read ${path.basename(journal)}, the changes of an interrupted run: ${(error as Error).message}`, { cause: error });
  }
  const lines = content.split('\n').slice(0, -1);
  for (const [index, line] of lines.entries()) {
    const parsed = lockChangeSchema.safeParse(safeJson(line));
    if (!parsed.success) {
      throw new AppError('LOCKFILE_INVALID', `line ${index + 1} of ${path.basename(journal)}, the changes of an interrupted run, is not a lockfile change`, {
        hint: `it is never removed while it cannot be read; look at it, then remove it to start from ${displayPath} alone`,
      });
    }
    applyChange(lock, parsed.data);
  }
  try {
    await writeFileAtomic(file, serializeLockfile(lock));
    await fs.rm(journal, { force: true });
  } catch (error) {
    throw new AppError('LOCKFILE_WRITE', `cannot fold ${path.basename(journal)} into the lockfile ${displayPath}: ${(error as Error).message}`, { cause: error });
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
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

function sortedRecord<T>(record: Record<string, T>, order: (value: T) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, order(record[key]!)]));
}

function orderDeletion(d: Deletion): Deletion {
  return { key: d.key, creator_name: d.creator_name, reason: d.reason, started_at: d.started_at, ...(d.deleted_at ? { deleted_at: d.deleted_at } : {}) };
}

/** `entry` without the superseded ids `drop` names; no `superseded` field once none is left. */
export function withoutSuperseded(entry: LockEntry, drop: (id: string) => boolean): LockEntry {
  const { superseded = [], ...rest } = entry;
  const left = superseded.filter((old) => !drop(old.id));
  return left.length > 0 ? { ...rest, superseded: left } : rest;
}

/** Sorted keys, fixed field order, two-space indent, final newline: stable and diffable. */
export function serializeLockfile(lock: Lockfile): string {
  const document: Record<string, unknown> = { version: LOCKFILE_VERSION, avatars: sortedRecord(lock.avatars, orderEntry) };
  const inFlight = lock.in_flight ?? {};
  if (Object.keys(inFlight).length > 0) document.in_flight = sortedRecord(inFlight, (mark) => mark);
  const deleted = lock.deleted ?? {};
  if (Object.keys(deleted).length > 0) document.deleted = sortedRecord(deleted, orderDeletion);
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Windows refuses to rename over a file another process (an antivirus, an indexer, an
 * editor) holds open, with one of these codes, for as long as the hold lasts: moments,
 * as a rule. Elsewhere a rename rarely fails so, and then waiting costs only the waits.
 */
const RENAME_REFUSED = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_WAITS_MS = [20, 40, 80, 160, 320, 640, 1000, 1000]; // about 3 s in all

type Rename = (from: string, to: string) => Promise<void>;

/** Temporary file, fsync, rename: a reader sees the old content or the new, whole. `rename` is for tests. */
export async function writeFileAtomic(file: string, content: string, rename: Rename = fs.rename): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'w', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(temp, file);
      return;
    } catch (error) {
      const wait = RENAME_WAITS_MS[attempt];
      if (wait === undefined || !RENAME_REFUSED.has(errnoCode(error) ?? '')) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      await sleep(wait);
    }
  }
}

/** A change to some keys of the lockfile; `null` removes a key. Applying one twice changes nothing more. */
export interface LockChange {
  avatars?: Record<string, LockEntry | null>;
  in_flight?: Record<string, InFlight | null>;
  /** by avatar id */
  deleted?: Record<string, Deletion | null>;
}

function applyChange(lock: Lockfile, change: LockChange): void {
  for (const [key, entry] of Object.entries(change.avatars ?? {})) {
    if (entry) lock.avatars[key] = entry;
    else delete lock.avatars[key];
  }
  for (const [key, mark] of Object.entries(change.in_flight ?? {})) {
    if (mark) (lock.in_flight ??= {})[key] = mark;
    else delete lock.in_flight?.[key];
  }
  for (const [id, deletion] of Object.entries(change.deleted ?? {})) {
    if (deletion) (lock.deleted ??= {})[id] = deletion;
    else delete lock.deleted?.[id];
  }
}

/** The journal of changes beside a lockfile (`avatars.lock.json.journal`). */
function journalPath(lockfile: string): string {
  return `${lockfile}.journal`;
}

/**
 * The lockfile as the run goes. Each change is appended to a journal beside the lockfile,
 * one line, and synced to disk before `apply` resolves: a change costs time in proportion
 * to its size, not to the lockfile's. Changes that arrive while a sync is under way go out
 * together with the next one. `close` folds the journal into the lockfile (one atomic
 * write) and removes it; a killed run leaves it behind, and the next read folds it.
 */
export class LockStore {
  private queue: Array<{ line: string; resolve(): void; reject(error: unknown): void }> = [];
  private writing: Promise<void> | undefined;
  private journal: FileHandle | undefined;
  private readonly journalFile: string;

  constructor(
    readonly file: string,
    readonly displayPath: string,
    private readonly lock: Lockfile,
  ) {
    this.journalFile = journalPath(file);
  }

  get current(): Readonly<Lockfile> {
    return this.lock;
  }

  get(key: string): LockEntry | undefined {
    return this.lock.avatars[key];
  }

  /** true when the lockfile differs from what the run started with; a CRLF checkout (Windows, core.autocrlf) of the same content is no change */
  changedSince(text: string | null): boolean {
    return serializeLockfile(this.lock) !== (text ?? '').replaceAll('\r\n', '\n');
  }

  apply(change: LockChange): Promise<void> {
    applyChange(this.lock, change);
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(change)}\n`, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      try {
        // opened for synchronous appends: a write returns once it is on disk, as a write and an fsync would, in one call
        this.journal ??= await fs.open(this.journalFile, 'as', 0o644);
        await this.journal.write(batch.map((b) => b.line).join(''));
        for (const b of batch) b.resolve();
      } catch (error) {
        const failure = new AppError('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${(error as Error).message}`, { cause: error });
        for (const b of batch) b.reject(failure);
      }
    }
    this.writing = undefined;
  }

  /**
   * `close`, with its failure returned for the run to report (its changes stay in the
   * journal, which the next run folds in).
   */
  async fold(): Promise<AppError | undefined> {
    try {
      await this.close();
      return undefined;
    } catch (error) {
      return isAppError(error) ? error : new AppError('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${errorMessage(error)}`, { cause: error });
    }
  }

  /** Writes the lockfile whole, once every change is in the journal, then removes the journal. */
  async close(): Promise<void> {
    await this.writing;
    if (!this.journal) return;
    await this.journal.close();
    this.journal = undefined;
    try {
      await writeFileAtomic(this.file, serializeLockfile(this.lock));
    } catch (error) {
      throw new AppError('LOCKFILE_WRITE', `cannot write the lockfile ${this.displayPath}: ${(error as Error).message}; its changes are kept in ${path.basename(this.journalFile)}, which the next run reads`, { cause: error });
    }
    await fs.rm(this.journalFile, { force: true });
  }
}
