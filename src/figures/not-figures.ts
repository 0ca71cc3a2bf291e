import type { FigureKind } from '../doc/types.js';
import { monthAt, weekdayAt } from '../dates/calendar-words.js';
import { isYearAt } from '../dates/years.js';
import { KIND, POS, TOKEN_FLAGS } from '../tokenize/tags.js';
import type { NumberRead } from './read-number.js';
import type { TokenView } from './token-view.js';

/** What a rule sees: the number, its sentence, and (for `figure` rules) what the number turned out to be. */
export interface NumberContext {
  v: TokenView;
  n: NumberRead;
  /** Token range of the sentence. */
  from: number;
  to: number;
  /** Whether a unit, a currency or a percent form starts at token j. */
  isMeasure(j: number): boolean;
  /** For `figure` rules: the kind the number was given and whether a counted noun or unit followed it. */
  kind?: FigureKind;
  counted?: boolean;
}

/**
 * Numbers that are not figures, each with why. `number` rules run on the number alone; `figure` rules
 * run once it is known what follows it (a percent sign or a unit overrides a name: "Trump 45%").
 */
export interface NotFigureRule {
  id: string;
  phase: 'number' | 'figure';
  reason: string;
  example: string;
  test(c: NumberContext): boolean;
}

const CLOCK_MARKERS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'et', 'ist', 'jst', 'msk', 'local',
]);
/** "1600 hrs", "0800 hours": four-digit military times; "3 hrs" is a duration. */
const MILITARY_MARKERS: ReadonlySet<string> = new Set(['hrs', 'hours', 'h']);
const MILITARY_TIME = /^([01]\d|2[0-3])[0-5]\d$/;
/** Words that label one item of a series: the number after them is a name ("type 1", "Article 5"). */
const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'type', 'phase', 'level', 'category', 'article', 'section', 'page', 'chapter', 'grade', 'stage', 'number', 'no', 'nos', 'room', 'flight',
  'route', 'row', 'platform', 'gate', 'terminal', 'game', 'season', 'episode', 'series', 'version', 'model', 'class', 'tier', 'zone',
  'division', 'district', 'ward', 'lot', 'unit', 'block', 'floor', 'exit', 'pier', 'seat', 'item', 'clause', 'paragraph', 'rule', 'bill',
  'resolution', 'amendment', 'act', 'schedule', 'annex', 'appendix', 'figure', 'table', 'reactor', 'gen', 'generation', 'covid', 'vol', 'volume', 'issue',
  'pp', 'p', 'no.', 'ch', 'art', 'sec', 'mk', 'mark', 'league', 'interstate', 'highway', 'channel', 'studio', 'box', 'apartment', 'suite', 'bus',
  'group', 'pool', 'lane',
]);
/** Words before "one" that make it a count: "at least one person", "only one bidder". */
const COUNTING_ONE: ReadonlySet<string> = new Set(['least', 'only', 'just', 'exactly', 'than', 'about', 'nearly', 'almost']);
/** Prepositions that make "one day" a duration: "in one day", "for one day". */
const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'within', 'over', 'than', 'just', 'only', 'after', 'about', 'than']);
const CLOCK_SHAPE = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
/** Streets and roads after a house number: "10 Downing Street". */
const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'drive', 'square', 'place', 'terrace', 'crescent']);
/** Capitalized words that open a sentence before an amount, and are no name: "Nearly 300 people", "Some 40 troops". */
const OPENERS: ReadonlySet<string> = new Set([
  'about', 'around', 'some', 'nearly', 'almost', 'only', 'over', 'under', 'just', 'another', 'all', 'the', 'by', 'in', 'at', 'on', 'for', 'with', 'since',
  'of', 'to', 'up', 'and', 'but', 'than', 'roughly', 'approximately', 'more', 'less', 'fewer', 'at', 'least', 'exactly', 'precisely', 'after', 'before',
  'between', 'from', 'during', 'within', 'until', 'another', 'every', 'each', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
]);

function isDateToken(v: TokenView, j: number): boolean {
  return v.kind(j) === KIND.number && /^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v.raw(j));
}

function prevSkippingComma(v: TokenView, i: number, from: number): number {
  let j = i - 1;
  if (j >= from && v.raw(j) === ',') j--;
  return j;
}

