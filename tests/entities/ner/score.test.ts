import { describe, expect, it } from 'vitest';
import { SpanScorer, prf, type NestedSpan } from '../../../src/entities/ner/score.js';

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

describe('ner: nested gold labels scored as alternatives (News-Fair, ELEVANT\'s rule)', () => {
  // "located in Houston, TX": the outer label "Houston, TX" holds "Houston" and "TX".
  const houston: NestedSpan[] = [
    { id: 0, start: 11, end: 22, type: 'LOC', parent: null, children: [1, 2] },
    { id: 1, start: 11, end: 18, type: 'LOC', parent: 0, children: [] },
    { id: 2, start: 20, end: 22, type: 'LOC', parent: 0, children: [] },
  ];
  const score = (gold: NestedSpan[], predicted: { start: number; end: number; type: string }[]) => {
    const s = new SpanScorer(['PER', 'ORG', 'LOC']);
    s.addNested(gold, predicted);
    return s.micro();
  };

  it('counts the outer label once when it is found, and the inner ones not at all', () => {
    expect(score(houston, [{ start: 11, end: 22, type: 'LOC' }])).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts the inner labels when they are found instead', () => {
    expect(score(houston, [{ start: 11, end: 18, type: 'LOC' }, { start: 20, end: 22, type: 'LOC' }])).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts an inner label missed beside a found sibling as a miss', () => {
    expect(score(houston, [{ start: 11, end: 18, type: 'LOC' }])).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('counts a nest with nothing found as one miss, and a wrong type as a false positive', () => {
    expect(score(houston, [])).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score(houston, [{ start: 11, end: 18, type: 'ORG' }])).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('neither requires nor punishes an optional label', () => {
    const optional: NestedSpan[] = [{ id: 0, start: 0, end: 4, type: 'ORG', parent: null, children: [], optional: true }];
    expect(score(optional, [])).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(score(optional, [{ start: 0, end: 4, type: 'ORG' }])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('scores labels without nesting as the flat scorer does', () => {
    const gold: NestedSpan[] = [
      { id: 0, start: 0, end: 5, type: 'PER', parent: null, children: [] },
      { id: 1, start: 10, end: 16, type: 'LOC', parent: null, children: [] },
    ];
    const predicted = [{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 15, type: 'LOC' }, { start: 20, end: 25, type: 'ORG' }];
    const flat = new SpanScorer(['PER', 'ORG', 'LOC']);
    flat.add(gold, predicted);
    expect(score(gold, predicted)).toEqual(flat.micro());
  });
});
