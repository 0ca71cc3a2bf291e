import { describe as group, expect, it } from 'vitest';
import { described, factsOf, person, place } from './helpers.js';

group('subjects carried by pronouns', () => {
  it('gives "he" and "she" the most recent main subject of that gender', () => {
    const doc = factsOf('Mayor Lina Sorensen arrived in Oslo on Monday. She met Karl Eide at the city hall. He later flew to Bergen.', [
      person('Lina Sorensen'),
      place('Oslo'),
      person('Karl Eide'),
      place('Bergen'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Lina Sorensen met Karl Eide');
    // "He" is not Lina Sorensen, whom "She" made female; Karl Eide was no subject, so no one fits.
    expect(facts.some((f) => f.includes('traveled_to Bergen'))).toBe(false);
  });

  it('skips the subject of a relative clause', () => {
    const doc = factsOf('Kofi Mensah met Ama Boateng, who travelled from Kumasi. He then flew to Accra.', [person('Kofi Mensah'), person('Ama Boateng'), place('Kumasi'), place('Accra')]);
    const facts = described(doc);
    expect(facts).toContain('Kofi Mensah traveled_to Accra');
    expect(facts).not.toContain('Ama Boateng traveled_to Accra');
  });

  it('carries a subject through a pronoun across sentences, with a lower confidence', () => {
    const doc = factsOf('Ana Lima landed in Quito. She met Luis Paz. Ana Lima met Rosa Soto.', [person('Ana Lima'), place('Quito'), person('Luis Paz'), person('Rosa Soto')]);
    const viaPronoun = doc.facts.find((f) => f.objectId === 'Luis Paz')!;
    const byName = doc.facts.find((f) => f.objectId === 'Rosa Soto')!;
    expect(viaPronoun.subjectId).toBe('Ana Lima');
    expect(viaPronoun.confidence).toBeLessThan(byName.confidence);
  });
});
