/**
 * Placeholders in manifest strings: {stem} {name} {dir} {index}; `{{` and `}}` stand
 * for literal braces.
 */
import { PLACEHOLDERS } from './schema.js';

type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}/g;

export function fillPlaceholders(template: string, values: PlaceholderValues): { value: string } | { unknown: string } {
  let unknown: string | undefined;
  const value = template.replace(TOKEN, (match, name: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    if (name !== undefined && (PLACEHOLDERS as readonly string[]).includes(name)) return values[name as Placeholder];
    unknown ??= match;
    return match;
  });
  return unknown === undefined ? { value } : { unknown };
}

/** Values for a repository path such as `media/team/ana.mp4`: stem ana, name ana.mp4, dir team. */
export function valuesForPath(posixPath: string, index: number): PlaceholderValues {
  const segments = posixPath.split('/').filter((s) => s !== '');
  const name = segments[segments.length - 1] ?? '';
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const dir = segments.length > 1 ? (segments[segments.length - 2] ?? '') : '';
  return { stem, name, dir, index: String(index) };
}

export function valuesForUrl(url: URL, index: number): PlaceholderValues {
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // keep the encoded form
  }
  return valuesForPath(pathname, index);
}
