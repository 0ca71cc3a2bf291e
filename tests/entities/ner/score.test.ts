import { describe, expect, it } from 'vitest';
import { SpanScorer, prf } from '../../../src/entities/ner/score.js';

describe('ner: exact span-and-type scoring', () => {
  it('counts a prediction only when both offsets and type match', () => {
    const s = new SpanScorer(['PER', 'ORG', 'LOC']);
    s.add(
      [{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 16, type: 'LOC' }],
      [{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 15, type: 'LOC' }, { start: 20, end: 25, type: 'ORG' }],
    );
    expect(s.byType.get('PER')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.byType.get('LOC')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.byType.get('ORG')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(prf(s.micro()).p).toBeCloseTo(1 / 3);
  });

  it('neither rewards nor punishes a prediction lying exactly on an unscored gold name (MISC)', () => {
    const s = new SpanScorer(['PER', 'ORG', 'LOC']);
    s.add([{ start: 0, end: 7, type: 'MISC' }], [{ start: 0, end: 7, type: 'LOC' }, { start: 9, end: 12, type: 'MISC' }]);
    expect(s.micro()).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('counts a wrong type on a scored gold name as one false positive and one miss', () => {
    const s = new SpanScorer(['PER', 'ORG', 'LOC']);
    s.add([{ start: 0, end: 7, type: 'ORG' }], [{ start: 0, end: 7, type: 'LOC' }]);
    expect(s.micro()).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
