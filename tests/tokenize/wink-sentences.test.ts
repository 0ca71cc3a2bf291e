import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { createWinkReader } from '../../src/tokenize/wink.js';
import { rawPosCode, rawPosName, rawSpaceBefore, rawType, rawValue } from '../../src/tokenize/wink-raw.js';
import { WinkSentenceSplitter } from '../../src/tokenize/wink-sentences.js';

// wink-nlp's own sentence splitter, the reference; and the instance the tokenizer uses (tags only).
const withSplitter = winkNLP(model, ['sbd', 'pos']);
const tagsOnly = createWinkReader();
const its = withSplitter.its;

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

function fixtureLines(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(FIXTURES)) {
    if (f.endsWith('.gold.json') || f === 'baseline.json') continue;
    for (const line of readFileSync(path.join(FIXTURES, f), 'utf8').split(/[\r\n]+/)) if (line.trim()) lines.push(line);
  }
  return lines;
}

/** Lines made of the punctuation, quotes, titles and abbreviations the machine reads, joined at random. */
function randomLines(count: number, seed: number): string[] {
  const pieces = ['.', '!', '?', ')', ']', '}', '"', "'", '’', '”', '“', '(', ',', '-', '–', '—', '...', 'etc.', 'Dr.', 'dr.', 'Mr.', 'e.g.', 'i.e.', 'U.S.', 'Inc.', 'A.', 'b.', 'No.', 'About', 'But', 'btw', 'BTW', 'The', 'the', 'house', 'Smith', '3', '2.5', '1996', "it's", "can't", ':-)', '#tag', '@me', 'x@y.com', 'http://a.b/c', '$', '5%', 'Gdańsk', '\t', 'A', 'I', 'Jan.', 'St.', 'vs.', 'Sen.', 'Capt.'];
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const lines: string[] = [];
  while (lines.length < count) {
    const n = 1 + Math.floor(next() * 14);
    let line = '';
    for (let i = 0; i < n; i++) line += (i > 0 && next() < 0.7 ? ' ' : '') + pieces[Math.floor(next() * pieces.length)];
    if (line.trim()) lines.push(line);
  }
  return lines;
}

let splitter: WinkSentenceSplitter | null = null;

/** Sentence starts (token indexes after the first) by the splitter here and by wink-nlp's own pass. */
function startsBoth(line: string): { ours: number[]; wink: number[] } {
  const wink = (withSplitter.readDoc(line).sentences().out(its.span) as unknown as [number, number][]).map((s) => s[0]).filter((i) => i > 0);
  const rdd = tagsOnly.read(line);
  if (rdd === null) return { ours: [], wink };
  splitter ??= new WinkSentenceSplitter(rdd.cache);
  const n = rdd.numOfTokens;
  const symbols = new Int32Array(n);
  for (let i = 0; i < n; i++) symbols[i] = splitter.symbolOf(rawValue(rdd, i), rawSpaceBefore(rdd, i));
  const starts = new Uint8Array(n);
  splitter.markStarts(symbols, n, starts);
  const ours: number[] = [];
  for (let i = 1; i < n; i++) if (starts[i]) ours.push(i);
  return { ours, wink };
}

describe('wink-nlp sentence splitting outside readDoc', () => {
  it('starts sentences where wink-nlp does, on every line of the fixtures', () => {
    const lines = fixtureLines();
    expect(lines.length).toBeGreaterThan(200);
    let withBreaks = 0;
    for (const line of lines) {
      const { ours, wink } = startsBoth(line);
      expect(ours, line).toEqual(wink);
      if (wink.length > 0) withBreaks++;
    }
    // The fixtures must exercise the machine: many lines hold more than one sentence.
    expect(withBreaks).toBeGreaterThan(80);
  });

  it('starts sentences where wink-nlp does, on random runs of quotes, brackets, titles and abbreviations', () => {
    let breaks = 0;
    for (const line of randomLines(3000, 7)) {
      const { ours, wink } = startsBoth(line);
      expect(ours, line).toEqual(wink);
      breaks += wink.length;
    }
    expect(breaks).toBeGreaterThan(1000);
  });

  it('keeps a title or a lone initial inside the sentence, and ends one at an abbreviation before a capital', () => {
    const sentences = (line: string) => startsBoth(line).ours.length + 1;
    expect(sentences('Dr. Smith met Mr. Jones. They talked.')).toBe(2);
    expect(sentences('He paid $5 etc. But the fee rose.')).toBe(2);
    expect(sentences('“We won.” Then he left!')).toBe(2);
  });
});

describe('wink-nlp token data read directly', () => {
  it('gives each token the text, tag and type wink-nlp\'s own API gives', () => {
    const lines = fixtureLines().slice(0, 400);
    for (const line of lines) {
      const rdd = tagsOnly.read(line);
      const wd = tagsOnly.nlp.readDoc(line);
      const values = wd.tokens().out(its.value) as string[];
      if (rdd === null) {
        expect(values).toEqual([]);
        continue;
      }
      const n = rdd.numOfTokens;
      expect(Array.from({ length: n }, (_, i) => rawValue(rdd, i))).toEqual(values);
      expect(Array.from({ length: n }, (_, i) => rawPosName(rdd, rawPosCode(rdd, i)))).toEqual(wd.tokens().out(its.pos));
      expect(Array.from({ length: n }, (_, i) => rawType(rdd, i))).toEqual(wd.tokens().out(its.type));
    }
  });

  it('gives no data for a text with no token', () => {
    expect(tagsOnly.read('')).toBeNull();
    expect(tagsOnly.read('Two words')?.numOfTokens).toBe(2);
  });
});
