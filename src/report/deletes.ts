/** What `prune` deleted, or would delete, as the summary, the pull-request report and the command line show it. */
import type { RunResult } from '../engine/result.js';
import { cell, fitWithNote, tableHeader, tableLine } from './markdown.js';

type Listed = RunResult['deleted'][number];

const why = (d: Listed): string => (d.gone ? `${d.reason}, gone from Creatify already` : d.reason);

/** The heading of the ids chosen but not deleted: a plan's, or a run's where deletes are held. */
function wouldHeading(result: RunResult): string {
  return result.mode === 'plan' ? 'A merge would delete from Creatify' : 'Would be deleted from Creatify by a run on the default branch';
}

/** Markdown tables of the deletes within `budget` bytes; empty when there are none. */
export function deletesMarkdown(result: RunResult, budget: number): string {
  const sections: [string, readonly Listed[]][] = [
    ['Deleted from Creatify', result.deleted],
    [wouldHeading(result), result.wouldDelete],
  ];
  const shown = sections.filter(([, list]) => list.length > 0);
  return shown
    .map(([title, list]) => {
      const head = `\n**${title}** (prune): ${list.length}\n\n${tableHeader(['Key', 'ID', 'Why'])}`;
      const rows = list.map((d) => tableLine([cell(d.key), `<code>${cell(d.id)}</code>`, cell(why(d))]));
      const note = (kept: number) => `\n_Showing ${kept} of ${list.length}; the results file has them all._\n`;
      return head + fitWithNote(rows, Math.floor(budget / shown.length) - head.length, note);
    })
    .join('');
}

/** The same, one line per id, for the command line. */
export function deletesText(result: RunResult): string[] {
  return [
    ...result.deleted.map((d) => `deleted: ${d.key} ${d.id} (${why(d)})`),
    ...result.wouldDelete.map((d) => `${result.mode === 'plan' ? 'would delete' : 'would delete on the default branch'}: ${d.key} ${d.id} (${d.reason})`),
  ];
}
