import type { Sentence, TokenTable } from '../../doc/types.js';
import type { WordClusters } from './clusters.js';
import { WordLexicon } from './lexicon.js';
import { decodeDocument, DecodeState, type TagScorer } from './decode.js';
import { TAG_COUNT } from './labels.js';
import { NerModel } from './model.js';
import { mulberry32 } from './random.js';
import { TokenProperties } from './token-properties.js';

/** A tokenized document with the gold tag of each token (see `projectSpans`). */
export interface TrainingDocument {
  text: string;
  tokens: TokenTable;
  sentences: Sentence[];
  gold: Uint8Array;
}

export interface TrainOptions {
  clusters: WordClusters;
  /** Word classes to use as features, stored in the model; null for none. */
  lexicon: { lexicon: WordLexicon; source: string } | null;
  epochs: number;
  seed: number;
  /** The weight table has 2^bucketBits rows. */
  bucketBits: number;
  /** Rows whose weights all quantize below this many units are dropped from the saved model. */
  pruneBelow?: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
  /** Written into the model's header (corpus, sizes, ...). */
  describe?: Record<string, unknown>;
}

/**
 * An averaged perceptron over hashed features. Weights are averaged with the usual trick: besides w keep
 * u = sum of (step * update), and the average after c steps is w - u / c.
 */
class Perceptron implements TagScorer {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly mask: number;
  step = 1;

  constructor(bucketBits: number) {
    this.w = new Float32Array((1 << bucketBits) * TAG_COUNT);
    this.u = new Float64Array(this.w.length);
    this.mask = (1 << bucketBits) - 1;
  }

  scoreInto(features: Int32Array, count: number, scores: Float64Array): void {
    scores.fill(0);
    for (let k = 0; k < count; k++) {
      const r = (features[k] & this.mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += this.w[r + t];
    }
  }

  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    for (let k = 0; k < count; k++) {
      const r = (features[k] & this.mask) * TAG_COUNT;
      this.w[r + gold] += 1;
      this.u[r + gold] += this.step;
      this.w[r + predicted] -= 1;
      this.u[r + predicted] -= this.step;
    }
  }

  averaged(): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / this.step;
    return out;
  }
}

/**
 * Trains the tagger the way it runs: the same greedy decoder, the same features, its own previous tags
 * and its own name memory as history; on each wrong decision, the gold tag's weights go up and the
 * predicted tag's go down.
 */
export function trainNer(docs: readonly TrainingDocument[], options: TrainOptions): NerModel {
  const model = new Perceptron(options.bucketBits);
  const props = new TokenProperties();
  const state = new DecodeState();
  const random = mulberry32(options.seed);
  const order = docs.map((_, i) => i);
  const lexicon = options.lexicon?.lexicon ?? WordLexicon.none();
  const describe = { ...options.describe, epochs: options.epochs, seed: options.seed, clusters: options.clusters.size ? { words: options.clusters.size, levels: options.clusters.levels } : null };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const doc = docs[index];
      props.compute(doc.text, doc.tokens, doc.sentences, options.clusters, lexicon);
      decodeDocument(props, doc.sentences, model, state, (token, features, count, predicted) => {
        const gold = doc.gold[token];
        tokens++;
        if (predicted !== gold) {
          errors++;
          model.update(features, count, gold, predicted);
        }
        model.step++;
      });
    }
    options.onEpoch?.(epoch, errors, tokens);
  }
  return NerModel.fromFloat(model.averaged(), options.bucketBits, options.lexicon, describe, options.pruneBelow ?? 1);
}
