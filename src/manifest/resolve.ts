/**
 * From a validated manifest to resolved avatars: defaults merged, URLs told from paths,
 * globs expanded, placeholders filled, keys checked for uniqueness. File contents are
 * checked afterwards (files.ts) so that all problems of a manifest are reported at once.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Location, Problem } from '../errors.js';
import type { CreateFields } from '../model.js';
import { URL_RULES, urlProblem } from '../util/django-url.js';
import { expandGlob, isGlob } from './glob.js';
import { REQUIRED_AFTER_DEFAULTS, type Manifest, type ManifestAvatar } from './schema.js';
import { fillPlaceholders, valuesForPath, valuesForUrl } from './template.js';
import type { PlaceholderValues } from './template.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

export type PendingSource = { kind: 'file'; path: string } | { kind: 'url'; url: string };

/** An avatar whose files are named but not yet checked or hashed. */
export interface UncheckedAvatar {
  key: string;
  fields: CreateFields;
  lipsync: PendingSource;
  consent?: PendingSource;
  location: Location;
  entry: number;
  /** manifest path of the lipsync_input value, to locate file problems */
  lipsyncPath: PathSegment[];
  consentPath: PathSegment[];
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

type Classified = { kind: 'url'; url: URL } | { kind: 'path'; path: string } | { problem: string; hint?: string };

/** Tells an https URL from a repository path, and rejects what is neither. */
export function classifySource(raw: string): Classified {
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return { problem: 'contains a control character' };
  if (/^[a-zA-Z]:[\\/]/.test(raw) || raw.startsWith('/') || raw.startsWith('\\')) {
    return {
      problem: `is an absolute path (${raw})`,
      hint: 'name files relative to the repository root, e.g. media/james.mp4',
    };
  }
  if (URL_SCHEME.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { problem: `is not a valid URL (${raw})` };
    }
    if (url.protocol !== 'https:') {
      return { problem: `uses ${url.protocol.replace(/:$/, '')}, but only https URLs are allowed`, hint: 'use https://…' };
    }
    // checked as sent: in the normal form, an international host already in punycode
    const refused = urlProblem(url.href, ['https']);
    if (refused !== undefined) return { problem: `is not a URL Creatify accepts: it ${refused}`, hint: URL_RULES };
    return { kind: 'url', url };
  }
  const posix = raw.replace(/\\/g, '/');
  const segments = posix.split('/');
  if (segments.includes('..')) {
    const escapes = path.posix.normalize(posix).split('/')[0] === '..';
    return {
      problem: escapes ? `leads outside the repository (${raw})` : `contains ".." (${raw})`,
      hint: escapes ? 'videos must be inside the repository; ".." is not allowed' : `write the path without "..": ${path.posix.normalize(posix)}`,
    };
  }
  const normal = segments.filter((s) => s !== '' && s !== '.').join('/');
  if (normal === '') return { problem: 'names no file' };
  return { kind: 'path', path: normal };
}

