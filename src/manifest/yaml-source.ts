/**
 * The manifest's YAML, parsed once with positions kept, so that every later error can
 * point at the line and column of the value (or key) it is about.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Location, Problem } from '../errors.js';

export type PathSegment = string | number;

export interface YamlSource {
  file: string;
  data: unknown;
  problems: Problem[];
  /** where the value at `path` stands; `key: true` points at the key instead */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): Location;
}

/** The most alias expansion a manifest may use (see `maxAliasCount` of yaml's toJS). */
const MAX_ALIAS_EXPANSION = 100_000;

/**
 * Where an unclosed quote opens. YAML reports it at the end of the file (a quoted string
 * may span lines); the first line with an odd number of such quotes is where it began.
 */
function unclosedQuote(code: string, message: string, text: string, at: (offset: number) => Location): Location | undefined {
  if (code !== 'MISSING_CHAR' || !/quote/i.test(message)) return undefined;
  const quote = message.includes("'") ? "'" : '"';
  let offset = 0;
  for (const line of text.split('\n')) {
    const content = line.replace(/\\./g, '');
    if ((content.split(quote).length - 1) % 2 === 1) return at(offset + line.indexOf(quote));
    offset += line.length + 1;
  }
  return undefined;
}

/** A YAML error in words a manifest's author can act on. */
function yamlProblem(code: string, message: string, location: Location, source: string): Problem {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: `invalid YAML: the key ${JSON.stringify(source.split(':')[0]?.trim() || '?')} appears twice in one mapping`, location, hint: 'keep one of them' };
    case 'MULTIPLE_DOCS':
      return { message: 'invalid YAML: the manifest holds more than one YAML document (a line "---" between them)', location, hint: 'keep one document' };
    default:
      return { message: `invalid YAML: ${message}`, location, hint: 'fix the YAML syntax; check indentation and quoting' };
  }
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    strict: true,
  });

  const at = (offset: number): Location => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line: pos.line, column: pos.col };
  };
  const span = (range: readonly [number, number, number] | null | undefined): Location => {
    if (!range) return { file, line: 1, column: 1 };
    const start = at(range[0]);
    const end = at(range[1]);
    return { ...start, endLine: end.line, endColumn: end.column };
  };

  // an error found only at the end of the file (an unclosed bracket) is shown on the
  // last line that has content, not on an empty line after it
  const lastContent = text.trimEnd().length;
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const first = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    const location = unclosedQuote(error.code, first, text, at) ?? at(Math.min(error.pos[0], Math.max(0, lastContent - 1)));
    // the text from the error on, to the end of its line: a duplicate key's name starts it
    const lineEnd = text.indexOf('\n', error.pos[0]);
    problems.push(yamlProblem(error.code, first, location, text.slice(error.pos[0], lineEnd === -1 ? text.length : lineEnd)));
  }
  for (const warning of doc.warnings) {
    problems.push({ message: `YAML: ${warning.message.split('\n')[0]}`, location: at(warning.pos[0]) });
  }

  // an alias inside the node it refers to makes a cyclic value, which nothing downstream can handle
  if (problems.length === 0) {
    visit(doc, {
      Alias(_key, alias) {
        const target = alias.resolve(doc);
        const range = target?.range;
        const at = alias.range?.[0];
        if (range && at !== undefined && at >= range[0] && at < range[1]) {
          problems.push({
            message: `invalid YAML: the alias *${alias.source} is inside the node it refers to`,
            location: span(alias.range),
            hint: 'an alias must refer to a value defined before and outside it',
          });
          return visit.BREAK;
        }
        return undefined;
      },
    });
  }

  let data: unknown = undefined;
  if (problems.length === 0) {
    // yaml counts each use of an alias times the aliases inside what it refers to: plain
    // reuse of a value by thousands of avatars passes, nested expansion (a "billion laughs") does not
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(
        /alias count/i.test(message)
          ? {
              message: `invalid YAML: its aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes, which is refused as a resource exhaustion attack`,
              location: { file, line: 1, column: 1 },
              hint: 'put values many avatars share in defaults: instead of repeating aliases',
            }
          : { message: `invalid YAML: ${message}`, location: { file, line: 1, column: 1 } },
      );
    }
  }

  return {
    file,
    data,
    problems,
    locate(path, options = {}) {
      const { node, pair } = findNode(doc, path);
      if (options.key && pair && isScalar(pair.key)) return span(pair.key.range);
      if (node) return span(node.range);
      if (pair && isScalar(pair.key)) return span(pair.key.range);
      return span(doc.contents?.range);
    },
  };
}

/** Walks as far down `path` as the document goes: a missing key points at its parent. */
function findNode(doc: Document, path: readonly PathSegment[]): { node: Node | null; pair: Pair | null } {
  let node: unknown = doc.contents;
  let pair: Pair | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!found) return { node: node as Node, pair: null };
      pair = found as Pair;
      node = found.value;
      if (node === null || node === undefined) return { node: null, pair };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return { node: node as Node, pair: null };
      pair = null;
      node = item;
    } else {
      return { node: (node as Node | null) ?? null, pair };
    }
  }
  return { node: (node as Node | null) ?? null, pair };
}
