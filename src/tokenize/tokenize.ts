import { isSpace, type Span } from '../doc/span.js';
import type { Doc, TokenTable, Zone } from '../doc/types.js';
import { NewsfactsError } from '../errors.js';
import { separatePossessives } from './clitics.js';
import { KIND, POS, TOKEN_FLAGS, type PosTag, type TokenKind } from './tags.js';
import { wink, winkHasRead } from './wink.js';
import { rawLexemeId, rawPosCode, rawPosName, rawSpaceBefore, rawType, rawValue, type WinkRawDoc } from './wink-raw.js';
import { WinkSentenceSplitter } from './wink-sentences.js';

export interface ZoneSpan extends Span {
  zone: Zone;
}

/** The parts of a document that are tokenized: the headline and the body, never the boilerplate. */
export function textZones(doc: Doc): ZoneSpan[] {
  const zones: ZoneSpan[] = [];
  const t = doc.meta.title;
  const inBody = (s: Span) => doc.body.some((b) => b.start <= s.start && s.end <= b.end);
  if (t && t.start !== undefined && t.end !== undefined && !inBody(t as Span)) zones.push({ start: t.start, end: t.end, zone: 'title' });
  for (const b of doc.body) zones.push({ start: b.start, end: b.end, zone: 'body' });
  zones.sort((a, b) => a.start - b.start);
  return zones;
}

/** Longest piece of one line handed to wink-nlp at once; keeps time and memory linear in length. */
const MAX_PIECE = 20_000;

class Builder {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  pos = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  flags = new Uint8Array(1024);

  push(s: number, e: number, pos: number, kind: number, flags: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = s;
    this.end[i] = e;
    this.pos[i] = pos;
    this.kind[i] = kind;
    this.flags[i] = flags;
  }

  /** Extends the last token to `e`: a word wink-nlp cut in pieces ("Gda", "ń", "sk"). */
  extendLast(e: number, pos: number): void {
    const i = this.count - 1;
    this.end[i] = e;
    this.pos[i] = pos;
    this.kind[i] = KIND.word;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.start = g(this.start, (k) => new Int32Array(k));
    this.end = g(this.end, (k) => new Int32Array(k));
    this.pos = g(this.pos, (k) => new Uint8Array(k));
    this.kind = g(this.kind, (k) => new Uint8Array(k));
    this.flags = g(this.flags, (k) => new Uint8Array(k));
  }

  table(): TokenTable {
    const n = this.count;
    return {
      count: n,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      pos: this.pos.slice(0, n),
      kind: this.kind.slice(0, n),
      flags: this.flags.slice(0, n),
      sentence: new Int32Array(n).fill(-1),
    };
  }
}

/** Sentence splitting and per-piece buffers, made once per process (the splitter reads wink-nlp's lexicon). */
let splitter: WinkSentenceSplitter | null = null;
const values: string[] = [];
let symbols = new Int32Array(256);
let starts = new Uint8Array(256);
/** Our POS index of each wink-nlp part-of-speech code, filled as codes are met; -1 not yet looked up. */
const posOfCode = new Int16Array(256).fill(-1);

/** Our KIND of each lexeme id of one wink-nlp cache (+1; 0 not yet looked up): ids are the cache's own. */
let kindOfLexeme = new Uint8Array(1 << 17);
let kindsOf: WinkRawDoc['cache'] | null = null;

function kindIndex(rdd: WinkRawDoc, i: number): number {
  if (kindsOf !== rdd.cache) {
    kindOfLexeme.fill(0);
    kindsOf = rdd.cache;
  }
  const id = rawLexemeId(rdd, i);
  if (id >= kindOfLexeme.length) {
    const grown = new Uint8Array(Math.max(id + 1, kindOfLexeme.length * 2));
    grown.set(kindOfLexeme);
    kindOfLexeme = grown;
  }
  let k = kindOfLexeme[id];
  if (k === 0) {
    k = (KIND[rawType(rdd, i) as TokenKind] ?? 0) + 1;
    kindOfLexeme[id] = k;
  }
  return k - 1;
}

function posIndex(rdd: WinkRawDoc, code: number): number {
  let p = posOfCode[code];
  if (p === -1) {
    p = POS[rawPosName(rdd, code) as PosTag] ?? 0;
    posOfCode[code] = p;
  }
  return p;
}

/**
 * Tokenizes the headline and body with wink-nlp, one line at a time, and records each token's
 * `[start, end)` in the original text. Offsets are found by locating each token's text after the
 * previous one, so they are exact whatever spacing the input has.
 */
