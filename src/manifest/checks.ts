/**
 * The manifest's `checks`: what every local video must be before anything is uploaded.
 * Creatify's review takes a day, and a clip that cannot pass it would waste that day, so
 * a clip outside the checks is refused at plan time, on the line that names it.
 */
import type { Problem } from '../errors.js';
import { shownSize, type VideoMeta } from '../files/video-meta.js';
import { formatSeconds } from '../model.js';
import { parseDuration } from '../util/parse.js';
import type { ManifestChecks } from './schema.js';
import type { YamlSource } from './yaml-source.js';

export interface VideoChecks {
  /** seconds; null: no check */
  minDuration: number | null;
  maxDuration: number | null;
  audio: boolean;
  /** pixels of the shorter side as shown; null: no check */
  minHeight: number | null;
}

/** Clips Creatify's review is reported to accept: 15 s to 5 min, with speech. */
const DEFAULTS: VideoChecks = { minDuration: 15, maxDuration: 300, audio: true, minHeight: null };

/** What a video fails, each with what to do. */
export type Failure = { message: string; hint: string };

function seconds(name: string, value: number | string | null | undefined, fallback: number | null): number | null {
  if (value === undefined) return fallback;
  if (value === null) return null;
  return typeof value === 'number' ? value : parseDuration(name, value) / 1000;
}

export function resolveChecks(checks: ManifestChecks | undefined, source: YamlSource): { checks: VideoChecks; problems: Problem[] } {
  const resolved: VideoChecks = {
    minDuration: seconds('checks.min_duration', checks?.min_duration, DEFAULTS.minDuration),
    maxDuration: seconds('checks.max_duration', checks?.max_duration, DEFAULTS.maxDuration),
    audio: checks?.audio === undefined ? DEFAULTS.audio : checks.audio === true,
    minHeight: checks?.min_height === undefined ? DEFAULTS.minHeight : checks.min_height,
  };
  const { minDuration: min, maxDuration: max } = resolved;
  if (min !== null && max !== null && min > max) {
    const blamed = checks?.min_duration === undefined ? 'max_duration' : 'min_duration';
    return {
      checks: resolved,
      problems: [
        {
          message: `checks.min_duration (${formatSeconds(min, true)}) is longer than checks.max_duration (${formatSeconds(max, true)}): no clip could pass`,
          location: source.locate(['checks', blamed]),
          path: `checks.${blamed}`,
          hint: 'make min_duration shorter than max_duration, or set one of them to null',
        },
      ],
    };
  }
  return { checks: resolved, problems: [] };
}

const RANGE_HINT = "Creatify's review is reported to take clips of 15 s to 5 min: trim or re-record the clip, or change checks in the manifest";

/** What a lipsync clip fails of `checks`; empty when it passes. */
export function checkLipsync(name: string, meta: VideoMeta, checks: VideoChecks): Failure[] {
  const failures: Failure[] = [];
  if (meta.video === null) failures.push(noVideo(name));
  const length = formatSeconds(meta.duration);
  if (meta.durationUnknown !== undefined && (checks.minDuration !== null || checks.maxDuration !== null)) {
    // whether Creatify takes a fragmented MP4 is not known either: a plain one is safe on both counts
    failures.push({
      message: `${name} is a fragmented MP4 whose length cannot be read (${meta.durationUnknown}), so checks.min_duration and checks.max_duration cannot be checked`,
      hint: 'remux it into a plain MP4, which states its length: `ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4`; or set checks.min_duration and checks.max_duration to null to send it unchecked',
    });
  } else if (checks.minDuration !== null && meta.duration < checks.minDuration) {
    failures.push({
      message: `${name} is ${length} long; checks need at least ${formatSeconds(checks.minDuration, true)} (checks.min_duration)`,
      hint: RANGE_HINT,
    });
  } else if (checks.maxDuration !== null && meta.duration > checks.maxDuration) {
    failures.push({
      message: `${name} is ${length} long; checks allow at most ${formatSeconds(checks.maxDuration, true)} (checks.max_duration)`,
      hint: RANGE_HINT,
    });
  }
  if (checks.audio && !meta.audio) {
    failures.push({
      message: `${name} has no audio track; checks need one (checks.audio): the avatar learns its lip movements from the speech`,
      hint: 'use a clip recorded with sound, or set checks.audio: false if Creatify should take it anyway',
    });
  }
  if (checks.minHeight !== null && meta.video !== null) {
    const shown = shownSize(meta.video);
    const shorter = Math.min(shown.width, shown.height);
    if (shorter < checks.minHeight) {
      const rotated = meta.video.rotation === 0 ? '' : ` (stored ${meta.video.width}x${meta.video.height}, rotated ${meta.video.rotation}°)`;
      failures.push({
        message: `${name} is ${shown.width}x${shown.height}${rotated}, its shorter side ${shorter} px; checks need at least ${checks.minHeight} px (checks.min_height)`,
        hint: 'use a clip of a higher resolution, or lower checks.min_height',
      });
    }
  }
  return failures;
}

/** A consent clip only has to be a real video. */
export function checkConsent(name: string, meta: VideoMeta): Failure[] {
  return meta.video === null ? [noVideo(name)] : [];
}

function noVideo(name: string): Failure {
  return { message: `${name} has no video track (it holds only sound or other data)`, hint: 'name the video file itself' };
}
