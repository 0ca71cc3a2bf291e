import type { Doc, Sentence } from '../doc/types.js';
import { TOKEN_FLAGS } from './tags.js';
import { textZones } from './tokenize.js';

/**
 * Groups tokens into sentences: a sentence starts where wink-nlp's splitter starts one after white space,
 * and at every new line of the input, so that a headline, a list item or a caption never runs into the
 * next line.
 */
export function splitSentences(doc: Doc): void {
  const t = doc.tokens;
  if (!t) return;
  const zones = textZones(doc);
  const sentences: Sentence[] = [];
  let z = 0;
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    while (z < zones.length - 1 && zones[z].end <= t.start[first]) z++;
    sentences.push({ start: t.start[first], end: t.end[endToken - 1], tokenStart: first, tokenEnd: endToken, zone: zones[z]?.zone ?? 'body' });
    const index = sentences.length - 1;
    for (let k = first; k < endToken; k++) t.sentence[k] = index;
  };
  for (let i = 1; i < t.count; i++) {
    // wink-nlp starts a sentence after any full stop, also one with no space after it ("at 2.15pm": "2",
    // ".", "15pm"): no sentence of written English starts without a space or a new line before it.
    const starts = t.flags[i] & TOKEN_FLAGS.lineStart || (t.flags[i] & TOKEN_FLAGS.sentenceStart && t.start[i] > t.end[i - 1]);
    if (starts) {
      close(i);
      first = i;
    }
  }
  close(t.count);
  doc.sentences = sentences;
}
