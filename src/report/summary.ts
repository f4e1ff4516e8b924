/**
 * The job summary of a run: counts, then a table of avatars that is trimmed, with a
 * note, so the whole stays under GitHub's 1 MiB step-summary limit.
 */
import type { AvatarOutcome, RunResult } from '../engine/result.js';
import { clipLabel } from '../model.js';
import { byteLength, cell, fitWithNote, tableHeader, tableLine } from './markdown.js';
import { deletesMarkdown } from './deletes.js';
import { quotaLine } from './quota.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** room kept for what other steps or later writes add to the same summary */
const SAFETY_BYTES = 64 * 1024;

const ACTION_LABEL: Record<AvatarOutcome['action'], string> = {
  create: '➕ create',
  replace: '🔁 replace',
  unchanged: '✔️ unchanged',
};

const STATUS_LABEL: Record<AvatarOutcome['status'], string> = {
  planned: 'planned',
  pending: '⏳ pending',
  approved: '✅ approved',
  failed: '❌ failed',
  rejected: '❌ rejected',
  unconfirmed: '❓ unconfirmed',
};

export function headline(result: RunResult): string {
  const count = (test: (a: AvatarOutcome) => boolean) => result.avatars.filter(test).length;
  if (result.mode === 'status') {
    const s = (...statuses: AvatarOutcome['status'][]) => count((a) => statuses.includes(a.status));
    return `${s('approved')} approved, ${s('pending')} pending, ${s('rejected', 'failed')} rejected or failed`;
  }
  const n = (action: AvatarOutcome['action']) => count((a) => a.action === action);
  if (result.mode === 'plan') return `A sync would create ${n('create')}, replace ${n('replace')}, ${n('unchanged')} unchanged`;
  // what this run did: an avatar planned but not created (it failed, or the run stopped) is not counted as created
  const made = new Set(result.created);
  const done = (action: AvatarOutcome['action']) => count((a) => a.action === action && a.id !== null && made.has(a.id));
  const unconfirmed = count((a) => a.status === 'unconfirmed');
  const missed = n('create') + n('replace') - done('create') - done('replace') - unconfirmed;
  return (
    `Created ${done('create')}, replaced ${done('replace')}, ${n('unchanged')} unchanged` +
    (missed > 0 ? `, ${missed} not created` : '') +
    (unconfirmed > 0 ? `, ${unconfirmed} unconfirmed` : '')
  );
}

/** What to say about a lockfile a sync changed: commit it, and why. */
export function lockfileAdvice(result: RunResult): string {
  return result.created.length > 0
    ? 'or the next run will create these avatars again'
    : 'so that the next run starts from it';
}

export function avatarRows(avatars: readonly AvatarOutcome[]): string[][] {
  return avatars.map((a) => [
    cell(a.key),
    cell(a.creator_name),
    a.id ? `<code>${cell(a.id)}</code>` : '',
    ACTION_LABEL[a.action] + (a.reasons?.length ? ` (${cell(a.reasons.join(', '))})` : ''),
    STATUS_LABEL[a.status] + (a.failed_reason ? `: ${cell(a.failed_reason)}` : ''),
    cell(a.source),
    cell(clipLabel(a.video)),
  ]);
}

/** The header of the table whose rows are `avatarRows`. */
export const AVATAR_HEADER = tableHeader(['Key', 'Creator name', 'ID', 'Action', 'Status', 'Source', 'Video']);

export function renderSummary(result: RunResult, limit = SUMMARY_LIMIT_BYTES - SAFETY_BYTES): string {
  // <code> rather than backticks: entities are decoded in HTML, not in a code span
  const parts: string[] = [`## Creatify avatars: ${result.mode}\n\n`, `**${headline(result)}** — manifest <code>${cell(result.manifest)}</code>, lockfile <code>${cell(result.lockfile)}</code>\n\n`];
  if (result.shard) parts.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
  if (result.quota) parts.push(`${quotaLine(result.quota)}\n\n`);
  if (result.incomplete) parts.push(`> [!WARNING]\n> ${cell(result.incomplete)}\n\n`);
  const head = parts.join('');

  const orphaned =
    result.orphaned.length > 0 ? `\n**In the lockfile but no longer in the manifest** (still on Creatify; \`prune: orphaned\` deletes them on the default branch): ${result.orphaned.length}\n` : '';
  const supersededHead = `\n**Superseded** (still on Creatify; \`prune: superseded\` deletes them once the new one is approved):\n\n${tableHeader(['Key', 'Old ID', 'New ID'])}`;
  const deletes = deletesMarkdown(result, Math.floor(limit / 10));
  const superseded = result.superseded.map((s) => tableLine([cell(s.key), `<code>${cell(s.id)}</code>`, `<code>${cell(s.replacedBy)}</code>`]));
  const avatars = avatarRows(result.avatars).map(tableLine);

  const note = (what: string, total: number) => (kept: number) =>
    `\n_Showing ${kept} of ${total} ${what} to stay under GitHub's 1 MiB summary limit; the full list is in the \`avatars\` output and the results file._\n`;
  let budget = limit - byteLength(head + orphaned + deletes + AVATAR_HEADER + (superseded.length > 0 ? supersededHead : ''));
  // the avatars come first; superseded ids share what is left, with at least a tenth kept for them
  const body = AVATAR_HEADER + fitWithNote(avatars, superseded.length > 0 ? budget - Math.floor(budget / 10) : budget, note('avatars', avatars.length));
  budget -= byteLength(body) - byteLength(AVATAR_HEADER);
  const tail = superseded.length > 0 ? supersededHead + fitWithNote(superseded, budget, note('superseded avatars', superseded.length)) : '';
  return head + body + tail + deletes + orphaned;
}
