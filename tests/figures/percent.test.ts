import { describe, expect, it } from 'vitest';
import { figureWithText, figuresIn } from './analyse.js';

describe('percentages', () => {
  it.each([
    ['Turnout in the harbour district reached 61.5 per cent on polling day.', '61.5 per cent', 61.5, '%'],
    ['Fares on the northern line will rise 4 percent in January.', '4 percent', 4, '%'],
    ['The cooperative kept 12% of the catch for its own members.', '12%', 12, '%'],
    ['Rents in the old town have climbed 9pc since the tram opened.', '9pc', 9, '%'],
    ['Support for the mayor fell 3 percentage points after the flood.', '3 percentage points', 3, 'pp'],
    ['The central bank cut its rate by 25 basis points on Tuesday.', '25 basis points', 25, 'bp'],
    ['Only twenty percent of the ferries left on time.', 'twenty percent', 20, '%'],
    ['Inflation slowed to 2,5 % in the eurozone last month.', '2,5 %', 2.5, '%'],
    ['The index dropped by minus five percent in a single session.', 'minus five percent', -5, '%'],
    ['The rebate came to per cent of twenty-two, the auditors said.', 'per cent of twenty-two', 22, '%'],
  ])('%s', (sentence, surface, value, unit) => {
    const f = figureWithText(sentence, surface);
    expect(f).toMatchObject({ kind: 'PERCENT', value, unit, si: null });
  });

  it('reads "percentage" alone as no figure when no number goes with it', () => {
    expect(figuresIn('What percentage of the vote did the greens win?').filter((f) => f.kind === 'PERCENT')).toEqual([]);
  });
});
