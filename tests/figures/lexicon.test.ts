import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureLexicon } from '../../src/figures/lexicon.js';

const units = JSON.parse(readFileSync(new URL('../../data/units.json', import.meta.url), 'utf8'));
const currencies = JSON.parse(readFileSync(new URL('../../data/currencies.json', import.meta.url), 'utf8'));

describe('unit and currency data', () => {
  it('say where their facts come from', () => {
    expect(units.source).toMatch(/SI Brochure/);
    expect(currencies.source).toMatch(/ISO 4217/);
  });

  it('give an example for every unit and a reason for every currency entry', () => {
    for (const u of units.units) expect(u.example, u.unit).toBeTruthy();
    for (const list of [currencies.signs, currencies.names, currencies.minorUnits, currencies.withdrawn]) {
      for (const c of list) expect(c.reason, JSON.stringify(c)).toBeTruthy();
    }
  });

  it('reports each unit symbol once', () => {
    const seen = units.units.map((u: { unit: string }) => u.unit);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('derives areas and volumes from lengths', () => {
    const lex = figureLexicon();
    expect(lex.units.get('km²')).toMatchObject({ si: 1e6, siUnit: 'm²', kind: 'area' });
    expect(lex.units.get('ft³')?.si).toBeCloseTo(0.028316846592, 12);
  });

  it('reads ISO codes of current currencies from world-countries, but not the codes that are English words', () => {
    const lex = figureLexicon();
    expect(lex.moneyPrefix.match('NOK 500', 0)?.values[0]).toEqual({ code: 'NOK', factor: 1 });
    expect(lex.moneyPrefix.match('ALL 5', 0)).toBeNull();
  });
});
