/** What is sent to Creatify and the port the engine talks to it through. */
import type { CreateFields } from '../model.js';
import type { Persona, PersonaCount } from './persona.js';

export type { CreateFields, Persona };

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

export type DeleteOutcome = 'deleted' | 'gone';

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
  /** `DELETE /api/personas/{id}/`: 'deleted' on a 2xx, 'gone' on a 404 (unknown here, or not this account's) */
  delete(id: string, options?: RequestOptions): Promise<DeleteOutcome>;
}
