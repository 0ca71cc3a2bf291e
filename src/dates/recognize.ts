import type { Doc } from '../doc/types.js';
import { figureLexicon } from '../figures/lexicon.js';
import { TokenView } from '../figures/token-view.js';
import { KIND } from '../tokenize/tags.js';
import { MONTHS_THAT_ARE_WORDS, isMonthAbbreviation, monthAt, skipPoint, weekdayAt } from './calendar-words.js';
import { AGO_UNITS, PERIOD_MODIFIERS, PERIOD_NARROWERS, PERIOD_UNITS, RELATIONS, RELATIVE_DAYS, type PeriodUnit, type Relation } from './relative-words.js';
import { tenseAround, type Tense } from './tense.js';
import { clockTimeAt, type ClockTime, type TimeZoneReading } from './times.js';
import { isYearAt } from './years.js';

/** What a date expression says, before it is resolved against the publication date. */
export type DateSpec =
  | { type: 'absolute'; year: number; month?: number; day?: number; lastDay?: number }
  | { type: 'numeric'; a: number; b: number; year: number; yearFirst: boolean }
  | { type: 'dayMonth'; month: number; day: number; lastDay?: number }
  | { type: 'month'; month: number; relation: Relation }
  | { type: 'weekday'; weekday: number; relation: Relation }
  | { type: 'dayOffset'; days: number }
  | { type: 'period'; unit: PeriodUnit; offset: number }
  | { type: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  | { type: 'decade'; start: number }
  | { type: 'yearRange'; from: number; to: number }
  | { type: 'time'; hour: number; minute: number; zone: TimeZoneReading | null };

export interface DateFound {
  first: number;
  next: number;
  start: number;
  end: number;
  spec: DateSpec;
  /** The clause looks forward ("will meet on Thursday"), back, or is in the present; null when it says nothing. */
  tense: Tense | null;
  /** A clock time: the date next to it that gives its day ("Saturday night at 10 p.m."), if any. */
  day?: DateFound;
}

/** Words after which a month alone ("May", "March") is a date. */
const MONTH_INTRODUCERS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'through', 'throughout', 'early', 'late', 'mid', 'last', 'next',
  'this', 'on', 'between', 'and', 'to', 'coming', 'past', 'previous', 'end', 'beginning', 'start',
]);
/** Words that make a weekday the name of an event: "Black Friday", "Good Friday", "Bloody Sunday", "Super Tuesday". */
const NAMED_DAY_WORDS: ReadonlySet<string> = new Set(['black', 'good', 'bloody', 'super', 'ash', 'easter', 'palm', 'cyber', 'holy', 'maundy', 'shrove', 'giving', 'whit', 'plough', 'mothering', 'remembrance', 'boxing']);
/** Words before a year that say which part of it: "early 2019", "mid-2019". They become part of the date's text. */
const YEAR_PARTS: ReadonlySet<string> = new Set(['early', 'late', 'mid']);
const DAY_RANGE = /^(\d{1,2})[-–](\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})$/;
const DECADE = /^(?:(1[5-9]|20)(\d)0s|'(\d)0s)$/;
const YEAR_RANGE = /^(1[5-9]\d\d|20\d\d)[-–/](\d\d|\d{4})$/;
const MID_TOKEN = /^mid-(.+)$/;
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['several', NaN], ['few', NaN],
]);

/** Finds the date expressions of a document, one sentence at a time. */
export function recognizeDates(doc: Doc): DateFound[] {
  const v = new TokenView(doc);
  const lex = figureLexicon();
  const isMeasure = (j: number) => {
    const m = lex.suffix.match(v.text, v.start(j));
    return m !== null && v.tokenEndingAt(j, m.end) !== -1;
  };
  const out: DateFound[] = [];
  for (const s of doc.sentences) {
    const from = s.tokenStart;
    const to = s.tokenEnd;
    let i = from;
    const sentenceFirst = out.length;
    while (i < to) {
      const t = clockTimeAt(v, i, to);
      const d = t ? clockTime(v, t) : dateAt(v, i, from, to, isMeasure);
      if (d) {
        d.tense = tenseAround(v, d.first, d.next, from, to);
        out.push(d);
        i = d.next;
      } else i++;
    }
    giveTimesTheirDays(v, out, sentenceFirst);
  }
  return out;
}

