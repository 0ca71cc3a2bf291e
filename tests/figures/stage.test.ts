import { describe, expect, it } from 'vitest';
import { checkPipeline } from '../../src/pipeline/load.js';
import { STAGES } from '../../src/pipeline/registry.js';
import { replaceFigures } from '../../src/figures/figure-list.js';
import { analyse } from './analyse.js';

describe('figures and dates stages', () => {
  it('numbers figures f1, f2, ... and dates d1, d2, ... and keeps them sorted by start', () => {
    const { doc } = analyse('On Tuesday the mill cut 40 jobs, and 12 more went in 2020.');
    expect(doc.figures.map((f) => f.id)).toEqual(['d1', 'f1', 'f2', 'd2']);
    const starts = doc.figures.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(doc.figures.every((f) => doc.text.slice(f.start, f.end).length > 0 && f.sentence === 0)).toBe(true);
  });

  it('replaces its own figures when run again and keeps the other stage\'s', () => {
    const { doc } = analyse('On Tuesday the mill cut 40 jobs.');
    const before = doc.figures.map((f) => f.id);
    replaceFigures(doc, (f) => f.kind !== 'DATE', []);
    expect(doc.figures.map((f) => f.id)).toEqual(['d1']);
    expect(before).toEqual(['d1', 'f1']);
  });

  it('registers the stages so that a pipeline can name them in order', () => {
    for (const name of ['figures', 'dates', 'attach-figures']) expect(STAGES.has(name)).toBe(true);
    const spec = checkPipeline(
      { name: 'numbers', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }, { stage: 'figures' }, { stage: 'dates' }] },
      'numbers.json',
    );
    expect(spec.docStages.map((s) => s.definition.name)).toEqual(['clean', 'tokenize', 'sentences', 'figures', 'dates']);
  });

  it('refuses attach-figures before a stage that assigns entities', () => {
    expect(() =>
      checkPipeline({ name: 'bad', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }, { stage: 'figures' }, { stage: 'attach-figures' }] }, 'bad.json'),
    ).toThrow(/requires "mentions", "entities"/);
  });
});
