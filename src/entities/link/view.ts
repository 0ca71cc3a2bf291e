import type { Doc, TokenTable } from '../../doc/types.js';
import { lowerToken, loweredTokens } from '../../tokenize/lowered.js';
import { POS } from '../../tokenize/tags.js';

/** Read access to one document's tokens, by index into the flat token table. */
export class TokenView {
  readonly tokens: TokenTable;
  readonly count: number;
  /** Each token's gazetteer word key once it has been asked for (see tokenKey): asked many times a token. */
  readonly wordKeys: (string | undefined)[];
  private readonly lowered: (string | undefined)[];

  constructor(readonly doc: Doc) {
    if (!doc.tokens) throw new Error('the link stage needs tokens');
    this.tokens = doc.tokens;
    this.count = doc.tokens.count;
    this.lowered = loweredTokens(doc.tokens);
    // Sized up front: an empty array written at scattered indices turns into a dictionary, and tokenKey's
    // lookups into it were 1.7 % of a run.
    this.wordKeys = new Array(this.count);
  }

  text(i: number): string {
    return this.doc.text.slice(this.tokens.start[i], this.tokens.end[i]);
  }

  /** The token's text in lower case, shared with the other stages (see loweredTokens). */
  lower(i: number): string {
    return lowerToken(this.lowered, this.doc.text, this.tokens, i);
  }

  /** The text of tokens [from, to), spaces as in the document. */
  span(from: number, to: number): string {
    return this.doc.text.slice(this.tokens.start[from], this.tokens.end[to - 1]);
  }

  sentence(i: number): number {
    return this.tokens.sentence[i];
  }

  isCapitalized(i: number): boolean {
    const c = this.doc.text.charCodeAt(this.tokens.start[i]);
    // ASCII fast path; other scripts through the Unicode property.
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return /^\p{Lu}/u.test(this.doc.text[this.tokens.start[i]]);
  }

  isPos(i: number, tag: keyof typeof POS): boolean {
    return this.tokens.pos[i] === POS[tag];
  }

  /** "'s" or "’s" (wink splits "Korea's" into Korea + 's). */
  isPossessive(i: number): boolean {
    const s = this.text(i);
    return s === "'s" || s === '\u2019s' || s === "'" || s === '\u2019';
  }

  /** True for a token of letters only, all upper case, of more than one letter ("RUSSIA"). */
  isAllCaps(i: number): boolean {
    const s = this.text(i);
    return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
  }
}
