import type { LabelledSpan } from './labels-from-spans.js';

/** One document of a CoNLL-2003 file, rebuilt as text: one sentence a line, its tokens joined by spaces. */
export interface ConllDocument {
  text: string;
  /** The names of the document, as character spans of `text`, with CoNLL's types (PER, ORG, LOC, MISC). */
  names: LabelledSpan[];
  sentences: number;
  words: number;
}

/**
 * Reads a CoNLL-2003 file (`respell` may rewrite each word, for training on spellings the corpus lacks) (`word POS chunk tag` a line, a blank line between sentences, `-DOCSTART-`
 * between documents). Tags may be IOB1 or IOB2: a name starts at a B- tag or at an I- tag whose type
 * differs from the token before.
 */
export function parseConll(content: string, respell: (word: string) => string = (w) => w): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let lines: string[] = [];
  let names: LabelledSpan[] = [];
  let sentence: string[] = [];
  let tags: string[] = [];
  let words = 0;
  let offset = 0;

  const closeSentence = () => {
    if (!sentence.length) return;
    let open: LabelledSpan | null = null;
    let pos = offset;
    let prevType = 'O';
    for (let i = 0; i < sentence.length; i++) {
      if (i > 0) pos++;
      const tag = tags[i];
      const type = tag === 'O' ? 'O' : tag.slice(2);
      const begins = type !== 'O' && (tag.startsWith('B-') || type !== prevType);
      if (open && (type === 'O' || begins)) {
        names.push(open);
        open = null;
      }
      if (begins) open = { start: pos, end: pos, label: type };
      pos += sentence[i].length;
      if (open) open.end = pos;
      prevType = type;
    }
    if (open) names.push(open);
    const line = sentence.join(' ');
    lines.push(line);
    offset += line.length + 1;
    words += sentence.length;
    sentence = [];
    tags = [];
  };
  const closeDocument = () => {
    closeSentence();
    if (lines.length) docs.push({ text: lines.join('\n'), names, sentences: lines.length, words });
    lines = [];
    names = [];
    words = 0;
    offset = 0;
  };

  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (!line) {
      closeSentence();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      closeDocument();
      continue;
    }
    sentence.push(respell(cols[0]));
    tags.push(cols[cols.length - 1]);
  }
  closeDocument();
  return docs;
}
