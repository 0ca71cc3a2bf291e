import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/run.js';

const pipeline = Pipeline.load();
const moneyIn = (text: string) =>
  pipeline
    .process(text, { date: '2024-03-01' })
    .figures.filter((f) => f.kind === 'MONEY')
    .map((f) => `${text.slice(f.start, f.end)}=${f.unit}`);

describe('an ambiguous currency name takes the currency of the article\'s country', () => {
  it.each([
    ['Kenya approved a budget of 3.6 trillion shillings for the coming year.', '3.6 trillion shillings=KES'],
    ['The Philippines will spend 50 billion pesos on new roads.', '50 billion pesos=PHP'],
    // A demonym names its country too.
    ['The Tanzanian government set aside 200 million shillings for the clinics.', '200 million shillings=TZS'],
  ])('%s', (text, expected) => {
    expect(moneyIn(text)).toEqual([expected]);
  });

  it.each([
    ['two countries that use such a currency', 'Kenya and Tanzania agreed to split the 10 billion shillings cost of the road.', '10 billion shillings=null'],
    ['no country named', 'The stall owner charged 40 shillings for a cup of tea.', '40 shillings=null'],
    ['a country that uses no such currency', 'Norway lent the clinic 20 million shillings.', '20 million shillings=null'],
  ])('stays unknown with %s', (_why, text, expected) => {
    expect(moneyIn(text)).toEqual([expected]);
  });
});