/** Words that may stand between a clock time and the date of its day: "Saturday night at 10 p.m.", "10 p.m. on Saturday". */
const TIME_DAY_JOINERS: ReadonlySet<string> = new Set([',', 'at', 'on', 'the', 'night', 'morning', 'afternoon', 'evening', 'around', 'about', 'shortly', 'just', 'after', 'before', 'and', 'from', 'until', 'to', '-', '–']);

/**
 * A clock time takes its day from the date next to it in the sentence, before it ("Sunday at 10 p.m.")
 * or after it ("at 10 p.m. on Saturday"), or from the time before it that has one ("Sunday at 10 p.m. and
 * 2 a.m."), when only joining words stand between them.
 */
function giveTimesTheirDays(v: TokenView, out: DateFound[], first: number): void {
  const joined = (a: DateFound, b: DateFound) => {
    if (b.first - a.next > 4) return false;
    for (let k = a.next; k < b.first; k++) if (!TIME_DAY_JOINERS.has(v.lower(k))) return false;
    return true;
  };
  for (let k = first; k < out.length; k++) {
    const t = out[k];
    if (t.spec.type !== 'time') continue;
    const before = k > first ? out[k - 1] : null;
    const after = k + 1 < out.length ? out[k + 1] : null;
    const fromBefore = before && joined(before, t) ? t.first - before.next : Infinity;
    const fromAfter = after && after.spec.type !== 'time' && joined(t, after) ? after.first - t.next : Infinity;
    // The nearer one: "on Monday and at 3 pm on Tuesday" is Tuesday's.
    if (fromAfter < fromBefore) t.day = after!;
    else if (fromBefore !== Infinity) t.day = before!.spec.type === 'time' ? before!.day : before!;
  }
}

function clockTime(v: TokenView, t: ClockTime): DateFound {
  const d = found(v, t.first, t.next, { type: 'time', hour: t.hour, minute: t.minute, zone: t.zone });
  d.end -= t.trim;
  return d;
}

function found(v: TokenView, first: number, next: number, spec: DateSpec): DateFound {
  return { first, next, start: v.start(first), end: v.end(next - 1), spec, tense: null };
}

function dateAt(v: TokenView, i: number, from: number, to: number, isMeasure: (j: number) => boolean): DateFound | null {
  const k = v.kind(i);
  if (k === KIND.number || k === KIND.other) {
    const raw = v.raw(i);
    const numeric = NUMERIC_DATE.exec(raw);
    if (numeric) return numericDate(v, i, numeric);
    const range = YEAR_RANGE.exec(raw);
    if (range) {
      const a = Number(range[1]);
      const b = range[2].length === 2 ? Math.floor(a / 100) * 100 + Number(range[2]) : Number(range[2]);
      if (b > a && b - a < 100) return found(v, i, i + 1, { type: 'yearRange', from: a, to: b });
      return null;
    }
  }
  // Decades start with a digit or an apostrophe ("1990s", "'90s"); most tokens need no regular expression.
  const c0 = v.firstCode(i);
  const raw = (c0 >= 48 && c0 <= 57) || c0 === 39 ? v.raw(i) : '';
  const decade = raw ? DECADE.exec(raw) : null;
  if (decade) {
    const start = decade[3] !== undefined ? 1900 + Number(decade[3]) * 10 : Number(`${decade[1]}${decade[2]}0`);
    const first = i - 1 >= from && v.lower(i - 1) === 'the' ? i - 1 : i;
    return found(v, first, i + 1, { type: 'decade', start });
  }
  if (k === KIND.number) {
    const d = dayBeforeMonth(v, i, from, to);
    if (d) return d;
    if (isYearAt(v, i, from, to, isMeasure)) {
      const first = i - 1 >= from && YEAR_PARTS.has(v.lower(i - 1)) ? i - 1 : i;
      return found(v, first, i + 1, { type: 'absolute', year: Number(v.raw(i)) });
    }
    return agoAt(v, i, to);
  }
  if (k === KIND.ordinal) return dayBeforeMonth(v, i, from, to);
  if (k !== KIND.word) return null;
  const w = v.lower(i);
  const mid = MID_TOKEN.exec(w);
  if (mid) {
    // "mid-2019", "mid-March"
    if (/^(1[5-9]\d\d|20\d\d)$/.test(mid[1])) return found(v, i, i + 1, { type: 'absolute', year: Number(mid[1]) });
    const m = monthNumber(mid[1]);
    if (m) return monthDate(v, i, i, m, 'bare', from, to, true);
  }
  for (const r of RELATIVE_DAYS) {
    if (r.words[0] !== w || i + r.words.length > to) continue;
    let k2 = 1;
    while (k2 < r.words.length && v.lower(i + k2) === r.words[k2]) k2++;
    if (k2 === r.words.length) return found(v, i, i + r.words.length, { type: 'dayOffset', days: r.days });
  }
  const relation = RELATIONS.get(w);
  if (relation !== undefined && i + 1 < to) {
    const wd = weekdayAt(v, i + 1);
    if (wd) return weekdayDate(v, i, i + 1, wd, relation, from, to);
    const m = monthAt(v, i + 1);
    if (m) return monthDate(v, i, i + 1, m, relation, from, to, true);
  }
  const period = periodAt(v, i, from, to);
  if (period) return period;
  const wd = weekdayAt(v, i);
  if (wd) return weekdayDate(v, i, i, wd, 'bare', from, to);
  const m = monthAt(v, i);
  if (m) return monthDate(v, i, i, m, 'bare', from, to, false);
  return agoAt(v, i, to);
}

