/**
 * A push parser for multipart/form-data (RFC 7578 over RFC 2046). It is fed the body in
 * the chunks the socket delivers and reports each part's headers, its content as slices
 * of those chunks, and its end. Content is never copied or kept: the delimiter is found
 * with the native `Buffer.indexOf`, and the only bytes held back between chunks are a
 * tail that might be the start of a delimiter (shorter than the delimiter line).
 * Pure: no I/O, no limits on content; the caller decides what to keep.
 */

/** A body that is not valid multipart/form-data; the message says what is wrong. */
export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultipartError';
  }
}

/** What a part's headers say. */
export interface PartHead {
  /** the `name` parameter of Content-Disposition */
  name: string;
  /** the `filename` (or `filename*`) parameter; null when the part has none */
  filename: string | null;
  /** the media type of Content-Type, lower-cased, without parameters; text/plain by default */
  contentType: string;
}

export interface PartHandler {
  start(head: PartHead): void;
  /** A slice of the part's content; valid only during the call unless the receiver copies it. */
  data(chunk: Buffer): void;
  end(): void;
}

/** The largest header block of one part; a longer one is refused, never buffered. */
export const MAX_PART_HEADER_BYTES = 16 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/** The boundary named by a Content-Type header; throws MultipartError when there is none. */
export function boundaryOf(contentType: string | undefined): string {
  const header = contentType ?? '';
  const semicolon = header.indexOf(';');
  const type = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  if (type !== 'multipart/form-data') throw new MultipartError(`unsupported content type "${type}"`);
  const boundary = semicolon === -1 ? undefined : parseParameters(header.slice(semicolon + 1)).get('boundary');
  if (boundary === undefined || boundary === '') throw new MultipartError('the Content-Type header names no boundary');
  if (boundary.length > 200) throw new MultipartError('the boundary is longer than 200 characters');
  return boundary;
}

type State = 'preamble' | 'delimiter' | 'dash' | 'padding' | 'lf' | 'headers' | 'content' | 'done';

export class MultipartParser {
  private readonly delimiter: Buffer;
  private readonly handler: PartHandler;
  private state: State = 'preamble';
  /** bytes held back: a possible start of the delimiter, or a header block read so far */
  private held: Buffer;

  constructor(boundary: string, handler: PartHandler) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
    this.handler = handler;
    // The first delimiter may open the body, with no line break before it: read the body
    // as if one preceded it.
    this.held = CRLF;
  }

  /** True once the closing delimiter has been read. */
  get finished(): boolean {
    return this.state === 'done';
  }

  /** Feeds the next chunk of the body. Throws MultipartError at the first malformed byte. */
  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      switch (this.state) {
        case 'preamble':
        case 'content':
          at = this.scan(chunk, at);
          break;
        case 'headers':
          at = this.headers(chunk, at);
          break;
        case 'done':
          return; // the epilogue is ignored
        default:
          this.afterDelimiter(chunk[at] as number);
          at += 1;
      }
    }
  }

  /** Says the body has ended; throws MultipartError when it ended before the closing delimiter. */
  end(): void {
    if (this.state !== 'done') throw new MultipartError('the body ended before the closing boundary');
  }

  /** Content (or preamble) up to the next delimiter. Returns where reading stopped. */
  private scan(chunk: Buffer, from: number): number {
    const delimiter = this.delimiter;
    const size = delimiter.length;
    const at = from;
    if (this.held.length > 0) {
      const held = this.held;
      this.held = EMPTY;
      if (chunk.length - at < size) {
        // Too little to decide on its own: join it to what was held and scan that instead.
        const joined = Buffer.concat([held, chunk.subarray(at)]);
        const found = joined.indexOf(delimiter);
        if (found !== -1) {
          this.emit(joined.subarray(0, found));
          this.delimiterFound();
          return at + found + size - held.length;
        }
        this.holdTail(joined, 0);
        return chunk.length;
      }
      // A delimiter that starts in the held bytes ends within the next size - 1 bytes.
      const window = Buffer.concat([held, chunk.subarray(at, at + size - 1)]);
      const found = window.indexOf(delimiter);
      if (found !== -1) {
        this.emit(held.subarray(0, found));
        this.delimiterFound();
        return at + found + size - held.length;
      }
      this.emit(held);
    }
    const found = chunk.indexOf(delimiter, at);
    if (found !== -1) {
      if (found > at) this.emit(chunk.subarray(at, found));
      this.delimiterFound();
      return found + size;
    }
    this.holdTail(chunk, at);
    return chunk.length;
  }

  /** Emits `buffer[from..]` except a tail that could begin a delimiter, which is held. */
  private holdTail(buffer: Buffer, from: number): void {
    const end = buffer.length;
    let keep = 0;
    let candidate = buffer.indexOf(CR, Math.max(from, end - this.delimiter.length + 1));
    while (candidate !== -1) {
      if (buffer.compare(this.delimiter, 0, end - candidate, candidate, end) === 0) {
        keep = end - candidate;
        break;
      }
      candidate = buffer.indexOf(CR, candidate + 1);
    }
    if (end - keep > from) this.emit(buffer.subarray(from, end - keep));
    if (keep > 0) this.held = Buffer.from(buffer.subarray(end - keep));
  }

  private emit(bytes: Buffer): void {
    if (this.state === 'content' && bytes.length > 0) this.handler.data(bytes);
  }

  private delimiterFound(): void {
    if (this.state === 'content') this.handler.end();
    this.state = 'delimiter';
  }

  /** The bytes after a delimiter: `--` closes the body, else optional blanks and CRLF. */
  private afterDelimiter(byte: number): void {
    switch (this.state) {
      case 'delimiter':
        if (byte === DASH) this.state = 'dash';
        else this.padding(byte);
        return;
      case 'dash':
        if (byte !== DASH) throw new MultipartError('a boundary is followed by a single "-"');
        this.state = 'done';
        return;
      case 'padding':
        this.padding(byte);
        return;
      default:
        if (byte !== LF) throw new MultipartError('a boundary line does not end with CRLF');
        this.state = 'headers';
        // An empty header block is a bare CRLF: read headers as if a CRLF preceded them,
        // so that the block always ends at the first CRLF CRLF.
        this.held = CRLF;
    }
  }

  private padding(byte: number): void {
    if (byte === 0x20 || byte === 0x09) this.state = 'padding';
    else if (byte === CR) this.state = 'lf';
    else throw new MultipartError('a boundary line does not end with CRLF');
  }

  /** The header block of a part, up to the blank line. */
  private headers(chunk: Buffer, from: number): number {
    const held = this.held;
    const room = MAX_PART_HEADER_BYTES + HEADER_END.length - held.length;
    const block = Buffer.concat([held, chunk.subarray(from, from + room)]);
    const found = block.indexOf(HEADER_END, Math.max(0, held.length - 3));
    if (found === -1) {
      if (block.length - CRLF.length > MAX_PART_HEADER_BYTES) {
        throw new MultipartError(`a part's header block is longer than ${MAX_PART_HEADER_BYTES} bytes`);
      }
      this.held = block;
      return Math.min(chunk.length, from + room);
    }
    this.held = EMPTY;
    this.state = 'content';
    this.handler.start(parseHead(block.toString('utf8', CRLF.length, found)));
    return from + found + HEADER_END.length - held.length;
  }
}

