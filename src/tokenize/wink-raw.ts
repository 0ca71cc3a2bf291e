import { createRequire } from 'node:module';
import { NewsfactsError } from '../errors.js';

const require = createRequire(import.meta.url);

/** The part of wink-nlp's lexicon cache read here (wink-nlp 2.x, src/cache.js). */
export interface WinkCache {
  value(id: number): string | undefined;
  valueOf(feature: string, code: number): string;
  property(id: number, name: string): unknown;
  intrinsicSize(): number;
}

/**
 * What wink-nlp keeps of a document it read ("rdd", src/wink-nlp.js): `TOKEN_SIZE` numbers per token
 * (the lexeme id; preceding spaces or a contraction's expansion; part of speech and lemma; negation), and
 * the lexicon cache the ids point into.
 */
export interface WinkRawDoc {
  readonly tokens: ArrayLike<number>;
  readonly numOfTokens: number;
  readonly cache: WinkCache;
}

interface WinkConstants {
  tkSize: number;
  posMask: number;
  bits4lemma: number;
}

interface WinkReadDoc {
  tokens(): { length(): number; itemAt(i: number): { out(f: unknown): unknown } };
}

const constants = require('wink-nlp/src/constants.js') as WinkConstants;
export const TOKEN_SIZE = constants.tkSize;
const POS_MASK = constants.posMask;
const BITS_FOR_LEMMA = constants.bits4lemma;

let captured: WinkRawDoc | null = null;
/** An its-function that hands back the document data it is called with, instead of one token's property. */
const capture = (_index: number, rdd: WinkRawDoc): number => {
  captured = rdd;
  return 0;
};
// wink-nlp calls only the its-functions on its allowed list (src/allowed.js) and silently falls back to
// its.value for any other: `capture` is added to the list. Reading the token data directly replaces
// three `tokens().out(...)` passes (value, pos, type), each a call per token through wink-nlp's API.
(require('wink-nlp/src/allowed.js') as { its4token?: Set<unknown> }).its4token?.add(capture);

/** The raw data of a document wink-nlp read, or null for a document with no token. */
export function rawDocOf(wd: WinkReadDoc): WinkRawDoc | null {
  const tokens = wd.tokens();
  if (tokens.length() === 0) return null;
  captured = null;
  tokens.itemAt(0).out(capture);
  const rdd = captured as WinkRawDoc | null;
  captured = null;
  if (rdd === null || !Array.isArray(rdd.tokens) || typeof rdd.cache?.value !== 'function') {
    throw new NewsfactsError('tokenize/wink-internals', 'wink-nlp no longer hands its token data to a registered its-function: the installed wink-nlp is not the 2.x this tokenizer reads (see package-lock.json)');
  }
  return rdd;
}

/** Token i's lexeme id (its.uniqueId): an index into the cache's lexicon, fixed for the cache's life. */
export function rawLexemeId(rdd: WinkRawDoc, i: number): number {
  return rdd.tokens[i * TOKEN_SIZE];
}

/** Token i's text: its.value. */
export function rawValue(rdd: WinkRawDoc, i: number): string {
  return rdd.cache.value(rdd.tokens[i * TOKEN_SIZE]) as string;
}

/** Token i's part-of-speech code, an index into wink-nlp's 'pos' feature list (see rawPosName). */
export function rawPosCode(rdd: WinkRawDoc, i: number): number {
  return (rdd.tokens[i * TOKEN_SIZE + 2] & POS_MASK) >>> BITS_FOR_LEMMA;
}

/** The tag name of a part-of-speech code: its.pos. */
export function rawPosName(rdd: WinkRawDoc, code: number): string {
  return rdd.cache.valueOf('pos', code);
}

/** Token i's type ("word", "number", "punctuation", ...): its.type. */
export function rawType(rdd: WinkRawDoc, i: number): string {
  return rdd.cache.property(rdd.tokens[i * TOKEN_SIZE], 'tokenType') as string;
}

/** Whether white space comes before token i, as wink-nlp's sentence splitter reads it. */
export function rawSpaceBefore(rdd: WinkRawDoc, i: number): boolean {
  return (rdd.tokens[i * TOKEN_SIZE + 1] & 0xffff) !== 0;
}
