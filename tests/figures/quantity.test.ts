import { describe, expect, it } from 'vitest';
import { figureWithText, figuresIn } from './analyse.js';

describe('quantities with units', () => {
  it.each([
    ['The new line runs 2,400 km from the coast to the capital.', '2,400 km', 2400, 'km', 2400000, 'm'],
    ['Engineers laid a 1,200-kilometre pipeline across the steppe.', '1,200-kilometre', 1200, 'km', 1200000, 'm'],
    ['The storm dumped 120mm of rain on the valley.', '120mm', 120, 'mm', 0.12, 'm'],
    ['The reservoir covers 190 km2 of former farmland.', '190 km2', 190, 'km²', 190000000, 'm²'],
    ['The fire destroyed 50,000 hectares of forest.', '50,000 hectares', 50000, 'ha', 500000000, 'm²'],
    ['Wind gusts reached 140 kilometres per hour on the ridge.', '140 kilometres per hour', 140, 'km/h', 38.888888888889, 'm/s'],
    ['The harbour recorded -12°C on the coldest night.', '-12°C', -12, '°C', 261.15, 'K'],
    ['The dock thermometer showed 98.6 degrees Fahrenheit.', '98.6 degrees Fahrenheit', 98.6, '°F', 310.15, 'K'],
    ['The freighter carried 16,000 metric tons of grain.', '16,000 metric tons', 16000, 't', 16000000, 'kg'],
    ['Exports reached 1.5m tonnes of wheat this season.', '1.5m tonnes', 1.5e6, 't', 1.5e9, 'kg'],
    ['The rower is 1.8m tall and left-handed.', '1.8m', 1.8, 'm', 1.8, 'm'],
    ['The door is 2 1/2 in thick and made of oak.', '2 1/2 in', 2.5, 'in', 0.0635, 'm'],
    ['The field produces 500,000 barrels every day.', '500,000 barrels', 500000, 'bbl', 79493.647464, 'm³'],
    ['The new turbine delivers 7.3 MWh on a windy day.', '7.3 MWh', 7.3, 'MWh', 26280000000, 'J'],
    ['Temperatures in the square hit 40C by noon.', '40C', 40, '°C', 313.15, 'K'],
    ['She poured a gallon of water on the embers.', 'a gallon', 1, 'gal', 0.003785411784, 'm³'],
    ['Systolic pressure fell by 6.2 mmHg in the low-salt group.', '6.2 mmHg', 6.2, 'mmHg', 826.59888, 'Pa'],
  ])('%s', (sentence, surface, value, unit, si, siUnit) => {
    const f = figureWithText(sentence, surface);
    expect(f.kind).toBe('QUANTITY');
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.siUnit).toBe(siUnit);
    expect(f.si).toBeCloseTo(si, 6);
  });

  it('gives a bare degree no SI value: it may be an angle or a temperature', () => {
    expect(figureWithText('Set the oven dial to 85° before the bread goes in.', '85°')).toMatchObject({ kind: 'QUANTITY', unit: '°', si: null });
  });

  it('reads no unit from "in" when a noun phrase follows it', () => {
    const figures = figuresIn('There are two in my car and three in the van.');
    expect(figures.map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['two', 'COUNT', null],
      ['three', 'COUNT', null],
    ]);
  });

  it('reads "a bit" as no quantity', () => {
    expect(figuresIn('Prices rose a bit more than expected.')).toEqual([]);
  });
});
