/** Summaries of repeated measurements and plain-text tables for the benchmark's output. */

/** The value at `fraction` (0..1) of the sorted samples, interpolating between neighbours. */
export function quantile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Median, quartiles, extremes and count of a list of numbers; `undefined` entries (failed runs) are left out. */
export function summarize(samples) {
  const sorted = samples.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function formatMs(value) {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a';
}

export function formatKb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a';
}

export function formatRatio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

/**
 * An aligned plain-text table. `columns` are `{ title, align }` (`'right'` for numbers); `rows` are arrays of strings.
 * Rows that are a single string are printed as a note spanning the table.
 */
export function textTable(columns, rows) {
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...rows.filter(Array.isArray).map((row) => String(row[index] ?? '').length)),
  );
  const cell = (text, index) =>
    columns[index].align === 'right' ? String(text).padStart(widths[index]) : String(text).padEnd(widths[index]);
  const line = (cells) => cells.map(cell).join('  ').trimEnd();
  return [
    line(columns.map((column) => column.title)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => (Array.isArray(row) ? line(row) : `  ${row}`)),
  ].join('\n');
}

/** The same table as GitHub-flavoured markdown, for the README. */
export function markdownTable(columns, rows) {
  const escape = (text) => String(text).replaceAll('|', '\\|').replaceAll('<', '&lt;');
  return [
    `| ${columns.map((column) => escape(column.title)).join(' | ')} |`,
    `| ${columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.filter(Array.isArray).map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
