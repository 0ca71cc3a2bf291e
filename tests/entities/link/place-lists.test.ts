import { describe as group, expect, it } from 'vitest';
import { describe, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface ListCase {
  text: string;
  spans: HandSpan[];
  places: string[];
  absent?: string[];
}

group('items of a list of places', () => {
  const cases: ListCase[] = [
    // A capitalised word no mention holds, between two places of a list.
    { text: 'The chain has shops in Leeds, Harrowgate, Ripon and York.', spans: [['Leeds', 'LOC'], ['Ripon', 'LOC'], ['York', 'LOC']], places: ['Harrowgate'] },
    { text: 'Flights go to Lima, Cuzco, and Quito.', spans: [['Lima', 'LOC'], ['Quito', 'LOC']], places: ['Cuzco'] },
    // An item drawn over "and" as one name after two places of the list: two places.
    { text: 'Clinics operate in Leeds, Ripon, Upper Dale and Moor End Counties today.', spans: [['Leeds', 'LOC'], ['Ripon', 'LOC'], ['Upper Dale and Moor End Counties', 'ORG']], places: ['Upper Dale', 'Moor End Counties'], absent: ['Upper Dale and Moor End Counties'] },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    for (const p of c.places) expect(mentionsOf(doc, p)[0]?.type, describe(doc).join('\n')).toBe('PLACE');
    for (const a of c.absent ?? []) expect(mentionsOf(doc, a), describe(doc).join('\n')).toEqual([]);
  });

  it('names after a place noun and "of" are places, and so are their other mentions', () => {
    const doc = linkText('Houses fell in the villages of Tarrow and Esk Vale. Tarrow had no power.', [['Tarrow and Esk Vale', 'ORG'], ['Tarrow', 'ORG']]);
    for (const p of ['Tarrow', 'Esk Vale']) expect(mentionsOf(doc, p).every((m) => m.type === 'PLACE'), describe(doc).join('\n')).toBe(true);
    expect(mentionsOf(doc, 'Tarrow').length).toBe(2);
    const person = linkText('The mayor of Tarrow spoke.', [['Tarrow', 'ORG']]);
    expect(mentionsOf(person, 'Tarrow')[0]?.type, describe(person).join('\n')).toBe('ORGANIZATION');
  });

  it('leaves a name after one place alone, and a word that ends no list', () => {
    const one = linkText('Sales in Leeds, Harper and Rowe said, rose.', [['Leeds', 'LOC'], ['Harper and Rowe', 'ORG']]);
    expect(mentionsOf(one, 'Harper and Rowe')[0]?.type, describe(one).join('\n')).toBe('ORGANIZATION');
    const notList = linkText('In Leeds, Harrowgate residents met in York.', [['Leeds', 'LOC'], ['York', 'LOC']]);
    expect(mentionsOf(notList, 'Harrowgate'), describe(notList).join('\n')).toEqual([]);
  });
});
