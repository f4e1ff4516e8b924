/**
 * The JSON objects the emulator answers with: the full Persona of GET detail and lists,
 * and the smaller create-serializer object of the two POSTs. Key order follows the
 * upstream documentation so diffs against recorded real answers stay readable.
 */
import { statusAt, type ProcessStatus, type Verdict } from './lifecycle.js';

export const GENDERS = ['m', 'f', 'nb'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Where uploaded files "live". A reserved `.invalid` host, so nothing ever fetches from a
 * real CDN by mistake; the path mimics Creatify's `creators/<id>/...` layout.
 */
const CDN_BASE = 'https://cdn.creatify-emulator.invalid';

/** A persona as the emulator keeps it. Timestamps are microseconds on the emulator clock. */
export interface StoredPersona {
  id: string;
  /** request number of the create that made it; null for the stock catalogue */
  createRequest: number | null;
  createdAtUs: number;
  creatorName: string;
  /** null when a JSON create left it out (it is optional there) */
  gender: Gender | null;
  videoScene: string | null;
  keywords: string | null;
  labels: string[];
  webhookUrl: string | null;
  gdownUrl: string;
  /** what `lipsync_input` echoes: the stored file's URL, or the URL a JSON create gave */
  lipsyncInput: string;
  lipsyncInputUrl: string;
  consentVideo: string | null;
  ageRange: 'child' | 'teen' | 'adult' | 'senior';
  location: 'outdoor' | 'fantasy' | 'indoor' | 'other';
  style: 'selfie' | 'presenter' | 'other';
  /** shown once approved; empty before */
  industries: string[];
  verdict: Verdict;
}

/** GET /api/personas/{id}/ and every list item. */
export interface PersonaJson {
  id: string;
  created_at: string;
  updated_at: string;
  gender: Gender | null;
  creator_name: string;
  suitable_industries: string[];
  preview_image_16_9: string | null;
  preview_image_1_1: string | null;
  preview_image_9_16: string | null;
  preview_video_16_9: string | null;
  preview_video_1_1: string | null;
  preview_video_9_16: string | null;
  landscape_preview_video: string | null;
  squared_preview_video: string | null;
  portrait_preview_video: string | null;
  is_active: boolean;
  process_status: ProcessStatus;
  failed_reason: string;
  type: string;
  age_range: string;
  location: string;
  style: string;
  video_scene: string | null;
  keywords: string | null;
}

/** The 201 body of both create endpoints (the create serializer). */
export interface CreateJson {
  id: string;
  gender: Gender | null;
  creator_name: string;
  consent_video: string | null;
  lipsync_input_url: string;
  matching_voice_non_null: string;
  process_status: 'pending';
  failed_reason: null;
  created_at: string;
  updated_at: string;
  video_scene: string | null;
  keywords: string | null;
  lipsync_input: string;
  gdown_url: string;
  labels: string[];
  webhook_url: string | null;
}

const US_PER_MS = 1000;
/** Creatify stamps carry a US-Pacific offset; a fixed -08:00 is enough for clients to parse. */
const OFFSET_MS = -8 * 60 * 60 * 1000;

/** `2025-01-09T12:26:10.074640-08:00` from microseconds since the epoch. */
function formatTimestamp(us: number): string {
  const ms = Math.floor(us / US_PER_MS);
  const local = new Date(ms + OFFSET_MS).toISOString();
  const fraction = String(us - Math.floor(ms / 1000) * 1000 * US_PER_MS).padStart(6, '0');
  return `${local.slice(0, 19)}.${fraction}-08:00`;
}

export function cdnUrl(id: string, file: string): string {
  return `${CDN_BASE}/creators/${id}/${file}`;
}

function previews(id: string, approved: boolean): Pick<
  PersonaJson,
  | 'preview_image_16_9'
  | 'preview_image_1_1'
  | 'preview_image_9_16'
  | 'preview_video_16_9'
  | 'preview_video_1_1'
  | 'preview_video_9_16'
  | 'landscape_preview_video'
  | 'squared_preview_video'
  | 'portrait_preview_video'
> {
  const url = (file: string): string | null => (approved ? cdnUrl(id, file) : null);
  return {
    preview_image_16_9: url('landscape_preview_image.jpg'),
    preview_image_1_1: url('squared_preview_image.jpg'),
    preview_image_9_16: url('portrait_preview_image.jpg'),
    preview_video_16_9: url('landscape_preview_video.mp4'),
    preview_video_1_1: url('squared_preview_video.mp4'),
    preview_video_9_16: url('portrait_preview_video.mp4'),
    landscape_preview_video: url('landscape_preview_video.mp4'),
    squared_preview_video: url('squared_preview_video_sp.mp4'),
    portrait_preview_video: url('portrait_preview_video.mp4'),
  };
}

/** The Persona object as it reads at `nowMs`. */
export function personaJson(p: StoredPersona, nowMs: number): PersonaJson {
  const createdMs = Math.floor(p.createdAtUs / US_PER_MS);
  const now = statusAt(createdMs, p.verdict, nowMs);
  // While nothing has moved yet, updated_at trails created_at by a few microseconds, as on create.
  const updatedUs = now.sinceMs <= createdMs ? p.createdAtUs + 47 : now.sinceMs * US_PER_MS + 312;
  const industries = now.isActive ? p.industries : [];
  return {
    id: p.id,
    created_at: formatTimestamp(p.createdAtUs),
    updated_at: formatTimestamp(updatedUs),
    gender: p.gender,
    creator_name: p.creatorName,
    // an array as the live API answers (the documentation says a string)
    suitable_industries: [...industries],
    ...previews(p.id, now.isActive),
    is_active: now.isActive,
    process_status: now.status,
    failed_reason: now.failedReason,
    type: 'standard',
    age_range: p.ageRange,
    location: p.location,
    style: p.style,
    video_scene: p.videoScene,
    keywords: p.keywords,
  };
}

/** The create serializer's answer, as sent with the 201. */
export function createJson(p: StoredPersona): CreateJson {
  return {
    id: p.id,
    gender: p.gender,
    creator_name: p.creatorName,
    consent_video: p.consentVideo,
    lipsync_input_url: p.lipsyncInputUrl,
    // Undocumented upstream; the name promises a non-null string, so an empty one.
    matching_voice_non_null: '',
    process_status: 'pending',
    failed_reason: null,
    created_at: formatTimestamp(p.createdAtUs),
    updated_at: formatTimestamp(p.createdAtUs + 47),
    video_scene: p.videoScene,
    keywords: p.keywords,
    lipsync_input: p.lipsyncInput,
    gdown_url: p.gdownUrl,
    labels: [...p.labels],
    webhook_url: p.webhookUrl,
  };
}
