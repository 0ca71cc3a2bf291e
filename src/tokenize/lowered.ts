import type { TokenTable } from '../doc/types.js';

const loweredByTable = new WeakMap<TokenTable, (string | undefined)[]>();

/**
 * Each token's text in lower case, filled in as the stages ask for it and shared by all of them: the
 * figures, dates, attach, link and facts stages each read the same tokens lower-cased, and each lower-cased
 * them anew (1.4 % of a run's time went to it, in the figure views alone). Keyed by the token table,
 * so a document tokenized again gets a fresh array.
 */
export function loweredTokens(tokens: TokenTable): (string | undefined)[] {
  let lowered = loweredByTable.get(tokens);
  if (lowered === undefined) {
    lowered = new Array(tokens.count);
    loweredByTable.set(tokens, lowered);
  }
  return lowered;
}

/** Token i of `text` in lower case, read from and kept in `lowered` (an array from loweredTokens). */
export function lowerToken(lowered: (string | undefined)[], text: string, tokens: TokenTable, i: number): string {
  let s = lowered[i];
  if (s === undefined) {
    s = text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
    if (i >= 0 && i < tokens.count) lowered[i] = s;
  }
  return s;
}
