/**
 * Creatify persona shapes, lenient in what is accepted (extra fields, documented and
 * observed variants) and strict in what is sent.
 */
import type { CreateFields } from '../model.js';

export type { CreateFields };

/** A persona as GET /api/personas/{id}/ and the lists return it; create responses are a subset. */
export interface Persona {
  id: string;
  creator_name: string;
  gender?: string | null;
  is_active?: boolean | null;
  process_status?: string | null;
  failed_reason?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
  /** documented as a string, observed as an array */
  suitable_industries?: string | string[] | null;
  video_scene?: string | null;
  keywords?: string | null;
  [extra: string]: unknown;
}

export interface PersonaCount {
  max_count: number;
  current_count: number;
}

/** A local video ready to upload: already checked and hashed. */
export interface VideoFile {
  /** absolute path on disk */
  absolutePath: string;
  /** file name sent in the multipart part */
  filename: string;
  size: number;
  /** the planned hash, checked as the file streams out; null: none planned, only reported */
  sha256: string | null;
  contentType: 'video/mp4' | 'video/quicktime';
}

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface UploadOptions extends RequestOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** the SHA-256 of each file as it was streamed, before the body's last bytes go out */
  onHashed?: (field: 'lipsync_input' | 'consent_video', sha256: string) => void;
  /**
   * Awaited after `onHashed`, before the body's last bytes go out: until it settles the
   * server cannot have the whole body, so cannot create anything from it. If it rejects,
   * the upload is aborted.
   */
  beforeLastBytes?: () => Promise<void>;
}

/** The narrow port every engine part talks to; the HTTP client implements it. */
export interface CreatifyApi {
  createFromFiles(
    fields: CreateFields,
    lipsync: VideoFile,
    consent: VideoFile | undefined,
    options?: UploadOptions,
  ): Promise<Persona>;
  createFromUrls(
    fields: CreateFields,
    lipsyncUrl: string,
    consentUrl: string | undefined,
    options?: RequestOptions,
  ): Promise<Persona>;
  get(id: string, options?: RequestOptions): Promise<Persona>;
  list(options?: RequestOptions): Promise<Persona[]>;
  count(options?: RequestOptions): Promise<PersonaCount>;
}
