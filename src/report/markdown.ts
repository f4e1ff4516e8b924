/** Markdown that renders user text as text: table cells, inline code, byte budgets. */

/** Escapes text for a GitHub-flavoured Markdown table cell (also safe inside HTML). */
export function cell(text: string | null | undefined): string {
  if (text === null || text === undefined || text === '') return '';
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\*/g, '&#42;')
    .replace(/_/g, '&#95;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/\r?\n/g, ' ');
}

/** One table row, its cells already escaped. */
export function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

/** A table's header and the line under it; its rows are `tableLine`s. */
export function tableHeader(header: readonly string[]): string {
  return tableLine(header) + tableLine(header.map(() => '---'));
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Whole lines while they and the note fit in `budget` bytes, then `note(kept)` if any
 * were left out: a cut list never ends mid-row, and says that it was cut.
 */
export function fitWithNote(lines: readonly string[], budget: number, note: (kept: number) => string): string {
  let room = budget - byteLength(note(lines.length));
  const kept: string[] = [];
  for (const line of lines) {
    room -= byteLength(line);
    if (room < 0) break;
    kept.push(line);
  }
  return kept.join('') + (kept.length < lines.length ? note(kept.length) : '');
}