export async function resolveAvatars(
  manifest: Manifest,
  source: YamlSource,
  workspace: string,
  indices: readonly number[] = manifest.avatars.map((_, i) => i),
): Promise<{ avatars: UncheckedAvatar[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const avatars: UncheckedAvatar[] = [];
  const defaults = manifest.defaults ?? {};

  for (const [position, raw] of manifest.avatars.entries()) {
    const entry = indices[position] ?? position;
    const base: PathSegment[] = ['avatars', entry];
    const location = source.locate(base);
    const merged: ManifestAvatar = { ...defaults, ...raw };
    const problem = (field: string, message: string, hint?: string): void => {
      // a value the avatar takes from defaults is blamed on defaults, once
      if (!(field in raw) && field in defaults) {
        const where = `defaults.${field}`;
        if (!problems.some((p) => p.path === where && p.message === `${where} ${message}`)) {
          problems.push({ message: `${where} ${message}`, location: source.locate(['defaults', field]), path: where, ...(hint ? { hint } : {}) });
        }
        return;
      }
      const path = [...base, field];
      problems.push({ message: `avatars[${entry}].${field} ${message}`, location: source.locate(path), path: `avatars[${entry}].${field}`, ...(hint ? { hint } : {}) });
    };

    for (const field of REQUIRED_AFTER_DEFAULTS) {
      if (merged[field] !== undefined) continue;
      problems.push({
        message: `avatars[${entry}] has no ${field}: Creatify requires it for every avatar`,
        location,
        path: `avatars[${entry}]`,
        hint: `set ${field === 'gender' ? 'gender: m, f or nb' : 'video_scene (one word for the backdrop, e.g. office)'} on the avatar, or once in defaults: for all avatars`,
      });
    }

    const lipsync = classifySource(merged.lipsync_input);
    if ('problem' in lipsync) {
      problem('lipsync_input', lipsync.problem, lipsync.hint);
      continue;
    }
    let consent: Classified | undefined;
    if (merged.consent_video !== undefined) {
      consent = classifySource(merged.consent_video);
      if ('problem' in consent) {
        problem('consent_video', consent.problem, consent.hint);
        continue;
      }
      if (consent.kind !== lipsync.kind) {
        problem(
          'consent_video',
          `is ${consent.kind === 'url' ? 'a URL' : 'a file'} but lipsync_input is ${lipsync.kind === 'url' ? 'a URL' : 'a file'}`,
          'both must be files in the repository, or both https URLs',
        );
        continue;
      }
      if (consent.kind === 'path' && isGlob(consent.path)) {
        problem('consent_video', `must name exactly one file, not a glob (${consent.path})`);
        continue;
      }
    }
    const consentSource: PendingSource | undefined =
      consent && !('problem' in consent)
        ? consent.kind === 'url'
          ? { kind: 'url', url: consent.url.href }
          : { kind: 'file', path: consent.path }
        : undefined;

    let matches: { source: PendingSource; values: PlaceholderValues }[];
    if (lipsync.kind === 'url') {
      matches = [{ source: { kind: 'url', url: lipsync.url.href }, values: valuesForUrl(lipsync.url, 1) }];
    } else if (isGlob(lipsync.path) && !existsSync(path.join(workspace, lipsync.path))) {
      // (a file whose name really holds [ ] * or ? is named as it is, not matched as a glob)
      let paths: string[];
      try {
        paths = await expandGlob(workspace, lipsync.path);
      } catch (error) {
        problem('lipsync_input', `could not be expanded: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (paths.length === 0) {
        problem('lipsync_input', `matches no file (${lipsync.path})`, 'check the pattern and that the videos are committed and checked out');
        continue;
      }
      matches = paths.map((p, i) => ({ source: { kind: 'file', path: p }, values: valuesForPath(p, i + 1) }));
    } else {
      matches = [{ source: { kind: 'file', path: lipsync.path }, values: valuesForPath(lipsync.path, 1) }];
    }

    for (const match of matches) {
      if (match.source.kind === 'file' && CONTROL.test(match.source.path)) {
        // it would be written into logs, where a line break could start a workflow command
        problem('lipsync_input', `names a file whose name holds a control character: ${JSON.stringify(match.source.path)}`, 'rename the file');
        break;
      }
      const filled = fillFields(merged, match.values);
      if ('field' in filled) {
        problem(filled.field, filled.message, filled.hint);
        break;
      }
      avatars.push({
        key: filled.key,
        fields: filled.fields,
        lipsync: match.source,
        ...(consentSource ? { consent: consentSource } : {}),
        location,
        entry,
        lipsyncPath: [...base, 'lipsync_input'],
        consentPath: [...base, 'consent_video'],
      });
    }
  }

  problems.push(...duplicateKeys(avatars));
  return { avatars, problems };
}

/** C0 and C1 control characters, DEL included. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

type Refused = { field: string; message: string; hint?: string };
type Filled = { key: string; fields: CreateFields } | Refused;

/**
 * Fills the placeholders of the text fields. Each value is trimmed as Creatify trims it
 * (a file name can bring spaces into "{stem}"), then checked: not blank, at most 255
 * characters. JavaScript's trim leaves nothing Python's strip would take, once control
 * characters are refused, so what is sent is exactly what Creatify stores.
 */
function fillFields(avatar: ManifestAvatar, values: PlaceholderValues): Filled {
  const fill = (field: string, template: string): string | Refused => {
    const result = fillPlaceholders(template, values);
    if ('unknown' in result) {
      return {
        field,
        message: `has an unknown placeholder ${result.unknown}`,
        hint: 'placeholders are {stem} {name} {dir} {index}; write {{ and }} for literal braces',
      };
    }
    if (CONTROL.test(result.value)) {
      // names are written into logs, where a line break could start a workflow command
      return { field, message: `holds a control character (a line break, tab or the like): ${JSON.stringify(result.value)}`, hint: 'use plain text on one line' };
    }
    const value = result.value.trim();
    if (value === '') return { field, message: 'is empty after placeholders are filled in and surrounding spaces trimmed', hint: 'use {stem} or {name}, or plain text' };
    const length = [...value].length;
    if (length > 255) return { field, message: `is too long: at most 255 characters, found ${length}` };
    return value;
  };
  const creatorName = fill('creator_name', avatar.creator_name);
  if (typeof creatorName !== 'string') return creatorName;
  // the key is the product's own, but trimmed alike, so that it names the avatar the
  // same way whether it is given or taken from creator_name
  const key = avatar.key === undefined ? creatorName : fill('key', avatar.key);
  if (typeof key !== 'string') return key;
  const fields: CreateFields = { creator_name: creatorName };
  if (avatar.gender !== undefined) fields.gender = avatar.gender;
  for (const name of ['video_scene', 'keywords'] as const) {
    const value = avatar[name];
    if (value === undefined) continue;
    const filled = fill(name, value);
    if (typeof filled !== 'string') return filled;
    fields[name] = filled;
  }
  if (avatar.labels !== undefined) {
    const labels: string[] = [];
    for (const label of avatar.labels) {
      const filled = fill('labels', label);
      if (typeof filled !== 'string') return filled;
      labels.push(filled);
    }
    fields.labels = labels;
  }
  if (avatar.webhook_url !== undefined) fields.webhook_url = avatar.webhook_url;
  return { key, fields };
}

function duplicateKeys(avatars: UncheckedAvatar[]): Problem[] {
  const seen = new Map<string, UncheckedAvatar>();
  const problems: Problem[] = [];
  // one glob giving one key to many files is one problem, not one per file
  const withinEntry = new Map<string, { first: UncheckedAvatar; count: number }>();
  const describe = (a: UncheckedAvatar) => `avatars[${a.entry}] (line ${a.location.line}${a.lipsync.kind === 'file' ? `, ${a.lipsync.path}` : ''})`;
  for (const avatar of avatars) {
    const first = seen.get(avatar.key);
    if (!first) {
      seen.set(avatar.key, avatar);
      continue;
    }
    if (first.entry === avatar.entry) {
      const group = withinEntry.get(avatar.key) ?? { first, count: 1 };
      group.count += 1;
      withinEntry.set(avatar.key, group);
      continue;
    }
    problems.push({
      message: `duplicate avatar key "${avatar.key}": ${describe(avatar)} has the same key as ${describe(first)}`,
      location: avatar.location,
      path: `avatars[${avatar.entry}]`,
      hint: 'give each avatar a unique creator_name or an explicit key (a glob can use {stem} in it)',
    });
  }
  for (const [key, { first, count }] of withinEntry) {
    problems.push({
      message: `duplicate avatar key "${key}": the ${count} files avatars[${first.entry}] matches all get this key`,
      location: first.location,
      path: `avatars[${first.entry}]`,
      hint: 'use {stem} or {name} in creator_name or key, so that each file gets its own',
    });
  }
  return problems;
}
