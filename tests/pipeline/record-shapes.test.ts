import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedDraft, makeDraft } from '../../src/entities/link/draft.js';
import { Pipeline } from '../../src/pipeline/run.js';

const pipeline = Pipeline.load();
const fixtures = path.resolve(__dirname, '../../fixtures');
const articles = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));

const keysOf = (o: object) => Object.keys(o).join(',');

/**
 * Records that every later stage reads carry every field, unset ones undefined, in one order: V8 then
 * gives them one hidden class, where records built with only the fields each case needs came in many
 * shapes and each new shape deoptimised the functions reading them (see src/entities/link/draft.ts).
 */
describe('one shape per record type', () => {
  it('every mention and every figure of the fixture articles has the same fields in the same order', () => {
    const mentionShapes = new Set<string>();
    const figureShapes = new Set<string>();
    let mentions = 0;
    let figures = 0;
    for (const file of articles) {
      const doc = pipeline.process(readFileSync(path.join(fixtures, file), 'utf8'), { id: file });
      for (const m of doc.mentions) mentionShapes.add(keysOf(m));
      for (const f of doc.figures) figureShapes.add(keysOf(f));
      mentions += doc.mentions.length;
      figures += doc.figures.length;
    }
    expect(mentions).toBeGreaterThan(100);
    expect(figures).toBeGreaterThan(50);
    expect([...mentionShapes]).toHaveLength(1);
    expect([...figureShapes]).toHaveLength(1);
  });

  it('a draft copied with changes keeps the fields and order of a new one', () => {
    const d = makeDraft({ start: 0, end: 5, tokenStart: 0, tokenEnd: 1, sentence: 0, type: 'PLACE', source: 'model' });
    const team = changedDraft(d, { type: 'ORGANIZATION', orgName: 'team korea', metonymy: true });
    expect(keysOf(team)).toBe(keysOf(d));
    expect(team).toMatchObject({ type: 'ORGANIZATION', orgName: 'team korea', metonymy: true, start: 0, end: 5 });
    expect(d.type).toBe('PLACE');
  });
});
