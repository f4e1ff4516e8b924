/**
 * The two create endpoints: POST /api/personas_v2/ (multipart upload; a JSON body parses
 * too, but cannot carry the file) and POST /api/personas/ (JSON with video
 * URLs). Every processed create is recorded with what it carried, so tests can check the
 * exact bytes and fields a client sent.
 */
import type { ApiContext } from './context.js';
import { BodyError, drain, mediaType, pythonTypeName, readBody } from './body.js';
import { parseMultipart, type FilePart, type TextPart } from './multipart.js';
import { createJson } from './persona.js';
import { detail, json, type Reply } from './reply.js';
import type { CreateRecord } from './store.js';
import { validateCreate, type CreateMode, type Submitted } from './validate.js';

type BodyKind = CreateRecord['body'];

interface Parsed {
  values: Map<string, Submitted[]>;
  files: FilePart[];
  fields: Record<string, unknown>;
}

function add(values: Map<string, Submitted[]>, name: string, value: Submitted): void {
  const list = values.get(name);
  if (list) list.push(value);
  else values.set(name, [value]);
}

/** Form semantics: Django puts files after text values of the same name, so a file wins. */
function fromForm(textParts: TextPart[], files: FilePart[]): Parsed {
  const values = new Map<string, Submitted[]>();
  const fields: Record<string, string | string[]> = {};
  for (const part of textParts) {
    add(values, part.name, { kind: 'text', value: part.value });
    const seen = fields[part.name];
    fields[part.name] = seen === undefined ? part.value : [...(Array.isArray(seen) ? seen : [seen]), part.value];
  }
  for (const file of files) add(values, file.field, { kind: 'file', file });
  return { values, files, fields };
}

/** Parses a JSON body; a syntax error or a non-object is answered as DRF answers it. */
function fromJson(text: string): Parsed | Reply {
  let data: unknown = {};
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return detail(400, `JSON parse error - ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return json(400, {
      non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonTypeName(data)}.`],
    });
  }
  const fields = { ...(data as Record<string, unknown>) };
  const values = new Map<string, Submitted[]>();
  for (const [name, value] of Object.entries(fields)) values.set(name, [{ kind: 'json', value }]);
  return { values, files: [], fields };
}

const EMPTY: Parsed = { values: new Map(), files: [], fields: {} };

/** Reads the body by its media type. Returns the parse, or the answer when it cannot. */
async function parseBody(ctx: ApiContext, mode: CreateMode, type: string): Promise<{ kind: BodyKind; parsed: Parsed | Reply }> {
  const { req } = ctx;
  if (type === '') {
    // DRF reads a body without a Content-Type as empty data: every required field fails.
    await drain(req);
    return { kind: 'none', parsed: EMPTY };
  }
  if (type === 'application/json') {
    return { kind: 'json', parsed: fromJson((await readBody(req)).toString('utf8')) };
  }
  if (mode === 'upload' && type === 'multipart/form-data') {
    const body = await parseMultipart(req, ctx.store.uploadObserver(ctx.request));
    return { kind: 'multipart', parsed: fromForm(body.text, body.files) };
  }
  // The JSON endpoint is documented with JSON only; the emulator refuses the rest.
  await drain(req);
  return {
    kind: 'other',
    parsed: detail(415, `Unsupported media type "${req.headers['content-type'] ?? ''}" in request.`),
  };
}

function isReply(value: Parsed | Reply): value is Reply {
  return 'status' in value;
}

/**
 * Handles one create. The quota is checked after validation, so a bad request learns about
 * its fields first. Quota exhaustion is undocumented upstream; the emulator answers it as
 * a 400 with a `detail` message naming the limit, the likeliest DRF shape.
 */
export async function createPersona(
  ctx: ApiContext,
  mode: CreateMode,
): Promise<{ reply: Reply; personaId: string | null }> {
  const { req, store, options } = ctx;
  const lengthHeader = req.headers['content-length'];
  const record: CreateRecord = {
    request: ctx.request,
    at: new Date(options.now()).toISOString(),
    route: ctx.url.pathname,
    body: 'none',
    contentType: req.headers['content-type'] ?? null,
    contentLength: lengthHeader === undefined ? null : Number(lengthHeader),
    chunked: /\bchunked\b/i.test(req.headers['transfer-encoding'] ?? ''),
    fields: {},
    files: [],
    status: 0,
    personaId: null,
    errors: null,
  };
  const finish = (reply: Reply, personaId: string | null = null): { reply: Reply; personaId: string | null } => {
    record.status = reply.status;
    record.personaId = personaId;
    if (reply.status >= 400) record.errors = JSON.parse(reply.body) as CreateRecord['errors'];
    store.recordCreate(record);
    return { reply, personaId };
  };

  let parsed: Parsed | Reply;
  try {
    const result = await parseBody(ctx, mode, mediaType(req));
    record.body = result.kind;
    parsed = result.parsed;
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    await drain(req);
    return finish(detail(error.status, error.message));
  }
  if (isReply(parsed)) return finish(parsed);
  record.fields = parsed.fields;
  record.files = parsed.files;

  const checked = validateCreate(parsed.values, mode, options.requireFields);
  if (!checked.ok) return finish(json(400, checked.errors));
  if (store.currentCount() >= options.quota) {
    return finish(detail(400, `You have reached the maximum number of custom avatars (${options.quota}).`));
  }
  const persona = store.addPersona(checked.data, ctx.request);
  return finish(json(201, createJson(persona)), persona.id);
}
