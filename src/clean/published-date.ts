import { MONTHS, MONTH_PATTERN, WEEKDAY_PATTERN, daysInMonth, isoDate, pad2 } from '../lexicon/calendar.js';

export interface ParsedDate {
  /** ISO 8601 at the precision given: `2019-04-25` or `2019-04-25T16:28`. */
  iso: string;
  /** Offsets of the date within the string parsed. */
  start: number;
  end: number;
  /** When day and month could be either way round (`04/05/2019`): the other reading. */
  alternative?: string;
}

const TIME = String.raw`(?:\s*[,|\-–—]?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?(?:\s*(?:GMT|UTC|Z|[A-Z]{2,4}T)?)?)?`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/;
const NUMERIC = new RegExp(String.raw`\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b` + TIME, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(?:(?:${WEEKDAY_PATTERN})\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})\.?,?\s+(\d{4})\b` + TIME, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(?:(?:${WEEKDAY_PATTERN})\.?,?\s+)?(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` + TIME, 'i');

/**
 * A publication date in any of the forms news pages print: ISO 8601, `04/25/2019, 16.28`,
 * `25 April 2019`, `Apr 25, 2019 4:28 PM`. Day and month order is decided from the values where it can
 * be (25 cannot be a month); otherwise `alternative` holds the other reading.
 */
export function parsePublishedDate(s: string): ParsedDate | null {
  let m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!valid(y, mo, d)) return null;
    let iso = isoDate(y, mo, d);
    if (m[4]) iso += `T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7] ? normalizeZone(m[7]) : ''}`;
    return { iso, start: m.index, end: m.index + m[0].length };
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return textual(m, +m[1], MONTHS.get(m[2].toLowerCase().replace(/\.$/, ''))!, +m[3], 4);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return textual(m, +m[2], MONTHS.get(m[1].toLowerCase().replace(/\.$/, ''))!, +m[3], 4);
  m = NUMERIC.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    const y = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    const time = clock(m, 5);
    const monthFirst = valid(y, a, b) ? isoDate(y, a, b) + time : null;
    const dayFirst = valid(y, b, a) ? isoDate(y, b, a) + time : null;
    const span = { start: m.index, end: m.index + m[0].length };
    if (monthFirst && dayFirst && monthFirst !== dayFirst) {
      // Both readings are dates. Dotted dates are day-first wherever they are written; slashes are not.
      return m[2] === '.' ? { iso: dayFirst, ...span } : { iso: dayFirst, alternative: monthFirst, ...span };
    }
    const iso = monthFirst ?? dayFirst;
    return iso ? { iso, ...span } : null;
  }
  return null;
}

function textual(m: RegExpExecArray, day: number, month: number, year: number, timeAt: number): ParsedDate | null {
  if (!valid(year, month, day)) return null;
  return { iso: isoDate(year, month, day) + clock(m, timeAt), start: m.index, end: m.index + m[0].length };
}

function clock(m: RegExpExecArray, at: number): string {
  if (m[at] === undefined) return '';
  let h = +m[at];
  const min = +m[at + 1];
  const ampm = m[at + 3]?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return '';
  return `T${pad2(h)}:${pad2(min)}${m[at + 2] ? `:${m[at + 2]}` : ''}`;
}

function valid(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function normalizeZone(z: string): string {
  if (z === 'Z') return 'Z';
  return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}
