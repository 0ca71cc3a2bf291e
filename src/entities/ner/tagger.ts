import type { Doc, NerSpan } from '../../doc/types.js';
import type { WordClusters } from './clusters.js';
import { decodeDocument, DecodeState } from './decode.js';
import { isBegin, labelOfType, typeOf } from './labels.js';
import type { NerModel } from './model.js';
import { applyPostRules } from './post-rules.js';
import { TokenProperties } from './token-properties.js';

/**
 * Tags a document's tokens with a trained model and reads the names off the tags. One tagger per
 * pipeline: its buffers are reused from document to document.
 */
export class NerTagger {
  private readonly props = new TokenProperties();
  private readonly state = new DecodeState();

  constructor(
    readonly model: NerModel,
    readonly clusters: WordClusters,
  ) {}

  tag(doc: Doc): NerSpan[] {
    const tokens = doc.tokens;
    if (!tokens || tokens.count === 0) return [];
    this.props.compute(doc.text, tokens, doc.sentences, this.clusters, this.model.lexicon);
    decodeDocument(this.props, doc.sentences, this.model, this.state);
    const spans = spansFromTags(doc, this.state.tags, this.state.confidence);
    return applyPostRules(doc, spans, this.props);
  }
}

/** Reads BIO tags as spans; a span's score is the mean of its tokens' confidences. */
export function spansFromTags(doc: Doc, tags: Uint8Array, confidence: Float32Array): NerSpan[] {
  const t = doc.tokens!;
  const spans: NerSpan[] = [];
  let i = 0;
  while (i < t.count) {
    const type = typeOf(tags[i]);
    if (type === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.count && tags[j] !== 0 && !isBegin(tags[j]) && typeOf(tags[j]) === type && t.sentence[j] === t.sentence[i]) j++;
    let sum = 0;
    for (let k = i; k < j; k++) sum += confidence[k];
    spans.push({ start: t.start[i], end: t.end[j - 1], tokenStart: i, tokenEnd: j, label: labelOfType(type), sentence: t.sentence[i], score: Math.round((sum / (j - i)) * 1000) / 1000 });
    i = j;
  }
  return spans;
}
