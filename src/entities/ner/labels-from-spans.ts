import type { TokenTable } from '../../doc/types.js';
import { beginTag, insideTag, typeOfLabel } from './labels.js';

/** A name with its type, as character offsets into a document's text. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

export interface Projection {
  tags: Uint8Array;
  /** Tokens that cross the edge of a name (they are tagged as part of it); 0 when the tokenizations agree. */
  misaligned: number;
}

/**
 * Projects names given as character spans onto the document's own tokens as BIO tags. Training data
 * comes pre-tokenized ("Jong-Un" one token) while the pipeline tokenizes with wink-nlp (`Jong` `-` `Un`):
 * going through character offsets lets the model learn on exactly the tokens it will see at run time.
 */
export function projectSpans(tokens: TokenTable, spans: readonly LabelledSpan[]): Projection {
  const tags = new Uint8Array(tokens.count);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let misaligned = 0;
  let t = 0;
  for (const span of sorted) {
    const type = typeOfLabel(span.label);
    if (type === 0) continue;
    while (t < tokens.count && tokens.end[t] <= span.start) t++;
    let first = true;
    let k = t;
    for (; k < tokens.count && tokens.start[k] < span.end; k++) {
      if (tokens.start[k] < span.start || tokens.end[k] > span.end) misaligned++;
      tags[k] = first ? beginTag(type) : insideTag(type);
      first = false;
    }
  }
  return { tags, misaligned };
}
