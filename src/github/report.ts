/**
 * The Markdown shown on the pull request (sticky comment) and in the check run: what a
 * merge would do, or the manifest's problems, trimmed to a byte budget with a note.
 */
import type { RunResult } from '../engine/result.js';
import type { AppError, Problem } from '../errors.js';
import { formatProblem } from '../errors.js';
import { deletesMarkdown } from '../report/deletes.js';
import { byteLength, cell, fitWithNote, tableLine } from '../report/markdown.js';
import type { Quota } from '../report/quota.js';
import { quotaLine } from '../report/quota.js';
import { AVATAR_HEADER, avatarRows, headline } from '../report/summary.js';

/** GitHub's limits: 65,535 bytes of check-run summary, 65,536 characters of comment. */
export const REPORT_LIMIT_BYTES = 60_000;

export interface ReportInput {
  result: RunResult | undefined;
  error: AppError | undefined;
  manifest: string;
  quota?: Quota | undefined;
  /** why the quota is not shown, e.g. no credentials on a fork */
  quotaNote?: string | undefined;
  runUrl?: string | undefined;
}

/** The body without the marker; `limit` bounds it in UTF-8 bytes. */
export function renderReport(input: ReportInput, limit = REPORT_LIMIT_BYTES): string {
  const head: string[] = [];
  const tail: string[] = [];
  if (input.runUrl) tail.push(`\n<sub>[Workflow run](${input.runUrl})</sub>\n`);

  if (!input.result) {
    const error = input.error;
    const problems: readonly Problem[] = error?.problems ?? [];
    head.push(`**❌ ${cell(error ? error.message : 'the run failed')}**${error?.hint ? ` — ${cell(error.hint)}` : ''}\n\n`);
    return head.join('') + bounded(problems.map((p) => `- ${cell(formatProblem(p))}\n`), limit - byteLength(head.join('') + tail.join('')), 'problems', 'every one is in the step log') + tail.join('');
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
  const deletes = deletesMarkdown(result, Math.floor(limit / 10));
  if (shown.length === 0) {
    head.push(result.mode === 'plan' ? 'Nothing to create or replace.\n' : 'No avatars.\n');
    return head.join('') + deletes + tail.join('');
  }
  if (result.orphaned.length > 0 && result.wouldDelete.length === 0) {
    tail.unshift(`\n${result.orphaned.length} avatar(s) in the lockfile are no longer in the manifest (still on Creatify; \`prune: orphaned\` deletes them on the default branch).\n`);
  }
  tail.unshift(deletes);
  const rows = avatarRows(shown).map(tableLine);
  const budget = limit - byteLength(head.join('') + tail.join('') + AVATAR_HEADER);
  return head.join('') + AVATAR_HEADER + bounded(rows, budget, 'avatars', 'the full list is in the job summary and the results artifact') + tail.join('');
}

/** Keeps whole lines while they fit, then says how many are shown. */
function bounded(lines: readonly string[], budget: number, what: string, where: string): string {
  return fitWithNote(lines, budget, (kept) => `\n_Showing ${kept} of ${lines.length} ${what}; ${where}._\n`);
}