function monthNumber(word: string): number {
  const m = MONTH_NAMES.indexOf(word.toLowerCase());
  return m === -1 ? 0 : m + 1;
}
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "18/04/2019", "4/25/2019", "25.04.2019", "2019-04-25". */
function numericDate(v: TokenView, i: number, m: RegExpExecArray): DateFound | null {
  const [, p1, , p2, p3] = m;
  if (p1.length === 4) {
    return found(v, i, i + 1, { type: 'numeric', a: Number(p2), b: Number(p3), year: Number(p1), yearFirst: true });
  }
  if (p1.length > 2) return null;
  let year = Number(p3);
  // Two-digit years: "18/04/19" is 2019; a year past the next decade is the last century.
  if (p3.length === 2) year += year <= 40 ? 2000 : 1900;
  else if (p3.length !== 4) return null;
  return found(v, i, i + 1, { type: 'numeric', a: Number(p1), b: Number(p2), year, yearFirst: false });
}

/** A year written right after a month or a day: "April 2019", "April 25, 2019", "25 April 2019". */
function yearAfter(v: TokenView, j: number, to: number): number {
  let k = j;
  if (k < to && v.raw(k) === ',') k++;
  if (k < to && v.kind(k) === KIND.number && /^(1[5-9]\d\d|20\d\d)$/.test(v.raw(k))) return k;
  return -1;
}

function dayValue(v: TokenView, k: number): number {
  if (v.kind(k) !== KIND.number && v.kind(k) !== KIND.ordinal) return 0;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(v.raw(k));
  const d = m ? Number(m[1]) : 0;
  return d >= 1 && d <= 31 ? d : 0;
}

/** "25 April", "25th April 2019", "the 25th of April". */
function dayBeforeMonth(v: TokenView, i: number, from: number, to: number): DateFound | null {
  const day = dayValue(v, i);
  if (!day) return null;
  let j = i + 1;
  if (j < to && v.lower(j) === 'of') j++;
  const month = monthAt(v, j);
  if (!month) return null;
  const first = v.lower(i - 1) === 'the' && i - 1 >= from && j === i + 2 ? i - 1 : i;
  const afterMonth = skipPoint(v, j + 1);
  const y = yearAfter(v, afterMonth, to);
  if (y !== -1) return found(v, first, y + 1, { type: 'absolute', year: Number(v.raw(y)), month, day });
  return found(v, first, afterMonth, { type: 'dayMonth', month, day });
}

