/**
 * Parsing of Creatify answers: lenient about extra fields and documented variants (a DRF
 * page envelope around a list, nulls), strict about the fields the program relies on.
 */
import { z } from 'zod';
import { AppError, isAppError } from '../errors.js';

function invalid(message: string, status: number | undefined, cause?: unknown): AppError {
  return new AppError('API_RESPONSE_INVALID', message, {
    status,
    cause,
    hint: 'Check that api-url points at the Creatify API (or a faithful proxy of it).',
  });
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

/**
 * The whole body of an answer as text, refused (and the stream destroyed) beyond `limit`
 * bytes, so a wrong api-url serving a huge page cannot fill the memory.
 */
export async function readLimitedText(
  body: AsyncIterable<unknown> & { destroy(): unknown },
  declaredLength: string | undefined,
  limit: number,
  operation: string,
): Promise<string> {
  const tooLarge = (): AppError =>
    invalid(`Creatify answered ${operation} with more than ${limit} bytes; refusing to read it.`, undefined);
  if (declaredLength !== undefined && Number(declaredLength) > limit) {
    body.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON.parse with an API_RESPONSE_INVALID error naming the operation (its cause the SyntaxError). */
export function isUnparsedBody(error: unknown): boolean {
  return isAppError(error) && error.code === 'API_RESPONSE_INVALID' && error.cause instanceof SyntaxError;
}

export function parseJsonBody(text: string, operation: string, status?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const shown = text.trim() === '' ? 'an empty body' : `"${excerpt(text)}"`;
    throw invalid(`Creatify answered ${operation} with ${shown} instead of JSON.`, status, error);
  }
}

/** `[2].created_at`, `max_count`: where in the answer a problem is. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** `value` checked against `schema`; a mismatch is API_RESPONSE_INVALID naming the first bad field. */
function check<T extends z.ZodType>(schema: T, value: unknown, what: string, operation: string, status: number | undefined): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${fieldPath(issue.path)}: ${issue.message})` : issue ? ` (${issue.message})` : '';
  throw invalid(`Creatify answered ${operation} with ${what}${where}.`, status);
}

const dateTime = z.string().refine((value) => timestampMs(value) !== undefined, 'not a date-time');

/**
 * A create's answer: only the id is relied on (the name sent and our own clock fill the
 * rest). The answer of the URL create was never documented, so nothing more is required.
 * Unknown fields pass through untouched; the fields the program reads must have their
 * documented type (null accepted) rather than being silently dropped.
 */
const createdSchema = z.looseObject({
  // a uuid as documented; an integer id (seen from look-alike servers) is taken as its digits
  id: z.union([z.string().trim().min(1), z.int().transform(String)]),
  creator_name: z.string().optional(),
  created_at: z.string().nullish(),
  is_active: z.boolean().nullish(),
  process_status: z.string().nullish(),
  failed_reason: z.string().nullish(),
});

/**
 * A persona from a GET or a list: also its name and creation time, documented as always
 * there, which finding a create whose answer was lost depends on.
 */
const personaSchema = createdSchema.extend({ creator_name: z.string(), created_at: dateTime });

/** A persona as the client returns it; a create's answer may lack `created_at`. */
export type Persona = z.output<typeof createdSchema> & { creator_name: string };

/** A GET's answer. */
export function parsePersona(value: unknown, operation: string, status?: number): Persona {
  return check(personaSchema, value, 'an avatar that is not as documented', operation, status);
}

/** A create's answer; `sentName` stands in for a `creator_name` it does not echo. */
export function parseCreated(value: unknown, operation: string, status: number, sentName: string): Persona {
  const persona = check(createdSchema, value, 'an avatar that is not as documented', operation, status);
  return { ...persona, creator_name: persona.creator_name ?? sentName };
}

export interface PersonaPage {
  personas: Persona[];
  /** the DRF `next` link, when the answer was a page envelope with more pages */
  next: string | undefined;
}

/**
 * A list answer: a bare array (documented) or `{results: [...], next}` (DRF pagination).
 * Every item must be a whole persona: one skipped could be the very avatar a lost create
 * made, and a run that cannot see it would create it again.
 */
const listSchema = z.array(personaSchema);
const pageSchema = z.looseObject({ results: listSchema, next: z.string().nullish() });

export function parsePersonaPage(value: unknown, operation: string, status?: number): PersonaPage {
  const what = 'something that is not a list of avatars as documented';
  if (Array.isArray(value)) return { personas: check(listSchema, value, what, operation, status), next: undefined };
  const page = check(pageSchema, value, what, operation, status);
  return { personas: page.results, next: page.next || undefined };
}

/**
 * The stock catalogue's ids. Nothing else of its (many) items is read, so nothing else is
 * checked: a stock avatar shaped unlike the documentation fails no import.
 */
const idsSchema = z.array(z.looseObject({ id: createdSchema.shape.id }));

export function parseIds(value: unknown, operation: string, status?: number): string[] {
  const items: unknown = Array.isArray(value) ? value : check(z.looseObject({ results: z.array(z.unknown()) }), value, 'something that is not a list of avatars', operation, status).results;
  return check(idsSchema, items, 'something that is not a list of avatars', operation, status).map((item) => item.id);
}

/** A count: an integer, also accepted as a string of digits. */
const count = z.union([z.number(), z.string().regex(/^\s*\d+\s*$/).transform(Number)]).pipe(z.number().int().min(0));
const countSchema = z.object({ max_count: count, current_count: count });

export type PersonaCount = z.output<typeof countSchema>;

export function parseCount(value: unknown, operation: string, status?: number): PersonaCount {
  return check(countSchema, value, 'a count that is not as documented', operation, status);
}

/**
 * `created_at` as epoch milliseconds. Creatify sends microseconds and an offset
 * (`2025-01-09T12:26:10.074640-08:00`); the fraction is cut to milliseconds first so the
 * result does not depend on how lenient the runtime's date parser is.
 */
export function timestampMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const normalised = value.trim().replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? undefined : ms;
}
