import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/entities/ner/random.js';
import { CSV_CAST, csvCell, csvRecords } from '../../src/write/csv-cells.js';

/** What csv-stringify alone writes for the same rows: the output csvRecords must match byte for byte. */
const byCsvStringify = (rows: Record<string, unknown>[], columns: string[]) => stringify(rows.map((r) => columns.map((c) => r[c])), { cast: CSV_CAST });

const PIECES = ['Kim', ' ', ',', '"', '""', '\n', '\r\n', '\r', "'", '=SUM(A1)', '-3', '+', '@', '\t', 'é', '—', '“', '😀', '0', ''];

describe('csv cells: written as csv-stringify writes them', () => {
  it.each([
    ['a plain name', 'Kim Jong-Un', 'Kim Jong-Un'],
    ['a comma', 'Seoul, South Korea', '"Seoul, South Korea"'],
    ['a quote', 'the "Sunshine" policy', '"the ""Sunshine"" policy"'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['an empty string', '', ''],
    ['a formula-like string (no escaping by default)', '=1+2', '=1+2'],
    ['zero', 0, '0'],
    ['a negative fraction', -0.25, '-0.25'],
    ['null', null, ''],
    ['a boolean', true, 'true'],
  ])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
    expect(csvCell(value)).toBe(stringify([[value]], { cast: CSV_CAST, eof: false }));
  });

  it('matches csv-stringify on 2,000 random rows of strings, numbers, nulls and booleans', () => {
    const random = mulberry32(7);
    const columns = ['a', 'b', 'c', 'd', 'e'];
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 2000; i++) {
      const row: Record<string, unknown> = {};
      for (const c of columns) {
        const kind = random();
        if (kind < 0.6) {
          let s = '';
          for (let n = Math.floor(random() * 6); n > 0; n--) s += PIECES[Math.floor(random() * PIECES.length)];
          row[c] = s;
        } else if (kind < 0.8) row[c] = Math.round((random() - 0.5) * 1e6) / (random() < 0.5 ? 1 : 1000);
        else if (kind < 0.9) row[c] = null;
        else row[c] = random() < 0.5;
      }
      rows.push(row);
    }
    const quoted = rows.filter((r) => columns.some((c) => typeof r[c] === 'string' && /[",\n\r]/.test(r[c] as string))).length;
    expect(quoted).toBeGreaterThan(500);
    expect(csvRecords(rows, columns)).toBe(byCsvStringify(rows, columns));
  });

  it('writes nothing for no rows, and one record per row otherwise', () => {
    expect(csvRecords([], ['a'])).toBe('');
    expect(csvRecords([{ a: 'x', b: 1 }, { a: 'y, z', b: null }], ['a', 'b'])).toBe('x,1\n"y, z",\n');
  });
});
