/**
 * What the action writes for people to read: the job summary and the PR report stay under
 * GitHub's byte limits with a note, user text renders as text, the commit status says how
 * it resolves, and the names GitHub keeps are stable.
 */
import { describe, expect, it } from 'vitest';
import type { AvatarOutcome, RunResult } from '../src/engine/result.js';
import { AppError } from '../src/errors.js';
import { annotationsFor, chunk } from '../src/github/check-run.js';
import { artifactName, checkName, commentMarker } from '../src/github/names.js';
import { renderReport, REPORT_LIMIT_BYTES } from '../src/github/report.js';
import { commitStatusFor } from '../src/github/status.js';
import { byteLength, cell } from '../src/report/markdown.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/report/summary.js';

const NASTY = 'Ana | `rm -rf` <script>alert(1)</script> **bold** [x](y)';

function avatar(i: number, extra: Partial<AvatarOutcome> = {}): AvatarOutcome {
  return {
    key: `team-member-with-a-long-key-${i}`,
    creator_name: `Creator number ${i} of the spring campaign`,
    id: `0b8f7c2e-4d1a-4e8b-9f3c-${String(i).padStart(12, '0')}`,
    status: 'pending',
    action: 'create',
    source: `media/campaigns/spring-2026/team/member-${i}.mp4`,
    sha256: 'f'.repeat(64),
    ...extra,
  };
}

function result(avatars: AvatarOutcome[], extra: Partial<RunResult> = {}): RunResult {
  return { mode: 'sync', manifest: 'avatars.yml', lockfile: 'avatars.lock.json', lockfileChanged: true, avatars, created: [], orphaned: [], superseded: [], deleted: [], wouldDelete: [], ...extra };
}

/** the `|` that separate cells, entities aside */
const separators = (row: string) => row.split('|').length - 1;

