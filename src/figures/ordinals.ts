import { monthAt } from '../dates/calendar-words.js';
import { KIND, POS } from '../tokenize/tags.js';
import { ORDINAL_WORDS, TENS } from './number-words.js';
import type { TokenView } from './token-view.js';

/** Superlatives that make an ordinal a rank: "second largest trading partner", "third-biggest". Any adjective in -est is one too. */
export const SUPERLATIVES: ReadonlySet<string> = new Set(['most', 'least', 'best', 'worst', 'largest', 'biggest', 'highest', 'lowest', 'richest', 'poorest']);
/** Verbs after which an ordinal is a place in a ranking: "finished second", "came third", "ranked fifth". */
export const RANK_VERBS: ReadonlySet<string> = new Set(['finished', 'finish', 'finishes', 'came', 'come', 'comes', 'ranked', 'ranks', 'rank', 'placed', 'place', 'ended', 'stands', 'stood', 'sits', 'sat']);
/** Fixed phrases with an ordinal that is no figure: "at first" means initially, "first of all" orders an argument. */
export const ORDINAL_IDIOMS: readonly { words: string[]; at: number; example: string }[] = [
  { words: ['at', 'first'], at: 1, example: 'At first, he refused' },
  { words: ['first', 'of', 'all'], at: 0, example: 'first of all, ...' },
  { words: ['a', 'split', 'second'], at: 2, example: 'in a split second' },
  { words: ['second', 'to', 'none'], at: 0, example: 'second to none' },
  { words: ['first', 'and', 'foremost'], at: 0, example: 'first and foremost' },
];
/** Hyphenated compounds in which an ordinal is no position: "second-hand", "third-party", "first-class", "first-time" (but "second-largest" is a rank, "third-round" a position). */
const HYPHEN_KEEPS = new Set(['ever', 'round', 'quarter', 'half', 'degree', 'place']);

export interface OrdinalRead {
  value: number;
  first: number;
  next: number;
  rank: boolean;
}

function isSuperlative(v: TokenView, k: number): boolean {
  const w = v.lower(k);
  return SUPERLATIVES.has(w) || (w.length > 4 && w.endsWith('est') && v.pos(k) === POS.ADJ);
}

function idiomAt(v: TokenView, i: number, from: number, to: number): boolean {
  for (const idiom of ORDINAL_IDIOMS) {
    const s = i - idiom.at;
    if (s < from || s + idiom.words.length > to) continue;
    if (idiom.words.every((w, k) => v.lower(s + k) === w)) return true;
  }
  return false;
}

/**
 * An ordinal at token i: "8th", "21st", "second", "twenty-first". Ranks ("second largest", "finished
 * third") are marked. Not ordinals: days of a month ("April 25th"), names ("the Second World War",
 * "First Minister"), idioms ("at first") and hyphenated compounds ("second-hand").
 */
export function ordinalAt(v: TokenView, i: number, from: number, to: number): OrdinalRead | null {
  let value = 0;
  let next = i + 1;
  const w = v.lower(i);
  if (v.kind(i) === KIND.ordinal) {
    value = parseInt(w, 10);
    if (!Number.isFinite(value)) return null;
    // "April 25th", "25th April", "the 25th of April"
    if (value <= 31 && (monthAt(v, i - 1) || (v.raw(i - 1) === '.' && monthAt(v, i - 2)) || monthAt(v, i + 1) || (v.lower(i + 1) === 'of' && monthAt(v, i + 2)))) return null;
  } else {
    const tens = TENS.get(w);
    if (tens !== undefined && i + 2 < to && v.raw(i + 1) === '-' && v.touchesNext(i) && v.touchesNext(i + 1)) {
      const u = ORDINAL_WORDS.get(v.lower(i + 2));
      if (u === undefined || u >= 10) return null;
      value = tens + u;
      next = i + 3;
    } else {
      const o = ORDINAL_WORDS.get(w);
      if (o === undefined) return null;
      value = o;
    }
    if (idiomAt(v, i, from, to)) return null;
    // A capitalized ordinal inside a sentence, before a capitalized word, belongs to a name.
    if (i > from && v.isCapitalized(i) && next < to && v.isCapitalized(next) && v.kind(next) === KIND.word) return null;
    // "First, ..." opens an argument.
    if (i === from && v.raw(next) === ',') return null;
    // "wait a second."
    if (w === 'second' && v.lower(i - 1) === 'a' && (next >= to || v.kind(next) === KIND.punctuation)) return null;
  }
  let rank = false;
  if (next + 1 < to && v.raw(next) === '-' && v.touchesNext(next - 1) && v.touchesNext(next)) {
    if (isSuperlative(v, next + 1)) rank = true;
    else if (!HYPHEN_KEEPS.has(v.lower(next + 1))) return null;
  } else if (next < to && (isSuperlative(v, next) || v.lower(next) === 'place')) rank = true;
  if (!rank && i - 1 >= from && RANK_VERBS.has(v.lower(i - 1))) rank = true;
  return { value, first: i, next, rank };
}
