import { isoDate, pad2 } from '../lexicon/calendar.js';
import { addMonths, dayNumber, isValidDate, isoFromDayNumber, isoMonth, isoWeek, parseAnchor, weekdayOf } from './calendar-math.js';
import type { DateFound, DateSpec } from './recognize.js';
import { utcOffset } from './times.js';

export type Granularity = 'minute' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'years';

export interface ResolvedDate {
  /** ISO 8601 at the precision the text gives, or null when the text cannot be anchored. */
  value: string | null;
  granularity: Granularity;
}

type Anchor = NonNullable<ReturnType<typeof parseAnchor>>;

/**
 * A day and month without a year ("on April 26") in an article of April 25 is this year's, up to this
 * many days ahead: previews name the coming days. Further ahead it is last year's, unless the clause
 * looks forward.
 */
export const DAY_MONTH_LOOKAHEAD_DAYS = 7;

/**
 * Resolves a date expression against the publication date, with a past bias: news reports mostly look
 * back, so "Thursday" and "February" are the latest ones on or before the publication date unless the
 * clause looks forward ("will meet on Thursday"). Without a publication date, only what the text
 * itself fixes ("in 2011", "18/04/2019") resolves; the rest keeps a null value.
 */
export function resolveDate(d: DateFound, anchorDate: string | null): ResolvedDate {
  const anchor = parseAnchor(anchorDate);
  const s = d.spec;
  const future = d.tense === 'future';
  // A clause in the present ("the festival includes shows in March") takes the nearest such date, not the past one.
  const nearest = d.tense === 'present';
  switch (s.type) {
    case 'absolute':
      if (s.day !== undefined && s.month !== undefined) {
        if (!isValidDate(s.year, s.month, s.day) || (s.lastDay !== undefined && !isValidDate(s.year, s.month, s.lastDay))) return { value: null, granularity: 'day' };
        const first = isoDate(s.year, s.month, s.day);
        // "June 11-13, 2019": an ISO 8601 interval of days.
        return { value: s.lastDay !== undefined ? `${first}/${isoDate(s.year, s.month, s.lastDay)}` : first, granularity: 'day' };
      }
      if (s.month !== undefined) return { value: isoMonth(s.year, s.month), granularity: 'month' };
      return { value: String(s.year), granularity: 'year' };
    case 'numeric':
      return { value: numericValue(s, anchor), granularity: 'day' };
    case 'decade':
      return { value: `${String(s.start).slice(0, 3)}X`, granularity: 'decade' };
    case 'yearRange':
      return { value: `${s.from}/${s.to}`, granularity: 'years' };
    case 'time':
      return resolveTime(s, null);
    default:
      break;
  }
  if (!anchor) return { value: null, granularity: granularityOf(d) };
  switch (s.type) {
    case 'dayOffset':
      return { value: isoFromDayNumber(anchor.n + s.days), granularity: 'day' };
    case 'dayMonth': {
      const first = dayMonthValue(s.month, s.day, anchor, future, nearest);
      if (!first || s.lastDay === undefined) return { value: first, granularity: 'day' };
      const year = Number(first.slice(0, 4));
      return { value: isValidDate(year, s.month, s.lastDay) ? `${first}/${isoDate(year, s.month, s.lastDay)}` : null, granularity: 'day' };
    }
    case 'month':
      return { value: monthValue(s.month, s.relation, anchor, future, nearest), granularity: 'month' };
    case 'weekday':
      return { value: isoFromDayNumber(weekdayValue(s.weekday, s.relation, anchor, future, nearest)), granularity: 'day' };
    case 'period':
      return periodValue(s.unit, s.offset, anchor, future);
    case 'ago':
      return agoValue(s.unit, s.count, anchor);
  }
}

function granularityOf(d: DateFound): Granularity {
  const s = d.spec;
  switch (s.type) {
    case 'month':
      return 'month';
    case 'period':
      return s.unit === 'weekend' ? 'week' : s.unit;
    case 'ago':
      return s.unit;
    default:
      return 'day';
  }
}

/** "18/04/2019" is day first because 18 cannot be a month; "04/05/2019" is the reading nearest the publication date, else day first. */
function numericValue(s: { a: number; b: number; year: number; yearFirst: boolean }, anchor: Anchor | null): string | null {
  if (s.yearFirst) return isValidDate(s.year, s.a, s.b) ? isoDate(s.year, s.a, s.b) : null;
  const dayFirst = isValidDate(s.year, s.b, s.a);
  const monthFirst = isValidDate(s.year, s.a, s.b);
  if (dayFirst && monthFirst && s.a !== s.b && anchor) {
    const dd = Math.abs(dayNumber(s.year, s.b, s.a) - anchor.n);
    const md = Math.abs(dayNumber(s.year, s.a, s.b) - anchor.n);
    return md < dd ? isoDate(s.year, s.a, s.b) : isoDate(s.year, s.b, s.a);
  }
  if (dayFirst) return isoDate(s.year, s.b, s.a);
  if (monthFirst) return isoDate(s.year, s.a, s.b);
  return null;
}

