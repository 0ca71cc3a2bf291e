import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRow, csvRows } from '../../src/write/csv.js';

// The options the tables were written with before the hand-written writer: its output must not change.
const CAST = { number: (n: number) => String(n), boolean: (b: boolean) => (b ? 'true' : 'false') };
const reference = (rows: unknown[][]) => stringify(rows, { cast: CAST });

describe('csvRows', () => {
  it('writes what csv-stringify writes, for every kind of cell the tables hold', () => {
    const rows: unknown[][] = [
      ['plain', 'with, comma', 'a "quoted" word', 'two\nlines', 'carriage\rreturn', '', null, undefined],
      [0, -1.5, 3200000000, 1e21, NaN, true, false, { a: 1 }, ['x', 'y']],
      ['"', ',', '""', ' lead and trail ', '=SUM(A1)', '-x', 'tab\there', 'Ünïcödé – “curly”', '\u2028'],
    ];
    expect(csvRows(rows)).toBe(reference(rows));
    for (const row of rows) expect(csvRow(row)).toBe(reference([row]));
  });

  it('writes nothing for no rows', () => {
    expect(csvRows([])).toBe('');
  });
});
