/**
 * The step's outputs, their names in one list. GitHub keeps at most 1 MB of a job's outputs,
 * so when the lists would not fit, each keeps the same share of its items (still a valid
 * JSON array) and a notice says so; the results file holds everything. `counts` is always whole.
 */
import * as core from '@actions/core';
import { idLists, type RunResult } from '../engine/result.js';
import { byteLength } from '../report/markdown.js';

/** The outputs that hold a JSON array. */
const LISTS = ['avatars', 'created', 'approved', 'pending', 'failed', 'deleted'] as const;
type List = (typeof LISTS)[number];
/** Every output, in action.yml's order: a test holds action.yml to it, and `setOutput` sets no other. */
export const OUTPUTS = [...LISTS, 'counts', 'lockfile', 'results', 'artifact-id'] as const;

export function setOutput(name: (typeof OUTPUTS)[number], value: string): void {
  core.setOutput(name, value);
}

/** The outputs of a run; without a result (the run failed first) empty lists, so `fromJSON` still works. */
export function setRunOutputs(lockfile: string, result: RunResult | undefined, resultsPath?: string): void {
  const values = result && outputValues(result);
  for (const name of LISTS) setOutput(name, values?.lists[name] ?? '[]');
  setOutput('counts', values?.counts ?? '{"total":0}');
  setOutput('lockfile', lockfile);
  if (resultsPath) setOutput('results', resultsPath);
  if (values && values.cut.length > 0) {
    const lists = values.cut.map((c) => `${c.name} keeps ${c.kept} of ${c.total}`).join(', ');
    core.notice(`The outputs were cut to stay within GitHub's 1 MB for a job's outputs (${lists}); the results file ${resultsPath ?? ''} and the results artifact hold every avatar, and counts has the totals.`);
  }
}

/** GitHub's limit for a job's outputs, less room for the small ones and the file's delimiters. */
const OUTPUT_LIST_BUDGET_BYTES = 1_000_000 - 16 * 1024;

const ACTIONS = ['create', 'replace', 'unchanged'] as const;
const STATUSES = ['planned', 'pending', 'approved', 'failed', 'rejected', 'unconfirmed'] as const;

/** The lists and counts as text, and the lists that were cut (kept and total items). */
export function outputValues(result: RunResult, budget = OUTPUT_LIST_BUDGET_BYTES) {
  const avatars = result.avatars.map((a) => ({ key: a.key, creator_name: a.creator_name, id: a.id, status: a.status, action: a.action, source: a.source, sha256: a.sha256 }));
  const items: Record<List, unknown[]> = { avatars, ...idLists(result) };
  const full = Object.fromEntries(Object.entries(items).map(([name, list]) => [name, JSON.stringify(list)])) as Record<List, string>;
  const total = Object.values(full).reduce((sum, text) => sum + byteLength(text), 0);
  const cut: { name: List; kept: number; total: number }[] = [];
  if (total > budget) {
    const share = budget / total;
    for (const name of LISTS) {
      const list = items[name];
      const kept = keepWithin(list, Math.floor(byteLength(full[name]) * share));
      if (kept.length < list.length) {
        full[name] = JSON.stringify(kept);
        cut.push({ name, kept: kept.length, total: list.length });
      }
    }
  }
  return { lists: full, counts: JSON.stringify(countsOf(result)), cut };
}

/** The first items whose JSON array fits in `bytes`. */
function keepWithin(list: readonly unknown[], bytes: number): unknown[] {
  let used = 2;
  let n = 0;
  for (const item of list) {
    const size = byteLength(JSON.stringify(item)) + (n > 0 ? 1 : 0);
    if (used + size > bytes) break;
    used += size;
    n++;
  }
  return list.slice(0, n);
}

/** The number of avatars in all, per action and per status, and of ids deleted. */
function countsOf(result: RunResult): Record<string, number> {
  const counts: Record<string, number> = { total: result.avatars.length };
  for (const name of [...ACTIONS, ...STATUSES]) counts[name] = 0;
  for (const avatar of result.avatars) {
    counts[avatar.action] = (counts[avatar.action] ?? 0) + 1;
    counts[avatar.status] = (counts[avatar.status] ?? 0) + 1;
  }
  counts.deleted = result.deleted.length;
  return counts;
}
