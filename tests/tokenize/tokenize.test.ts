import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/run.js';
import { POS_TAGS, TOKEN_KINDS } from '../../src/tokenize/tags.js';

const pipeline = Pipeline.load();
const tokensOf = (text: string) => {
  const doc = pipeline.process(text);
  const t = doc.tokens!;
  return Array.from({ length: t.count }, (_, i) => ({ text: text.slice(t.start[i], t.end[i]), pos: POS_TAGS[t.pos[i]], kind: TOKEN_KINDS[t.kind[i]], sentence: t.sentence[i] }));
};

describe('tokenize', () => {
  it('gives exact offsets whatever the spacing, quotes and scripts', () => {
    const text = 'The  mayor\u00a0of São Paulo said:\t“We’ll rebuild,” after the 2.5-metre flood — the worst since 1929. 🙂 Donations: €3,000.';
    const toks = tokensOf(text);
    expect(toks.map((t) => t.text)).toContain('São');
    expect(toks.map((t) => t.text)).toContain('€');
    for (const t of toks) expect(t.text.trim()).toBe(t.text);
    expect(toks.map((t) => t.text).join('')).toBe(text.replace(/\s/g, ''));
  });

  it('keeps words with letters beyond Latin-1 whole, where wink-nlp cuts them', () => {
    const words = tokensOf('Talks in Łódź and Gdańsk ended; Erdoğan and Dačić cannot attend.').map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Łódź', 'Gdańsk', 'Erdoğan', 'Dačić']));
    expect(tokensOf('Talks in Gdańsk ended.').find((t) => t.text === 'Gdańsk')).toMatchObject({ pos: 'PROPN', kind: 'word' });
    // ASCII pieces wink-nlp splits on purpose stay apart.
    expect(words).not.toContain('cannot');
  });

  it.each([
    ['against a full stop', 'Exports grew faster than Valdoria’s.', 'Valdoria’s leader', 'Valdoria', '’s'],
    ['inside brackets', 'The fund (Kestrelton\'s) paid out.', 'Kestrelton\'s mayor', 'Kestrelton', "'s"],
    ['before a comma', 'At Marwick\'s, prices rose.', 'Marwick\'s shares', 'Marwick', "'s"],
  ])('splits a possessive %s, and one read later the same way (wink-nlp would have learned it whole)', (_, first, later, word, clitic) => {
    const texts = (t: string) => tokensOf(t).map((x) => x.text);
    expect(texts(first)).toEqual(expect.arrayContaining([word, clitic]));
    expect(texts(later).slice(0, 2)).toEqual([word, clitic]);
  });

  it('leaves contractions of pronouns to wink-nlp, which reads them as verbs', () => {
    const toks = tokensOf("It's late, and that's that.");
    expect(toks.slice(0, 2).map((t) => t.text)).toEqual(['It', "'s"]);
    expect(toks[1].pos).not.toBe('PART');
  });

  it('tags parts of speech and token kinds', () => {
    const toks = tokensOf('Engineers in Lagos repaired 14 pumps.');
    expect(toks.find((t) => t.text === 'Lagos')?.pos).toBe('PROPN');
    expect(toks.find((t) => t.text === '14')).toMatchObject({ pos: 'NUM', kind: 'number' });
    expect(toks.find((t) => t.text === 'repaired')?.pos).toBe('VERB');
  });
});

describe('sentences', () => {
  it('never crosses a line break, even without final punctuation', () => {
    const text = 'Rescue teams reached the village on Sunday\nRoads remain closed to traffic. Power was restored late on Monday.\n\nA curfew is in force';
    const doc = pipeline.process(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Rescue teams reached the village on Sunday',
      'Roads remain closed to traffic.',
      'Power was restored late on Monday.',
      'A curfew is in force',
    ]);
  });

  it('does not split after common abbreviations', () => {
    const text = 'Dr. Amara Okafor met officials from the U.S. Treasury on Jan. 5 in Washington. They discussed debt relief.';
    const doc = pipeline.process(text);
    expect(doc.sentences).toHaveLength(2);
  });

  it('starts no sentence at a full stop with no space after it', () => {
    const text = 'The last bus leaves at 9.15pm from the depot. Fares rise in May.';
    const doc = pipeline.process(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The last bus leaves at 9.15pm from the depot.', 'Fares rise in May.']);
  });

  it('numbers tokens by sentence and covers each sentence with its tokens', () => {
    const doc = pipeline.process('Prices rose. Wages did not. Unions protested.');
    const t = doc.tokens!;
    doc.sentences.forEach((s, i) => {
      expect(t.start[s.tokenStart]).toBe(s.start);
      expect(t.end[s.tokenEnd - 1]).toBe(s.end);
      for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(t.sentence[k]).toBe(i);
    });
  });

  it('processes a 20 MB article whole, in time linear in its length', () => {
    const paragraph = 'The committee met again on Thursday to review the budget, and members said they expected a vote within weeks. ';
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 20_000_000; i++) {
      const p = `${paragraph.repeat(3)}Item ${i} closes the paragraph.`;
      parts.push(p);
      size += p.length + 2;
    }
    const text = parts.join('\n\n');
    const doc = pipeline.process(text);
    expect(doc.status).toBe('ok');
    expect(doc.text.length).toBe(text.length);
    const last = doc.sentences[doc.sentences.length - 1];
    expect(text.slice(last.start, last.end)).toBe(`Item ${parts.length - 1} closes the paragraph.`);
    expect(doc.sentences.length).toBe(parts.length * 4);
  }, 180_000);

  it('cuts a single enormous line into pieces without losing or splitting a word', () => {
    const text = 'Alpha beta gamma delta. '.repeat(5000).trim();
    const doc = pipeline.process(text);
    const t = doc.tokens!;
    let words = 0;
    for (let i = 0; i < t.count; i++) if (/^[A-Za-z]+$/.test(text.slice(t.start[i], t.end[i]))) words++;
    expect(words).toBe(20000);
  });
});
