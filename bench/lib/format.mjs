// Numbers and the result table.
export const MiB = 1024 * 1024;

export function seconds(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function mebibytes(kib) {
  return kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`;
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

/** One row of the table; `pass` true/false, or null for a row with no target. */
export function row(entry, measured, reference, ratioText, target, pass) {
  return { entry, measured, reference, ratio: ratioText, target, pass };
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|');
}

export function markdownTable(rows) {
  const header = ['entry', 'measured', 'reference', 'ratio', 'target', 'result'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const result = r.pass === null || r.pass === undefined ? 'info' : r.pass ? 'pass' : '**FAIL**';
    lines.push(`| ${[r.entry, r.measured, r.reference, r.ratio, r.target, result].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}
