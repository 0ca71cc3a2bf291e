import { createRequire } from 'node:module';

// natural's submodules only: the package root loads database clients, WordNet and ./.env (LIBRARY-NOTES.md).
const require = createRequire(import.meta.url);
const jaroWinklerDistance = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;
const DoubleMetaphone = require('natural/lib/natural/phonetics/double_metaphone.js') as new () => { process(word: string): [string, string] };
const metaphone = new DoubleMetaphone();

/**
 * Two spellings of one name word are taken for the same word when their Double Metaphone primary codes are
 * equal and their Jaro-Winkler similarity reaches this: "Shoygu"/"Shoigu" 0.92, "Sergey"/"Sergei" 0.93,
 * "Zelensky"/"Zelenskyy" 0.98 pass; "Shake"/"Shoygu" (same code XK) does not. Tuned on no corpus: it is
 * the level below which natural's Jaro-Winkler pairs of different names in LIBRARY-NOTES.md sit.
 */
export const SAME_WORD_JARO_WINKLER = 0.85;

const codeCache = new Map<string, string>();

/** Double Metaphone primary code of a folded word; digits and non-Latin words are their own code. */
export function phoneticCode(word: string): string {
  let code = codeCache.get(word);
  if (code === undefined) {
    code = /^[a-z]/.test(word) ? metaphone.process(word)[0] || word : word;
    if (codeCache.size > 100_000) codeCache.clear();
    codeCache.set(word, code);
  }
  return code;
}

export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerDistance(a, b);
}

/** One name word against another (both folded): equal, or a spelling variant by the test above. */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return false;
  return phoneticCode(a) === phoneticCode(b) && jaroWinkler(a, b) >= SAME_WORD_JARO_WINKLER;
}

/**
 * Two full names (words from nameWords) name the same person when they have as many words and every
 * word pair passes sameNameWord; an initial matches the word it abbreviates ("V Putin" ~ "Vladimir Putin").
 * A differing final word means a different person: "Kim Jong Un" vs "Kim Jong Il" ("un"/"il" differ).
 * A name of two words also matches a longer one with the same first and last words ("George Bush" ~
 * "George W Bush").
 */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  const word = (x: string, y: string) => sameNameWord(x, y) || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  if (a.length === b.length) return a.every((w, i) => word(w, b[i]));
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length === 2 && word(short[0], long[0]) && word(short[1], long[long.length - 1]);
}
