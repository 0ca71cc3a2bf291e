import { describe, expect, it } from 'vitest';
import { figureWithText, figuresIn } from './analyse.js';

describe('rates: a figure per a unit', () => {
  it.each([
    ['Care workers in the county earn $15.4/hour on average.', '$15.4/hour', 'MONEY', 15.4, 'USD/h', null],
    ['Wholesale copper traded at $9,350 per tonne on Tuesday.', '$9,350 per tonne', 'MONEY', 9350, 'USD/t', null],
    ['Brent crude settled at $82.10 per barrel.', '$82.10 per barrel', 'MONEY', 82.1, 'USD/bbl', null],
    ['Office space in the district rents for £45 per square foot.', '£45 per square foot', 'MONEY', 45, 'GBP/ft²', null],
    ['The glacier now retreats 12 metres per year.', '12 metres per year', 'QUANTITY', 12, 'm/year', 12 / 31557600],
    ['The probe left the moon at 2.4 km/s.', '2.4 km/s', 'QUANTITY', 2.4, 'km/s', 2400],
    ['The heater loses 0.5 W/min while idle.', '0.5 W/min', 'QUANTITY', 0.5, 'W/min', 0.5 / 60],
    ['The panels collect 20 J/m^2 per year more than the old ones.', '20 J/m^2 per year', 'QUANTITY', 20, 'J/m²/year', 20 / 31557600],
    ['Signals crossed the fibre at 200 km/ms.', '200 km/ms', 'QUANTITY', 200, 'km/ms', 200000000],
    ['Patients took the tablets three times per day.', 'three times per day', 'COUNT', 3, 'time/d', null],
    ['The ferry sails four times a week in winter.', 'four times a week', 'COUNT', 4, 'time/week', null],
  ])('%s', (sentence, surface, kind, value, unit, si) => {
    const f = figureWithText(sentence, surface);
    expect(f).toMatchObject({ kind, value, unit });
    if (si === null) expect(f?.si ?? null).toBeNull();
    else expect(f?.si).toBeCloseTo(si, 9);
  });

  it.each([
    ['The company paid a dividend of $1.20 per share.', '$1.20', 'USD'],
    ['The tuition costs €8,000 per student.', '€8,000', 'EUR'],
    ['The trial asked volunteers to eat 0.9 grams a day less salt.', '0.9 grams', 'g'],
    ['Unemployment fell 0.3 per cent per year.', '0.3 per cent', '%'],
  ])('keeps the plain unit when "per" names no unit or "a" may be an article: %s', (sentence, surface, unit) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ unit });
  });
});

describe('a measure in two units of the same kind', () => {
  it.each([
    ['The new goalkeeper is 6ft 2in tall.', '6ft 2in', 6 + 2 / 12, 'ft'],
    ['The striker stands 5 feet 9 inches.', '5 feet 9 inches', 5.75, 'ft'],
    ['The wall is 12 ft 2 in high, inspectors said.', '12 ft 2 in', 12 + 2 / 12, 'ft'],
    ['The twins weighed 7lb 3oz and 6lb 8oz.', '7lb 3oz', 7 + 3 / 16, 'lb'],
    ['He measured 5 feet and 2 inches at enlistment.', '5 feet and 2 inches', 5 + 2 / 12, 'ft'],
    ['The jockey weighs 8 stone 4lb.', '8 stone 4lb', 8 + 4 / 14, 'st'],
  ])('%s', (sentence, surface, value, unit) => {
    const f = figureWithText(sentence, surface);
    expect(f?.kind).toBe('QUANTITY');
    expect(f?.unit).toBe(unit);
    expect(f?.value).toBeCloseTo(value, 9);
  });

  it('does not join a larger unit after a smaller one, nor two amounts of one unit', () => {
    expect(figuresIn('The crew dug 30 cm 2 m from the wall.').map((f) => f.unit)).toEqual(['cm', 'm']);
    expect(figuresIn('Runners covered 10 km 5 km of it uphill.').map((f) => f.text)).toEqual(['10 km', '5 km']);
    expect(figureWithText('She won the 10km and 800m races.', '10km')).toMatchObject({ value: 10, unit: 'km' });
  });
});

