/**
 * Typed errors with stable codes. Callers branch on `code`, never on `instanceof`:
 * a bundle may hold two copies of a class.
 */
export type ErrorCode =
  | 'INPUT_INVALID'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_NOT_FOUND'
  | 'LOCKFILE_INVALID'
  | 'LOCKFILE_WRITE'
  | 'CHECKOUT_OUTDATED'
  | 'FILE_INVALID'
  | 'AUTH_FAILED'
  | 'QUOTA_EXCEEDED'
  | 'API_ERROR'
  | 'API_RESPONSE_INVALID'
  | 'NETWORK_ERROR'
  | 'REQUEST_TIMEOUT'
  /** an upload failed before its last bytes went out: nothing can have been made from it */
  | 'UPLOAD_INCOMPLETE'
  | 'CREATE_FAILED'
  /** a create failed after an attempt whose outcome is unknown: the avatar may exist */
  | 'CREATE_UNCERTAIN'
  | 'CREATE_UNCONFIRMED'
  | 'AVATAR_REJECTED'
  | 'APPROVAL_TIMEOUT'
  | 'CANCELLED'
  /** `import` refused what it was asked: an unknown key or id, a stock avatar, an id held elsewhere */
  | 'IMPORT_REFUSED'
  | 'INTERNAL';

/** A place in a file, 1-based. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One problem found in a manifest or a file it names. */
export interface Problem {
  message: string;
  location?: Location;
  /** dotted path into the manifest, e.g. `avatars[2].gender` */
  path?: string;
  hint?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly problems: readonly Problem[];
  /** HTTP status, when the error is an answer from a server */
  readonly status: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; hint?: string; problems?: readonly Problem[]; status?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
    this.problems = options.problems ?? [];
    this.status = options.status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (error as { name?: unknown }).name === 'AppError'
  );
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return isAppError(error) && error.code === code;
}

/** `file:line:col: message` — the form editors and terminals link. */
export function formatProblem(problem: Problem): string {
  const where = problem.location
    ? `${problem.location.file}:${problem.location.line}:${problem.location.column}: `
    : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${where}${problem.message}${hint}`;
}

/** The `code` of a Node system error (ENOENT, ELOOP, …), if it has one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
