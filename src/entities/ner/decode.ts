import type { Sentence } from '../../doc/types.js';
import { extractFeatures, MAX_FEATURES, rememberSentence } from './features.js';
import { allowedAfter, TAG_COUNT, typeOf } from './labels.js';
import { BIT, CASE_MODE, type TokenProperties } from './token-properties.js';

const CAPITAL = BIT.capInitial | BIT.allCaps;
const LETTER_AND_DIGIT = BIT.hasLetter | BIT.hasDigit;

/**
 * Outside a name, a token with no capital does not start one: English writes names with capitals. Nor does
 * a number alone ("1996", "3.5", "12,000"): not one of the 14,732 such tokens of the 2 MB bench corpus
 * was in a name the tagger found, and one after a name ("Russia 1") is still read, as the name is open.
 * Letters with digits ("G4S", "3M") are read. Most tokens are such words and numbers; not scoring them
 * more than halves the tagger's time.
 */
function mayStartName(bits: number): boolean {
  return (bits & CAPITAL) !== 0 || (bits & LETTER_AND_DIGIT) === LETTER_AND_DIGIT;
}

/** Anything that turns a token's features into one score per tag: the shipped model, or a model in training. */
export interface TagScorer {
  scoreInto(features: Int32Array, count: number, scores: Float64Array): void;
}

/** Called by the trainer after each decision, with the features that led to it. */
export type DecisionHook = (token: number, features: Int32Array, count: number, predicted: number, scores: Float64Array) => void;

/** Per-document working memory of the decoder, reused across documents. */
export class DecodeState {
  readonly features = new Int32Array(MAX_FEATURES);
  readonly scores = new Float64Array(TAG_COUNT);
  readonly memory = new Map<number, number>();
  tags = new Uint8Array(0);
  /** The model's probability for the tag it chose (a softmax of its scores), for tokens inside a name. */
  confidence = new Float32Array(0);

  reset(count: number): void {
    if (this.tags.length < count) {
      this.tags = new Uint8Array(Math.max(count, this.tags.length * 2));
      this.confidence = new Float32Array(this.tags.length);
    } else {
      this.tags.fill(0, 0, count);
    }
    this.memory.clear();
  }
}

/**
 * Greedy left-to-right tagging, one sentence at a time, each decision conditioned on the two tags before
 * it and on the names the document has already shown. Sentences written in capitals or Title Case
 * (headlines) are read last, so that they can lean on what the body said about the same words.
 */
export function decodeDocument(props: TokenProperties, sentences: readonly Sentence[], scorer: TagScorer, state: DecodeState, hook?: DecisionHook): void {
  state.reset(props.count);
  let deferred = false;
  for (const s of sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    if (props.caseMode[s.tokenStart] !== CASE_MODE.normal) {
      deferred = true;
      continue;
    }
    decodeSentence(props, s, scorer, state, hook);
  }
  if (!deferred) return;
  for (const s of sentences) {
    if (s.tokenEnd > s.tokenStart && props.caseMode[s.tokenStart] !== CASE_MODE.normal) decodeSentence(props, s, scorer, state, hook);
  }
}

function decodeSentence(props: TokenProperties, s: Sentence, scorer: TagScorer, state: DecodeState, hook?: DecisionHook): void {
  const { features, scores, tags, confidence } = state;
  let prev1 = 0;
  let prev2 = 0;
  rememberSentence(props, s.tokenStart, s.tokenEnd, state.memory);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    // Training (with a hook) still scores every token, as the model must learn from all of them.
    if (!hook && prev1 === 0 && !mayStartName(props.bits[i])) {
      tags[i] = 0;
      confidence[i] = 0;
      prev2 = 0;
      continue;
    }
    const n = extractFeatures(props, i, prev1, prev2, features);
    scorer.scoreInto(features, n, scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (scores[t] > bestScore && allowedAfter(prev1, t)) {
        best = t;
        bestScore = scores[t];
      }
    }
    if (hook) hook(i, features, n, best, scores);
    tags[i] = best;
    if (best !== 0) {
      let z = 0;
      for (let t = 0; t < TAG_COUNT; t++) if (allowedAfter(prev1, t)) z += Math.exp(scores[t] - bestScore);
      confidence[i] = 1 / z;
    } else confidence[i] = 0;
    prev2 = prev1;
    prev1 = best;
  }
  remember(props, s, state);
}

/**
 * Records what the sentence said about its capitalised words. A type, once given, is only replaced by
 * another type; "no name" is recorded only for a capitalised word inside a sentence of running text, where
 * the capital means something.
 */
function remember(props: TokenProperties, s: Sentence, state: DecodeState): void {
  if (props.caseMode[s.tokenStart] !== CASE_MODE.normal) return;
  const { tags, memory } = state;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!(props.bits[i] & BIT.capInitial)) continue;
    const type = typeOf(tags[i]);
    if (type !== 0) memory.set(props.lower[i], type);
    else if (i > s.tokenStart && !memory.has(props.lower[i])) memory.set(props.lower[i], 0);
  }
}