/** Reads the headers of one part. */
function parseHead(block: string): PartHead {
  const fields = new Map<string, string>();
  let last = '';
  for (const line of block === '' ? [] : block.split('\r\n')) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== '') {
      fields.set(last, `${fields.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`a part header is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  const disposition = fields.get('content-disposition');
  if (disposition === undefined) throw new MultipartError('a part has no Content-Disposition header');
  const semicolon = disposition.indexOf(';');
  const kind = (semicolon === -1 ? disposition : disposition.slice(0, semicolon)).trim().toLowerCase();
  const params = semicolon === -1 ? new Map<string, string>() : parseParameters(disposition.slice(semicolon + 1));
  const name = params.get('name');
  if (kind !== 'form-data' || name === undefined) {
    throw new MultipartError('a part has no "form-data" Content-Disposition with a name');
  }
  const type = fields.get('content-type') ?? '';
  const typeEnd = type.indexOf(';');
  return {
    name,
    filename: params.get('filename*') ?? params.get('filename') ?? null,
    contentType: (typeEnd === -1 ? type : type.slice(0, typeEnd)).trim().toLowerCase() || 'text/plain',
  };
}

/**
 * Header parameters (`; a=b; c="d"`): names lower-cased, quoted strings unescaped, and an
 * extended value (`name*=utf-8''%E2%82%AC`) decoded.
 */
export function parseParameters(text: string): Map<string, string> {
  const params = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    while (at < text.length && (text[at] === ';' || text[at] === ' ' || text[at] === '\t')) at += 1;
    if (at >= text.length) break;
    const equals = text.indexOf('=', at);
    const stop = text.indexOf(';', at);
    if (equals === -1 || (stop !== -1 && stop < equals)) {
      at = stop === -1 ? text.length : stop + 1; // a parameter without a value is ignored
      continue;
    }
    const name = text.slice(at, equals).trim().toLowerCase();
    at = equals + 1;
    while (text[at] === ' ' || text[at] === '\t') at += 1;
    let value = '';
    if (text[at] === '"') {
      at += 1;
      while (at < text.length && text[at] !== '"') {
        if (text[at] === '\\' && at + 1 < text.length) at += 1;
        value += text[at];
        at += 1;
      }
      if (at >= text.length) throw new MultipartError(`the quoted value of parameter "${name}" is not closed`);
      at += 1;
    } else {
      const end = text.indexOf(';', at);
      value = text.slice(at, end === -1 ? text.length : end).trim();
      at = end === -1 ? text.length : end;
    }
    if (name.endsWith('*')) value = decodeExtended(name, value);
    if (!params.has(name)) params.set(name, value);
  }
  return params;
}

/** RFC 8187 `charset'language'percent-encoded`; only UTF-8 and ISO-8859-1 are read. */
function decodeExtended(name: string, value: string): string {
  const match = /^([^']*)'[^']*'(.*)$/.exec(value);
  if (!match) throw new MultipartError(`parameter "${name}" is not charset'language'value`);
  const charset = (match[1] ?? '').toLowerCase();
  const bytes = Buffer.from((match[2] ?? '').replace(/%([0-9a-fA-F]{2})|[^%]/g, (all, hex: string | undefined) =>
    hex === undefined ? all : String.fromCharCode(parseInt(hex, 16)),
  ), 'latin1');
  if (charset === 'utf-8') return bytes.toString('utf8');
  if (charset === 'iso-8859-1') return bytes.toString('latin1');
  throw new MultipartError(`parameter "${name}" uses charset "${charset}"; only UTF-8 and ISO-8859-1 are read`);
}