describe('job summary', () => {
  it('stays under 1 MiB with a note for 20,000 avatars and 20,000 superseded ids', () => {
    const avatars = Array.from({ length: 20_000 }, (_, i) => avatar(i, { action: 'replace', reasons: ['video changed'] }));
    const superseded = avatars.map((a, i) => ({ key: a.key, id: `old-${i}-${'0'.repeat(30)}`, replacedBy: a.id! }));
    const text = renderSummary(result(avatars, { superseded }));
    expect(byteLength(text)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(text).toMatch(/_Showing \d+ of 20000 avatars to stay under GitHub's 1 MiB summary limit/);
    expect(text).toMatch(/_Showing \d+ of 20000 superseded avatars/);
    const shown = Number(/Showing (\d+) of 20000 avatars/.exec(text)![1]);
    expect(shown).toBeGreaterThan(2_000);
    // every row is whole: a trimmed table never ends mid-row
    for (const row of text.split('\n').filter((l) => l.startsWith('| team-'))) expect(row.endsWith('|')).toBe(true);
  });

  it('shows every avatar and no note when it fits', () => {
    const text = renderSummary(result([avatar(1), avatar(2)]));
    expect(text).not.toContain('Showing');
    expect(text.split('\n').filter((l) => l.startsWith('| team-'))).toHaveLength(2);
  });

  it('renders user text with |, < and backticks as text', () => {
    const text = renderSummary(result([avatar(1, { key: NASTY, creator_name: NASTY, source: 'media/a|b`c`.mp4', failed_reason: 'bad <video> | `x`', status: 'rejected' })], { manifest: 'a`b|c.yml' }));
    const row = text.split('\n').find((l) => l.includes('Ana'))!;
    expect(separators(row)).toBe(8); // 7 cells
    expect(row.replace(/<\/?code>/g, '')).not.toMatch(/[<>`*[\]]/);
    expect(row).toContain('Ana &#124; &#96;rm -rf&#96; &lt;script&gt;');
    expect(text).not.toContain('<script>');
    expect(text).toContain('<code>a&#96;b&#124;c.yml</code>');
  });

  it.each([
    ['a|b', 'a&#124;b'],
    ['<img src=x>', '&lt;img src=x&gt;'],
    ['`code`', '&#96;code&#96;'],
    ['a & b', 'a &amp; b'],
    ['line\nbreak', 'line break'],
    ['*em* _u_ [l]', '&#42;em&#42; &#95;u&#95; &#91;l&#93;'],
    ['', ''],
  ])('cell(%j) is %j', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });
});

describe('pull-request report', () => {
  it('stays within the check-run and comment limits for 20,000 avatars', () => {
    const avatars = Array.from({ length: 20_000 }, (_, i) => avatar(i, { status: 'planned', id: null }));
    const text = renderReport({ result: result(avatars, { mode: 'plan' }), error: undefined, manifest: 'avatars.yml' });
    expect(byteLength(text)).toBeLessThanOrEqual(REPORT_LIMIT_BYTES);
    expect(text.length).toBeLessThan(65_536);
    expect(text).toMatch(/_Showing \d+ of 20000 avatars; the full list is in the job summary and the results artifact._/);
  });

  it('lists what changes and counts the rest, with user text escaped', () => {
    const text = renderReport({
      result: result([avatar(1, { creator_name: NASTY, status: 'planned', id: null }), avatar(2, { action: 'unchanged', status: 'approved' })], { mode: 'plan' }),
      error: undefined,
      manifest: 'avatars.yml',
      quota: { max: 10, current: 9, planned: 1 },
    });
    expect(text).toContain('A sync would create 1, replace 0, 1 unchanged');
    expect(text).toContain('Quota: 9 of 10 custom avatars used; the 1 to create fit.');
    expect(text).not.toContain('member-2.mp4');
    expect(text).not.toContain('<script>');
    expect(separators(text.split('\n').find((l) => l.includes('member-1'))!)).toBe(8);
  });

  it('says when the quota does not fit', () => {
    const text = renderReport({ result: result([avatar(1, { status: 'planned' }), avatar(2, { status: 'planned' })], { mode: 'plan' }), error: undefined, manifest: 'avatars.yml', quota: { max: 10, current: 9, planned: 2 } });
    expect(text).toContain('Quota: 2 to create but the Creatify account has room for 1 (9 of 10 used): **a sync would fail**.');
  });

  it('lists manifest problems when there is no plan', () => {
    const error = new AppError('MANIFEST_INVALID', 'the manifest avatars.yml has 2 problems', {
      problems: [
        { message: 'gender must be one of "m", "f", "nb"', location: { file: 'avatars.yml', line: 4, column: 13 } },
        { message: 'unknown key <b>', location: { file: 'avatars.yml', line: 9, column: 5 }, hint: 'did you mean "gender"?' },
      ],
    });
    const text = renderReport({ result: undefined, error, manifest: 'avatars.yml' });
    expect(text).toContain('**❌ the manifest avatars.yml has 2 problems**');
    expect(text).toContain('- avatars.yml:4:13: gender must be one of "m", "f", "nb"\n');
    expect(text).toContain('- avatars.yml:9:5: unknown key &lt;b&gt; (did you mean "gender"?)\n');
  });
});

describe('commit status', () => {
  const cases: [string, RunResult, string, RegExp][] = [
    ['a plan', result([avatar(1, { status: 'planned' }), avatar(2, { action: 'replace', status: 'planned' })], { mode: 'plan' }), 'success', /^1 to create, 1 to replace$/],
    ['an empty plan', result([avatar(1, { action: 'unchanged', status: 'approved' })], { mode: 'plan' }), 'success', /^nothing to create or replace, 1 unchanged$/],
    ['pending avatars', result([avatar(1), avatar(2, { status: 'approved' })]), 'pending', /^1 awaiting Creatify review; a scheduled run with mode: status updates this$/],
    ['all approved', result([avatar(1, { status: 'approved' })]), 'success', /^all 1 avatar approved$/],
    ['a rejected avatar', result([avatar(1, { status: 'rejected', failed_reason: 'no consent' }), avatar(2, { status: 'failed' })]), 'failure', /^team-member-with-a-long-key-1: rejected — no consent \(\+1 more\)$/],
    ['a cancelled sync', result([avatar(1, { status: 'planned', id: null })], { incomplete: 'cancelled' }), 'failure', /^1 avatar not created yet \(cancelled\); run the sync again$/],
    ['a timeout failure', result([avatar(1)], { failure: { code: 'APPROVAL_TIMEOUT', message: 'timed out after 30m with 1 pending' } }), 'failure', /^timed out after 30m/],
  ];
  it.each(cases)('%s', (_name, run, state, description) => {
    const status = commitStatusFor(run, undefined);
    expect(status.state).toBe(state);
    expect(status.description).toMatch(description);
    expect(status.description.length).toBeLessThanOrEqual(140);
  });

  it('never leaves pending without saying how it resolves, and stays within 140 characters', () => {
    const status = commitStatusFor(result(Array.from({ length: 3 }, (_, i) => avatar(i))), undefined);
    expect(status.description).toMatch(/mode: status updates this/);
    const long = commitStatusFor(undefined, new AppError('MANIFEST_INVALID', 'x', { problems: [{ message: 'y'.repeat(500) }] }));
    expect(long).toMatchObject({ state: 'failure' });
    expect(Array.from(long.description)).toHaveLength(140);
  });
});

describe('names kept on GitHub', () => {
  it.each([
    [{ manifest: 'avatars.yml', shard: undefined }, 'Creatify avatars', '<!-- creatify-avatars:avatars.yml -->'],
    [{ manifest: 'team/avatars.yml', shard: undefined }, 'Creatify avatars (team/avatars.yml)', '<!-- creatify-avatars:team/avatars.yml -->'],
    [{ manifest: 'avatars.yml', shard: { index: 2, count: 3 } }, 'Creatify avatars (shard 2/3)', '<!-- creatify-avatars:avatars.yml#shard-2-of-3 -->'],
    [{ manifest: 'a--b.yml', shard: undefined }, 'Creatify avatars (a--b.yml)', '<!-- creatify-avatars:a-b.yml -->'],
  ])('%j', (naming, check, marker) => {
    expect(checkName(naming)).toBe(check);
    expect(commentMarker(naming)).toBe(marker);
  });

  it.each([
    ['creatify-avatars', 'avatars.yml', undefined, 1, 'creatify-avatars'],
    ['creatify-avatars', 'avatars.yml', undefined, 3, 'creatify-avatars-attempt-3'],
    ['results', 'avatars.yml', { index: 1, count: 4 }, 1, 'results-shard-1-of-4'],
    ['results', 'avatars.yml', { index: 4, count: 4 }, 2, 'results-shard-4-of-4-attempt-2'],
    // a matrix over manifests: the default name tells them apart, a name of one's own is kept
    ['creatify-avatars', 'team/avatars.yml', undefined, 1, 'creatify-avatars-team-avatars.yml'],
    ['creatify-avatars', 'brand x/avatars.yml', { index: 2, count: 2 }, 1, 'creatify-avatars-brand-x-avatars.yml-shard-2-of-2'],
    ['results', 'team/avatars.yml', undefined, 1, 'results'],
  ])('artifact %s of %s shard %j attempt %d: %s', (base, manifest, shard, attempt, expected) => {
    expect(artifactName(base, { manifest, shard }, attempt)).toBe(expected);
  });
});

describe('check-run annotations', () => {
  it('go on the located line, or the manifest start, in batches of 50', () => {
    const annotations = annotationsFor(
      [
        { message: 'bad', location: { file: 'avatars.yml', line: 4, column: 3, endLine: 4, endColumn: 9 }, path: 'avatars[0].gender' },
        { message: 'spans', location: { file: 'avatars.yml', line: 6, column: 1, endLine: 8, endColumn: 2 } },
        { message: 'nowhere', hint: 'fix it' },
      ],
      'avatars.yml',
    );
    expect(annotations).toEqual([
      { path: 'avatars.yml', start_line: 4, end_line: 4, start_column: 3, end_column: 9, annotation_level: 'failure', message: 'bad', title: 'Creatify avatars manifest: avatars[0].gender' },
      { path: 'avatars.yml', start_line: 6, end_line: 8, annotation_level: 'failure', message: 'spans', title: 'Creatify avatars manifest' },
      { path: 'avatars.yml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'nowhere (fix it)', title: 'Creatify avatars manifest' },
    ]);
    expect(chunk(Array.from({ length: 120 }, (_, i) => i), 50).map((c) => c.length)).toEqual([50, 50, 20]);
  });
});
