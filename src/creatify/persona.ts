/**
 * Parsing of Creatify answers: lenient about extra fields and documented variants
 * (`suitable_industries` as a string or an array, a DRF page envelope around a list),
 * strict about what the rest of the program relies on (a non-empty `id`).
 */
import { AppError } from '../errors.js';
import type { Persona, PersonaCount } from './types.js';

function invalid(message: string, status: number | undefined): AppError {
  return new AppError('API_RESPONSE_INVALID', message, {
    status,
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

/** JSON.parse with an API_RESPONSE_INVALID error naming the operation. */
export function parseJsonBody(text: string, operation: string, status?: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const shown = text.trim() === '' ? 'an empty body' : `"${excerpt(text)}"`;
    throw invalid(`Creatify answered ${operation} with ${shown} instead of JSON.`, status);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NULLABLE_STRING_FIELDS = [
  'gender',
  'process_status',
  'failed_reason',
  'created_at',
  'updated_at',
  'video_scene',
  'keywords',
] as const;

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/**
 * A persona from any endpoint's answer, or undefined when `value` has no usable id.
 * Fields of an unexpected type are dropped rather than passed on with the wrong type.
 */
export function toPersona(value: unknown, fallbackName?: string): Persona | undefined {
  if (!isRecord(value)) return undefined;
  const id = idOf(value.id);
  if (id === undefined) return undefined;
  const creatorName = typeof value.creator_name === 'string' ? value.creator_name : (fallbackName ?? '');
  const persona: Persona = { id, creator_name: creatorName };
  for (const [key, item] of Object.entries(value)) {
    if (key !== 'id' && key !== 'creator_name') persona[key] = item;
  }
  for (const field of NULLABLE_STRING_FIELDS) {
    const item = value[field];
    if (item !== null && item !== undefined && typeof item !== 'string') delete persona[field];
  }
  if (value.is_active !== undefined && value.is_active !== null && typeof value.is_active !== 'boolean') {
    delete persona.is_active;
  }
  const industries = value.suitable_industries;
  if (Array.isArray(industries)) {
    persona.suitable_industries = industries.filter((item): item is string => typeof item === 'string');
  } else if (industries !== undefined && industries !== null && typeof industries !== 'string') {
    delete persona.suitable_industries;
  }
  return persona;
}

/** One persona (a create or get answer); throws API_RESPONSE_INVALID without an id. */
export function parsePersona(value: unknown, operation: string, status?: number, fallbackName?: string): Persona {
  const persona = toPersona(value, fallbackName);
  if (persona === undefined) {
    throw invalid(`Creatify answered ${operation} without an avatar id.`, status);
  }
  return persona;
}

export interface PersonaPage {
  personas: Persona[];
  /** the DRF `next` link, when the answer was a page envelope with more pages */
  next: string | undefined;
}

/**
 * A list answer: a bare array (documented) or `{results: [...], next}` (DRF pagination).
 * Items without an id cannot be referred to by anything, so they are skipped.
 */
export function parsePersonaPage(value: unknown, operation: string, status?: number): PersonaPage {
  let items: unknown;
  let next: string | undefined;
  if (Array.isArray(value)) {
    items = value;
  } else if (isRecord(value) && Array.isArray(value.results)) {
    items = value.results;
    next = typeof value.next === 'string' && value.next !== '' ? value.next : undefined;
  } else {
    throw invalid(`Creatify answered ${operation} with something that is not a list of avatars.`, status);
  }
  const personas: Persona[] = [];
  for (const item of items as unknown[]) {
    const persona = toPersona(item);
    if (persona !== undefined) personas.push(persona);
  }
  return { personas, next };
}

function countField(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
}

export function parseCount(value: unknown, operation: string, status?: number): PersonaCount {
  const max = isRecord(value) ? countField(value.max_count) : undefined;
  const current = isRecord(value) ? countField(value.current_count) : undefined;
  if (max === undefined || current === undefined) {
    throw invalid(`Creatify answered ${operation} without numeric max_count and current_count.`, status);
  }
  return { max_count: max, current_count: current };
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
