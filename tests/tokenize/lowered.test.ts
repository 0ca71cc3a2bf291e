import { describe, expect, it } from 'vitest';
import { TokenView } from '../../src/figures/token-view.js';
import { FactView } from '../../src/facts/view.js';
import { Pipeline } from '../../src/pipeline/run.js';
import { loweredTokens } from '../../src/tokenize/lowered.js';

const pipeline = Pipeline.load();

describe('loweredTokens', () => {
  it('is one array per token table, shared by the views of every stage', () => {
    const doc = pipeline.process('The IMF said Turkey grew 5.6 PER CENT in 2023.');
    const figures = new TokenView(doc);
    const i = Array.from({ length: figures.count }, (_, k) => k).find((k) => figures.raw(k) === 'IMF')!;
    expect(figures.lower(i)).toBe('imf');
    // What one view lower-cased, the next one finds without doing it again.
    expect(loweredTokens(doc.tokens!)[i]).toBe('imf');
    expect(new FactView(doc).lower(i)).toBe('imf');
    expect(loweredTokens(doc.tokens!)).toBe(loweredTokens(doc.tokens!));
  });

  it('starts empty for a document tokenized anew', () => {
    const a = pipeline.process('Moscow and KYIV.');
    const b = pipeline.process('Moscow and KYIV.');
    new TokenView(a).lower(2);
    expect(loweredTokens(a.tokens!)[2]).toBe('kyiv');
    expect(loweredTokens(b.tokens!)).not.toBe(loweredTokens(a.tokens!));
    expect(new TokenView(b).lower(2)).toBe('kyiv');
  });
});
