// The part of the GitHub Actions expression language (`${{ … }}`) that this repository's
// workflows use, evaluated the way the runner evaluates it, so that a workflow can be
// replayed locally (scripts/self-test.mjs) and checked (scripts/lint-workflows.mjs).
//
// Supported: null, booleans, numbers, 'strings' ('' escapes a quote); context access
// with `.name`, `['name']`, `[0]` and the `.*` filter; ! == != < <= > >= && || and
// parentheses; the functions fromJSON, toJSON, join, contains, startsWith, endsWith,
// format, success, failure, always, cancelled. Anything else is an error, not a guess.

/** The result of a `.*` filter: property access maps over its items. */
class Filtered {
  /** @param {unknown[]} items */
  constructor(items) {
    this.items = items;
  }
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_-]*)|(==|!=|<=|>=|&&|\|\||[!<>()[\].,*]))/y;

/** @param {string} source */
export function tokenize(source) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`unexpected character at ${at} in expression: ${source}`);
    if (m[1] !== undefined) tokens.push({ kind: 'number', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'string', value: m[2].replace(/''/g, "'") });
    else if (m[3] !== undefined) tokens.push({ kind: 'name', value: m[3] });
    else tokens.push({ kind: 'op', value: m[4] });
  }
  return tokens;
}

const unwrap = (value) => (value instanceof Filtered ? value.items : value);

export function truthy(value) {
  const v = unwrap(value);
  return !(v === null || v === undefined || v === false || v === 0 || v === '' || Number.isNaN(v));
}

/** The string a `${{ }}` interpolation produces. */
export function toText(value) {
  const v = unwrap(value);
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v, null, 2);
  return String(v);
}

function toNumber(v) {
  if (v === null || v === undefined || v === false) return 0;
  if (v === true) return 1;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return Number.NaN;
}

/** Loose equality as the runner does it: strings case-insensitive, else numeric. */
function equal(a, b) {
  const x = unwrap(a) ?? null;
  const y = unwrap(b) ?? null;
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() === y.toLowerCase();
  if (typeof x === 'object' || typeof y === 'object') return x === y;
  return toNumber(x) === toNumber(y);
}

function member(target, key) {
  if (target instanceof Filtered) return new Filtered(target.items.map((item) => member(item, key)).filter((v) => v !== null));
  if (target === null || typeof target !== 'object') return null;
  if (Array.isArray(target)) return typeof key === 'number' ? (target[key] ?? null) : null;
  const found = Object.keys(target).find((k) => k.toLowerCase() === String(key).toLowerCase());
  return found === undefined ? null : (target[found] ?? null);
}

const FUNCTIONS = {
  fromjson: (s) => JSON.parse(toText(s)),
  tojson: (v) => JSON.stringify(unwrap(v) ?? null, null, 2),
  join: (list, sep = ',') => {
    const v = unwrap(list);
    return Array.isArray(v) ? v.map(toText).join(toText(sep)) : toText(v);
  },
  contains: (hay, needle) => {
    const v = unwrap(hay);
    if (Array.isArray(v)) return v.some((item) => equal(item, needle));
    return toText(v).toLowerCase().includes(toText(needle).toLowerCase());
  },
  startswith: (s, p) => toText(s).toLowerCase().startsWith(toText(p).toLowerCase()),
  endswith: (s, p) => toText(s).toLowerCase().endsWith(toText(p).toLowerCase()),
  format: (f, ...args) => toText(f).replace(/\{(\d+)\}/g, (_, i) => toText(args[Number(i)])),
};
const STATUS = new Set(['success', 'failure', 'always', 'cancelled']);

/**
 * Evaluates one expression (the text inside `${{ }}`, or an `if:` value).
 * @param {string} source
 * @param {Record<string, unknown> & { status?: 'success' | 'failure' | 'cancelled' }} context
 */
export function evaluate(source, context) {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (value) => peek()?.kind === 'op' && peek()?.value === value;
  const expect = (value) => {
    if (!isOp(value)) throw new Error(`expected '${value}' in expression: ${source}`);
    i++;
  };

  const primary = () => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of expression: ${source}`);
    if (t.kind === 'number' || t.kind === 'string') return t.value;
    if (t.kind === 'op' && t.value === '(') {
      const v = or();
      expect(')');
      return v;
    }
    if (t.kind === 'name') {
      const name = t.value.toLowerCase();
      if (name === 'null') return null;
      if (name === 'true') return true;
      if (name === 'false') return false;
      if (isOp('(')) {
        i++;
        const args = [];
        while (!isOp(')')) {
          args.push(or());
          if (!isOp(')')) expect(',');
        }
        i++;
        if (STATUS.has(name)) {
          const status = context.status ?? 'success';
          return name === 'always' ? true : status === name;
        }
        const fn = FUNCTIONS[name];
        if (!fn) throw new Error(`unknown function ${t.value}() in expression: ${source}`);
        return fn(...args);
      }
      if (!(name in context)) throw new Error(`unknown context ${t.value} in expression: ${source}`);
      return context[name] ?? null;
    }
    throw new Error(`unexpected '${t.value}' in expression: ${source}`);
  };

  const postfix = () => {
    let v = primary();
    for (;;) {
      if (isOp('.')) {
        i++;
        const t = tokens[i++];
        if (t?.kind === 'op' && t.value === '*') {
          const items = unwrap(v);
          v = new Filtered(Array.isArray(items) ? items : items && typeof items === 'object' ? Object.values(items) : []);
        } else if (t?.kind === 'name') v = member(v, t.value);
        else throw new Error(`expected a property name after '.' in expression: ${source}`);
      } else if (isOp('[')) {
        i++;
        const key = or();
        expect(']');
        v = member(v, key);
      } else return v;
    }
  };

  const unary = () => {
    if (isOp('!')) {
      i++;
      return !truthy(unary());
    }
    return postfix();
  };

  const comparison = () => {
    let v = unary();
    while (['==', '!=', '<', '<=', '>', '>='].some(isOp)) {
      const op = tokens[i++].value;
      const w = unary();
      if (op === '==') v = equal(v, w);
      else if (op === '!=') v = !equal(v, w);
      else {
        const [a, b] = [toNumber(unwrap(v)), toNumber(unwrap(w))];
        v = op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
      }
    }
    return v;
  };

  const and = () => {
    let v = comparison();
    while (isOp('&&')) {
      i++;
      const w = comparison();
      v = truthy(v) ? w : v;
    }
    return v;
  };

  function or() {
    let v = and();
    while (isOp('||')) {
      i++;
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  }

  const value = or();
  if (i < tokens.length) throw new Error(`unexpected '${tokens[i].value}' in expression: ${source}`);
  return unwrap(value);
}

/** Every `${{ … }}` of a text, in order; throws on an unclosed one. */
export function expressionsIn(text) {
  const found = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open < 0) return found;
    const close = text.indexOf('}}', open + 3);
    if (close < 0) throw new Error(`unclosed \${{ in: ${text}`);
    found.push(text.slice(open + 3, close).trim());
    from = close + 2;
  }
}

/** A value with its `${{ … }}` replaced by their results, as the runner does. */
export function interpolate(text, context) {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, source) => toText(evaluate(source, context)));
}
