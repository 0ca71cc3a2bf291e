import { createDoc } from '../../doc/create.js';
import type { Doc } from '../../doc/types.js';
import { splitSentences } from '../../tokenize/sentences.js';
import { tokenizeDoc } from '../../tokenize/tokenize.js';
import { projectSpans, type LabelledSpan } from './labels-from-spans.js';
import type { TrainingDocument } from './train.js';

/** The whole text as article body, tokenized and split into sentences exactly as the pipeline does. */
export function tokenizedDoc(text: string, id = 'train'): Doc {
  const doc = createDoc({ id, source: id, text });
  doc.body = [{ start: 0, end: text.length }];
  tokenizeDoc(doc);
  splitSentences(doc);
  return doc;
}

/** A training document: the text tokenized by the pipeline's tokenizer, gold names projected on its tokens. */
export function trainingDocument(text: string, names: readonly LabelledSpan[]): TrainingDocument & { misaligned: number } {
  const doc = tokenizedDoc(text);
  const { tags, misaligned } = projectSpans(doc.tokens!, names);
  return { text, tokens: doc.tokens!, sentences: doc.sentences, gold: tags, misaligned };
}
