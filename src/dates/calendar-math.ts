import { daysInMonth, isoDate, pad2 } from '../lexicon/calendar.js';

/** A calendar day as a count of days since 1970-01-01 (UTC), so that adding days is adding integers. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoFromDayNumber(n: number): string {
  const d = fromDayNumber(n);
  return isoDate(d.year, d.month, d.day);
}

/** ISO weekday of a day number: Monday 1 ... Sunday 7 (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week of a day: "2019-W17" (the week belongs to the year of its Thursday). */
export function isoWeek(n: number): string {
  const thursday = n - weekdayOf(n) + 4;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** The month `offset` months from year-month: (2019, 1, -1) is (2018, 12). */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The anchor date "2019-04-25" (a time after it is ignored) as a day number, or null. */
export function parseAnchor(anchor: string | null): { year: number; month: number; day: number; n: number } | null {
  const m = anchor ? /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day, n: dayNumber(year, month, day) };
}
