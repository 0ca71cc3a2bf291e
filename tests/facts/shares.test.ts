import { describe as group, expect, it } from 'vitest';
import { country, described, factsOf, org } from './helpers.js';

group('trade ranks and shares', () => {
  it('reads a ranked trade partner from a copula, an ordinal and a superlative', () => {
    const doc = factsOf("Brazil is Argentina's third largest trading partner. Germany remained the biggest trading partner of Poland.", [country('Brazil'), country('Argentina'), country('Germany'), country('Poland')], [
      { surface: 'third', kind: 'ORDINAL', value: 3 },
    ]);
    const facts = described(doc);
    expect(facts).toContain('Brazil trade_partner Argentina = 3');
    expect(facts).toContain('Germany trade_partner Poland = 1');
  });

  it('points "the country\'s" at the country last named with a possessive', () => {
    const doc = factsOf("Exports to Japan, Chile's largest export market, rose. China remained the country's biggest trading partner.", [country('Japan'), country('Chile'), country('China')]);
    const facts = described(doc);
    expect(facts).toContain('Japan trade_partner Chile = 1');
    expect(facts).toContain('China trade_partner Chile = 1');
  });

  it('gives no rank for "main", and none for "one of the largest"', () => {
    const doc = factsOf('Chile is one of the largest trading partners of Peru. Bolivia is the main trading partner of Peru.', [country('Chile'), country('Peru'), country('Bolivia')]);
    expect(described(doc)).toEqual(['Chile trade_partner Peru', 'Bolivia trade_partner Peru']);
  });

  it("reads shares of a whole and who owns the whole, across a clause", () => {
    const doc = factsOf(
      "Chile is Peru's main trading partner, but the volume represents only 2.5 per cent of the overall trade, with Brazil alone taking 60 per cent.",
      [country('Chile'), country('Peru'), country('Brazil')],
      [
        { surface: '2.5 per cent', kind: 'PERCENT', value: 2.5, unit: '%' },
        { surface: '60 per cent', kind: 'PERCENT', value: 60, unit: '%' },
      ],
    );
    const facts = described(doc);
    expect(facts).toContain('Chile share_of Peru = 2.5 %');
    expect(facts).toContain('Brazil share_of Peru = 60 %');
  });

  it('reads a holder in a relative clause, a restated share, and a share of a whole nobody owns', () => {
    const doc = factsOf(
      "Havenfonds, which holds 18.5 per cent of Port Dijk, agreed to sell. China remained the top supplier, with sales of $9 billion, or 24 per cent of Chile's imports. Lena Berg won with 51.6 per cent of the vote.",
      [org('Havenfonds'), org('Port Dijk'), country('China'), country('Chile'), { surface: 'Lena Berg', type: 'PERSON', entity: 'Lena Berg' }],
      [
        { surface: '18.5 per cent', kind: 'PERCENT', value: 18.5, unit: '%' },
        { surface: '$9 billion', kind: 'MONEY', value: 9e9, unit: 'USD' },
        { surface: '24 per cent', kind: 'PERCENT', value: 24, unit: '%' },
        { surface: '51.6 per cent', kind: 'PERCENT', value: 51.6, unit: '%' },
      ],
    );
    const facts = described(doc);
    expect(facts).toContain('Havenfonds share_of Port Dijk = 18.5 %');
    expect(facts).toContain('China share_of Chile = 24 %');
    expect(facts).toContain('Lena Berg share_of = 51.6 %');
  });

  it('reads no share from a percentage of change', () => {
    const doc = factsOf('Exports to Chile rose 4 per cent. Chile cut rates by 2 per cent.', [country('Chile')], [
      { surface: '4 per cent', kind: 'PERCENT', value: 4, unit: '%' },
      { surface: '2 per cent', kind: 'PERCENT', value: 2, unit: '%' },
    ]);
    expect(doc.facts).toEqual([]);
  });
});

group('what is not a share', () => {
  it("reads no share from a breakdown of the holder's own whole", () => {
    const doc = factsOf('Gator Ranch gets 40 per cent of its income from tours.', [{ surface: 'Gator Ranch', type: 'ORGANIZATION', entity: 'Gator Ranch' }], [{ surface: '40 per cent', kind: 'PERCENT', value: 40, unit: '%' }]);
    expect(doc.facts).toEqual([]);
  });
});
