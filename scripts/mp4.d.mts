// Types for scripts/mp4.mjs, so TypeScript tests can import it checked.

export type Mp4Brand = 'isom' | 'qt  ';

export interface Mp4Options {
  /** feeds the mdat bytes; a number and its decimal string give the same file (default 0) */
  seed?: string | number;
  /** movie duration written in mvhd, in seconds (default 5) */
  durationSec?: number;
  /** size of the mdat payload in bytes (default 4096) */
  payloadBytes?: number;
  /** major brand: `isom` for MP4, `qt  ` for a QuickTime movie (default `isom`) */
  brand?: Mp4Brand;
  /** size of the zero-filled `free` box body; 0 leaves the box out (default 0) */
  freeBytes?: number;
}

export function makeMp4(options?: Mp4Options): Buffer;
export function writeMp4(path: string, options?: Mp4Options): Promise<Buffer>;
export function lfsPointer(size: number, oid?: string): string;
