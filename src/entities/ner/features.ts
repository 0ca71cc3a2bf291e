import { combine } from './hash.js';
import { BIT, type TokenProperties } from './token-properties.js';

/**
 * The feature templates of the tagger. Each feature is `combine(template, value)`: a 32-bit hash that the
 * model maps to a row of weights, one per tag. Changing a template changes what a trained model means, so
 * `FEATURE_VERSION` is stored with the weights and checked when they load.
 */
export const FEATURE_VERSION = 6;

/** Most features one token can have; the extractor writes into a buffer of this size. */
export const MAX_FEATURES = 80;

const T = {
  bias: 1,
  form: 2,
  lower: 3,
  shape: 4,
  prefix2: 5,
  prefix3: 6,
  prefix4: 7,
  suffix1: 8,
  suffix2: 9,
  suffix3: 10,
  suffix4: 11,
  pos: 12,
  lowerPrev: 13,
  lowerNext: 14,
  lowerPrev2: 15,
  lowerNext2: 16,
  shapePrev: 17,
  shapeNext: 18,
  posPrev: 19,
  posNext: 20,
  posPrev2: 21,
  posNext2: 22,
  bigramPrev: 23,
  bigramNext: 24,
  posBigramPrev: 25,
  posBigramNext: 26,
  shapeTrigram: 27,
  tagPrev: 28,
  tagPrev2: 29,
  tagPrevLower: 30,
  tagPrevShape: 31,
  firstShape: 32,
  caseModeLower: 33,
  caseModeShape: 34,
  joinShape: 35,
  memory: 36,
  memoryShape: 37,
  memoryNext: 38,
  memoryPrev: 39,
  lengthShape: 40,
  suffixNext3: 41,
  formNext: 42,
  formPrev: 43,
  caseModePosShape: 44,
  tagPrevLowerNext: 45,
  posShapeTrigram: 46,
  cluster: 47,
  coarse: 48,
  clusterPrev: 49,
  clusterNext: 50,
  coarseTrigram: 51,
  tagPrevCoarse: 52,
  coarseShape: 53,
  clusterPrev2: 54,
  clusterNext2: 55,
  lexicon: 56,
  lexiconPrev: 57,
  lexiconNext: 58,
  lexiconShape: 59,
  lexiconPair: 60,
  frequencyShape: 61,
  frequencyFirst: 62,
  frequencyNext: 63,
} as const;

/** Values that stand for "no token here" at the edges of a sentence. */
const BEFORE = 0x5a17b0f1;
const AFTER = 0x3e11a0c7;

/**
 * Writes the features of token `i` into `out` and returns how many there are. `prev1` and `prev2` are
 * the tags already chosen for the two tokens before it (0 at the start of a sentence); `p.remembered`
 * must hold what the document said earlier about the words of the sentence (see `rememberSentence`).
 */
