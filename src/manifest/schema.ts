/**
 * The manifest schema: the one source of the manifest's TypeScript types, of its
 * validation and of the JSON Schema file that editors use (schema/avatars.schema.json).
 */
import { z } from 'zod';
import { urlProblem } from '../util/django-url.js';
import { DURATION_PATTERN } from '../util/parse.js';

const MANIFEST_VERSION = 1;

/** Placeholders a templated string may hold; see expand.ts. */
export const PLACEHOLDERS = ['stem', 'name', 'dir', 'index'] as const;

const gender = z
  .enum(['m', 'f', 'nb'])
  .meta({
    description:
      'Gender of the person: m (male), f (female) or nb (non-binary). Required for every avatar: set it on the avatar or in defaults.',
  });

/**
 * Creatify's framework (Django REST Framework) trims text of surrounding whitespace before
 * it checks and stores it, so the manifest does too: limits apply to the trimmed value,
 * and what is sent is what Creatify stores, which the recovery compares with. Limits
 * count characters as Python does (code points; zod's `max` counts UTF-16 units, and
 * would refuse 200 emoji that Creatify takes).
 */
const atMost =
  (max: number) =>
  (value: string, ctx: z.RefinementCtx): void => {
    if ([...value].length > max) ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value });
  };

const trimmed = (max: number) => z.string().trim().min(1).superRefine(atMost(max)).meta({ maxLength: max });

const text255 = (description: string) => trimmed(255).meta({ description });

const webhookUrl = z
  .string()
  .trim()
  .superRefine(atMost(200))
  .superRefine((value, ctx) => {
    const problem = urlProblem(value, ['https']);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, params: { url: true } });
  })
  .meta({
    description: 'https URL that Creatify calls when the avatar is created (at most 200 characters).',
    maxLength: 200,
    format: 'uri',
    pattern: '^https://',
  });

const source = z
  .string()
  .min(1)
  .meta({
    description:
      'A path or glob relative to the repository root (one avatar per matched file), or an https URL.',
  });

/** Fields that `defaults` may set and every avatar may override. */
const sharedFields = {
  gender: gender.optional(),
  video_scene: text255(
    'One word for the backdrop of the video, e.g. office. Required for every avatar: set it on the avatar or in defaults.',
  ).optional(),
  keywords: text255('Comma-separated keywords, at most 255 characters.').optional(),
  labels: z
    .array(trimmed(255))
    .meta({ description: 'Free tags stored with the avatar.' })
    .optional(),
  webhook_url: webhookUrl.optional(),
};

const NOT_DURATION = 'must be a duration such as 90s or 5m, a number of seconds, or null to turn the check off';

const duration = (description: string) =>
  z
    .union(
      [
        z.number().min(0),
        // a refinement rather than .regex(), for a message that says what a duration is
        z
          .string()
          .refine((value) => DURATION_PATTERN.test(value), { error: (issue) => `${NOT_DURATION}, not ${JSON.stringify(issue.input)}` })
          .meta({ pattern: DURATION_PATTERN.source }),
        z.null(),
      ],
      { error: NOT_DURATION },
    )
    .meta({ description })
    .optional();

const checksSchema = z
  .strictObject({
    min_duration: duration('Shortest clip accepted, e.g. 15s (the default); null turns the check off.'),
    max_duration: duration('Longest clip accepted, e.g. 5m (the default); null turns the check off.'),
    audio: z
      .boolean()
      .nullable()
      .meta({ description: 'The clip must have an audio track (default true: lipsync needs speech); false or null turns the check off.' })
      .optional(),
    min_height: z
      .number()
      .int()
      .positive()
      .nullable()
      .meta({ description: 'Fewest pixels on the shorter side of the video as shown (after rotation); default null, no check.' })
      .optional(),
  })
  .meta({ description: 'What every local video must be, checked before anything is uploaded.' });

const defaultsSchema = z
  .strictObject(sharedFields)
  .meta({ description: 'Fields merged into every avatar; an avatar’s own value wins.' });

const avatarSchema = z
  .strictObject({
    key: trimmed(255)
      .meta({
        description:
          'Stable identity of the avatar in the lockfile (default: creator_name). Placeholders {stem} {name} {dir} {index} allowed.',
      })
      .optional(),
    creator_name: z
      .string()
      .trim()
      .min(1)
      .meta({
        description:
          'Name of the real person behind the avatar, 1 to 255 characters after placeholders {stem} {name} {dir} {index} are filled in.',
      }),
    lipsync_input: source,
    consent_video: source
      .meta({ description: 'Optional consent clip: one file (no glob) or one https URL, of the same kind as lipsync_input.' })
      .optional(),
    ...sharedFields,
  })
  .meta({ description: 'One avatar, or one per file when lipsync_input is a glob.' });

export const manifestSchema = z
  .strictObject({
    version: z.literal(MANIFEST_VERSION).meta({ description: 'Manifest format version; must be 1.' }),
    checks: checksSchema.optional(),
    defaults: defaultsSchema.optional(),
    avatars: z.array(avatarSchema).min(1).meta({ description: 'The avatars to create.' }),
  })
  .meta({
    title: 'Creatify avatars manifest',
    description: 'Declares the Creatify custom avatars made from videos in this repository.',
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestAvatar = z.infer<typeof avatarSchema>;
export type ManifestChecks = z.infer<typeof checksSchema>;

/** Keys each object of the manifest accepts, for "did you mean" suggestions. */
export const KNOWN_KEYS = {
  root: Object.keys(manifestSchema.shape),
  defaults: Object.keys(defaultsSchema.shape),
  checks: Object.keys(checksSchema.shape),
  avatar: Object.keys(avatarSchema.shape),
} as const;

/** "Required once defaults are applied": when defaults lack the field, every avatar must have it. */
function requiredAfterDefaults(field: string): Record<string, unknown> {
  return {
    if: { required: ['defaults'], properties: { defaults: { required: [field] } } },
    else: { properties: { avatars: { items: { required: [field] } } } },
  };
}

/** Fields every avatar needs once `defaults` are applied (Creatify's guide lists both as required). */
export const REQUIRED_AFTER_DEFAULTS = ['gender', 'video_scene'] as const;

export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://creatify-avatars.dev/schema/avatars.schema.json',
    allOf: REQUIRED_AFTER_DEFAULTS.map(requiredAfterDefaults),
  };
}
