import type { Doc } from '../doc/types.js';
import { KIND } from './tags.js';

/** Words of the article: word and number tokens when tokenized, else runs of letters and digits in the body. */
export function countWords(doc: Doc): number {
  const t = doc.tokens;
  if (t) {
    let n = 0;
    for (let i = 0; i < t.count; i++) if (t.kind[i] === KIND.word || t.kind[i] === KIND.number) n++;
    return n;
  }
  let n = 0;
  for (const b of doc.body) n += doc.text.slice(b.start, b.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return n;
}
