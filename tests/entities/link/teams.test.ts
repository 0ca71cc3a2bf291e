import { describe as group, expect, it } from 'vitest';
import { describe, entityAt, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface TeamCase {
  text: string;
  spans: HandSpan[];
  expected: [surface: string, type: string, occurrence?: number][];
}

const CRICKET = 'The bowlers took nine wickets and the batsmen made their runs in the second innings.';
const FOOTBALL = 'The goalkeeper saved twice, the striker scored and the midfielder was booked before halftime.';

group('a country\'s name that plays in sports copy is its national team', () => {
  const cases: TeamCase[] = [
    // Subject of a result, object after "beat", "against", "v".
    { text: `Kenya beat Uganda by six wickets in Nairobi. ${CRICKET}`, spans: [['Kenya', 'LOC'], ['Uganda', 'LOC'], ['Nairobi', 'LOC']], expected: [['Kenya', 'ORGANIZATION'], ['Uganda', 'ORGANIZATION'], ['Nairobi', 'PLACE']] },
    { text: `Chile played against Peru on Sunday. ${FOOTBALL}`, spans: [['Chile', 'LOC'], ['Peru', 'LOC']], expected: [['Chile', 'ORGANIZATION'], ['Peru', 'ORGANIZATION']] },
    // A line of results: a score right after the name; a home nation plays like a country.
    { text: `Results of the qualifiers:\nWales 2 Estonia 1\n${FOOTBALL}`, spans: [['Wales', 'LOC'], ['Estonia', 'LOC']], expected: [['Wales', 'ORGANIZATION'], ['Estonia', 'ORGANIZATION']] },
    // The team's captain: possessive and a player's role.
    { text: `Ghana's captain praised the fans. ${FOOTBALL}`, spans: [['Ghana', 'LOC']], expected: [['Ghana', 'ORGANIZATION']] },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    for (const [surface, type] of c.expected) {
      const [m] = mentionsOf(doc, surface);
      expect(m, describe(doc).join('\n')).toBeDefined();
      expect(m.type, describe(doc).join('\n')).toBe(type);
    }
  });

  it('gives the team no kb_id and an entity apart from the country', () => {
    const doc = linkText(`Kenya beat Uganda by six wickets. ${CRICKET} Kenya's government praised the side.`, [['Kenya', 'LOC'], ['Uganda', 'LOC']]);
    const [team, country] = mentionsOf(doc, 'Kenya');
    expect(team.type).toBe('ORGANIZATION');
    expect(country.type, describe(doc).join('\n')).toBe('COUNTRY');
    expect(entityAt(doc, 'Uganda')?.kbId).toBeNull();
    expect(doc.entities.find((e) => e.id === country.entityId)?.kbId).toBe('Q114');
    expect(team.entityId).not.toBe(country.entityId);
  });
});

group('a country\'s name stays the country', () => {
  const cases: TeamCase[] = [
    // No sports copy: "beat" is no result.
    { text: 'Kenya beat its export target for tea this year, the ministry said.', spans: [['Kenya', 'LOC']], expected: [['Kenya', 'COUNTRY']] },
    // A dateline's date is no score.
    { text: `NAIROBI, Kenya 2021-08-31\n\nThe hosts won 3-0. ${FOOTBALL}`, spans: [['NAIROBI', 'LOC'], ['Kenya', 'LOC']], expected: [['Kenya', 'COUNTRY']] },
    // The country of a club or of a player.
    { text: `Sporting of Portugal beat Ajax 2-1. ${FOOTBALL}`, spans: [['Sporting', 'ORG'], ['Portugal', 'LOC'], ['Ajax', 'ORG']], expected: [['Portugal', 'COUNTRY']] },
    { text: `He won 18 of 19 games against Chile's Marcelo Rios. ${FOOTBALL}`, spans: [['Chile', 'LOC'], ['Marcelo Rios', 'PER']], expected: [['Chile', 'COUNTRY']] },
    // The nationality of a player points at the country.
    { text: `The Kenyan striker scored twice. ${FOOTBALL}`, spans: [['Kenyan', 'MISC']], expected: [['Kenyan', 'NORP']] },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    for (const [surface, type] of c.expected) {
      const [m] = mentionsOf(doc, surface);
      expect(m, describe(doc).join('\n')).toBeDefined();
      expect(m.type, describe(doc).join('\n')).toBe(type);
    }
  });
});
