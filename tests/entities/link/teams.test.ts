import { describe as group, expect, it } from 'vitest';
import type { Doc } from '../../../src/doc/types.js';
import { describe, entityAt, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface TeamCase {
  text: string;
  spans: HandSpan[];
  teams: string[];
  countries?: string[];
}

const CRICKET = 'The bowlers took nine wickets and the batsmen made their runs in the second innings.';
const FOOTBALL = 'The goalkeeper saved twice, the striker scored and the midfielder was booked before halftime.';
const ORGANIZATION = { nationalTeams: 'organization' };

const plays: TeamCase[] = [
  // Subject of a result, object after "beat", "against".
  { text: `Kenya beat Uganda by six wickets in Nairobi. ${CRICKET}`, spans: [['Kenya', 'LOC'], ['Uganda', 'LOC'], ['Nairobi', 'LOC']], teams: ['Kenya', 'Uganda'] },
  { text: `Chile played against Peru on Sunday. ${FOOTBALL}`, spans: [['Chile', 'LOC'], ['Peru', 'LOC']], teams: ['Chile', 'Peru'] },
  // A line of results: a score right after the name; a home nation plays like a country.
  { text: `Results of the qualifiers:\nWales 2 Estonia 1\n${FOOTBALL}`, spans: [['Wales', 'LOC'], ['Estonia', 'LOC']], teams: ['Wales', 'Estonia'] },
  // The team's captain; a team line; "v"; two countries joined by "and", one of them playing.
  { text: `Ghana's captain praised the fans. ${FOOTBALL}`, spans: [['Ghana', 'LOC']], teams: ['Ghana'] },
  { text: `Ghana's new-look side lost heart. ${FOOTBALL}`, spans: [['Ghana', 'LOC']], teams: ['Ghana'] },
  { text: `${CRICKET}\nTeams:\nFiji - Joseli Tora (captain), Waisea Nabou`, spans: [['Fiji', 'LOC'], ['Joseli Tora', 'PER'], ['Waisea Nabou', 'PER']], teams: ['Fiji'] },
  { text: `Norway v Iceland ended goalless. ${FOOTBALL}`, spans: [['Norway', 'LOC'], ['Iceland', 'LOC']], teams: ['Norway', 'Iceland'] },
  { text: `Armenia and Portugal drew 0-0 in Yerevan. ${FOOTBALL}`, spans: [['Armenia', 'LOC'], ['Portugal', 'LOC'], ['Yerevan', 'LOC']], teams: ['Armenia', 'Portugal'] },
  // A fixture list: the visiting side "at" the home side.
  { text: `Draw for the first round: Chile at Peru, Norway at Iceland. ${FOOTBALL}`, spans: [['Chile', 'LOC'], ['Peru', 'LOC'], ['Norway', 'LOC'], ['Iceland', 'LOC']], teams: ['Chile', 'Peru', 'Norway', 'Iceland'] },
  // Entries of a list run on in one line, as in a page flattened to text: after a colon, after a bracket.
  { text: `${FOOTBALL} Scorers: Malta - Andre Schembri (12th), Luke Gambin (80th) Cyprus - Pieros Sotiriou (55th).`, spans: [['Malta', 'LOC'], ['Andre Schembri', 'PER'], ['Luke Gambin', 'PER'], ['Cyprus', 'LOC'], ['Pieros Sotiriou', 'PER']], teams: ['Malta', 'Cyprus'] },
];

const stays: TeamCase[] = [
  // No sports copy: "beat" is no result.
  { text: 'Kenya beat its export target for tea this year, the ministry said.', spans: [['Kenya', 'LOC']], teams: [], countries: ['Kenya'] },
  // A dateline's date is no score.
  { text: `NAIROBI, Kenya 2021-08-31\n\nThe hosts won 3-0. ${FOOTBALL}`, spans: [['NAIROBI', 'LOC'], ['Kenya', 'LOC']], teams: [], countries: ['Kenya'] },
  // The country of a club or of a player.
  { text: `Sporting of Portugal beat Ajax 2-1. ${FOOTBALL}`, spans: [['Sporting', 'ORG'], ['Portugal', 'LOC'], ['Ajax', 'ORG']], teams: [], countries: ['Portugal'] },
  { text: `He won 18 of 19 games against Chile's Marcelo Rios. ${FOOTBALL}`, spans: [['Chile', 'LOC'], ['Marcelo Rios', 'PER']], teams: [], countries: ['Chile'] },
  // A country "at" a place is where it plays, not a fixture.
  { text: `Chile at Lima: the last test before the cup. ${FOOTBALL}`, spans: [['Chile', 'LOC'], ['Lima', 'LOC']], teams: [], countries: ['Chile'] },
  // A dash after a country inside a sentence is no entry of a list.
  { text: `${FOOTBALL} The fans who flew to Malta - some of them for the first time - cheered.`, spans: [['Malta', 'LOC']], teams: [], countries: ['Malta'] },
];

const show = (doc: Doc) => describe(doc).join('\n');

group('a country\'s name that plays in sports copy: a mention of its type, flagged, of the team (default)', () => {
  it.each(plays)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    for (const surface of c.teams) {
      const [m] = mentionsOf(doc, surface);
      // A home nation ("Wales") is a PLACE, a country a COUNTRY: the reading keeps the type.
      expect(['COUNTRY', 'PLACE'], show(doc)).toContain(m?.type);
      expect(m.metonymy, show(doc)).toBe(true);
      // The entity is the team: an organisation whose id is not known, never the country's id.
      const entity = doc.entities.find((e) => e.id === m.entityId);
      expect(entity?.type, show(doc)).toBe('ORGANIZATION');
      expect(entity?.kbId, show(doc)).toBeNull();
    }
  });

  it('links the team and the country named in one article to two entities', () => {
    const doc = linkText(`Kenya beat Uganda by six wickets. ${CRICKET} Kenya's government praised the side.`, [['Kenya', 'LOC'], ['Uganda', 'LOC']]);
    const [team, country] = mentionsOf(doc, 'Kenya');
    expect(team.type, show(doc)).toBe('COUNTRY');
    expect(team.metonymy).toBe(true);
    expect(country.metonymy, show(doc)).toBeUndefined();
    expect(doc.entities.find((e) => e.id === country.entityId)?.kbId).toBe('Q114');
    expect(team.entityId).not.toBe(country.entityId);
  });

  it.each(stays)('not a team: $text', (c) => {
    const doc = linkText(c.text, c.spans);
    for (const surface of c.countries ?? []) {
      const [m] = mentionsOf(doc, surface);
      expect(m?.type, show(doc)).toBe('COUNTRY');
      expect(m.metonymy, show(doc)).toBeUndefined();
    }
  });

  it('leaves a nationality pointing at the country, unflagged', () => {
    const doc = linkText(`The Kenyan striker scored twice. ${FOOTBALL}`, [['Kenyan', 'MISC']]);
    const [m] = mentionsOf(doc, 'Kenyan');
    expect(m?.type, show(doc)).toBe('NORP');
    expect(m.metonymy).toBeUndefined();
  });
});

