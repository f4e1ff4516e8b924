/**
 * The job summary of a run: counts, then a table of avatars that is trimmed, with a
 * note, so the whole stays under GitHub's 1 MiB step-summary limit.
 */
import type { AvatarOutcome, RunResult } from '../engine/result.js';
import { byteLength, cell, table } from './markdown.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** room kept for what other steps or later writes add to the same summary */
const SAFETY_BYTES = 64 * 1024;

const ACTION_LABEL: Record<AvatarOutcome['action'], string> = {
  create: '➕ create',
  replace: '🔁 replace',
  unchanged: '✔️ unchanged',
  skip: '⏭️ skip',
};

const STATUS_LABEL: Record<AvatarOutcome['status'], string> = {
  planned: 'planned',
  pending: '⏳ pending',
  approved: '✅ approved',
  failed: '❌ failed',
  rejected: '❌ rejected',
};

export function headline(result: RunResult): string {
  const n = (action: AvatarOutcome['action']) => result.avatars.filter((a) => a.action === action).length;
  const verb = result.mode === 'plan' ? 'would' : 'did';
  if (result.mode === 'status') {
    const s = (status: AvatarOutcome['status']) => result.avatars.filter((a) => a.status === status).length;
    return `${s('approved')} approved, ${s('pending')} pending, ${s('rejected') + s('failed')} rejected or failed`;
  }
  return `${verb === 'would' ? 'A sync would create' : 'Created'} ${n('create')}, ${verb === 'would' ? 'replace' : 'replaced'} ${n('replace')}, ${n('unchanged')} unchanged`;
}

export function avatarRows(avatars: readonly AvatarOutcome[]): string[][] {
  return avatars.map((a) => [
    cell(a.key),
    cell(a.creator_name),
    a.id ? `<code>${cell(a.id)}</code>` : '',
    ACTION_LABEL[a.action] + (a.reasons?.length ? ` (${cell(a.reasons.join(', '))})` : ''),
    STATUS_LABEL[a.status] + (a.failed_reason ? `: ${cell(a.failed_reason)}` : ''),
    cell(a.source),
  ]);
}

const HEADER = ['Key', 'Creator name', 'ID', 'Action', 'Status', 'Source'];

export function renderSummary(result: RunResult, limit = SUMMARY_LIMIT_BYTES - SAFETY_BYTES): string {
  const title = result.mode === 'plan' ? 'Creatify avatars: plan' : result.mode === 'sync' ? 'Creatify avatars: sync' : 'Creatify avatars: status';
  const parts: string[] = [`## ${title}\n\n`, `**${headline(result)}** — manifest \`${cell(result.manifest)}\`, lockfile \`${cell(result.lockfile)}\`\n\n`];
  if (result.shard) parts.push(`Shard ${result.shard.index}/${result.shard.count}: ${result.shard.avatars} of ${result.shard.of} avatars.\n\n`);
  if (result.quota) {
    const fits = result.quota.current + result.quota.planned <= result.quota.max;
    parts.push(`Quota: ${result.quota.current} of ${result.quota.max} custom avatars used; ${result.quota.planned} to create — ${fits ? 'fits' : '**does not fit**'}.\n\n`);
  }
  if (result.incomplete) parts.push(`> [!WARNING]\n> ${cell(result.incomplete)}\n\n`);

  const tail: string[] = [];
  if (result.superseded.length > 0) {
    tail.push(`\n**Superseded** (Creatify cannot delete; remove them in the Creatify app if unwanted):\n\n`);
    tail.push(table(['Key', 'Old ID', 'New ID'], result.superseded.map((s) => [cell(s.key), `<code>${cell(s.id)}</code>`, `<code>${cell(s.replacedBy)}</code>`])));
  }
  if (result.orphaned.length > 0) {
    tail.push(`\n**In the lockfile but no longer in the manifest** (kept; Creatify has no delete): ${result.orphaned.length}\n`);
  }

  const head = parts.join('');
  const tailText = tail.join('');
  const rows = avatarRows(result.avatars);
  const headerText = table(HEADER, []);
  let budget = limit - byteLength(head) - byteLength(tailText) - byteLength(headerText) - 300;
  const kept: string[] = [];
  for (const row of rows) {
    const line = `| ${row.join(' | ')} |\n`;
    const size = byteLength(line);
    if (size > budget) break;
    budget -= size;
    kept.push(line);
  }
  let body = headerText + kept.join('');
  if (kept.length < rows.length) {
    body += `\n_Showing ${kept.length} of ${rows.length} avatars to stay under GitHub's 1 MiB summary limit; the full list is in the \`avatars\` output and the results file._\n`;
  }
  return head + body + tailText;
}
