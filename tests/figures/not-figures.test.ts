import { describe, expect, it } from 'vitest';
import { NOT_FIGURE_RULES } from '../../src/figures/not-figures.js';
import { analyse, figuresIn } from './analyse.js';

/** Only the figures of the figures stage: dates are tested in tests/dates. */
const numbers = (text: string) => analyse(text, null, 'figures').figures.map((f) => f.text);

describe('numbers that are not figures', () => {
  it.each([
    ['a year read as a date, not a count', 'Since 2011 the town has rebuilt its harbour.'],
    ['a clock time after a date', '03/12/2021, 16.28'],
    ['a clock time with its marker', 'The ferry leaves at 2.15pm and again at 10 p.m.'],
    ['a four-digit time with a zone', 'Updated 2011 GMT by the news desk.'],
    ['a number inside a channel name', 'The debate will be shown on the Russia 1 channel.'],
    ['a model name', 'The air force ordered more F-35 jets from the US.'],
    ['"one" standing for a noun', 'After the old bridge collapsed, the city built a new one over the river.'],
    ['"one" as an indefinite article', 'One official said the talks had failed.'],
    ['a phone number', 'Call the helpline on +44 20 7946 0958 for details.'],
    ['a phone number with a leading zero', 'Call 020 7946 0958 for details.'],
    ['a football score', 'The home side won 3-1 in the rain.'],
    ['a label in a series', 'Type 2 diabetes is rising in the valley.'],
    ['a list marker', '1. The council approved the budget.'],
    ['a house number', 'Protesters gathered outside 10 Downing Street.'],
    ['a code with a point', 'The telescope found galaxy cluster MACS J1149.5+6663.'],
    ['a compound with a number word', 'The mother-of-two lives near the dock.'],
  ])('%s', (_why, text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('keeps a percentage after a name: "Nowak 45%" is a figure', () => {
    expect(figuresIn('Final tally: Nowak 45%, Berg 41%.').map((f) => `${f.kind} ${f.text}`)).toEqual(['PERCENT 45%', 'PERCENT 41%']);
  });

  it('keeps a count after a year and a comma', () => {
    expect(figuresIn('In 2019, 300 people lived on the island.').map((f) => `${f.kind} ${f.text}`)).toEqual(['DATE 2019', 'COUNT 300 people']);
  });

  it('says why for every rule', () => {
    for (const r of NOT_FIGURE_RULES) {
      expect(r.reason.length, r.id).toBeGreaterThan(10);
      expect(r.example.length, r.id).toBeGreaterThan(3);
    }
  });
});