group('a country\'s name that plays in sports copy: its team, an organisation (nationalTeams: organization)', () => {
  it.each(plays)('$text', (c) => {
    const doc = linkText(c.text, c.spans, ORGANIZATION);
    for (const surface of c.teams) expect(mentionsOf(doc, surface)[0]?.type, show(doc)).toBe('ORGANIZATION');
  });

  it.each(stays)('not a team: $text', (c) => {
    const doc = linkText(c.text, c.spans, ORGANIZATION);
    for (const surface of c.countries ?? []) expect(mentionsOf(doc, surface)[0]?.type, show(doc)).toBe('COUNTRY');
  });

  it('gives the team no kb_id and an entity apart from the country', () => {
    const doc = linkText(`Kenya beat Uganda by six wickets. ${CRICKET} Kenya's government praised the side.`, [['Kenya', 'LOC'], ['Uganda', 'LOC']], ORGANIZATION);
    const [team, country] = mentionsOf(doc, 'Kenya');
    expect(team.type).toBe('ORGANIZATION');
    expect(country.type, show(doc)).toBe('COUNTRY');
    expect(entityAt(doc, 'Uganda')?.kbId).toBeNull();
    expect(doc.entities.find((e) => e.id === country.entityId)?.kbId).toBe('Q114');
    expect(team.entityId).not.toBe(country.entityId);
  });
});

