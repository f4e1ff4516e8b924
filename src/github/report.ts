/**
 * The Markdown shown on the pull request (sticky comment) and in the check run: what a
 * merge would do, or the manifest's problems, trimmed to a byte budget with a note.
 */
import type { RunResult } from '../engine/result.js';
import type { AppError, Problem } from '../errors.js';
import { formatProblem } from '../errors.js';
import { byteLength, cell } from '../report/markdown.js';
import { avatarRows, headline } from '../report/summary.js';

/** GitHub's limits: 65,535 bytes of check-run summary, 65,536 characters of comment. */
export const REPORT_LIMIT_BYTES = 60_000;

export interface Quota {
  max: number;
  current: number;
  planned: number;
}

export interface ReportInput {
  result: RunResult | undefined;
  error: AppError | undefined;
  manifest: string;
  quota?: Quota | undefined;
  /** why the quota is not shown, e.g. no credentials on a fork */
  quotaNote?: string | undefined;
  runUrl?: string | undefined;
}

export function quotaFits(quota: Quota): boolean {
  return quota.current + quota.planned <= quota.max;
}

export function quotaLine(quota: Quota): string {
  const room = Math.max(0, quota.max - quota.current);
  return quotaFits(quota)
    ? `Quota: ${quota.current} of ${quota.max} custom avatars used; the ${quota.planned} to create fit.`
    : `Quota: ${quota.planned} to create but the Creatify account has room for ${room} (${quota.current} of ${quota.max} used): **a sync would fail**.`;
}

const HEADER = '| Key | Creator name | ID | Action | Status | Source |\n| --- | --- | --- | --- | --- | --- |\n';

/** The body without the marker; `limit` bounds it in UTF-8 bytes. */
export function renderReport(input: ReportInput, limit = REPORT_LIMIT_BYTES): string {
  const head: string[] = [];
  const tail: string[] = [];
  if (input.runUrl) tail.push(`\n<sub>[Workflow run](${input.runUrl})</sub>\n`);

  if (!input.result) {
    const error = input.error;
    const problems: readonly Problem[] = error?.problems ?? [];
    head.push(`**❌ ${cell(error ? error.message : 'the run failed')}**${error?.hint ? ` — ${cell(error.hint)}` : ''}\n\n`);
    return head.join('') + bounded(problems.map((p) => `- ${cell(formatProblem(p))}\n`), limit - byteLength(head.join('') + tail.join('')), problems.length, 'problems', 'every one is in the step log') + tail.join('');
  }

  const result = input.result;
  head.push(`**${headline(result)}**\n\n`);
  if (result.shard) head.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
  const quota = input.quota ?? result.quota;
  if (quota) head.push(`${quotaLine(quota)}\n\n`);
  else if (input.quotaNote) head.push(`${cell(input.quotaNote)}\n\n`);
  if (result.incomplete) head.push(`> [!WARNING]\n> ${cell(result.incomplete)}\n\n`);
  if (result.failure) head.push(`**❌ ${cell(result.failure.message)}**\n\n`);

  // a plan lists what changes; unchanged avatars are only counted
  const shown = result.mode === 'plan' ? result.avatars.filter((a) => a.action !== 'unchanged') : result.avatars;
  if (shown.length === 0) {
    head.push(result.mode === 'plan' ? 'Nothing to create or replace.\n' : 'No avatars.\n');
    return head.join('') + tail.join('');
  }
  if (result.orphaned.length > 0) tail.unshift(`\n${result.orphaned.length} avatar(s) in the lockfile are no longer in the manifest (kept; Creatify has no delete).\n`);
  const rows = avatarRows(shown).map((row) => `| ${row.join(' | ')} |\n`);
  const budget = limit - byteLength(head.join('') + tail.join('') + HEADER);
  return head.join('') + HEADER + bounded(rows, budget, rows.length, 'avatars', 'the full list is in the job summary and the results artifact') + tail.join('');
}

/** Keeps whole lines while they fit, then says how many are shown. */
function bounded(lines: readonly string[], budget: number, total: number, what: string, where: string): string {
  const note = (kept: number) => `\n_Showing ${kept} of ${total} ${what}; ${where}._\n`;
  let room = budget - byteLength(note(total));
  const kept: string[] = [];
  for (const line of lines) {
    const size = byteLength(line);
    if (size > room) break;
    room -= size;
    kept.push(line);
  }
  return kept.join('') + (kept.length < lines.length ? note(kept.length) : '');
}
