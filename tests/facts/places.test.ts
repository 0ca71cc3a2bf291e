import { describe as group, expect, it } from 'vitest';
import { country, described, factsOf, place } from './helpers.js';

group('located_in', () => {
  it.each([
    { text: 'Rebels attacked the village of Ruhengeri in northern Rwanda.', mentions: [place('Ruhengeri'), country('Rwanda')], fact: 'Ruhengeri located_in Rwanda' },
    { text: 'He flew to Cusco near Lake Titicaca.', mentions: [place('Cusco'), place('Lake Titicaca')], fact: 'Cusco located_in Lake Titicaca = near' },
    { text: 'The Arnaud Reef, a shoal in the Coral Sea, was mapped.', mentions: [place('Arnaud Reef'), place('Coral Sea')], fact: 'Arnaud Reef located_in Coral Sea' },
    { text: 'The Fonna glacier covers 200 square kilometres in the county of Vestland.', mentions: [place('Fonna'), place('Vestland')], fact: null },
    { text: 'Folgefonna covers 200 square kilometres in the county of Vestland.', mentions: [place('Folgefonna'), place('Vestland')], fact: 'Folgefonna located_in Vestland' },
    { text: 'Floods hit Arequipa, Peru, on Sunday.', mentions: [place('Arequipa'), country('Peru')], fact: 'Arequipa located_in Peru' },
  ])('$text', ({ text, mentions, fact }) => {
    const facts = described(factsOf(text, mentions)).filter((f) => f.includes('located_in'));
    if (fact) expect(facts).toContain(fact);
    else expect(facts).toEqual([]);
  });

  it('reads nothing from a dateline', () => {
    const doc = factsOf('AREQUIPA, Peru (Andes Press) – A strong earthquake struck the south on Sunday.', [place('AREQUIPA'), country('Peru')]);
    expect(doc.facts).toEqual([]);
  });
});

group('what is not a location', () => {
  it('reads no location from a list of names', () => {
    const doc = factsOf('The candidates are Albania, Bosnia, Croatia, Iceland and Serbia.', [country('Albania'), place('Bosnia'), country('Croatia'), country('Iceland'), country('Serbia')]);
    expect(doc.facts).toEqual([]);
  });
});
