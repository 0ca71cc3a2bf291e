import { describe, expect, it } from 'vitest';
import { figuresIn, figureWithText } from './analyse.js';

describe('ordinals and ranks', () => {
  it.each([
    ['The 12th Assembly on river trade opens in Vienna.', '12th', 12, null],
    ['Germany is the region\'s second largest investor.', 'second', 2, 'rank'],
    ['The port is the third-busiest in Europe.', 'third', 3, 'rank'],
    ['Her boat finished fifth in the regatta.', 'fifth', 5, 'rank'],
    ['It was the first strike at the yard since 1987.', 'first', 1, null],
    ['The twenty-first session of the council was short.', 'twenty-first', 21, null],
  ])('%s', (sentence, surface, value, unit) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind: 'ORDINAL', value, unit });
  });

  it.each([
    ['The museum covers the Second World War in the north.'],
    ['At first, the fishermen refused the offer.'],
    ['The minister bought a second-hand car.'],
    ['The vote is on April 25th in the old town hall.'],
  ])('reads no ordinal in "%s"', (sentence) => {
    expect(figuresIn(sentence).filter((f) => f.kind === 'ORDINAL')).toEqual([]);
  });
});