describe('more currency forms', () => {
  it.each([
    ['Tickets cost AUD$ 45 at the gate.', 'AUD$ 45', 45, 'AUD'],
    ['The grant was NZD$15,000.', 'NZD$15,000', 15000, 'NZD'],
    ['The seized wallet held 1,200 bitcoins.', '1,200 bitcoins', 1200, 'BTC'],
    ['Each block now pays 3.125 BTC to miners.', '3.125 BTC', 3.125, 'BTC'],
    ['The protocol caps supply at ₿21,000,000.', '₿21,000,000', 21e6, 'BTC'],
    ['The fee was 500 satoshis per transfer.', '500 satoshis', 0.000005, 'BTC'],
  ])('%s', (sentence, surface, value, unit) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind: 'MONEY', value, unit });
  });

  it('reads two amounts when a sign opens the second', () => {
    expect(figuresIn('Costs were $ 20,000.00 $ 37,305.97 in the ledger.').filter((f) => f.kind === 'MONEY').map((f) => f.value)).toEqual([20000, 37305.97]);
  });
});

describe('a value with its margin', () => {
  it.each([
    ['The lake warmed by 1.2 ± 0.3 °C over the decade.', '1.2 ± 0.3 °C', 'QUANTITY', 1.2, '°C', 0.9, 1.5],
    ['Support for the levy stands at 48% plus or minus 3.', '48% plus or minus 3', 'PERCENT', 48, '%', 45, 51],
    ['The sled braked at 4.5 +/- 0.5 m/s2 in the test.', '4.5 +/- 0.5 m/s2', 'QUANTITY', 4.5, 'm/s²', 4, 5],
  ])('%s', (sentence, surface, kind, value, unit, low, high) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind, value, unit, low, high });
  });

  it('reads "plus or minus" before a margin as no minus sign', () => {
    expect(figureWithText('The survey has a margin of error of plus or minus 3 percentage points.', '3 percentage points')).toMatchObject({ kind: 'PERCENT', value: 3, unit: 'pp' });
  });
});

describe('fractions of a scale word and codes against their number', () => {
  it.each([
    ['The charity raised half a million dollars in a week.', 'half a million dollars', 'MONEY', 5e5, 'USD'],
    ['The bridge repairs cost a quarter of a million pounds.', 'a quarter of a million pounds', 'MONEY', 2.5e5, 'GBP'],
    ['The port handles three quarters of a billion euros of cargo.', 'three quarters of a billion euros', 'MONEY', 7.5e8, 'EUR'],
    ['A quarter million people marched in the capital.', 'A quarter million people', 'COUNT', 2.5e5, 'person'],
    ['She bought half a dozen eggs.', 'half a dozen eggs', 'COUNT', 6, 'egg'],
    ['The lender booked USD115 million in fees.', 'USD115 million', 'MONEY', 1.15e8, 'USD'],
    ['Fees at the lender reached USD1.2 billion.', 'USD1.2 billion', 'MONEY', 1.2e9, 'USD'],
    ['The Espoo group expects sales of 120 MEUR next year.', '120 MEUR', 'MONEY', 1.2e8, 'EUR'],
    ['Impairments came to MSEK 48.5 in the quarter.', 'MSEK 48.5', 'MONEY', 4.85e7, 'SEK'],
    ['Licence income was 250 kEUR.', '250 kEUR', 'MONEY', 2.5e5, 'EUR'],
  ])('%s', (sentence, surface, kind, value, unit) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind, value, unit });
  });

  it('does not read an upper-case word that looks like M and a code as money', () => {
    expect(figuresIn('MARS 2020 ROVER TOUCHES DOWN').filter((f) => f.kind === 'MONEY')).toEqual([]);
  });

  it('keeps "a quarter" of a group and quarters of the year out', () => {
    expect(figuresIn('A quarter of voters backed the plan in the first quarter.').filter((f) => f.kind !== 'ORDINAL' && f.kind !== 'DATE')).toEqual([]);
  });
});

describe('a degree sign before the scale name', () => {
  it.each([
    ['Inland towns reached 41° Celsius on Sunday.', '41° Celsius', 41, '°C'],
    ['The reactor loop runs at 570° Fahrenheit.', '570° Fahrenheit', 570, '°F'],
  ])('%s', (sentence, surface, value, unit) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind: 'QUANTITY', value, unit });
  });
});

describe('"m" before the name of a race is metres', () => {
  it.each([
    ['She cleared the 400m hurdles in 53 seconds.', '400m', 400, 'm', 'QUANTITY'],
    ['He has won three 200m titles.', '200m', 200, 'm', 'QUANTITY'],
    ['Organisers expect 2m visitors this summer.', '2m visitors', 2e6, 'visitor', 'COUNT'],
  ])('%s', (sentence, surface, value, unit, kind) => {
    expect(figureWithText(sentence, surface)).toMatchObject({ kind, value, unit });
  });
});