export function extractFeatures(p: TokenProperties, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const s0 = p.sentenceStart[i];
  const s1 = p.sentenceEnd[i];
  const hasPrev = i - 1 >= s0;
  const hasPrev2 = i - 2 >= s0;
  const hasNext = i + 1 < s1;
  const hasNext2 = i + 2 < s1;

  const lower = p.lower[i];
  const shape = p.shape[i];
  const pos = p.pos[i] + 1;
  const lowerPrev = hasPrev ? p.lower[i - 1] : BEFORE;
  const lowerNext = hasNext ? p.lower[i + 1] : AFTER;
  const lowerPrev2 = hasPrev2 ? p.lower[i - 2] : BEFORE;
  const lowerNext2 = hasNext2 ? p.lower[i + 2] : AFTER;
  const shapePrev = hasPrev ? p.shape[i - 1] : BEFORE;
  const shapeNext = hasNext ? p.shape[i + 1] : AFTER;
  const posPrev = hasPrev ? p.pos[i - 1] + 1 : BEFORE;
  const posNext = hasNext ? p.pos[i + 1] + 1 : AFTER;
  const posPrev2 = hasPrev2 ? p.pos[i - 2] + 1 : BEFORE;
  const posNext2 = hasNext2 ? p.pos[i + 2] + 1 : AFTER;
  const mode = p.caseMode[i];
  const bits = p.bits[i];
  const joins = (bits & (BIT.joinedPrev | BIT.joinedNext | BIT.hyphen)) + 1;
  const mem = p.remembered[i];
  const memNext = hasNext ? p.remembered[i + 1] : 15;
  const memPrev = hasPrev ? p.remembered[i - 1] : 15;
  const len = p.length[i] > 8 ? 8 : p.length[i];

  let n = 0;
  out[n++] = T.bias;
  // In an all-capitals headline the word as written says little; the lower-case form carries it.
  if (mode === 0) out[n++] = combine(T.form, p.form[i]);
  out[n++] = combine(T.lower, lower);
  out[n++] = combine(T.shape, shape);
  out[n++] = combine(T.prefix2, p.prefix2[i]);
  out[n++] = combine(T.prefix3, p.prefix3[i]);
  out[n++] = combine(T.prefix4, p.prefix4[i]);
  out[n++] = combine(T.suffix1, p.suffix1[i]);
  out[n++] = combine(T.suffix2, p.suffix2[i]);
  out[n++] = combine(T.suffix3, p.suffix3[i]);
  out[n++] = combine(T.suffix4, p.suffix4[i]);
  out[n++] = combine(T.pos, pos);
  out[n++] = combine(T.lowerPrev, lowerPrev);
  out[n++] = combine(T.lowerNext, lowerNext);
  out[n++] = combine(T.lowerPrev2, lowerPrev2);
  out[n++] = combine(T.lowerNext2, lowerNext2);
  out[n++] = combine(T.shapePrev, shapePrev);
  out[n++] = combine(T.shapeNext, shapeNext);
  out[n++] = combine(T.posPrev, posPrev);
  out[n++] = combine(T.posNext, posNext);
  out[n++] = combine(T.posPrev2, posPrev2);
  out[n++] = combine(T.posNext2, posNext2);
  out[n++] = combine(combine(T.bigramPrev, lowerPrev), lower);
  out[n++] = combine(combine(T.bigramNext, lower), lowerNext);
  out[n++] = combine(combine(T.posBigramPrev, posPrev), pos);
  out[n++] = combine(combine(T.posBigramNext, pos), posNext);
  out[n++] = combine(combine(combine(T.shapeTrigram, shapePrev), shape), shapeNext);
  out[n++] = combine(combine(combine(T.posShapeTrigram, posPrev), shape), posNext);
  out[n++] = combine(T.tagPrev, prev1 + 1);
  out[n++] = combine(T.tagPrev2, prev2 * 16 + prev1 + 1);
  out[n++] = combine(combine(T.tagPrevLower, prev1 + 1), lower);
  out[n++] = combine(combine(T.tagPrevShape, prev1 + 1), shape);
  out[n++] = combine(combine(T.tagPrevLowerNext, prev1 + 1), lowerNext);
  out[n++] = combine(combine(T.firstShape, hasPrev ? 1 : 2), shape);
  out[n++] = combine(combine(T.caseModeLower, mode + 1), lower);
  out[n++] = combine(combine(T.caseModeShape, mode + 1), shape);
  out[n++] = combine(combine(combine(T.caseModePosShape, mode + 1), pos), shapePrev);
  out[n++] = combine(combine(T.joinShape, joins), shape);
  out[n++] = combine(combine(T.lengthShape, len), shape);
  out[n++] = combine(T.suffixNext3, hasNext ? p.suffix3[i + 1] : AFTER);
  if (mode === 0) {
    out[n++] = combine(T.formPrev, hasPrev ? p.form[i - 1] : BEFORE);
    out[n++] = combine(T.formNext, hasNext ? p.form[i + 1] : AFTER);
  }
  const coarse = p.coarseCluster[i];
  const coarsePrev = hasPrev ? p.coarseCluster[i - 1] : BEFORE;
  const coarseNext = hasNext ? p.coarseCluster[i + 1] : AFTER;
  out[n++] = combine(T.cluster, p.cluster[i]);
  out[n++] = combine(T.coarse, coarse);
  out[n++] = combine(T.clusterPrev, hasPrev ? p.cluster[i - 1] : BEFORE);
  out[n++] = combine(T.clusterNext, hasNext ? p.cluster[i + 1] : AFTER);
  out[n++] = combine(T.clusterPrev2, hasPrev2 ? p.cluster[i - 2] : BEFORE);
  out[n++] = combine(T.clusterNext2, hasNext2 ? p.cluster[i + 2] : AFTER);
  out[n++] = combine(combine(combine(T.coarseTrigram, coarsePrev), coarse), coarseNext);
  out[n++] = combine(combine(T.tagPrevCoarse, prev1 + 1), coarse);
  out[n++] = combine(combine(T.coarseShape, coarse), shape);
  const lex = p.lexicon[i];
  const lexPrev = hasPrev ? p.lexicon[i - 1] : 0x100;
  const lexNext = hasNext ? p.lexicon[i + 1] : 0x200;
  out[n++] = combine(T.lexicon, lex);
  out[n++] = combine(T.lexiconPrev, lexPrev);
  out[n++] = combine(T.lexiconNext, lexNext);
  out[n++] = combine(combine(T.lexiconShape, lex), shape);
  out[n++] = combine(combine(combine(T.lexiconPair, lexPrev), lex), lexNext);
  const freq = p.frequency[i];
  out[n++] = combine(combine(combine(T.frequencyShape, freq), shape), mode);
  out[n++] = combine(combine(combine(T.frequencyFirst, freq), hasPrev ? 1 : 2), bits & BIT.capInitial);
  out[n++] = combine(combine(T.frequencyNext, hasNext ? p.frequency[i + 1] : 9), hasNext ? p.shape[i + 1] : AFTER);
  out[n++] = combine(T.memory, mem);
  out[n++] = combine(combine(T.memoryShape, mem), shape);
  out[n++] = combine(T.memoryNext, memNext);
  out[n++] = combine(T.memoryPrev, memPrev);
  return n;
}

/**
 * The document's memory of names: for each lower-case word, the type the tagger last gave it in this
 * document (0 when it was read as no name). Lets "Mao" be a person after "Mao Zedong", and a headline be
 * read with the names of its article in mind. Read once per sentence into `p.remembered`: 1..5 for a word
 * the document already named (O, PER, ORG, LOC, MISC), 7 for tokens without a letter, 8 for unseen words.
 */
export function rememberSentence(p: TokenProperties, from: number, to: number, memory: ReadonlyMap<number, number>): void {
  for (let i = from; i < to; i++) {
    if (!(p.bits[i] & BIT.hasLetter)) p.remembered[i] = 7;
    else {
      const t = memory.get(p.lower[i]);
      p.remembered[i] = t === undefined ? 8 : t + 1;
    }
  }
}
