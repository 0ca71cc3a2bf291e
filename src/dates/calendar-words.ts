import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import type { TokenView } from '../figures/token-view.js';

/**
 * Months that are also common English words: they are dates only with a day, a year or a word that
 * introduces a date ("in May", "last March"), never alone ("you may", "a march on Paris").
 */
export const MONTHS_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['may', 'march']);

/**
 * Month abbreviations are dates only next to a day or a year ("Sept. 26", "Jan 2019"): alone they are
 * names or words ("Jan" the person, "Dec" for decrease).
 */
export function isMonthAbbreviation(word: string): boolean {
  return word.length <= 4 && word !== 'june' && word !== 'july' && word !== 'may';
}

/** The month number of token i (1-12), or 0. A month must be capitalized unless the whole text is lower-case copy. */
export function monthAt(v: TokenView, i: number): number {
  if (i < 0 || i >= v.count) return 0;
  // The tokenizer keeps the point of an abbreviation on it: "Dec.", "Sept.".
  const w = v.lower(i);
  const m = MONTHS.get(w.endsWith('.') ? w.slice(0, -1) : w);
  if (m === undefined) return 0;
  return v.isCapitalized(i) || !hasUpperCase(v) ? m : 0;
}

/** The ISO weekday of token i (1 Monday ... 7 Sunday) for full, capitalized weekday names only ("Sun" is a newspaper). */
export function weekdayAt(v: TokenView, i: number): number {
  if (i < 0 || i >= v.count) return 0;
  const w = v.lower(i);
  if (w.length < 6) return 0;
  const d = WEEKDAYS.get(w);
  return d !== undefined && (v.isCapitalized(i) || !hasUpperCase(v)) ? d : 0;
}

const upperCache = new WeakMap<TokenView, boolean>();
/** Lower-cased copy (some corpora and feeds) writes months in lower case: accept them there. */
function hasUpperCase(v: TokenView): boolean {
  let u = upperCache.get(v);
  if (u === undefined) {
    u = /[A-Z]/.test(v.text);
    upperCache.set(v, u);
  }
  return u;
}

/** Token i after skipping one "." (the point of "Sept."). */
export function skipPoint(v: TokenView, i: number): number {
  return i < v.count && v.raw(i) === '.' && v.gap(i) === 0 ? i + 1 : i;
}