export const NOT_FIGURE_RULES: readonly NotFigureRule[] = [
  {
    id: 'year',
    phase: 'number',
    reason: 'a year is a date (the dates stage reads it), not a count',
    example: 'Since he came to power in 2011 ...',
    test: ({ v, n, from, to, isMeasure }) => n.plainDigits !== null && isYearAt(v, n.first, from, to, isMeasure),
  },
  {
    id: 'day-of-month',
    phase: 'number',
    reason: 'a day number next to a month is part of a date',
    example: 'on 25 April; April 25, 2019; the 8th of May',
    test: ({ v, n }) => {
      if (n.words || n.next - n.first !== 1 || !Number.isInteger(n.value) || n.value < 1 || n.value > 31) return false;
      const i = n.first;
      if (monthAt(v, i - 1) || (v.raw(i - 1) === '.' && monthAt(v, i - 2))) return true;
      const after = v.lower(n.next) === 'of' ? n.next + 1 : n.next;
      return monthAt(v, after) > 0;
    },
  },
  {
    id: 'clock-time',
    phase: 'number',
    reason: 'a time of day is no quantity',
    example: '04/25/2019, 16.28; at 2.15pm; 10 p.m. ET; 1600 GMT',
    test: ({ v, n, from, to }) => {
      const i = n.first;
      const next = n.next;
      if (next < to && CLOCK_MARKERS.has(v.lower(next)) && v.start(next) - n.end <= 1 && (n.value < 2400 && !n.words)) return true;
      if (next < to && MILITARY_MARKERS.has(v.lower(next)) && n.plainDigits !== null && MILITARY_TIME.test(n.plainDigits)) return true;
      // "2.15pm": the tokenizer splits off the minutes with their marker.
      if (next + 1 < to && v.raw(next) === '.' && v.touchesNext(next - 1) && v.touchesNext(next) && v.kind(next + 1) === KIND.time) return true;
      if (v.kind(next) === KIND.time && v.start(next) === n.end) return true;
      const raw = v.text.slice(n.start, n.end);
      if (!CLOCK_SHAPE.test(raw)) return false;
      const p = prevSkippingComma(v, i, from);
      return p >= from && (isDateToken(v, p) || weekdayAt(v, p) > 0 || /^\d{4}$/.test(v.raw(p)) && monthAt(v, p - 1) + monthAt(v, p - 2) > 0);
    },
  },
  {
    id: 'leading-zero',
    phase: 'number',
    reason: 'digits with a leading zero are codes, extensions or phone numbers, not amounts',
    example: 'call 020 7946 0958; agent 007',
    test: ({ n }) => n.plainDigits !== null && n.plainDigits.length > 1 && n.plainDigits[0] === '0',
  },
  {
    id: 'phone-number',
    phase: 'number',
    reason: 'an international prefix or digit groups joined by hyphens make a phone number',
    example: 'on +44 20 7946 0958; call 555-1234',
    test: ({ v, n }) => {
      const raw = v.text.slice(n.start, n.end);
      if (raw[0] === '+' && n.next < v.count && v.kind(n.next) === KIND.number && v.start(n.next) - n.end === 1) return true;
      return n.low !== undefined && /\d{3,}[-–]\d{4,}/.test(raw);
    },
  },
  {
    id: 'digit-run',
    phase: 'number',
    reason: 'numbers in a row with only spaces between them are a code, a phone number or a table row, not amounts',
    example: '245 23 yen; 7946 0958',
    test: ({ v, n, from, to, isMeasure }) => {
      if (n.words) return false;
      const runNext = n.next < to && v.kind(n.next) === KIND.number && v.start(n.next) - n.end === 1;
      const p = n.first - 1;
      const runPrev = p >= from && v.kind(p) === KIND.number && n.start - v.end(p) === 1;
      if (runNext && !isYearAt(v, n.next, from, to, isMeasure)) return true;
      return runPrev && !isYearAt(v, p, from, to, isMeasure);
    },
  },
  {
    id: 'code-touching',
    phase: 'number',
    reason: 'digits written against a word, a number or a point that touches one are part of a code or an identifier',
    example: 'galaxy cluster MACS J1149.5+6663; flight MH 17/3',
    // Touching is read in the text, across a sentence break the splitter may have put inside the code.
    test: ({ v, n }) => {
      const i = n.first;
      if (i < 1 || v.gap(i) !== 0) return false;
      const p = i - 1;
      const k = v.kind(p);
      if (k === KIND.word || k === KIND.number) return true;
      const raw = v.raw(p);
      return (raw === '.' || raw === '+' || raw === '#' || raw === '_' || raw === ':') && p >= 1 && v.gap(p) === 0 && (v.kind(p - 1) === KIND.word || v.kind(p - 1) === KIND.number);
    },
  },
  {
    id: 'score',
    phase: 'number',
    reason: 'two numbers joined by a hyphen with the larger first are a score or a season, not a range',
    example: 'won 3-1; the 2013-14 season',
    test: ({ n }) => n.low !== undefined && n.high !== undefined && n.low >= n.high,
  },
  {
    id: 'label-number',
    phase: 'number',
    reason: 'a number after a word that labels things in a series names one of them, it counts nothing',
    example: 'type 1 diabetes; Article 5; phase 3 trials; Chapter 11; Category 5 hurricane; flight 370; route 66',
    test: ({ v, n, from }) => n.first - 1 >= from && !n.words && LABEL_NOUNS.has(v.lower(n.first - 1).replace(/\.$/, '')) && v.start(n.first) - v.end(n.first - 1) === 1,
  },
  {
    id: 'list-marker',
    phase: 'number',
    reason: 'a number that opens a line and is followed by a point or a bracket numbers a list item',
    example: '1. Of 707 eighth-graders ...; 2) the budget',
    test: ({ v, n, to }) => {
      if (n.words || n.plainDigits === null || n.value > 99 || n.next >= to) return false;
      const mark = v.raw(n.next);
      return (mark === '.' || mark === ')') && v.start(n.next) === n.end && (v.t.flags[n.first] & TOKEN_FLAGS.lineStart) !== 0;
    },
  },
  {
    id: 'hyphen-compound',
    phase: 'number',
    reason: 'a number word hyphenated into a word that is not a unit is part of a compound adjective or noun',
    example: 'a mother-of-two; one-eyed; a two-faced answer (but "a two-year deal" is a figure, and digits keep theirs: "a 4-under-par 67", "a 12-member team")',
    test: ({ v, n, to, isMeasure }) => {
      if (!n.words) return false;
      const i = n.first;
      if (i >= 2 && v.raw(i - 1) === '-' && v.gap(i) === 0 && v.gap(i - 1) === 0 && v.kind(i - 2) === KIND.word) return true;
      const h = n.next;
      if (h + 1 >= to || v.raw(h) !== '-' || v.start(h) !== n.end || !v.touchesNext(h)) return false;
      const w = h + 1;
      return v.kind(w) === KIND.word && !isMeasure(w) && v.pos(w) !== POS.NOUN;
    },
  },
  {
    id: 'address',
    phase: 'number',
    reason: 'a house number before a street name is part of an address',
    example: '10 Downing Street',
    test: ({ v, n, to }) => {
      for (let k = n.next; k < to && k < n.next + 3 && v.isCapitalized(k); k++) if (STREET_WORDS.has(v.lower(k))) return true;
      return false;
    },
  },
  {
    id: 'name-number',
    phase: 'figure',
    reason: 'a number right after a proper name is part of the name, unless a percent sign, a currency or a unit follows it',
    example: 'the Russia 1 channel; Apollo 11; Boeing 737 jets; Formula One; No. 1 (but "Trump 45%" and "Telekom 4 hours 48 mins" are figures)',
    test: ({ v, n, from, kind }) => {
      if (kind === 'PERCENT' || kind === 'MONEY' || kind === 'QUANTITY' || kind === 'DURATION') return false;
      const i = n.first;
      const p = i - 1;
      if (p < from || n.start - v.end(p) !== 1) return false;
      if (v.kind(p) !== KIND.word || !v.isCapitalized(p)) return false;
      if (monthAt(v, p) || weekdayAt(v, p) || OPENERS.has(v.lower(p))) return false;
      if (n.words && !v.isCapitalized(i)) return false;
      return v.pos(p) === POS.PROPN || p > from;
    },
  },
  {
    id: 'title-number',
    phase: 'figure',
    reason: 'a capitalized number word inside a sentence, before a capitalized word, belongs to a title or a name',
    example: '"Crazy Like A Fox: One Principal\'s Triumph"; the Big Four Accounting firms',
    test: ({ v, n, from, to, kind }) =>
      kind === 'COUNT' && n.words && n.first > from && v.isCapitalized(n.first) && n.next < to && v.isCapitalized(n.next) && v.kind(n.next) === KIND.word,
  },
  {
    id: 'pronoun-one',
    phase: 'figure',
    reason: '"one" with nothing counted after it stands for a noun said before',
    example: 'the one built in the Kerch Strait; he would like to build one on the Tumen River',
    test: ({ v, n, kind, counted }) => n.words && n.next - n.first === 1 && v.lower(n.first) === 'one' && kind === 'COUNT' && !counted,
  },
  {
    id: 'indefinite-one',
    phase: 'figure',
    reason: '"one" before a noun is mostly an indefinite article ("one man said", "one of the largest"); it counts only after a bound or "only"',
    example: 'one man said; one of the largest centres (but "at least one person was killed", "only one bidder")',
    test: ({ v, n, from, kind }) => {
      if (!n.words || n.next - n.first !== 1 || v.lower(n.first) !== 'one' || kind !== 'COUNT') return false;
      if (v.lower(n.next) === 'of') return true;
      return n.first - 1 < from || !COUNTING_ONE.has(v.lower(n.first - 1));
    },
  },
  {
    id: 'one-day',
    phase: 'figure',
    reason: '"one day" and "one time" without a preposition mean some day, once',
    example: 'One day, Jenna just blurted out ... (but "in one day" is a duration)',
    test: ({ v, n, from, kind }) =>
      kind === 'DURATION' && n.words && v.lower(n.first) === 'one' && v.lower(n.next) === 'day' && (n.first - 1 < from || !DURATION_PREPOSITIONS.has(v.lower(n.first - 1))),
  },
];

export const NUMBER_RULES = NOT_FIGURE_RULES.filter((r) => r.phase === 'number');
export const FIGURE_RULES = NOT_FIGURE_RULES.filter((r) => r.phase === 'figure');

export function firstFailing(rules: readonly NotFigureRule[], c: NumberContext): NotFigureRule | null {
  for (const r of rules) if (r.test(c)) return r;
  return null;
}
