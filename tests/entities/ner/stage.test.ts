import { describe, expect, it } from 'vitest';
import { Pipeline, checkPipeline } from '../../../src/index.js';
import { STAGES } from '../../../src/pipeline/registry.js';

const ARTICLE = `Ports reopen after the storm

Ships returned to the port of Gdansk on Thursday after the storm, the harbour authority said.

Harbour master Tomasz Wierzbicki told the broadcaster TVP that the cranes of Baltic Hub were undamaged.`;

describe('ner stage', () => {
  it('is registered, and runs in the default pipeline after sentence splitting', () => {
    expect(STAGES.get('ner')?.assigns).toEqual(['nerSpans']);
    const names = Pipeline.load().spec.docStages.map((s) => s.definition.name);
    expect(names.indexOf('ner')).toBeGreaterThan(names.indexOf('sentences'));
    expect(names.indexOf('sentences')).toBeGreaterThanOrEqual(0);
  });

  it('fills doc.nerSpans with sorted spans inside the tokenized text', () => {
    const p = new Pipeline(checkPipeline({ name: 't', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }, { stage: 'ner' }] }, '(test)'));
    const doc = p.process(ARTICLE);
    const found = doc.nerSpans.map((s) => [ARTICLE.slice(s.start, s.end), s.label]);
    expect(found).toContainEqual(['Gdansk', 'LOC']);
    expect(found).toContainEqual(['Tomasz Wierzbicki', 'PER']);
    for (let i = 1; i < doc.nerSpans.length; i++) expect(doc.nerSpans[i].start).toBeGreaterThanOrEqual(doc.nerSpans[i - 1].end);
    for (const s of doc.nerSpans) expect(doc.sentences[s.sentence].start).toBeLessThanOrEqual(s.start);
  });

  it('names the file when a pipeline points at a model that is not there', () => {
    const spec = checkPipeline({ name: 't', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }, { stage: 'ner', options: { model: 'no-such-model.bin.gz' } }] }, '/tmp/p.json');
    // Stages are built on first use.
    expect(() => new Pipeline(spec).process('Ships returned to Gdansk.')).toThrow(/no-such-model\.bin\.gz/);
  });
});
