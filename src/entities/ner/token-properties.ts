import type { Sentence, TokenTable } from '../../doc/types.js';
import { NO_CLUSTER, type WordClusters } from './clusters.js';
import { HASH_START, hashStep, lowerCode } from './hash.js';
import type { WordLexicon } from './lexicon.js';

/** Bits of `TokenProperties.bits`: what a token looks like, read once per token. */
export const BIT = {
  capInitial: 1,
  allCaps: 2,
  hasDigit: 4,
  hasLetter: 8,
  /** No space between this token and the previous one ("Jong-Un" is `Jong` `-` `Un`). */
  joinedPrev: 16,
  joinedNext: 32,
  /** The token is a single hyphen or dash. */
  hyphen: 64,
  hasPeriod: 128,
} as const;

/**
 * How a sentence is written. Headlines in all capitals or in Title Case hide the capitalisation signal
 * that names carry in running text, so the model has separate features for them and the tagger reads
 * them after the rest of the document, when the names of the body are already known.
 */
export const CASE_MODE = { normal: 0, allCaps: 1, titleCase: 2 } as const;

/**
 * Properties of every token of a document, as parallel typed arrays: hashes of the word as written, in
 * lower case (digits folded to 0), its shape and its affixes, plus bits. Computed once per document; the
 * feature extractor then only combines integers. The arrays are reused from document to document.
 */
export class TokenProperties {
  count = 0;
  form = new Int32Array(0);
  lower = new Int32Array(0);
  shape = new Int32Array(0);
  prefix2 = new Int32Array(0);
  prefix3 = new Int32Array(0);
  prefix4 = new Int32Array(0);
  suffix1 = new Int32Array(0);
  suffix2 = new Int32Array(0);
  suffix3 = new Int32Array(0);
  suffix4 = new Int32Array(0);
  length = new Uint8Array(0);
  bits = new Uint8Array(0);
  pos = new Uint8Array(0);
  /** Index of the token's sentence in `sentences`, and that sentence's first and end token. */
  sentenceStart = new Int32Array(0);
  sentenceEnd = new Int32Array(0);
  caseMode = new Uint8Array(0);
  /** The word's leaf cluster and top-level cluster (see WordClusters); NO_CLUSTER when it has none. */
  cluster = new Uint16Array(0);
  coarseCluster = new Uint16Array(0);
  /** What the document said earlier about the word (see `rememberSentence`). */
  remembered = new Uint8Array(0);
  /** Frequency band of the word's lower case (1 = among the commonest), 0 when unknown. */
  frequency = new Uint8Array(0);
  /** LEXICON_CLASS bits of the word. */
  lexicon = new Uint16Array(0);

  private ensure(n: number): void {
    if (this.form.length >= n) return;
    const cap = Math.max(n, this.form.length * 2, 256);
    for (const key of ['form', 'lower', 'shape', 'prefix2', 'prefix3', 'prefix4', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'sentenceStart', 'sentenceEnd'] as const) {
      this[key] = new Int32Array(cap);
    }
    for (const key of ['length', 'bits', 'pos', 'caseMode', 'frequency', 'remembered'] as const) this[key] = new Uint8Array(cap);
    this.cluster = new Uint16Array(cap);
    this.coarseCluster = new Uint16Array(cap);
    this.lexicon = new Uint16Array(cap);
  }