export function tokenizeDoc(doc: Doc): void {
  const reader = wink();
  const b = new Builder();
  const text = doc.text;
  for (const zone of textZones(doc)) {
    for (const line of linesOf(text, zone)) {
      for (const piece of pieces(text, line)) {
        const rdd = reader.read(separatePossessives(text.slice(piece.start, piece.end)));
        if (rdd === null) continue;
        const n = rdd.numOfTokens;
        if (symbols.length < n) {
          symbols = new Int32Array(n * 2);
          starts = new Uint8Array(n * 2);
        }
        splitter ??= new WinkSentenceSplitter(rdd.cache);
        for (let i = 0; i < n; i++) {
          const v = rawValue(rdd, i);
          values[i] = v;
          symbols[i] = splitter.symbolOf(v, rawSpaceBefore(rdd, i));
        }
        splitter.markStarts(symbols, n, starts);
        let cursor = piece.start;
        let carried = 0;
        for (let i = 0; i < n; i++) {
          const v = values[i];
          const startsSentence = starts[i] === 1;
          // wink-nlp keeps tabs and odd white space as tokens of their own; they are not words, but a
          // sentence start on one moves to the next real token.
          if (isSpace(v.charCodeAt(0)) && v.trim() === '') {
            if (startsSentence) carried = TOKEN_FLAGS.sentenceStart;
            continue;
          }
          const at = text.indexOf(v, cursor);
          if (at === -1 || at >= piece.end || !onlySpace(text, cursor, at)) {
            throw new NewsfactsError('tokenize/offset-mismatch', `token "${v}" not found at offset ${cursor}: the tokenizer changed the text`);
          }
          let flags = carried;
          carried = 0;
          if (cursor === line.start) flags |= TOKEN_FLAGS.lineStart;
          if (startsSentence) flags |= TOKEN_FLAGS.sentenceStart;
          const kind = kindIndex(rdd, i);
          const pos = posIndex(rdd, rawPosCode(rdd, i));
          if ((kind === KIND.word || kind === KIND.other) && b.count > 0 && at === b.end[b.count - 1] && at > line.start && cutWord(text, b.start[b.count - 1], at, at + v.length, b.kind[b.count - 1], kind)) {
            // wink-nlp cuts words at letters beyond Latin-1 ("Gdańsk" -> "Gda", "ń", "sk"; "Łódź"): one word again.
            b.extendLast(at + v.length, isUpperAt(text, b.start[b.count - 1]) ? POS.PROPN : b.pos[b.count - 1] === POS.X ? pos : b.pos[b.count - 1]);
          } else b.push(at, at + v.length, pos, kind, flags);
          cursor = at + v.length;
        }
      }
    }
  }
  doc.tokens = b.table();
  winkHasRead(b.count);
}

/**
 * Two touching pieces [a, b) and [b, c) of one word that wink-nlp cut: both made of letters only, and one
 * of them a letter wink-nlp does not know (its kind `other`) or any letter beyond Latin-1. ASCII pieces
 * wink-nlp splits on purpose ("can" + "not") stay apart.
 */
function cutWord(text: string, a: number, b: number, c: number, kindBefore: number, kindAfter: number): boolean {
  if (!lettersOnly(text, a, c)) return false;
  if (kindBefore === KIND.other || kindAfter === KIND.other) return true;
  for (let k = a; k < c; k++) if (text.charCodeAt(k) > 0xff) return true;
  return false;
}

function lettersOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (c < 0xc0 || !LETTER.test(text[k])) return false;
  }
  return true;
}

const LETTER = /[\p{L}\p{M}]/u;

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== ch.toLowerCase();
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function* linesOf(text: string, zone: ZoneSpan): Iterable<Span> {
  let s = zone.start;
  for (let i = zone.start; i <= zone.end; i++) {
    if (i === zone.end || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      if (text.slice(s, i).trim() !== '') yield { start: s, end: i };
      s = i + 1;
    }
  }
}

/** A line longer than MAX_PIECE is cut after a sentence end where there is one, else at a space. */
function* pieces(text: string, line: Span): Iterable<Span> {
  let s = line.start;
  while (line.end - s > MAX_PIECE) {
    const window = text.slice(s, s + MAX_PIECE);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    cut = cut > MAX_PIECE / 2 ? cut + 2 : window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = MAX_PIECE;
    // Never split a surrogate pair.
    const code = text.charCodeAt(s + cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut++;
    yield { start: s, end: s + cut };
    s += cut;
  }
  if (text.slice(s, line.end).trim() !== '') yield { start: s, end: line.end };
}
