/**
 * CSV text of rows given as cells in column order, written by hand because it runs for every row of
 * every document: csv-stringify, with its per-field options and casts, took about 5 % of a one-thread
 * run. The output is the same as csv-stringify's with the options the tables use (`,` between cells,
 * `\n` after each row, a cell quoted when it holds `"`, `,`, `\n` or `\r`, a quote doubled inside it;
 * null and undefined empty; numbers with `String`; objects as JSON); `tests/write/csv.test.ts` holds
 * the two side by side.
 */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
  let out = '';
  for (const row of rows) out += csvRow(row);
  return out;
}

export function csvRow(cells: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i) out += ',';
    out += csvCell(cells[i]);
  }
  return out + '\n';
}

const NEEDS_QUOTES = /[",\n\r]/;

function csvCell(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (typeof value === 'number') return String(value);
  else if (value === null || value === undefined) return '';
  else if (typeof value === 'boolean') return value ? 'true' : 'false';
  else s = JSON.stringify(value);
  if (!NEEDS_QUOTES.test(s)) return s;
  return '"' + s.replaceAll('"', '""') + '"';
}
