import type { Doc, Entity, Figure, Mention, TokenTable } from '../doc/types.js';
import { lowerToken, loweredTokens } from '../tokenize/lowered.js';
import { POS } from '../tokenize/tags.js';

/**
 * Read access to one document for the fact rules: token text lower-cased once and only when asked,
 * and, per token, the mention and the figure it belongs to. Mentions and figures are mapped onto token
 * ranges once per document; every rule then walks token indices.
 */
export class FactView {
  readonly doc: Doc;
  readonly text: string;
  readonly t: TokenTable;
  readonly count: number;
  /** Mentions sorted by start, outer (longer) first when two start together. */
  readonly mentions: Mention[];
  readonly mentionTokenStart: Int32Array;
  readonly mentionTokenEnd: Int32Array;
  /** Index (into `mentions`) of the outermost mention covering a token, or -1. */
  readonly mentionAt: Int32Array;
  /** Index of the innermost mention covering a token, or -1 ("Russia" inside "Russia's Defence Minister"). */
  readonly innerMentionAt: Int32Array;
  readonly figures: Figure[];
  readonly figureTokenStart: Int32Array;
  readonly figureTokenEnd: Int32Array;
  /** Index (into `figures`) of the figure covering a token, or -1. */
  readonly figureAt: Int32Array;
  /** Per sentence: does it hold at least one mention? */
  readonly sentenceHasMention: Uint8Array;
  /** Per sentence, the range [from, to) of its mentions (indices into `mentions`) and of its figures. */
  private readonly mentionRange: Int32Array;
  private readonly figureRange: Int32Array;
  readonly entities: ReadonlyMap<string, Entity>;
  private readonly lowered: (string | undefined)[];

  constructor(doc: Doc) {
    if (!doc.tokens) throw new Error('no tokens: run the tokenize stage first');
    this.doc = doc;
    this.text = doc.text;
    this.t = doc.tokens;
    this.count = doc.tokens.count;
    this.lowered = loweredTokens(doc.tokens);
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));

    // A nationality acts for its country here: "the North Korean leader" holds a post of North Korea.
    this.mentions = doc.mentions.map((m) => (m.type === 'NORP' ? { ...m, type: 'COUNTRY' as const } : m)).sort((a, b) => a.start - b.start || b.end - a.end);
    const n = this.mentions.length;
    this.mentionTokenStart = new Int32Array(n);
    this.mentionTokenEnd = new Int32Array(n);
    this.mentionAt = new Int32Array(this.count).fill(-1);
    this.innerMentionAt = new Int32Array(this.count).fill(-1);
    this.sentenceHasMention = new Uint8Array(doc.sentences.length);
    for (let k = 0; k < n; k++) {
      const m = this.mentions[k];
      const from = this.tokenAtOrAfter(m.start);
      let to = from;
      while (to < this.count && this.t.start[to] < m.end) to++;
      this.mentionTokenStart[k] = from;
      this.mentionTokenEnd[k] = to;
      for (let i = from; i < to; i++) {
        if (this.mentionAt[i] === -1) this.mentionAt[i] = k;
        this.innerMentionAt[i] = k;
      }
      if (from < this.count && this.t.sentence[from] >= 0) this.sentenceHasMention[this.t.sentence[from]] = 1;
    }

    this.figures = [...doc.figures].sort((a, b) => a.start - b.start || b.end - a.end);
    const f = this.figures.length;
    this.figureTokenStart = new Int32Array(f);
    this.figureTokenEnd = new Int32Array(f);
    this.figureAt = new Int32Array(this.count).fill(-1);
    for (let k = 0; k < f; k++) {
      const fig = this.figures[k];
      const from = this.tokenAtOrAfter(fig.start);
      let to = from;
      while (to < this.count && this.t.start[to] < fig.end) to++;
      this.figureTokenStart[k] = from;
      this.figureTokenEnd[k] = to;
      for (let i = from; i < to; i++) if (this.figureAt[i] === -1) this.figureAt[i] = k;
    }
    this.mentionRange = this.ranges(this.mentionTokenStart, doc.sentences.length);
    this.figureRange = this.ranges(this.figureTokenStart, doc.sentences.length);
  }

  /** For items sorted by position, the first and one-past-last item of each sentence, as pairs. */
  private ranges(tokenStart: Int32Array, sentences: number): Int32Array {
    const out = new Int32Array(2 * sentences);
    for (let k = 0; k < tokenStart.length; k++) {
      const i = tokenStart[k];
      const s = i < this.count ? this.t.sentence[i] : -1;
      if (s < 0) continue;
      if (out[2 * s + 1] === 0) out[2 * s] = k;
      out[2 * s + 1] = k + 1;
    }
    return out;
  }

  /** Indices into `mentions` of the mentions that start in sentence s: [from, to). */
  mentionsIn(s: number): [number, number] {
    return [this.mentionRange[2 * s], this.mentionRange[2 * s + 1]];
  }

  /** Indices into `figures` of the figures that start in sentence s: [from, to). */
  figuresIn(s: number): [number, number] {
    return [this.figureRange[2 * s], this.figureRange[2 * s + 1]];
  }

  /** First token that ends after `offset` (the token holding it, or the next one). */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.t.end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  raw(i: number): string {
    return this.text.slice(this.t.start[i], this.t.end[i]);
  }

  lower(i: number): string {
    return lowerToken(this.lowered, this.text, this.t, i);
  }

  /** Token i is `word` (lower case). The length is compared first, so that most tokens are never lower-cased. */
  is(i: number, word: string): boolean {
    return this.t.end[i] - this.t.start[i] === word.length && this.lower(i) === word;
  }

  /** Token i is the one character `c` (",", ";", "-"). */
  isChar(i: number, c: string): boolean {
    return this.t.end[i] - this.t.start[i] === 1 && this.text.charCodeAt(this.t.start[i]) === c.charCodeAt(0);
  }

  pos(i: number): number {
    return this.t.pos[i];
  }

  isPos(i: number, tag: keyof typeof POS): boolean {
    return this.t.pos[i] === POS[tag];
  }

  /** The text of tokens [from, to), spaces as in the document. */
  span(from: number, to: number): string {
    return to > from ? this.text.slice(this.t.start[from], this.t.end[to - 1]) : '';
  }

  isCapitalized(i: number): boolean {
    const c = this.text.charCodeAt(this.t.start[i]);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return /^\p{Lu}/u.test(this.text[this.t.start[i]]);
  }

  /** "'s", "’s" or a bare apostrophe after a plural ("the states'"). wink splits them off the name. */
  isPossessiveMark(i: number): boolean {
    if (i < 0 || i >= this.count) return false;
    const s = this.lower(i);
    return s === "'s" || s === '\u2019s' || s === "'" || s === '\u2019';
  }

  mention(k: number): Mention {
    return this.mentions[k];
  }

  entityOf(k: number): Entity | undefined {
    return this.entities.get(this.mentions[k].entityId);
  }

  /** The outer mention that starts exactly at token i, or -1. */
  mentionStartingAt(i: number): number {
    const k = this.mentionAt[i];
    return k >= 0 && this.mentionTokenStart[k] === i ? k : -1;
  }

  /** The outer mention that ends exactly before token `end`, or -1. */
  mentionEndingBefore(end: number): number {
    if (end <= 0) return -1;
    const k = this.mentionAt[end - 1];
    return k >= 0 && this.mentionTokenEnd[k] === end ? k : -1;
  }
}
