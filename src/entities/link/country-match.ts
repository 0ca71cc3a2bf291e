import { foldName, wordKey } from '../gazetteer/fold.js';
import type { CountryGazetteer } from '../gazetteer/countries.js';
import type { TokenView } from './view.js';

export interface CountryMatch {
  tokenStart: number;
  tokenEnd: number;
  /** ISO codes: one, or several for an ambiguous name ("Korea"). */
  countries: readonly string[];
  kind: 'name' | 'demonym';
}

/** Folded text of tokens [from, to), joined the way names are written ("North Korea", "Guinea-Bissau"). */
export function foldedTokens(view: TokenView, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from ? ' ' : '') + view.text(i);
  return foldName(s);
}

const keyCache = new Map<string, string>();

/**
 * wordKey of a token, kept on the view for the token (the link stage asks for it again and again) and
 * across articles by text: the same few thousand words recur in every article.
 */
export function tokenKey(view: TokenView, i: number): string {
  let k = view.wordKeys[i];
  if (k !== undefined) return k;
  const t = view.text(i);
  k = keyCache.get(t);
  if (k === undefined) {
    k = wordKey(t);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(t, k);
  }
  view.wordKeys[i] = k;
  return k;
}

/**
 * How many tokens a name of `words` words may take: hyphens and possessives are tokens of their own
 * ("Guinea - Bissau", "People 's").
 */
function tokenReach(words: number): number {
  return words * 2 + 1;
}

/** A country name or demonym over exactly tokens [from, to), or null. `names` picks the name list. */
export function matchCountryExact(
  view: TokenView,
  from: number,
  to: number,
  gaz: CountryGazetteer,
  names: ReadonlyMap<string, readonly string[]> = gaz.names,
): CountryMatch | null {
  if (to <= from) return null;
  // Most spans start with a word no country name or demonym starts with: no string to build for them.
  if (!startsSomeName(tokenKey(view, from), gaz)) return null;
  const key = foldedTokens(view, from, to);
  const byName = names.get(key);
  if (byName) return { tokenStart: from, tokenEnd: to, countries: byName, kind: 'name' };
  const byDemonym = gaz.demonyms.get(key);
  if (byDemonym) return { tokenStart: from, tokenEnd: to, countries: byDemonym, kind: 'demonym' };
  return null;
}

/** A token's key is the first word of some name: the part before a hyphen or a space when it has one ("guinea-bissau"). */
function startsSomeName(key: string, gaz: CountryGazetteer): boolean {
  if (gaz.firstWords.has(key)) return true;
  const cut = key.search(/[\s-]/);
  return cut > 0 && gaz.firstWords.has(key.slice(0, cut));
}

/** The longest country name or demonym ending just before token `end` (within `min`..), or null. */
export function matchCountryEndingAt(view: TokenView, end: number, min: number, gaz: CountryGazetteer): CountryMatch | null {
  if (end <= min) return null;
  const words = gaz.lastWords.get(tokenKey(view, end - 1));
  if (words === undefined) return null;
  for (let from = Math.max(min, end - tokenReach(words)); from < end; from++) {
    if (!view.isCapitalized(from) || !gaz.firstWords.has(tokenKey(view, from))) continue;
    const m = matchCountryExact(view, from, end, gaz);
    if (m) return m;
  }
  return null;
}

/** The longest country name or demonym starting at token `from` (before `max`), or null. */
export function matchCountryStartingAt(
  view: TokenView,
  from: number,
  max: number,
  gaz: CountryGazetteer,
  names: ReadonlyMap<string, readonly string[]> = gaz.names,
): CountryMatch | null {
  if (!view.isCapitalized(from)) return null;
  const words = gaz.firstWords.get(tokenKey(view, from));
  if (words === undefined) return null;
  for (let to = Math.min(max, from + tokenReach(words)); to > from; to--) {
    if (!gaz.lastWords.has(tokenKey(view, to - 1))) continue;
    const m = matchCountryExact(view, from, to, gaz, names);
    if (m) return m;
  }
  return null;
}
