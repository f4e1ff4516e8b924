// Numbers and the result table.
export const MiB = 1024 * 1024;

export interface Row {
  entry: string;
  measured: string;
  reference: string;
  ratio: string;
  target: string;
  /** true or false against the target; null for a row with no target */
  pass: boolean | null;
}

export function seconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function mebibytes(kib: number | undefined): string {
  return kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`;
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

/** One row of the table; `pass` true/false, or null for a row with no target. */
export function row(entry: string, measured: string, reference: string, ratioText: string, target: string, pass: boolean | null): Row {
  return { entry, measured, reference, ratio: ratioText, target, pass };
}

function cell(text: string): string {
  return String(text).replace(/\|/g, '\\|');
}

export function markdownTable(rows: Row[]): string {
  const header = ['entry', 'measured', 'reference', 'ratio', 'target', 'result'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const result = r.pass === null ? 'info' : r.pass ? 'pass' : '**FAIL**';
    lines.push(`| ${[r.entry, r.measured, r.reference, r.ratio, r.target, result].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
