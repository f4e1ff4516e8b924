/**
 * Everything the emulator remembers: the account's personas, what each create request
 * carried, request counts, faults and uploads in flight. One Store per running emulator;
 * all of it is in memory and `reset` empties it.
 */
import { randomUUID } from 'node:crypto';
import { FaultPlan, type FaultConfig, type InjectedFault } from './faults.js';
import { DEFAULT_FAIL_REASON, DEFAULT_REJECT_REASON, type Outcome } from './lifecycle.js';
import type { FilePart, UploadObserver } from './multipart.js';
import type { ResolvedOptions } from './options.js';
import { cdnUrl, personaJson, type PersonaJson, type StoredPersona } from './persona.js';
import { stockPersonas } from './stock.js';
import type { CleanCreate, FieldErrors } from './validate.js';

/** What one processed create request carried and what came of it. */
export interface CreateRecord {
  /** number of the /api/ request (1-based, counting every /api/ request) */
  request: number;
  /** emulator-clock time, ISO 8601 UTC */
  at: string;
  /** `/api/personas_v2/` (upload) or `/api/personas/` (JSON, URLs) */
  route: string;
  /** how the body was encoded ('other': a media type the endpoint refuses with 415) */
  body: 'multipart' | 'json' | 'none' | 'other';
  /** the Content-Type header as sent, null when absent */
  contentType: string | null;
  /** the Content-Length header as a number, null when absent */
  contentLength: number | null;
  /** true when the body came with Transfer-Encoding: chunked */
  chunked: boolean;
  /**
   * Text fields received. Form bodies: a string per name, or an array when the name was
   * repeated. JSON bodies: the parsed members as sent.
   */
  fields: Record<string, unknown>;
  /** every file part, in arrival order, with its size and SHA-256 */
  files: FilePart[];
  /** the status the emulator decided on (also when a fault then dropped the answer) */
  status: number;
  /** the persona created, or null */
  personaId: string | null;
  /** the error body of a refused create, or null */
  errors: FieldErrors | { detail: string } | null;
}

/** A persona with everything the emulator knows about it. */
interface PersonaRecord {
  /** exactly what GET /api/personas/{id}/ answers at this moment */
  persona: PersonaJson;
  /** number of the create request that made it */
  request: number;
  /** how and when its review ends (ISO 8601 UTC), and whether an admin call decided it */
  verdict: { outcome: Outcome; at: string; reason: string; forced: boolean };
}

/** A file part still streaming in. */
export interface UploadInFlight {
  request: number;
  field: string;
  filename: string | null;
  contentType: string;
  /** bytes hashed so far */
  bytes: number;
}

