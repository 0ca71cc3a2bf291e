import { describe as group, expect, it } from 'vitest';
import { described, factsOf, person, place } from './helpers.js';

group('quotations: said', () => {
  it('takes the quotation an attribution follows, also when the speaker comes after the verb', () => {
    const doc = factsOf('"We will not leave," Amina Yusuf told reporters in Kano. "The road is closed," said Omar Diallo, the district mayor.', [
      person('Amina Yusuf'),
      place('Kano'),
      person('Omar Diallo'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Amina Yusuf said = We will not leave #Kano');
    expect(facts).toContain('Omar Diallo said = The road is closed');
  });

  it('takes a quotation that runs over several sentences whole', () => {
    const doc = factsOf('"The road is closed. Nobody can pass before Friday," Omar Diallo said.', [person('Omar Diallo')]);
    expect(described(doc)).toEqual(['Omar Diallo said = The road is closed. Nobody can pass before Friday']);
    // The evidence is the sentence with the attribution.
    expect(doc.text.slice(doc.facts[0].start, doc.facts[0].end)).toBe('Nobody can pass before Friday," Omar Diallo said.');
  });

  it('takes each quotation inside reported speech, for each speech verb', () => {
    const doc = factsOf('Yusuf said the plan was "a trap for farmers", but added that the council would "fight every eviction".', [person('Yusuf')]);
    expect(described(doc)).toEqual(['Yusuf said = a trap for farmers', 'Yusuf said = fight every eviction']);
  });

  it('quotes a pronoun speaker as the person it points at', () => {
    const doc = factsOf('Ana Lima arrived on Monday. She told Radio Sur she hoped "to bring good news to Quito".', [person('Ana Lima'), place('Quito')]);
    expect(described(doc)).toContain('Ana Lima said = to bring good news to Quito');
  });

  it('reads "called ... \\"...\\"" as a quotation', () => {
    const doc = factsOf('Mark Thornton called the results "encouraging but local".', [person('Mark Thornton')]);
    expect(described(doc)).toEqual(['Mark Thornton said = encouraging but local']);
  });

  it('gives no said fact for reported speech without quotation marks, nor for a hearer', () => {
    const doc = factsOf('Yusuf said the plan would fail. "It will fail," Yusuf told Radio Sur.', [person('Yusuf'), { surface: 'Radio Sur', type: 'ORGANIZATION', entity: 'Radio Sur' }]);
    expect(described(doc)).toEqual(['Yusuf said = It will fail']);
  });
});

group('what is not a quotation', () => {
  it('takes no scare quotes inside reported speech', () => {
    const doc = factsOf('Peggy Osborne added that the "bump" was normal.', [person('Peggy Osborne')]);
    expect(doc.facts).toEqual([]);
  });
});
