import { describe as group, expect, it } from 'vitest';
import { Pipeline, STAGES } from '../../src/index.js';
import { loadPipelineFile } from '../../src/pipeline/load.js';

group('the facts stage', () => {
  it('is registered with what it needs and what it fills', () => {
    const stage = STAGES.get('facts');
    expect(stage?.kind).toBe('doc');
    expect(stage?.requires).toEqual(['tokens', 'sentences', 'mentions', 'entities', 'figures']);
    expect(stage?.assigns).toEqual(['facts']);
  });

  it('runs in the default pipeline before the tables are written', () => {
    const names = loadPipelineFile().docStages.map((s) => s.definition.name);
    expect(names.indexOf('facts')).toBeGreaterThan(names.indexOf('link'));
    expect(names.indexOf('facts')).toBeGreaterThan(names.indexOf('figures'));
  });

  it('reads facts from the body of a whole article, each evidenced by one of its sentences', () => {
    const text = [
      '12 March 2024',
      'Kenya and Uganda agree rail deal',
      '',
      'NAIROBI (Reuters) – Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.',
      '"The railway will reach Kampala," Ruto told reporters.',
      '',
      'See also',
      'Tanzania opens new port in Tanga',
    ].join('\n');
    const doc = Pipeline.load().process(text, {});
    expect(doc.status).toBe('ok');
    expect(doc.facts.map((f) => f.id)).toEqual(doc.facts.map((_, i) => `x${i + 1}`));
    for (const f of doc.facts) {
      expect(doc.sentences.some((s) => s.start === f.start && s.end === f.end)).toBe(true);
      expect(['asserted', 'negated']).toContain(f.polarity);
    }
    expect(doc.facts.some((f) => f.predicate === 'said' && f.value === 'The railway will reach Kampala')).toBe(true);
  });
});