/** A snapshot of the emulator; GET /_emulator/state answers the same. */
export interface EmulatorState {
  /** emulator clock, ISO 8601 UTC and epoch ms */
  now: string;
  nowMs: number;
  /** the account's custom avatars, oldest first */
  personas: PersonaRecord[];
  /** `peak_count`: the most custom avatars the account held at once (a test's "at every moment") */
  count: { max_count: number; current_count: number; peak_count: number };
  /** every create request that was processed (not those a fault answered first) */
  creates: CreateRecord[];
  /** /api/ requests: total, and per `METHOD /route/template/` (e.g. `GET /api/personas/{id}/`) */
  requests: { total: number; byRoute: Record<string, number> };
  /** the fault setup as it stands (queue minus spent entries), and every fault applied */
  faults: { config: FaultConfig; injected: InjectedFault[] };
  uploadsInFlight: UploadInFlight[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

export class Store {
  private personas = new Map<string, StoredPersona>();
  private creates: CreateRecord[] = [];
  private counts = new Map<string, number>();
  private peak = 0;
  private total = 0;
  private injected: InjectedFault[] = [];
  private uploads = new Set<UploadInFlight>();
  private lastUs = 0;
  faults = new FaultPlan();
  private readonly stock = new Map(stockPersonas().map((p) => [p.id, p]));

  constructor(private readonly options: ResolvedOptions) {}

  /** Counts one /api/ request and returns its number. */
  countRequest(key: string): number {
    this.total += 1;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return this.total;
  }

  setFaults(config: FaultConfig): void {
    this.faults = new FaultPlan(config);
  }

  recordFault(fault: InjectedFault): void {
    this.injected.push(fault);
  }

  recordCreate(record: CreateRecord): void {
    this.creates.push(record);
  }

  /** Number of custom avatars counted against the quota: all of them, rejected ones too. */
  currentCount(): number {
    return this.personas.size;
  }

  /** Creates a persona from a validated request. */
  addPersona(data: CleanCreate, request: number): StoredPersona {
    const nowMs = this.options.now();
    const id = randomUUID();
    // Sub-millisecond digits vary per create and stamps never repeat or go backwards.
    const createdAtUs = Math.max(nowMs * 1000 + ((request * 7919) % 1000), this.lastUs + 1);
    this.lastUs = createdAtUs;
    const ext = (input: CleanCreate['lipsync']): string =>
      input.kind === 'file' && input.file.contentType === 'video/quicktime' ? 'mov' : 'mp4';
    const lipsyncUrl = cdnUrl(id, `lipsync_input.${ext(data.lipsync)}`);
    const rejected = this.options.rejectPattern?.test(data.creator_name) ?? false;
    const stored: StoredPersona = {
      id,
      createRequest: request,
      createdAtUs,
      creatorName: data.creator_name,
      gender: data.gender,
      videoScene: data.video_scene,
      keywords: data.keywords,
      labels: data.labels,
      webhookUrl: data.webhook_url,
      gdownUrl: data.gdown_url,
      lipsyncInput: data.lipsync.kind === 'url' ? data.lipsync.url : lipsyncUrl,
      lipsyncInputUrl: lipsyncUrl,
      consentVideo: data.consent ? cdnUrl(id, `consent_video.${ext(data.consent)}`) : null,
      ageRange: 'adult',
      location: 'indoor',
      style: 'presenter',
      industries: ['General'],
      verdict: {
        outcome: rejected ? 'rejected' : 'done',
        atMs: nowMs + this.options.approveAfterMs,
        reason: rejected ? DEFAULT_REJECT_REASON : '',
        forced: false,
      },
    };
    this.personas.set(id, stored);
    this.peak = Math.max(this.peak, this.personas.size);
    return stored;
  }

  /** A custom persona of this account. */
  mine(id: string): StoredPersona | undefined {
    return this.personas.get(id);
  }

  /** Deletes a custom persona; false when the account has none with this id. */
  remove(id: string): boolean {
    return this.personas.delete(id);
  }

  /** A custom or stock persona. */
  find(id: string): StoredPersona | undefined {
    return this.mine(id) ?? this.stock.get(id);
  }

  /** The account's custom avatars, oldest first. */
  listMine(): StoredPersona[] {
    return [...this.personas.values()];
  }

  /** The catalogue of GET /api/personas/: stock avatars, then this account's approved ones. */
  listCatalogue(nowMs: number): StoredPersona[] {
    const approved = this.listMine().filter((p) => personaJson(p, nowMs).is_active);
    return [...this.stock.values(), ...approved];
  }

  /** Ends a persona's review now, whatever its configured outcome. */
  force(id: string, outcome: Outcome, reason?: string): StoredPersona | undefined {
    const stored = this.mine(id);
    if (!stored) return undefined;
    const fallback = outcome === 'failed' ? DEFAULT_FAIL_REASON : outcome === 'rejected' ? DEFAULT_REJECT_REASON : '';
    stored.verdict = { outcome, atMs: this.options.now(), reason: reason ?? fallback, forced: true };
    return stored;
  }

  /** Registers the file parts of one request as they stream, for the in-flight view. */
  uploadObserver(request: number): UploadObserver {
    return {
      start: (part) => {
        const upload: UploadInFlight = { request, ...part, bytes: 0 };
        this.uploads.add(upload);
        return {
          progress: (bytes) => {
            upload.bytes = bytes;
          },
          end: () => {
            this.uploads.delete(upload);
          },
        };
      },
    };
  }

  snapshot(): EmulatorState {
    const nowMs = this.options.now();
    const o = this.options;
    return structuredClone({
      now: iso(nowMs),
      nowMs,
      personas: this.listMine().map((stored) => ({
        persona: personaJson(stored, nowMs),
        request: stored.createRequest ?? 0,
        verdict: {
          outcome: stored.verdict.outcome,
          at: iso(stored.verdict.atMs),
          reason: stored.verdict.reason,
          forced: stored.verdict.forced,
        },
      })),
      count: { max_count: o.quota, current_count: this.currentCount(), peak_count: this.peak },
      creates: this.creates,
      requests: { total: this.total, byRoute: Object.fromEntries(this.counts) },
      faults: { config: this.faults.current(), injected: this.injected },
      uploadsInFlight: [...this.uploads],
    } satisfies EmulatorState);
  }

  /** Forgets everything: personas, records, counts and faults. Uploads in flight finish. */
  reset(): void {
    this.personas = new Map();
    this.creates = [];
    this.counts = new Map();
    this.peak = 0;
    this.total = 0;
    this.injected = [];
    this.faults = new FaultPlan();
  }
}
