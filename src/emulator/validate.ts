/**
 * Django REST Framework style validation of the two create endpoints. Every failing field
 * is reported at once as `{"field": ["message", ...]}`, with DRF's stock messages, so a
 * client's error formatting is exercised on the shape it will meet for real.
 *
 * Form bodies (multipart, url-encoded) follow Django's QueryDict rules: the last value of
 * a repeated name wins, except for `labels`, which takes every repeated part. JSON bodies
 * follow DRF's JSON rules: null is its own value, numbers are accepted as strings.
 */
import { urlProblem } from '../util/django-url.js';
import { pythonTypeName } from './body.js';
import type { FilePart } from './multipart.js';
import { GENDERS, type Gender } from './persona.js';

/** One submitted value for a name, as the body parser saw it. */
export type Submitted =
  | { kind: 'text'; value: string }
  | { kind: 'file'; file: FilePart }
  | { kind: 'json'; value: unknown };

export type FieldErrors = Record<string, string[] | Record<string, string[]>>;

type VideoInput = { kind: 'file'; file: FilePart } | { kind: 'url'; url: string };

export interface CleanCreate {
  creator_name: string;
  gender: Gender | null;
  video_scene: string | null;
  keywords: string | null;
  labels: string[];
  webhook_url: string | null;
  gdown_url: string;
  lipsync: VideoInput;
  consent: VideoInput | null;
}

/** 'upload' is POST /api/personas_v2/ (files); 'urls' is POST /api/personas/ (JSON, URLs). */
export type CreateMode = 'upload' | 'urls';

const VIDEO_TYPES = ['video/mp4', 'video/quicktime'] as const;

const MSG = {
  required: 'This field is required.',
  null: 'This field may not be null.',
  blank: 'This field may not be blank.',
  string: 'Not a valid string.',
  url: 'Enter a valid URL.',
  noFile: 'No file was submitted.',
  notFile: 'The submitted data was not a file. Check the encoding type on the form.',
  noName: 'No filename could be determined.',
  emptyFile: 'The submitted file is empty.',
  maxLength: (n: number) => `Ensure this field has no more than ${n} characters.`,
  nameLength: (n: number, has: number) => `Ensure this filename has at most ${n} characters (it has ${has}).`,
  choice: (v: string) => `"${v}" is not a valid choice.`,
  fileType: (t: string) =>
    `Unsupported file type "${t}". Upload a video/mp4 or video/quicktime file.`,
  list: (t: string) => `Expected a list of items but got type "${t}".`,
};

type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const bad = <T>(...errors: string[]): Result<T> => ({ ok: false, errors });

interface CharRules {
  required: boolean;
  allowNull: boolean;
  allowBlank: boolean;
  maxLength?: number;
  /** URL schemes accepted (without the colon); absent: not a URL field */
  url?: readonly string[];
}

/** Python's `str.strip()`: what Python calls whitespace differs from JavaScript's `trim()`. */
const PYTHON_SPACE = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PYTHON_STRIP = new RegExp(`^${PYTHON_SPACE}+|${PYTHON_SPACE}+$`, 'g');
const pythonStrip = (text: string): string => text.replace(PYTHON_STRIP, '');

/** DRF CharField (and URLField) on one submitted value, or on its absence. */
function charField(sub: Submitted | undefined, rules: CharRules): Result<string | null> {
  if (sub === undefined) return rules.required ? bad(MSG.required) : ok(null);
  let raw: string;
  if (sub.kind === 'file') return bad(MSG.string);
  if (sub.kind === 'text') raw = sub.value;
  else if (sub.value === null) return rules.allowNull ? ok(null) : bad(MSG.null);
  else if (typeof sub.value === 'string') raw = sub.value;
  else if (typeof sub.value === 'number' && Number.isFinite(sub.value)) raw = String(sub.value);
  else return bad(MSG.string);

  const value = pythonStrip(raw);
  if (value === '') return rules.allowBlank ? ok('') : bad(MSG.blank);
  const errors: string[] = [];
  if (value.includes('\0')) errors.push('Null characters are not allowed.');
  if (rules.maxLength !== undefined && [...value].length > rules.maxLength) {
    errors.push(MSG.maxLength(rules.maxLength));
  }
  if (rules.url && urlProblem(value, rules.url) !== undefined) errors.push(MSG.url);
  return errors.length > 0 ? bad(...errors) : ok(value);
}

/** Django URLValidator's default schemes; video URLs must be fetchable over the web. */
const ANY_URL = ['http', 'https', 'ftp', 'ftps'] as const;
const WEB_URL = ['http', 'https'] as const;

function genderField(sub: Submitted | undefined, required: boolean): Result<Gender | null> {
  if (sub === undefined) return required ? bad(MSG.required) : ok(null);
  if (sub.kind === 'file') return bad(MSG.choice(sub.file.filename ?? ''));
  if (sub.kind === 'json' && sub.value === null) return bad(MSG.null);
  const text = sub.kind === 'text' ? sub.value : String(sub.value);
  const found = GENDERS.find((g) => g === text);
  return found ? ok(found) : bad(MSG.choice(text));
}

