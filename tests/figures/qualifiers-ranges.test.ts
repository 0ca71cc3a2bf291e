import { describe, expect, it } from 'vitest';
import { figureWithText, figuresIn } from './analyse.js';

describe('qualifiers', () => {
  it.each([
    ['About 300 boats joined the protest.', '300 boats', 'about'],
    ['Some 325 kilometres separate the two ports.', '325 kilometres', 'about'],
    ['More than 100 people signed the letter.', '100 people', 'more_than'],
    ['The toll stood at at least 12 dead.', '12', 'at_least'],
    ['The fine can be up to $5,000.', '$5,000', 'up_to'],
    ['Fewer than 200 workers stayed at the plant.', '200 workers', 'less_than'],
    ['The ministry will spend no more than 3 per cent.', '3 per cent', 'at_most'],
    ['Nearly 3,000 homes lost power.', '3,000 homes', 'about'],
  ])('%s', (sentence, surface, qualifier) => {
    expect(figureWithText(sentence, surface).qualifier).toBe(qualifier);
  });

  it('reads no qualifier in a golf score: "17-under 267"', () => {
    expect(figureWithText('She finished at 17-under 267 after the last round.', '267').qualifier).toBeNull();
  });
});

describe('ranges', () => {
  it.each([
    ['Sentences range from 3 to 5 years in such cases.', '3 to 5 years', 'DURATION', 'year', 3, 5],
    ['The budget is between $2m and $3m this year.', '$2m and $3m', 'MONEY', 'USD', 2e6, 3e6],
    ['Between 44 and 50 mg of the drug were found.', '44 and 50 mg', 'QUANTITY', 'mg', 44, 50],
    ['The site holds 10-15 tonnes of waste.', '10-15 tonnes', 'QUANTITY', 't', 10, 15],
    ['Temperatures ranged from -18 °C to -34 °C overnight.', '-18 °C to -34 °C', 'QUANTITY', '°C', -34, -18],
    ['Five or six people were waiting at the gate.', 'Five or six people', 'COUNT', 'person', 5, 6],
    ['An 8- to 16-meter telescope is planned.', '8- to 16-meter', 'QUANTITY', 'm', 8, 16],
    ['The repairs will cost 2 to 3 million euros.', '2 to 3 million euros', 'MONEY', 'EUR', 2e6, 3e6],
  ])('%s', (sentence, surface, kind, unit, low, high) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind, unit, value: low, low, high });
  });

  it('keeps a change "from 5% to 4%" as two figures', () => {
    expect(figuresIn('Unemployment fell from 5% to 4% in a year.').map((f) => `${f.text}=${f.value}`)).toEqual(['5%=5', '4%=4']);
  });

  it('lends a unit to the first of two figures joined by "and"', () => {
    expect(figuresIn('Patients were given 45 and 50 mg of the drug.').map((f) => `${f.text} ${f.unit}`)).toEqual(['45 mg', '50 mg mg']);
  });

  it('reads a vote tally as two figures, not a range', () => {
    expect(figuresIn('The motion passed by 285 to 272 votes.').map((f) => f.low)).toEqual([null, null]);
  });
});