function dayMonthValue(month: number, day: number, anchor: Anchor, future: boolean, nearest: boolean): string | null {
  const years = [anchor.year - 1, anchor.year, anchor.year + 1].filter((y) => isValidDate(y, month, day));
  if (years.length === 0) return null;
  const n = (y: number) => dayNumber(y, month, day);
  if (nearest) {
    const best = years.reduce((a, b) => (Math.abs(n(b) - anchor.n) < Math.abs(n(a) - anchor.n) ? b : a));
    return isoDate(best, month, day);
  }
  const year = future
    ? (years.find((y) => n(y) >= anchor.n) ?? years[years.length - 1])
    : ([...years].reverse().find((y) => n(y) <= anchor.n + DAY_MONTH_LOOKAHEAD_DAYS) ?? years[0]);
  return isoDate(year, month, day);
}

function monthValue(month: number, relation: string, anchor: Anchor, future: boolean, nearest: boolean): string {
  let year = anchor.year;
  if (relation === 'bare' && nearest) {
    // Within six months either way; a tie goes to the past.
    const diff = month - anchor.month;
    year = diff > 6 ? year - 1 : diff < -5 ? year + 1 : year;
    return isoMonth(year, month);
  }
  if (relation === 'last') year = month < anchor.month ? year : year - 1;
  else if (relation === 'next') year = month > anchor.month ? year : year + 1;
  else if (relation === 'bare') {
    if (future) year = month >= anchor.month ? year : year + 1;
    else year = month <= anchor.month ? year : year - 1;
  }
  return isoMonth(year, month);
}

function weekdayValue(weekday: number, relation: string, anchor: Anchor, future: boolean, nearest = false): number {
  const today = weekdayOf(anchor.n);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (relation) {
    case 'last':
      return anchor.n - (back === 0 ? 7 : back);
    case 'next':
      return anchor.n + (ahead === 0 ? 7 : ahead);
    case 'this':
      // The day of the publication's ISO week.
      return anchor.n - today + weekday;
    default:
      if (nearest) return ahead < back ? anchor.n + ahead : anchor.n - back;
      return future ? anchor.n + ahead : anchor.n - back;
  }
}

function periodValue(unit: string, offset: number, anchor: Anchor, future: boolean): ResolvedDate {
  switch (unit) {
    case 'week':
      return { value: isoWeek(anchor.n + offset * 7), granularity: 'week' };
    case 'month': {
      const m = addMonths(anchor.year, anchor.month, offset);
      return { value: isoMonth(m.year, m.month), granularity: 'month' };
    }
    case 'year':
      return { value: String(anchor.year + offset), granularity: 'year' };
    default: {
      // A weekend: its Saturday, the latest one (or the coming one when the clause looks forward or says "next").
      const saturday = weekdayValue(6, offset > 0 ? 'next' : 'bare', anchor, future || offset > 0);
      const sunday = weekdayOf(anchor.n) === 7 && offset === 0 && !future ? anchor.n - 1 : saturday;
      return { value: isoWeek(sunday), granularity: 'week' };
    }
  }
}

function agoValue(unit: string, count: number, anchor: Anchor): ResolvedDate {
  switch (unit) {
    case 'day':
      return { value: isoFromDayNumber(anchor.n - count), granularity: 'day' };
    case 'week':
      return { value: isoWeek(anchor.n - count * 7), granularity: 'week' };
    case 'month': {
      const m = addMonths(anchor.year, anchor.month, -count);
      return { value: isoMonth(m.year, m.month), granularity: 'month' };
    }
    default:
      return { value: String(anchor.year - count), granularity: 'year' };
  }
}

/**
 * A clock time in ISO 8601: with the day of the date next to it when that date resolved to one day
 * ("2019-09-21T22:00-04:00"), else the time alone ("T15:42"); the UTC offset only where the zone gives
 * one (see times.ts).
 */
export function resolveTime(s: Extract<DateSpec, { type: 'time' }>, dayValue: string | null): ResolvedDate {
  const day = dayValue !== null && /^\d{4}-\d\d-\d\d$/.test(dayValue) ? dayValue : null;
  const offset = utcOffset(s.zone, day, s.hour, s.minute) ?? '';
  return { value: `${day ?? ''}T${pad2(s.hour)}:${pad2(s.minute)}${offset}`, granularity: 'minute' };
}
