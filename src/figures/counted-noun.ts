import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { KIND, POS } from '../tokenize/tags.js';
import { canStartNumber } from './read-number.js';
import type { TokenView } from './token-view.js';

/** Plurals that do not end in -s, and their singular: "four people" counts persons. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['mice', 'mouse'], ['geese', 'goose'],
  ['teeth', 'tooth'], ['feet', 'foot'], ['lives', 'life'], ['wives', 'wife'], ['knives', 'knife'], ['thieves', 'thief'],
  ['leaves', 'leaf'], ['wolves', 'wolf'], ['halves', 'half'], ['crises', 'crisis'], ['analyses', 'analysis'], ['theses', 'thesis'],
  ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['bacteria', 'bacterium'], ['indices', 'index'], ['matrices', 'matrix'],
]);

/** Nouns whose plural is the singular: "500 police", "12 aircraft", "200 staff". */
export const INVARIANT_PLURALS: ReadonlySet<string> = new Set([
  'police', 'personnel', 'staff', 'cattle', 'livestock', 'aircraft', 'sheep', 'fish', 'deer', 'offspring', 'series', 'species',
  'crew', 'military', 'infantry', 'cavalry', 'clergy', 'swine', 'poultry', 'militia', 'youth',
]);

/** Nouns ending in -s that are singular: "a 3-bus convoy" is rare, "gas", "news", "status" are common. */
const SINGULAR_IN_S = /(ss|us|is|ics|news|gas|ous)$/;

/** The singular of a plural noun, lower-cased: States -> state, companies -> company, buses -> buse (rare). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  if (INVARIANT_PLURALS.has(w) || SINGULAR_IN_S.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 2 && w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PLURALS.has(w) || INVARIANT_PLURALS.has(w) || (w.length > 2 && w.endsWith('s') && !SINGULAR_IN_S.test(w));
}

/** Words that follow "of" and stand for the counted things without naming them: "two of them". */
const OF_PRONOUNS: ReadonlySet<string> = new Set(['them', 'us', 'you', 'those', 'these', 'whom', 'which', 'it']);
const OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'our']);

export interface CountedNoun {
  /** Lemma of the head noun: "state", "person", "expert". */
  lemma: string;
  /** Token after the noun phrase. */
  next: number;
}

function isContentWord(v: TokenView, k: number): boolean {
  return v.kind(k) === KIND.word && /^\p{L}/u.test(v.raw(k));
}

function isNounHead(v: TokenView, k: number): boolean {
  if (!v.isNoun(k) || !isContentWord(v, k)) return false;
  const w = v.lower(k);
  return !MONTHS.has(w) && !WEEKDAYS.has(w);
}

/**
 * The thing a number counts, when a noun phrase follows it: "35 States", "four people", "three new
 * nuclear reactors", "thousands of experts", "two of the suspects", "a 3-bedroom house". The head
 * noun must be plural unless the number is one (or the noun is hyphenated to it).
 */
export function countedNounAfter(v: TokenView, j: number, to: number, value: number): CountedNoun | null {
  let k = j;
  let hyphenated = false;
  if (k + 1 < to && v.raw(k) === '-' && v.gap(k) === 0 && v.touchesNext(k)) {
    k++;
    hyphenated = true;
  } else if (k < to && v.lower(k) === 'of') {
    k++;
    if (k < to && OF_PRONOUNS.has(v.lower(k))) return null;
    if (k < to && OF_DETERMINERS.has(v.lower(k))) k++;
  }
  // A run of modifiers and nouns, at most four words: the head is its last noun. A hyphen inside a
  // compound modifier ("40 narrow-body aircraft") joins two of its words and is no word of its own.
  let head = -1;
  let pluralHead = -1;
  let limit = k + 4;
  for (let m = k; m < to && m < limit; m++) {
    const p = v.pos(m);
    if (!isContentWord(v, m)) break;
    // "narrow-body", "well-known": the first word and the hyphen are part of the modifier, whatever they
    // are; not a number ("three-ton" is a figure of its own).
    if (!hyphenated && m + 2 < to && v.raw(m + 1) === '-' && v.touchesNext(m) && v.touchesNext(m + 1) && isContentWord(v, m + 2) && !canStartNumber(v, m)) {
      m++;
      limit += 2;
      continue;
    }
    const afterHyphen = m > k && v.raw(m - 1) === '-';
    if (isNounHead(v, m)) {
      head = m;
      if (isPlural(v.raw(m))) pluralHead = m;
    } else if (afterHyphen || p === POS.ADJ || (p === POS.VERB && /(ed|ing)$/.test(v.lower(m)))) {
      if (head !== -1) break;
    } else break;
    if (hyphenated && head !== -1) break;
  }
  if (head === -1) return null;
  // "215,000 valid ballots cast": a singular noun after the plural one is no head of the count.
  if (!hyphenated && value !== 1 && pluralHead !== -1 && !isPlural(v.raw(head))) head = pluralHead;
  const raw = v.raw(head);
  if (!hyphenated && value !== 1 && !isPlural(raw)) return null;
  return { lemma: hyphenated || value === 1 ? raw.toLowerCase() : singular(raw), next: head + 1 };
}
