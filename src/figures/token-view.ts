import type { Doc, TokenTable } from '../doc/types.js';
import { lowerToken, loweredTokens } from '../tokenize/lowered.js';
import { POS } from '../tokenize/tags.js';

/**
 * Read access to one document's tokens for the figure and date recognizers: the text of a token,
 * lower-cased once and only when asked, and whether two tokens touch. Everything else stays in the
 * flat typed arrays of the TokenTable.
 */
export class TokenView {
  readonly text: string;
  readonly t: TokenTable;
  readonly count: number;
  private readonly lowered: (string | undefined)[];

  constructor(doc: Doc) {
    if (!doc.tokens) throw new Error('no tokens: run the tokenize stage first');
    this.text = doc.text;
    this.t = doc.tokens;
    this.count = doc.tokens.count;
    this.lowered = loweredTokens(doc.tokens);
  }

  /** Text of token i; '' outside the document, so that rules may look one token past either end. */
  raw(i: number): string {
    if (i < 0 || i >= this.count) return '';
    return this.text.slice(this.t.start[i], this.t.end[i]);
  }

  lower(i: number): string {
    if (i < 0 || i >= this.count) return '';
    return lowerToken(this.lowered, this.text, this.t, i);
  }

  start(i: number): number {
    return this.t.start[i];
  }

  end(i: number): number {
    return this.t.end[i];
  }

  /** Characters between token i-1 and token i (0 when they touch). */
  gap(i: number): number {
    return i > 0 ? this.t.start[i] - this.t.end[i - 1] : 1;
  }

  /** Token i touches token i+1, with no character between them. */
  touchesNext(i: number): boolean {
    return i + 1 < this.count && this.t.start[i + 1] === this.t.end[i];
  }

  kind(i: number): number {
    return this.t.kind[i];
  }

  pos(i: number): number {
    return this.t.pos[i];
  }

  isNoun(i: number): boolean {
    const p = this.t.pos[i];
    return p === POS.NOUN || p === POS.PROPN;
  }

  /** Starts with an upper-case letter. */
  isCapitalized(i: number): boolean {
    if (i < 0 || i >= this.count) return false;
    const c = this.text.charCodeAt(this.t.start[i]);
    return (c >= 65 && c <= 90) || (c > 127 && this.text[this.t.start[i]] !== this.text[this.t.start[i]].toLowerCase());
  }

  firstCode(i: number): number {
    return this.text.charCodeAt(this.t.start[i]);
  }

  /** The token that ends exactly at `offset`, searching forward from token i; -1 when none does. */
  tokenEndingAt(i: number, offset: number, limit = 12): number {
    for (let j = i; j < this.count && j < i + limit; j++) {
      const e = this.t.end[j];
      if (e === offset) return j;
      if (e > offset) return -1;
    }
    return -1;
  }
}
