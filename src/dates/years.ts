import type { TokenView } from '../figures/token-view.js';
import { KIND } from '../tokenize/tags.js';

/** Four digits from 1500 to 2099: the years news text writes. */
const YEAR_DIGITS = /^(1[5-9]\d\d|20\d\d)$/;

/** The next century's years ("by 2100", "until 2150"), a year only after one of FAR_YEAR_INTRODUCERS: projections name them so. */
const FAR_YEAR_DIGITS = /^21\d\d$/;
const FAR_YEAR_INTRODUCERS: ReadonlySet<string> = new Set(['by', 'in', 'until', 'till', 'before', 'beyond']);

/**
 * Words after which four digits are a year even when a plural noun follows: "in 2011", "the 2018 elections",
 * "since 2011 prices have doubled", "fiscal 2019 results".
 */
export const YEAR_INTRODUCERS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'of', 'the', 'to', 'through', 'throughout', 'early',
  'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'fiscal', 'year', 'season', 'circa', 'c.', 'between',
  'its', 'their', 'his', 'her', 'this', 'that', "'s", 'for', 'at', 'on', 'last', 'next', 'against',
]);

/**
 * Words before four digits that make them an amount: "about 2000 people", "some 1500 troops", "up to 2000".
 * (A year after them is written "around 2015", with no counted noun after it.)
 */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'least', 'over', 'under', 'estimated', 'another', 'additional', 'extra']);

/** Time zones after four digits make a clock time: "Updated 2011 GMT (0411 HKT)". */
const TIME_ZONES: ReadonlySet<string> = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'et', 'hkt', 'ist', 'jst', 'msk', 'aest', 'hrs', 'hours', 'h']);
/** Plural nouns that are still read after a year: "2019 figures", "2018 elections". Every other plural noun makes an amount. */
function isPluralNoun(v: TokenView, i: number): boolean {
  if (!v.isNoun(i) || v.kind(i) !== KIND.word) return false;
  // A headline in capitals ("1997 ASHES ITINERARY") says nothing by its plurals.
  const raw = v.raw(i);
  if (raw === raw.toUpperCase()) return false;
  const w = v.lower(i);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') || w === 'people' || w === 'men' || w === 'women' || w === 'children';
}

/**
 * Whether token i is a year: four digits from 1500 to 2099, unless what surrounds them makes an amount
 * ("2000 people", "$2019", "2000 km", "about 1500 troops"). `isMeasure(i)` says whether a unit, a
 * currency or a percent sign starts at token i.
 */
export function isYearAt(v: TokenView, i: number, from: number, to: number, isMeasure: (j: number) => boolean): boolean {
  if (v.kind(i) !== KIND.number) return false;
  const prev = i - 1 >= from ? v.lower(i - 1) : '';
  if (!YEAR_DIGITS.test(v.raw(i)) && !(FAR_YEAR_DIGITS.test(v.raw(i)) && FAR_YEAR_INTRODUCERS.has(prev) && !(i + 1 < to && isMeasure(i + 1)))) return false;
  if (i - 1 >= from && v.kind(i - 1) === KIND.currency) return false;
  const next = i + 1;
  if (next < to) {
    if (v.start(next) - v.end(i) <= 1 && isMeasure(next)) return false;
    if (v.raw(next) === '-' && v.touchesNext(i) && next + 1 < to && isMeasure(next + 1)) return false;
    // "816 000" or a phone number: digits after digits are not a year.
    if (v.kind(next) === KIND.number && v.start(next) - v.end(i) === 1 && !YEAR_DIGITS.test(v.raw(next))) return false;
  }
  // "Updated 2011 GMT": a four-digit clock time.
  if (next < to && TIME_ZONES.has(v.lower(next))) return false;
  if (AMOUNT_WORDS.has(prev)) return false;
  if (YEAR_INTRODUCERS.has(prev)) return true;
  if (next < to && isPluralNoun(v, next)) return false;
  return true;
}
