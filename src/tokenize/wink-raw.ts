import { createRequire } from 'node:module';

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

const constants = require('wink-nlp/src/constants.js') as WinkConstants;
const TOKEN_SIZE = constants.tkSize;
const POS_MASK = constants.posMask;
const BITS_FOR_LEMMA = constants.bits4lemma;

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
