import { describe as group, expect, it } from 'vitest';
import { describe, entityAt, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface Case {
  text: string;
  spans: HandSpan[];
  surface: string;
  type: string;
}

group("a country's name that is also a person's", () => {
  const cases: Case[] = [
    // The article points at the country by its capital or a demonym: the tagger's person is the country.
    { text: 'The government of Chad closed the border. Troops were sent from N\'Djamena.', spans: [['Chad', 'PER'], ["N'Djamena", 'LOC']], surface: 'Chad', type: 'COUNTRY' },
    { text: 'Jordan signed the accord, and Jordanian officials welcomed it.', spans: [['Jordan', 'PER'], ['Jordanian', 'MISC']], surface: 'Jordan', type: 'COUNTRY' },
    // Without such a pointer, or with a person named in full, it stays a person.
    { text: 'Jordan signed the contract on Monday.', spans: [['Jordan', 'PER']], surface: 'Jordan', type: 'PERSON' },
    { text: 'Neil Jordan filmed in Amman. Jordan said the light was perfect.', spans: [['Neil Jordan', 'PER'], ['Jordan', 'PER'], ['Amman', 'LOC']], surface: 'Jordan', type: 'PERSON' },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    const [m] = mentionsOf(doc, c.surface);
    expect(m?.type, describe(doc).join('\n')).toBe(c.type);
  });

  it('the country found so carries its kb id', () => {
    const doc = linkText('The government of Chad closed the border. Troops were sent from N\'Djamena.', [['Chad', 'PER'], ["N'Djamena", 'LOC']]);
    expect(entityAt(doc, 'Chad')?.kbId).toBe('Q657');
  });

  it('abbreviated Koreas of wire headlines are the two states', () => {
    const doc = linkText('N. Korea urges S. Korea to return soldier', [['N. Korea', 'PER'], ['S. Korea', 'LOC']]);
    expect(entityAt(doc, 'N. Korea')?.kbId).toBe('Q423');
    expect(entityAt(doc, 'S. Korea')?.kbId).toBe('Q884');
  });
});
