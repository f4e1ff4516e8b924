/**
 * Schema validation of the parsed manifest: every issue becomes a located Problem
 * that says what was expected and what was found.
 */
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { closest } from '../util/suggest.js';
import { KNOWN_KEYS, manifestSchema } from './schema.js';
import type { Manifest } from './schema.js';
import type { PathSegment, YamlSource } from './yaml-source.js';
import { URL_RULES } from '../util/django-url.js';

export interface Validated {
  manifest?: Manifest;
  /** the original index of each avatar in `manifest.avatars` (entries with problems left out) */
  indices?: number[];
  problems: Problem[];
}

export function validateManifest(source: YamlSource): Validated {
  if (source.data === null || source.data === undefined) {
    return {
      problems: [
        {
          message: 'the manifest is empty',
          location: { file: source.file, line: 1, column: 1 },
          hint: 'start it with "version: 1" and a list of "avatars:"',
        },
      ],
    };
  }
  const result = manifestSchema.safeParse(source.data);
  if (result.success) return { manifest: result.data, indices: result.data.avatars.map((_, i) => i), problems: [] };
  const problems = sortProblems(result.error.issues.flatMap((issue) => issueToProblems(issue, source)));
  return { problems, ...partialManifest(source.data, result.error.issues) };
}

/**
 * When only some avatar entries are invalid, the others are still resolved and their
 * files checked, so one run reports every problem of the manifest.
 */
function partialManifest(data: unknown, issues: readonly z.core.$ZodIssue[]): Pick<Validated, 'manifest' | 'indices'> {
  const bad = new Set<number>();
  for (const issue of issues) {
    const [first, second] = issue.path;
    if (first !== 'avatars' || typeof second !== 'number') return {};
    bad.add(second);
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { avatars?: unknown }).avatars)) return {};
  const all = (data as { avatars: unknown[] }).avatars;
  const indices = all.map((_, i) => i).filter((i) => !bad.has(i));
  if (indices.length === 0) return {};
  const result = manifestSchema.safeParse({ ...data, avatars: indices.map((i) => all[i]) });
  return result.success ? { manifest: result.data, indices } : {};
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out || '(top level)';
}

function knownKeysAt(path: readonly PathSegment[]): readonly string[] {
  if (path.length === 0) return KNOWN_KEYS.root;
  if (path[0] === 'defaults') return KNOWN_KEYS.defaults;
  if (path[0] === 'checks') return KNOWN_KEYS.checks;
  return KNOWN_KEYS.avatar;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function issueToProblems(issue: z.core.$ZodIssue, source: YamlSource): Problem[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number');
  const where = formatPath(path);
  const found = valueAt(source.data, path);
  const location = source.locate(path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        const keyPath = [...path, key];
        return {
          message: `unknown key "${key}" in ${where}`,
          path: formatPath(keyPath),
          location: source.locate(keyPath, { key: true }),
          hint:
            key === '<<'
              ? 'YAML merge keys (<<) are not read; put the values avatars share in defaults:'
              : suggestion
                ? `did you mean "${suggestion}"?`
                : `allowed keys: ${known.join(', ')}`,
        };
      });
    }
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'version') {
        if (found === undefined) {
          return [{ message: 'the manifest has no "version" key', path: where, location, hint: 'add "version: 1" as its first line' }];
        }
        return [
          {
            message: `unsupported manifest version ${JSON.stringify(found)}`,
            path: where,
            location,
            hint: 'this release reads "version: 1"',
          },
        ];
      }
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [{ message: `${where} must be one of ${allowed}, not ${describe(found)}`, path: where, location }];
    }
    case 'invalid_type': {
      if (found === undefined) {
        const parent = path.slice(0, -1);
        const key = String(path[path.length - 1]);
        return [
          {
            message: `${formatPath(parent)} is missing the required key "${key}"`,
            path: where,
            location: source.locate(parent),
          },
        ];
      }
      const quote = issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean');
      return [
        {
          message: `${where} must be ${article(issue.expected)}, not ${describe(found)}`,
          path: where,
          location,
          // YAML reads 2026, 1e3 or yes as a number or a boolean
          ...(quote ? { hint: `quote it to keep it text: "${String(found)}"` } : {}),
        },
      ];
    }
    case 'too_big': {
      // limits apply to text as Creatify stores it: trimmed
      const size = typeof found === 'string' ? `${[...found.trim()].length} characters` : Array.isArray(found) ? `${found.length} items` : String(found);
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return [{ message: `${where} is too long: at most ${String(issue.maximum)}${unit}, found ${size}`, path: where, location }];
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        if (typeof found === 'string' && found !== '') {
          return [{ message: `${where} is blank: Creatify trims surrounding spaces, which leaves nothing`, path: where, location, hint: 'give it a value, or leave it out' }];
        }
        return [{ message: `${where} must not be empty`, path: where, location }];
      }
      if (issue.origin === 'array') return [{ message: `${where} must list at least ${String(issue.minimum)} item(s)`, path: where, location }];
      return [{ message: `${where} is too small: at least ${String(issue.minimum)}`, path: where, location }];
    }
    case 'custom': {
      if (issue.params?.url !== true) break;
      if (typeof found === 'string' && !/^https:\/\//i.test(found.trim())) {
        return [{ message: `${where} must be an https URL, not ${describe(found)}`, path: where, location, hint: 'Creatify only calls https webhooks; use https://…' }];
      }
      return [
        {
          message: `${where} is not a URL Creatify accepts: it ${issue.message}`,
          path: where,
          location,
          hint: URL_RULES,
        },
      ];
    }
  }
  return [{ message: `${where}: ${issue.message}`, path: where, location }];
}


function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    array: 'a list',
    object: 'a mapping',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}