  /** Reads the tokens of `text`; `sentences` must cover every token (the `sentences` stage ran). */
  compute(text: string, tokens: TokenTable, sentences: readonly Sentence[], clusters: WordClusters, lexicon: WordLexicon): void {
    const n = tokens.count;
    this.ensure(n);
    this.count = n;
    for (let i = 0; i < n; i++) this.readToken(text, i, tokens.start[i], tokens.end[i]);
    for (let i = 0; i < n; i++) {
      this.pos[i] = tokens.pos[i];
      if (i > 0 && tokens.start[i] === tokens.end[i - 1]) this.bits[i] |= BIT.joinedPrev;
      if (i + 1 < n && tokens.end[i] === tokens.start[i + 1]) this.bits[i] |= BIT.joinedNext;
      const found = clusters.lookup(this.lower[i]);
      const leaf = found === NO_CLUSTER ? NO_CLUSTER : found & 1023;
      this.cluster[i] = leaf;
      this.coarseCluster[i] = leaf === NO_CLUSTER ? NO_CLUSTER : Math.floor(leaf / clusters.coarseDivisor);
      this.frequency[i] = found === NO_CLUSTER ? 0 : found >> 10;
      this.lexicon[i] = lexicon.classes(this.lower[i]);
    }
    for (const s of sentences) {
      const mode = caseModeOf(this, s.tokenStart, s.tokenEnd);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        this.sentenceStart[i] = s.tokenStart;
        this.sentenceEnd[i] = s.tokenEnd;
        this.caseMode[i] = mode;
      }
    }
  }

  private readToken(text: string, i: number, start: number, end: number): void {
    let form = HASH_START;
    let lower = HASH_START;
    let shape = HASH_START;
    let lastClass = -1;
    let upper = 0;
    let letters = 0;
    let bits = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      form = hashStep(form, c);
      let lc = lowerCode(c);
      let cls: number;
      if (c >= 48 && c <= 57) {
        cls = 100; // 'd'
        lc = 48;
        bits |= BIT.hasDigit;
      } else if (lc !== c) {
        cls = 88; // 'X'
        upper++;
        letters++;
      } else if (isLowerLetter(c)) {
        cls = 120; // 'x'
        letters++;
      } else {
        cls = c;
        if (c === 46) bits |= BIT.hasPeriod;
      }
      lower = hashStep(lower, lc);
      if (cls !== lastClass) shape = hashStep(shape, cls);
      lastClass = cls;
      const p = k - start + 1;
      if (p === 2) this.prefix2[i] = lower;
      else if (p === 3) this.prefix3[i] = lower;
      else if (p === 4) this.prefix4[i] = lower;
    }
    const len = end - start;
    if (len < 2) this.prefix2[i] = lower;
    if (len < 3) this.prefix3[i] = lower;
    if (len < 4) this.prefix4[i] = lower;
    this.suffix1[i] = suffixHash(text, start, end, 1);
    this.suffix2[i] = suffixHash(text, start, end, 2);
    this.suffix3[i] = suffixHash(text, start, end, 3);
    this.suffix4[i] = suffixHash(text, start, end, 4);
    if (letters > 0) {
      bits |= BIT.hasLetter;
      const first = text.charCodeAt(start);
      if (lowerCode(first) !== first) bits |= BIT.capInitial;
      if (upper === letters) bits |= BIT.allCaps;
    }
    if (len === 1) {
      const c = text.charCodeAt(start);
      if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014) bits |= BIT.hyphen;
    }
    this.form[i] = form;
    this.lower[i] = lower;
    this.shape[i] = shape;
    this.length[i] = len > 255 ? 255 : len;
    this.bits[i] = bits;
  }
}

function isLowerLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const s = String.fromCharCode(c);
  return s.toUpperCase() !== s;
}

/** Hash of the last `k` characters in lower case (digits as 0), marked so it never equals a prefix hash. */
function suffixHash(text: string, start: number, end: number, k: number): number {
  let h = hashStep(HASH_START, 0x7c); // '|'
  for (let j = Math.max(start, end - k); j < end; j++) {
    const c = text.charCodeAt(j);
    h = hashStep(h, c >= 48 && c <= 57 ? 48 : lowerCode(c));
  }
  return h;
}

/**
 * All capitals: most words with letters (at least three letters in all) are in capitals. Title Case: at
 * least four words with letters and nearly all of them capitalised, including the short function words
 * that running text keeps in lower case.
 */
function caseModeOf(p: TokenProperties, from: number, to: number): number {
  let words = 0;
  let caps = 0;
  let initials = 0;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const b = p.bits[i];
    if (!(b & BIT.hasLetter)) continue;
    words++;
    letters += p.length[i];
    if (b & BIT.allCaps && p.length[i] > 1) caps++;
    else if (b & BIT.allCaps && p.length[i] === 1) caps += 0.5;
    if (b & BIT.capInitial) initials++;
  }
  if (words === 0) return CASE_MODE.normal;
  if (letters >= 3 && caps >= 0.8 * words && caps >= 1) return CASE_MODE.allCaps;
  if (words >= 4 && initials >= 0.85 * words) return CASE_MODE.titleCase;
  return CASE_MODE.normal;
}