/** A month, with what is around it: "April 25", "April 25th, 2019", "April 2019", "last February", "in March". */
function monthDate(v: TokenView, first: number, at: number, month: number, relation: Relation, from: number, to: number, introduced: boolean): DateFound | null {
  const word = v.lower(at).replace(/\.$/, '');
  let j = skipPoint(v, at + 1);
  const days = j < to && relation === 'bare' ? DAY_RANGE.exec(v.raw(j)) : null;
  if (days && Number(days[1]) >= 1 && Number(days[1]) < Number(days[2]) && Number(days[2]) <= 31) {
    // "June 11-13": the days of an event.
    const y = yearAfter(v, j + 1, to);
    const range = { month, day: Number(days[1]), lastDay: Number(days[2]) };
    if (y !== -1) return found(v, first, y + 1, { type: 'absolute', year: Number(v.raw(y)), ...range });
    return found(v, first, j + 1, { type: 'dayMonth', ...range });
  }
  const day = j < to ? dayValue(v, j) : 0;
  if (day && relation === 'bare') {
    const y = yearAfter(v, j + 1, to);
    if (y !== -1) return found(v, first, y + 1, { type: 'absolute', year: Number(v.raw(y)), month, day });
    return found(v, first, j + 1, { type: 'dayMonth', month, day });
  }
  const y = yearAfter(v, j, to);
  if (y !== -1 && v.raw(j) !== ',') return found(v, first, y + 1, { type: 'absolute', year: Number(v.raw(y)), month });
  // A month alone: an abbreviation never ("Jan" is a name), "May" and "March" only after a word that introduces a date.
  if (!introduced && isMonthAbbreviation(word) && !MONTH_NAMES.includes(word)) return null;
  const prev = first - 1 >= from ? v.lower(first - 1) : '';
  if (!introduced && !MONTH_INTRODUCERS.has(prev)) {
    if (MONTHS_THAT_ARE_WORDS.has(word)) return null;
    // "Theresa May", "June Carter": a month next to a capitalized word is part of a name.
    const capitalizedWord = (k: number) => v.isCapitalized(k) && v.kind(k) === KIND.word;
    if ((first - 1 > from && capitalizedWord(first - 1)) || (at + 1 < to && capitalizedWord(at + 1))) return null;
  }
  let start = first;
  if (relation === 'bare' && first - 1 >= from && (prev === 'early' || prev === 'late' || prev === 'mid')) start = first - 1;
  j = at + 1;
  return found(v, start, j, { type: 'month', month, relation });
}

/** "Thursday", "on Thursday", "last Thursday", "Thursday night"; "Thursday, April 25" is left to the month. */
function weekdayDate(v: TokenView, first: number, at: number, weekday: number, relation: Relation, from: number, to: number): DateFound | null {
  // "Black Friday", "Bloody Sunday", "Super Tuesday": named days are events, not the latest such weekday.
  if (relation === 'bare' && at - 1 >= from && NAMED_DAY_WORDS.has(v.lower(at - 1))) return null;
  let j = at + 1;
  if (j < to && v.raw(j) === ',') j++;
  const dayFirst = j < to ? dayValue(v, j) : 0;
  if ((dayFirst && monthAt(v, j + 1)) || monthAt(v, j)) {
    // "Thursday, April 25": the date says more than the weekday.
    const d = monthAt(v, j) ? dateAt(v, j, from, to, () => false) : dayBeforeMonth(v, j, from, to);
    if (d && (d.spec.type === 'dayMonth' || d.spec.type === 'absolute')) return { ...d, first, start: v.start(first) };
  }
  return found(v, first, at + 1, { type: 'weekday', weekday, relation });
}

/** "last week", "this year", "next month", "earlier this month", "late last year", "at the weekend". */
function periodAt(v: TokenView, i: number, from: number, to: number): DateFound | null {
  const narrowed = PERIOD_NARROWERS.has(v.lower(i));
  const k = narrowed ? i + 1 : i;
  if (k + 1 >= to) return null;
  const lead = v.lower(k);
  if (!narrowed && (lead === 'at' || lead === 'over') && k + 2 < to && v.lower(k + 1) === 'the' && v.lower(k + 2) === 'weekend') {
    // "at the weekend", "over the weekend": the latest weekend.
    return found(v, k + 1, k + 3, { type: 'period', unit: 'weekend', offset: 0 });
  }
  const offset = PERIOD_MODIFIERS.get(lead);
  const unit = PERIOD_UNITS.get(v.lower(k + 1));
  if (offset === undefined || !unit) return null;
  // "the past year" and "the last year" are durations; "last year" alone is a date.
  if (lead !== 'this' && i - 1 >= from && v.lower(i - 1) === 'the') return null;
  return found(v, i, k + 2, { type: 'period', unit, offset });
}

/** "two weeks ago", "a year ago", "3 days ago". */
function agoAt(v: TokenView, i: number, to: number): DateFound | null {
  if (i + 2 >= to) return null;
  const unit = AGO_UNITS.get(v.lower(i + 1));
  if (!unit || v.lower(i + 2) !== 'ago') return null;
  const w = v.lower(i);
  let count = /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS.get(w) ?? NaN);
  if (!Number.isFinite(count)) return null;
  if (v.lower(i + 1).startsWith('decade')) count *= 10;
  return found(v, i, i + 3, { type: 'ago', unit, count });
}
