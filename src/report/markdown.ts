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

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