const BASEBALL = 'The baseball tournament went on: the pitcher struck out nine and the shortstop homered in the ninth.';

group('a place of the knowledge base that plays in sports copy is its club', () => {
  it('is an organisation mention with either reading (unlike a country\'s side), with no kb id', () => {
    const text = `Results on Friday:\nOhio 5 Nebraska 3\nColorado beat Utah 4-2.\n${BASEBALL}`;
    const spans: HandSpan[] = [['Ohio', 'LOC'], ['Nebraska', 'LOC'], ['Colorado', 'LOC'], ['Utah', 'LOC']];
    const doc = linkText(text, spans);
    for (const surface of ['Ohio', 'Nebraska', 'Colorado', 'Utah']) {
      expect(mentionsOf(doc, surface)[0]?.type, show(doc)).toBe('ORGANIZATION');
      expect(entityAt(doc, surface)?.kbId, show(doc)).toBeNull();
    }
    expect(mentionsOf(linkText(text, spans, ORGANIZATION), 'Ohio')[0]?.type).toBe('ORGANIZATION');
  });

  it('is the place, with its id, where it does not play or outside sports copy', () => {
    const doc = linkText(`The game was played in Nebraska on Friday. ${BASEBALL}`, [['Nebraska', 'LOC']]);
    expect(entityAt(doc, 'Nebraska')?.kbId, show(doc)).toBe('Q1553');
    const prose = linkText('Voters in Ohio backed the measure.', [['Ohio', 'ORG']]);
    expect(mentionsOf(prose, 'Ohio')[0]?.type, show(prose)).toBe('PLACE');
    expect(entityAt(prose, 'Ohio')?.kbId).toBe('Q1397');
  });

  it('an organisation span of a state in sports copy stays the club', () => {
    const doc = linkText(`${BASEBALL}\nStandings:\nOHIO 75 58 .564\nNEBRASKA 70 63 .526`, [['OHIO', 'ORG'], ['NEBRASKA', 'ORG']]);
    expect(mentionsOf(doc, 'OHIO')[0]?.type, show(doc)).toBe('ORGANIZATION');
  });
});

group('a country seen playing once in an article', () => {
  const table = (text: string, spans: HandSpan[]) => {
    const doc = linkText(text, spans);
    return mentionsOf(doc, 'Kenya').map((m) => ({ team: m.metonymy === true, kbId: doc.entities.find((e) => e.id === m.entityId)?.kbId ?? null }));
  };

  it.each([
    `Kenya beat Uganda by six wickets. ${CRICKET} Kenya took the field without its captain.`,
    `Kenya beat Uganda by six wickets. ${CRICKET} Kenya's best spell came late in the day.`,
  ])('is its team where it is named again without a cue of play: %s', (text) => {
    const got = table(text, [['Kenya', 'LOC'], ['Uganda', 'LOC']]);
    expect(got).toEqual([{ team: true, kbId: null }, { team: true, kbId: null }]);
  });

  it.each([
    ['a place of the sentence', `Kenya beat Uganda by six wickets. ${CRICKET} The tour of Kenya ends in May.`],
    ['the country of a player, in brackets', `Kenya beat Uganda by six wickets. ${CRICKET} Best bowler: Peter Ongondo (Kenya).`],
    ['the country of a player, before his name', `Kenya beat Uganda by six wickets. ${CRICKET} The spell of Kenya's Peter Ongondo won it.`],
    ['the country of a dateline', `NAIROBI, Kenya 2021-08-31\n\nKenya beat Uganda by six wickets. ${CRICKET}`],
  ])('stays the country as %s', (_, text) => {
    const got = table(text, [['Kenya', 'LOC'], ['Uganda', 'LOC'], ['Peter Ongondo', 'PER'], ['NAIROBI', 'LOC']]);
    expect(got.map((g) => g.team).sort()).toEqual([false, true]);
    expect(got.find((g) => !g.team)?.kbId).toBe('Q114');
  });
});

