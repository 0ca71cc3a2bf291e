import { KIND, POS } from '../tokenize/tags.js';
import type { UnitDef } from './lexicon.js';
import type { NumberRead } from './read-number.js';
import type { TokenView } from './token-view.js';

/**
 * Rules that decide between readings of a word after a number, each with the example that needs it.
 */

/**
 * "pounds" is money after a scale word or before "sterling" ("361 million pounds", "50 pounds sterling"),
 * and a weight otherwise ("he lost 25 pounds", "2,204.62 pounds").
 */
export function poundsAreMoney(v: TokenView, scale: number, afterUnit: number, to: number): boolean {
  return scale >= 1e6 || (afterUnit < to && v.lower(afterUnit) === 'sterling');
}

/**
 * "in" after a number is inches when the clause ends there or a dimension follows: "2 1/2 in thick",
 * "my pencil is 2 in." ("two in my car" is a count).
 */
export const INCH_FOLLOWERS: ReadonlySet<string> = new Set(['thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'diameter', 'in', 'x', 'by']);

export function isInchAt(v: TokenView, k: number, to: number): boolean {
  const raw = v.raw(k);
  // The tokenizer keeps the full stop of "2 in." on the word at the end of a sentence.
  if (raw === 'in.') return k + 1 >= to;
  if (raw !== 'in') return false;
  const after = k + 1;
  if (after >= to) return true;
  const w = v.lower(after);
  return INCH_FOLLOWERS.has(w) || (v.kind(after) === 3 /* punctuation */ && w !== '(');
}

/**
 * "a" or "an" before a unit is one of it: "a gallon of beer", "a mile away", "a penny". Left out are
 * units whose "a" is idiomatic ("a bit more", "a ton of criticism", "an inch", "a foot in the door",
 * "a degree of", "a cup of tea", "a pint", "a pound" (money or weight)) and time units ("a year ago",
 * "once a week"), and any unit after a figure, where "a" means per ("$60 a barrel", "30 miles an hour").
 */
const ONE_OF_KINDS: ReadonlySet<string> = new Set(['length', 'area', 'volume', 'mass']);
const NOT_ONE_OF: ReadonlySet<string> = new Set(['in', 'ft', 'ton', 'lb', 'cup', 'pt', 'st', 'tbsp', 'tsp', 'bit', 'ct']);

export function unitCountsAsOne(def: UnitDef): boolean {
  return ONE_OF_KINDS.has(def.kind) && !NOT_ONE_OF.has(def.unit);
}

/** Words before a number that make it an age in years: "aged 39", "a man of age 87". */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age']);

/** Currency words that "a" counts as one of: "a penny", "a dollar a day". ("a real estate agent", "a buck" and "a pound" are not.) */
export const ONE_OF_CURRENCY_WORDS: ReadonlySet<string> = new Set(['penny', 'cent', 'dime', 'dollar', 'euro']);

/**
 * "Kate, 35, attended", "said Wayne Sagrera, 65, who": a whole number between commas right after a name
 * is the person's age, by a convention of news style.
 */
export function isAgeApposition(v: TokenView, n: NumberRead, from: number, to: number): boolean {
  if (n.words || n.plainDigits === null || n.value < 1 || n.value > 105) return false;
  const before = n.first - 1;
  const after = n.next;
  return before - 1 >= from && after < to && v.raw(before) === ',' && v.raw(after) === ',' && v.pos(before - 1) === POS.PROPN && v.kind(before - 1) === KIND.word;
}

/**
 * A measure told in two units, the larger first, is one figure in the first unit: "6ft 2in" is 6.1667 ft,
 * "5 feet and 2 inches", "7lb 3oz" (a birth weight), "12 stone 4lb". Only these imperial pairs, which are
 * written this way; metric pairs are not joined, as "the 10km and 400m titles" is a list.
 */
export const MIXED_UNIT_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ft', new Set(['in'])],
  ['yd', new Set(['ft', 'in'])],
  ['st', new Set(['lb'])],
  ['lb', new Set(['oz'])],
]);

/**
 * After digits and "m", these nouns name a race over that many metres, not millions of things: "the 400m
 * hurdles", "the 100m finals", "two 200m titles", "the 4x100m relays", "3,000m steeplechase heats".
 * Other plural nouns keep "m" a scale: "3m people", "1.5m tonnes".
 */
export const METRE_RACE_NOUNS: ReadonlySet<string> = new Set([
  'hurdles', 'relays', 'finals', 'heats', 'titles', 'races', 'medals', 'sprints', 'semifinals', 'semi-finals', 'records', 'steeplechase',
  'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley',
]);
