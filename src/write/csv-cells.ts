import { stringify } from 'csv-stringify/sync';

/** How every table casts numbers and booleans, for csv-stringify and for the cells written verbatim. */
export const CSV_CAST = { number: (n: number) => String(n), boolean: (b: boolean) => (b ? 'true' : 'false') };

/**
 * What makes csv-stringify (with its defaults: ',' between cells, '"' quotes, '\n' records, no formula
 * escaping) quote a string cell: the delimiter, the quote, or a line break. A class of single
 * characters, so the test cannot backtrack however long the cell.
 */
const QUOTED_BY_CSV_STRINGIFY = /[",\n\r]/;

/**
 * One cell as csv-stringify writes it. A number, a null and a string that csv-stringify would write as
 * it is (most cells: ids, types, offsets, plain names) are written here; every other cell (a string
 * with a quote, comma or line break, a boolean, an object) goes through csv-stringify itself, which
 * keeps the quoting rules. Why: csv-stringify allocates several arrays and a context object per cell
 * (23 % of everything a run allocated, 426 of 1,894 MB over 1,500 bench documents), and the cells that
 * need none of its rules are most of them. `tests/write/csv-cells.test.ts` checks the output byte for
 * byte against csv-stringify on whole rows.
 */
export function csvCell(value: unknown): string {
  if (typeof value === 'string') return QUOTED_BY_CSV_STRINGIFY.test(value) ? throughCsvStringify(value) : value;
  if (typeof value === 'number') return CSV_CAST.number(value);
  if (value === null || value === undefined) return '';
  return throughCsvStringify(value);
}

function throughCsvStringify(value: unknown): string {
  return stringify([[value]], { cast: CSV_CAST, eof: false });
}

/** Rows as CSV records (each ending in '\n', no header), cells in the order of `columns`. */
export function csvRecords(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      if (i) out += ',';
      out += csvCell(row[columns[i]]);
    }
    out += '\n';
  }
  return out;
}
