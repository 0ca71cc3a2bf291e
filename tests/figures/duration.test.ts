import { describe, expect, it } from 'vitest';
import { figureWithText, figuresIn } from './analyse.js';

const YEAR = 31557600;

describe('durations and ages', () => {
  it.each([
    ['The two towns have shared a bridge for 70 years.', '70 years', 70, 'year', 70 * YEAR],
    ['The talks lasted three hours and ended without a deal.', 'three hours', 3, 'hour', 10800],
    ['A 39-year-old fisherman was rescued off the cape.', '39-year-old', 39, 'year', 39 * YEAR],
    ['When she was five years old, she moved to the island.', 'five years old', 5, 'year', 5 * YEAR],
    ['The mayor, aged 61, did not stand again.', 'aged 61', 61, 'year', 61 * YEAR],
    ['He retired at the age of 82.', 'age of 82', 82, 'year', 82 * YEAR],
    ['Marta Lind, 44, runs the ferry company.', '44', 44, 'year', 44 * YEAR],
    ['The project signed a two-year contract with the port.', 'two-year', 2, 'year', 2 * YEAR],
    ['The survey will take six weeks to complete.', 'six weeks', 6, 'week', 6 * 604800],
    ['The baby was only ten months old.', 'ten months old', 10, 'month', 10 * 2629800],
  ])('%s', (sentence, surface, value, unit, si) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind: 'DURATION', value, unit, si, siUnit: 's' });
  });

  it('leaves "two weeks ago" to the dates', () => {
    expect(figuresIn('The ferry sank two weeks ago off the coast.').map((f) => f.kind)).toEqual(['DATE']);
  });

  it('reads "One day" opening a story as no duration', () => {
    expect(figuresIn('One day, the harbour master simply did not come back.')).toEqual([]);
  });

  it('keeps "in one day" as a duration', () => {
    expect(figureWithText('The crew unloaded the ship in one day.', 'one day')).toMatchObject({ kind: 'DURATION', value: 1, unit: 'day' });
  });

  it('does not read "over three years" as more than three years', () => {
    expect(figureWithText('The repayments are spread over three years.', 'three years').qualifier).toBeNull();
  });
});