/** Django's FileField default `max_length`. */
const MAX_FILENAME = 100;

/** DRF FileField: a non-empty part, plus the video types Creatify documents. */
function fileField(sub: Submitted | undefined, required: boolean): Result<FilePart | null> {
  if (sub === undefined) return required ? bad(MSG.noFile) : ok(null);
  if (sub.kind === 'json' && sub.value === null && !required) return ok(null);
  if (sub.kind !== 'file') return bad(MSG.notFile);
  const { file } = sub;
  if (file.filename === null || file.filename === '') return bad(MSG.noName);
  if (file.size === 0) return bad(MSG.emptyFile);
  const nameLength = [...file.filename].length;
  if (nameLength > MAX_FILENAME) return bad(MSG.nameLength(MAX_FILENAME, nameLength));
  if (!(VIDEO_TYPES as readonly string[]).includes(file.contentType)) return bad(MSG.fileType(file.contentType));
  return ok(file);
}

/** DRF ListField(child=CharField()): every item a non-blank string. */
function labelsField(subs: Submitted[]): { ok: true; value: string[] } | { ok: false; errors: string[] | Record<string, string[]> } {
  let items: Submitted[] = subs;
  const only = subs.length === 1 ? subs[0] : undefined;
  if (only?.kind === 'json') {
    if (only.value === null) return { ok: false, errors: [MSG.null] };
    if (!Array.isArray(only.value)) return { ok: false, errors: [MSG.list(pythonTypeName(only.value))] };
    items = only.value.map((value: unknown): Submitted => ({ kind: 'json', value }));
  }
  const values: string[] = [];
  const errors: Record<string, string[]> = {};
  items.forEach((item, index) => {
    const result = charField(item, { required: true, allowNull: false, allowBlank: false });
    if (result.ok) values.push(result.value ?? '');
    else errors[String(index)] = result.errors;
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: values };
}

/**
 * Validates one create request. `values` maps each submitted name to everything sent
 * under it, in order. Unknown names are ignored, as DRF ignores them. `requireFields`
 * makes `gender` and `video_scene` required on both endpoints, as documented.
 */
export function validateCreate(
  values: ReadonlyMap<string, Submitted[]>,
  mode: CreateMode,
  requireFields: boolean,
): { ok: true; data: CleanCreate } | { ok: false; errors: FieldErrors } {
  const last = (name: string): Submitted | undefined => values.get(name)?.at(-1);
  const optional = { required: false, allowNull: true, allowBlank: true };
  const errors: FieldErrors = {};
  const take = <T>(name: string, result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    errors[name] = result.errors;
    return undefined;
  };

  // Declaration order of the serializer, which is the order DRF lists errors in.
  const gender = take('gender', genderField(last('gender'), requireFields || mode === 'upload'));
  const creatorName = take(
    'creator_name',
    charField(last('creator_name'), { required: true, allowNull: false, allowBlank: false, maxLength: 255 }),
  );
  const sceneRules = requireFields ? { required: true, allowNull: false, allowBlank: false } : optional;
  const videoScene = take('video_scene', charField(last('video_scene'), { ...sceneRules, maxLength: 255 }));
  const keywords = take('keywords', charField(last('keywords'), { ...optional, maxLength: 255 }));
  const urlRules = { required: true, allowNull: false, allowBlank: false, url: WEB_URL };
  const lipsync: VideoInput | null | undefined =
    mode === 'upload'
      ? toVideo(take('lipsync_input', fileField(last('lipsync_input'), true)))
      : toUrl(take('lipsync_input', charField(last('lipsync_input'), urlRules)));
  const gdownUrl = take('gdown_url', charField(last('gdown_url'), { ...optional, allowNull: false }));
  const labels = labelsField(values.get('labels') ?? []);
  if (!labels.ok) errors['labels'] = labels.errors;
  const webhookUrl = take(
    'webhook_url',
    charField(last('webhook_url'), { ...optional, maxLength: 200, url: ANY_URL }),
  );
  const consent: VideoInput | null | undefined =
    mode === 'upload'
      ? toVideo(take('consent_video', fileField(last('consent_video'), false)))
      : toUrl(take('consent_video', charField(last('consent_video'), { ...urlRules, required: false, allowNull: true })));

  if (Object.keys(errors).length > 0 || typeof creatorName !== 'string' || !lipsync || !labels.ok) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    data: {
      creator_name: creatorName,
      gender: gender ?? null,
      video_scene: videoScene ?? null,
      keywords: keywords ?? null,
      labels: labels.value,
      // A blank webhook means "none"; an empty gdown_url is its documented default.
      webhook_url: webhookUrl || null,
      gdown_url: gdownUrl ?? '',
      lipsync,
      consent: consent ?? null,
    },
  };
}

function toVideo(file: FilePart | null | undefined): VideoInput | null | undefined {
  return file ? { kind: 'file', file } : file;
}

function toUrl(url: string | null | undefined): VideoInput | null | undefined {
  if (url === undefined) return undefined;
  return url ? { kind: 'url', url } : null;
}