group('demonyms for the side of a country seen playing', () => {
  it('read "the Kenyans" as the team\'s entity, not a lone player nor "Kenyan fans"', () => {
    const doc = linkText(`Kenya beat Uganda by six wickets. ${CRICKET} The Kenyans celebrated late. The Kenyan's century won it. Kenyan fans sang.`, [['Kenya', 'LOC'], ['Uganda', 'LOC'], ['Kenyans', 'MISC'], ['Kenyan', 'MISC']]);
    const [team] = mentionsOf(doc, 'Kenya');
    const [side] = mentionsOf(doc, 'Kenyans');
    expect(side?.type, show(doc)).toBe('NORP');
    expect(side.entityId).toBe(team.entityId);
    for (const m of mentionsOf(doc, 'Kenyan')) expect(doc.entities.find((e) => e.id === m.entityId)?.kbId, show(doc)).toBe('Q114');
  });
});

group('a plural demonym that wins or loses in sports copy', () => {
  it('is the side of its country when the country is seen playing', () => {
    const doc = linkText(`CHILEANS BEAT PERU. Chile beat Peru 2-0 on Sunday. ${FOOTBALL}`, [['CHILEANS', 'MISC'], ['PERU', 'LOC'], ['Chile', 'LOC'], ['Peru', 'LOC']]);
    const [side] = mentionsOf(doc, 'CHILEANS');
    expect(side?.entityId, show(doc)).toBe(mentionsOf(doc, 'Chile')[0].entityId);
  });

  it('is a side with no id, never the country, when the country is not seen playing ("Indians" of a club)', () => {
    const doc = linkText(`ROCKETS BEAT KENYANS. ${BASEBALL} The Kenyans had won four straight before the loss.`, [['KENYANS', 'MISC'], ['Kenyans', 'MISC']]);
    for (const m of [...mentionsOf(doc, 'KENYANS'), ...mentionsOf(doc, 'Kenyans')]) {
      const entity = doc.entities.find((e) => e.id === m.entityId);
      expect(entity?.type, show(doc)).toBe('ORGANIZATION');
      expect(entity?.kbId, show(doc)).toBeNull();
    }
  });

  it('stays the people, pointing at the country, outside a result or before a noun', () => {
    const doc = linkText(`Kenyans lined the streets. Kenyan fans won praise. ${BASEBALL}`, [['Kenyans', 'MISC'], ['Kenyan', 'MISC']]);
    for (const surface of ['Kenyans', 'Kenyan']) expect(entityAt(doc, surface)?.kbId, show(doc)).toBe('Q114');
  });
});

group('a home nation in sports copy', () => {
  it('is its team wherever it is not a place of the sentence', () => {
    const doc = linkText(`England's batting collapsed on the second day. ${CRICKET} The series in England ends in June.`, [['England', 'LOC']]);
    const [team, place] = mentionsOf(doc, 'England');
    expect(team?.metonymy, show(doc)).toBe(true);
    expect(doc.entities.find((e) => e.id === team.entityId)?.kbId).toBeNull();
    expect(place?.metonymy, show(doc)).toBeUndefined();
    expect(doc.entities.find((e) => e.id === place.entityId)?.kbId).toBe('Q21');
  });
});
