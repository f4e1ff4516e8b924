// GitHub Actions expressions (`${{ … }}`) for the local replay of a workflow
// (scripts/self-test.ts) and for the workflow lint (scripts/lint-workflows.ts), parsed and
// evaluated by GitHub's own @actions/expressions. What a runner adds around that library is
// here: the contexts a workflow may name, the status functions, and `${{ }}` in a text.
import { Evaluator, Lexer, Parser, data, type Expr } from '@actions/expressions';

type Functions = NonNullable<ConstructorParameters<typeof Evaluator>[2]>;
export type JobStatus = 'success' | 'failure' | 'cancelled';

const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'];
// known to the runner but not to a replay: a workflow may use it, the replay cannot evaluate it
const RUNNER_ONLY_FUNCTIONS = [{ name: 'hashFiles', minArgs: 1, maxArgs: 255 }];

/** Parses one expression (the text inside `${{ }}`, or an `if:` value); throws on a syntax error. */
export function parseExpression(source: string, options: { forLint?: boolean } = {}): Expr {
  const functions = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  return new Parser(new Lexer(source).lex().tokens, CONTEXTS, options.forLint ? [...functions, ...RUNNER_ONLY_FUNCTIONS] : functions).parse();
}

function statusFunctions(status: JobStatus): Functions {
  const result = (name: string) => (name === 'always' ? true : name === status);
  return new Map(STATUS_FUNCTIONS.map((name) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(result(name)) }]));
}

/** Evaluates one expression against plain JSON-like contexts; the result is plain JSON too. */
export function evaluate(source: string, context: Record<string, unknown>, status: JobStatus = 'success'): unknown {
  const contexts = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  const result = new Evaluator(parseExpression(source), contexts, statusFunctions(status)).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer)) as unknown;
}

/** The runner's truthiness: false, 0, -0, NaN, '' and null are false. */
export function truthy(value: unknown): boolean {
  return !(value === null || value === undefined || value === false || value === 0 || value === '' || Number.isNaN(value));
}

/** Every `${{ … }}` of a text, in order; throws on an unclosed one. */
export function expressionsIn(text: string): string[] {
  const found: string[] = [];
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

/** A value with its `${{ … }}` replaced by their results, as the runner does (objects as JSON). */
export function interpolate(text: string, context: Record<string, unknown>, status?: JobStatus): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, source: string) => {
    const value = evaluate(source, context, status);
    if (value === null || value === undefined) return '';
    return typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value);
  });
}
