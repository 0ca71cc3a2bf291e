import { describe as group, expect, it } from 'vitest';
import { entityId } from '../../../src/entities/link/ids.js';
import { STAGES } from '../../../src/pipeline/registry.js';
import { describe, entityAt, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface RoleCase {
  text: string;
  spans: HandSpan[];
  name: string;
  role: string;
  country?: [surface: string, kbId: string];
}

group('titles and roles stay out of the name', () => {
  const cases: RoleCase[] = [
    { text: 'Chancellor Olaf Brandt met reporters on Friday.', spans: [['Olaf Brandt', 'PER']], name: 'Olaf Brandt', role: 'Chancellor' },
    { text: "Brazil's Finance Minister, Ana Souza, resigned.", spans: [['Brazil', 'LOC'], ['Ana Souza', 'PER']], name: 'Ana Souza', role: 'Finance Minister', country: ['Brazil', 'Q155'] },
    { text: 'Radio presenter Lena Fischer asked the first question.', spans: [['Lena Fischer', 'PER']], name: 'Lena Fischer', role: 'Radio presenter' },
    { text: 'The talks were led by General Ivan Petrov and his staff.', spans: [['General Ivan Petrov', 'PER']], name: 'Ivan Petrov', role: 'General' },
    { text: 'US Secretary of State Mark Hill landed in Cairo.', spans: [['Mark Hill', 'PER'], ['Cairo', 'LOC']], name: 'Mark Hill', role: 'Secretary of State', country: ['US', 'Q30'] },
    { text: 'She called on then Prime Minister Tomas Varga to resign.', spans: [['Tomas Varga', 'PER']], name: 'Tomas Varga', role: 'Prime Minister' },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    const [m] = mentionsOf(doc, c.name);
    expect(m, describe(doc).join('\n')).toBeDefined();
    expect(m.type).toBe('PERSON');
    expect(m.role).toBe(c.role);
    expect(entityAt(doc, c.name)?.name).toBe(c.name);
    if (c.country) {
      const [cm] = mentionsOf(doc, c.country[0]);
      expect(cm?.type).toBe('COUNTRY');
      expect(entityAt(doc, c.country[0])?.kbId).toBe(c.country[1]);
    }
  });

  it('a person span started one word late takes the word back, but not a day or a month of a date', () => {
    const doc = linkText('Her host Do Van Minh smiled. Last Friday Okafor won, and in June Okafor lost.', [['Van Minh', 'PER'], ['Okafor', 'PER']]);
    expect(mentionsOf(doc, 'Do Van Minh')[0]?.type, describe(doc).join('\n')).toBe('PERSON');
    expect(mentionsOf(doc, 'Friday Okafor'), describe(doc).join('\n')).toEqual([]);
    expect(mentionsOf(doc, 'June Okafor'), describe(doc).join('\n')).toEqual([]);
    expect(mentionsOf(doc, 'Okafor').length).toBe(2);
  });

  it.each([
    { text: 'The pardon came from King Sarovan Dith on Friday.', spans: [['King Sarovan Dith', 'ORG']] as HandSpan[], person: 'Sarovan Dith', role: 'King' },
    { text: 'Aid was promised by Queen Alisa last week.', spans: [['Queen Alisa', 'LOC']] as HandSpan[], person: 'Alisa', role: 'Queen' },
  ])('a personal title and a name drawn as another kind of name is a person: $text', (c) => {
    const doc = linkText(c.text, c.spans);
    const [m] = mentionsOf(doc, c.person);
    expect(m?.type, describe(doc).join('\n')).toBe('PERSON');
    expect(m.role).toBe(c.role);
  });

  it.each([
    { text: 'He studied at King Harald University.', span: 'King Harald University', type: 'ORGANIZATION' },
    { text: 'Ferries reach Prince Olaf Island daily.', span: 'Prince Olaf Island', type: 'PLACE' },
  ])('not with the head of a body or a place: $text', (c) => {
    const doc = linkText(c.text, [[c.span, 'ORG']]);
    expect(mentionsOf(doc, c.span)[0]?.type, describe(doc).join('\n')).toBe(c.type);
  });

  it.each([
    { text: 'Crowds lined the road to greet the Duchess of Wessex on Tuesday.', span: 'Duchess of Wessex', label: 'ORG' },
    { text: 'The sermon was given by the Archbishop of York at noon.', span: 'Archbishop of York', label: 'LOC' },
    { text: 'The Earl of Lanark opened the bridge.', span: 'Earl of Lanark', label: 'MISC' },
  ] as const)('a rank, "of" and a place is the style of a person: $text', (c) => {
    const doc = linkText(c.text, [[c.span, c.label]]);
    expect(mentionsOf(doc, c.span)[0]?.type, describe(doc).join('\n')).toBe('PERSON');
  });

  it('a style is one name: its place said alone later is not the person', () => {
    const doc = linkText('The Duke of Avonmore visited. Later the Duke of Avonmore left Avonmore by train.', [['Duke of Avonmore', 'ORG'], ['Duke of Avonmore', 'ORG'], ['Avonmore', 'LOC']]);
    const styles = mentionsOf(doc, 'Duke of Avonmore');
    expect(styles.map((m) => m.type), describe(doc).join('\n')).toEqual(['PERSON', 'PERSON']);
    expect(styles[0].entityId).toBe(styles[1].entityId);
    expect(mentionsOf(doc, 'Avonmore')[0]?.type).toBe('PLACE');
  });

  it.each([
    { text: 'Patients of the Princess of Tarn Hospital were moved.', span: 'Princess of Tarn Hospital', type: 'ORGANIZATION' },
    { text: 'Queen of the South won 2-1 at home.', span: 'Queen of the South', type: 'ORGANIZATION' },
  ])('no style with the head of a body or "of the": $text', (c) => {
    const doc = linkText(c.text, [[c.span, 'ORG']]);
    expect(mentionsOf(doc, c.span)[0]?.type, describe(doc).join('\n')).toBe(c.type);
  });

  it('a person span that is only a title word stays a name ("Prince" the singer)', () => {
    const doc = linkText('Prince played for three hours.', [['Prince', 'PER']]);
    expect(mentionsOf(doc, 'Prince')[0]?.type).toBe('PERSON');
  });

  it.each([
    { text: "Crowds waited, but the Countess's car was late.", span: 'Countess', label: 'ORG' },
    { text: 'Nobody looked as calm as the Senator did.', span: 'Senator', label: 'PER' },
    { text: 'The Archbishop said the Bishop would attend.', span: 'Bishop', label: 'LOC' },
  ] as const)('a title alone after "the" is no name: $text', (c) => {
    const doc = linkText(c.text, [[c.span, c.label]]);
    expect(mentionsOf(doc, c.span), describe(doc).join('\n')).toEqual([]);
  });

  it.each([
    { text: 'Legendary DJ Ada Voss retired.', spans: [['Legendary', 'ORG'], ['Ada Voss', 'PER']] as HandSpan[], gone: 'Legendary', kept: 'Ada Voss' },
    { text: 'Brilliant Tomas Hale won again.', spans: [['Brilliant', 'PER'], ['Tomas Hale', 'PER']] as HandSpan[], gone: 'Brilliant', kept: 'Tomas Hale' },
  ])('an adjective that opens a sentence before a capital is no name: $text', (c) => {
    const doc = linkText(c.text, c.spans);
    expect(mentionsOf(doc, c.gone), describe(doc).join('\n')).toEqual([]);
    expect(mentionsOf(doc, c.kept)[0]?.type).toBe('PERSON');
  });

  it.each([
    { text: 'Young scored twice for the visitors.', span: 'Young' },
    { text: 'LEGENDARY DJ DIES AT 82', span: 'LEGENDARY' },
    { text: 'He met Legendary Pictures executives.', span: 'Legendary' },
  ])('a surname, a headline word or a word inside a sentence stays: $text', (c) => {
    const doc = linkText(c.text, [[c.span, 'ORG']]);
    expect(mentionsOf(doc, c.span).length, describe(doc).join('\n')).toBe(1);
  });

  it('a title in capitals after "the" is left to the tagger', () => {
    const doc = linkText('Letters to the EDITOR arrived.', [['EDITOR', 'ORG']]);
    expect(mentionsOf(doc, 'EDITOR')[0]?.type).toBe('ORGANIZATION');
  });
});

group('the agency of a dateline', () => {
  it.each([
    { spans: [] as HandSpan[] },
    { spans: [['Coastline', 'MISC']] as HandSpan[] },
    { spans: [['Coastline Wire', 'PER']] as HandSpan[] },
  ])('is an organisation whatever the tagger made of it: %j', (c) => {
    const doc = linkText('OSLO, June 5 (Coastline Wire) – Ferries stopped on Monday after a storm.', c.spans);
    expect(mentionsOf(doc, 'Coastline Wire')[0]?.type, describe(doc).join('\n')).toBe('ORGANIZATION');
    expect(mentionsOf(doc, 'Coastline')).toEqual([]);
  });
});

group('demonyms point at their country', () => {
  it('singular, plural and the country name share one entity', () => {
    const doc = linkText('Ukrainian farmers say Ukrainians abroad send money home to Ukraine.', [['Ukrainian', 'MISC'], ['Ukraine', 'LOC']]);
    const ids = ['Ukrainian', 'Ukrainians', 'Ukraine'].map((s) => entityAt(doc, s)?.id);
    expect(ids).toEqual(['wd:Q212', 'wd:Q212', 'wd:Q212']);
    expect(mentionsOf(doc, 'Ukrainians')[0].source).toBe('demonym');
    expect(mentionsOf(doc, 'Ukrainian')[0].type).toBe('NORP');
    expect(entityAt(doc, 'Ukrainian')?.type).toBe('COUNTRY');
  });

  it('the adjective of a country that the packages lack points at it too ("his Philippine counterpart")', () => {
    const doc = linkText('The minister met his Philippine counterpart in Manila.', [['Philippine', 'MISC'], ['Manila', 'LOC']]);
    expect(mentionsOf(doc, 'Philippine')[0]?.type, describe(doc).join('\n')).toBe('NORP');
    expect(entityAt(doc, 'Philippine')?.kbId).toBe('Q928');
  });

  it('an ambiguous demonym goes to the one country the article names', () => {
    const doc = linkText('Korean exporters expect South Korea to cut rates.', [['Korean', 'MISC'], ['South Korea', 'LOC']]);
    expect(entityAt(doc, 'Korean')?.kbId).toBe('Q884');
  });

  it('an ambiguous demonym with nothing to settle it is dropped', () => {
    const doc = linkText('Congolese traders crossed the river at dawn.', [['Congolese', 'MISC']]);
    expect(mentionsOf(doc, 'Congolese')).toEqual([]);
  });

  it.each([
    ['Maya and Dane\'s wedding was in June.', 'Dane', 'PERSON'],
    ['The award went to Finn for his second album.', 'Finn', 'PERSON'],
    ['The Dane won the stage ahead of a Swede.', 'Dane', 'NORP'],
    ['Finn Kasper Lund took the lead.', 'Finn', 'NORP'],
  ])('a person span that is a singular noun demonym is a name only with no article before it and no name after it: %s', (text, surface, type) => {
    const doc = linkText(text, [[surface, 'PER'], ['Maya', 'PER'], ['Swede', 'MISC'], ['Kasper Lund', 'PER']]);
    expect(mentionsOf(doc, surface)[0]?.type, describe(doc).join('\n')).toBe(type);
  });

  it('a country the gazetteer finds at the end of a sentence leaves the full stop out', () => {
    const doc = linkText('The talks were held in Kiribati. Delegates flew home.', []);
    expect(describe(doc)).toEqual(['Kiribati|COUNTRY|wd:Q710']);
  });

  it('two spans that make a country\'s name exactly are the country ("SOUTH" + "AFRICA" in a headline)', () => {
    const doc = linkText('RUGBY - SOUTH AFRICA BEAT FIJI 32-22', [['SOUTH', 'LOC'], ['AFRICA', 'LOC'], ['FIJI', 'LOC']]);
    expect(mentionsOf(doc, 'SOUTH AFRICA')[0]?.type, describe(doc).join('\n')).toBe('COUNTRY');
    expect(mentionsOf(doc, 'AFRICA')).toEqual([]);
  });

  it('a span the tagger cut inside a country\'s name takes in the rest ("El" of "El Salvador")', () => {
    const doc = linkText('Mexico beat El Salvador 3-1 in a friendly.', [['Mexico', 'LOC'], ['El', 'ORG']]);
    expect(mentionsOf(doc, 'El Salvador')[0]?.type, describe(doc).join('\n')).toBe('COUNTRY');
    expect(mentionsOf(doc, 'El')).toEqual([]);
  });

  it('a joined pair of demonyms gives two countries', () => {
    const doc = linkText('The Russian-Chinese exercise began on Monday.', [['Russian-Chinese', 'MISC']]);
    expect([entityAt(doc, 'Russian')?.kbId, entityAt(doc, 'Chinese')?.kbId]).toEqual(['Q159', 'Q148']);
  });
});

group('a capital acting for its state is the country, flagged as metonymy', () => {
  const cases: { text: string; spans: HandSpan[]; surface: string; country: string | null }[] = [
    { text: 'Beijing has repeatedly warned against the visit.', spans: [['Beijing', 'LOC']], surface: 'Beijing', country: 'Q148' },
    { text: 'After the vote, Tokyo rejected the proposal outright.', spans: [], surface: 'Tokyo', country: 'Q17' },
    { text: 'Officials said Moscow would not accept the terms, and Moscow believes time is on its side.', spans: [['Moscow', 'LOC']], surface: 'Moscow', country: null },
    { text: 'The talks were held in Beijing on Monday.', spans: [['Beijing', 'LOC']], surface: 'Beijing', country: null },
    // A relative clause says what the capital does, or only where it lies.
    { text: 'Hanoi, which has long wanted a seat at the talks, sent a delegation.', spans: [['Hanoi', 'LOC']], surface: 'Hanoi', country: 'Q881' },
    { text: 'Hanoi, which lies on the Red River, was flooded.', spans: [['Hanoi', 'LOC']], surface: 'Hanoi', country: null },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    const ms = mentionsOf(doc, c.surface);
    expect(ms.length, describe(doc).join('\n')).toBeGreaterThan(0);
    if (c.country) {
      expect(ms[0].type).toBe('COUNTRY');
      expect(ms[0].metonymy).toBe(true);
      expect(entityAt(doc, c.surface)?.kbId).toBe(c.country);
    } else {
      expect(ms[0].type).toBe('PLACE');
      expect(ms[0].metonymy).toBeUndefined();
    }
  });

  it('only the acting one of two mentions of a capital is metonymy', () => {
    const doc = linkText('Officials said Moscow would not accept the terms, and Moscow believes time is on its side.', [['Moscow', 'LOC']]);
    expect(mentionsOf(doc, 'Moscow').map((m) => m.type)).toEqual(['PLACE', 'COUNTRY']);
  });
});

group('a bare surname goes to the person the text points at', () => {
  const father = 'Kim Jong-Il';
  const son = 'Kim Jong-Un';
  const spans: HandSpan[] = [[father, 'PER'], [son, 'PER'], ['Kim', 'PER']];
  it('the two Kims stay two people', () => {
    const doc = linkText(`${father} ruled for seventeen years. ${son} succeeded him in 2011.`, spans);
    expect(entityAt(doc, father)?.id).not.toBe(entityAt(doc, son)?.id);
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toHaveLength(2);
  });
  it('"Kim" after the much-named son goes to the son, though the father was named last', () => {
    const doc = linkText(
      `${son} arrived by train. ${son} met officials. ${son} toured a factory. ${son} gave a speech. Like ${father}, his father, Kim avoids planes.`,
      spans,
    );
    const kim = mentionsOf(doc, 'Kim').at(-1);
    expect(kim?.entityId).toBe(entityAt(doc, son)?.id);
  });
  it('"Kim" right after the father is named twice goes to the father', () => {
    const doc = linkText(`${son} spoke briefly. Years earlier ${father} had opened the line, and ${father} rode it often; Kim loved trains.`, spans);
    const kim = mentionsOf(doc, 'Kim').at(-1);
    expect(kim?.entityId).toBe(entityAt(doc, father)?.id);
  });
  it('"Kim" before any full name joins the person named later', () => {
    const doc = linkText(`Kim chose the train. ${son} arrived on Tuesday.`, spans);
    expect(mentionsOf(doc, 'Kim')[0].entityId).toBe(entityAt(doc, son)?.id);
  });
});

group('acronyms and surnames with particles', () => {
  it('an acronym joins the one organisation of the article whose initials it spells, dots aside', () => {
    const doc = linkText('The Nordic Fisheries Council met on Monday. The N.F.C. said quotas would fall, and NFC staff agreed.', [['Nordic Fisheries Council', 'ORG'], ['N.F.C.', 'ORG'], ['NFC', 'ORG']]);
    const ids = ['Nordic Fisheries Council', 'N.F.C.', 'NFC'].map((t) => entityAt(doc, t)?.id);
    expect(new Set(ids).size, describe(doc).join('\n')).toBe(1);
  });

  it('not when two organisations of the article share the initials', () => {
    const doc = linkText('The Nordic Fisheries Council and the National Farmers Congress met. The NFC said no.', [['Nordic Fisheries Council', 'ORG'], ['National Farmers Congress', 'ORG'], ['NFC', 'ORG']]);
    expect(entityAt(doc, 'NFC')?.id).not.toBe(entityAt(doc, 'Nordic Fisheries Council')?.id);
    expect(entityAt(doc, 'NFC')?.id).not.toBe(entityAt(doc, 'National Farmers Congress')?.id);
  });

  it('a surname said with its particles is the person named in full, before or after', () => {
    const after = linkText('Pieter de Graaf spoke first. De Graaf said the deal was done.', [['Pieter de Graaf', 'PER'], ['De Graaf', 'PER']]);
    expect(entityAt(after, 'De Graaf')?.id, describe(after).join('\n')).toBe(entityAt(after, 'Pieter de Graaf')?.id);
    const before = linkText('Van der Berg spoke first. Later Anna van der Berg left.', [['Van der Berg', 'PER'], ['Anna van der Berg', 'PER']]);
    expect(entityAt(before, 'Van der Berg')?.id, describe(before).join('\n')).toBe(entityAt(before, 'Anna van der Berg')?.id);
  });
});

group('descriptions, joined names, one sense per article', () => {
  it('"the Cuban leader" links to the person introduced as "Cuban leader X"', () => {
    const doc = linkText('Cuban leader Rosa Diaz flew to Mexico. The Cuban leader met bankers there.', [['Cuban', 'MISC'], ['Rosa Diaz', 'PER'], ['Mexico', 'LOC']]);
    expect(mentionsOf(doc, 'Cuban leader').map((m) => m.entityId)).toEqual([entityAt(doc, 'Rosa Diaz')?.id]);
    expect(entityAt(doc, 'Cuban')?.kbId).toBe('Q241');
  });
  it('an indefinite "a Cuban leader" links to nobody', () => {
    const doc = linkText('Cuban leader Rosa Diaz flew to Mexico. Never before had a Cuban leader met bankers there.', [['Cuban', 'MISC'], ['Rosa Diaz', 'PER'], ['Mexico', 'LOC']]);
    expect(mentionsOf(doc, 'Cuban leader').filter((m) => m.type === 'PERSON')).toEqual([]);
  });
  it('"the Merkel-Macron talks" mention two people', () => {
    const doc = linkText('Angela Merkel and Emmanuel Macron met. The Merkel-Macron talks lasted an hour.', [['Angela Merkel', 'PER'], ['Emmanuel Macron', 'PER']]);
    expect(entityAt(doc, 'Merkel')?.id).toBe(entityAt(doc, 'Angela Merkel')?.id);
    expect(entityAt(doc, 'Macron')?.id).toBe(entityAt(doc, 'Emmanuel Macron')?.id);
  });
  it('a name the tagger started one word late gets its first word back', () => {
    const doc = linkText('The envoy thanked her host Do Van Minh warmly.', [['Van Minh', 'PER']]);
    expect(describe(doc)).toEqual([`Do Van Minh|PERSON|${entityAt(doc, 'Do Van Minh')?.id}|role=host`]);
  });
  it('a surname the tagger called a place is the person named in full elsewhere', () => {
    const doc = linkText('Defence Minister Sergey Shoygu spoke first. Later Shoygu left for Minsk.', [['Sergey Shoygu', 'PER'], ['Shoygu', 'LOC'], ['Minsk', 'LOC']]);
    expect(mentionsOf(doc, 'Shoygu')[0].type).toBe('PERSON');
    expect(entityAt(doc, 'Shoygu')?.id).toBe(entityAt(doc, 'Sergey Shoygu')?.id);
  });
  it('a country name that is also a surname is the person the article names in full', () => {
    const doc = linkText('The director Neil Chad defended the film. Later Chad said it was fair.', [['Neil Chad', 'PER'], ['Chad', 'LOC']]);
    expect(mentionsOf(doc, 'Chad')[0].type).toBe('PERSON');
    expect(entityAt(doc, 'Chad')?.id).toBe(entityAt(doc, 'Neil Chad')?.id);
    const country = linkText('Chad signed a trade deal with Niger on Monday.', [['Chad', 'LOC'], ['Niger', 'LOC']]);
    expect(mentionsOf(country, 'Chad')[0].type).toBe('COUNTRY');
  });
  it('the place a dateline names is a place, whatever the tagger took it for', () => {
    const text = 'Port talks resume after week of strikes .\nHAMBURG 2021-03-12\nDock workers and employers of Hamburg returned to the table on Monday after a week of strikes.';
    const doc = linkText(text, [['HAMBURG', 'ORG']]);
    expect(doc.meta.dateline?.place).toBe('Hamburg');
    expect(mentionsOf(doc, 'HAMBURG')[0].type).toBe('PLACE');
    // A name at the start of a paragraph that only looks like a bare dateline keeps its type.
    const bare = linkText('WORLD RUGBY UNION - Italy named its squad on Monday for the match against France next week.', [['WORLD RUGBY UNION', 'ORG']]);
    expect(mentionsOf(bare, 'WORLD RUGBY UNION')[0]?.type).toBe('ORGANIZATION');
  });
  it('an organisation of the knowledge base that datelines its own news stays the organisation', () => {
    const text = 'Council extends aid mission .\nUNITED NATIONS 2021-03-12\nThe Security Council extended the aid mission by a year on Friday.';
    const doc = linkText(text, [['UNITED NATIONS', 'ORG']]);
    expect(doc.meta.dateline?.place).toBe('United Nations');
    expect(mentionsOf(doc, 'UNITED NATIONS')[0]?.type, describe(doc).join('\n')).toBe('ORGANIZATION');
    expect(entityAt(doc, 'UNITED NATIONS')?.kbId).toBe('Q1065');
  });
  it('a headline that runs a name into a place does not make the place a person', () => {
    const text = 'Minister backs Orlov Dagestan truce plan\n\nThe minister said Orlov had a plan for Dagestan. Troops left Dagestan on Monday, and Orlov flew home.';
    const doc = linkText(text, [['Orlov Dagestan', 'PER'], ['Orlov', 'PER'], ['Dagestan', 'LOC']]);
    expect(doc.sentences[0].zone).toBe('title');
    for (const m of mentionsOf(doc, 'Dagestan')) expect(m.type).toBe('PLACE');
  });
});

group('entity ids are stable across documents and spellings', () => {
  it('Shoygu and Shoigu in two documents share an id', () => {
    const a = linkText('Defence Minister Sergey Shoygu visited the base.', [['Sergey Shoygu', 'PER']]);
    const b = linkText('Sergei Shoigu said the drills were over.', [['Sergei Shoigu', 'PER']]);
    expect(entityAt(a, 'Sergey Shoygu')?.id).toBe(entityAt(b, 'Sergei Shoigu')?.id);
  });
  it('Shoygu and Shoigu in one document are one person', () => {
    const doc = linkText('Sergey Shoygu arrived. Reporters asked Shoigu about the drills.', [['Sergey Shoygu', 'PER'], ['Shoigu', 'PER']]);
    expect(entityAt(doc, 'Shoigu')?.id).toBe(entityAt(doc, 'Sergey Shoygu')?.id);
  });
  it('a differing final name word means another person, another id', () => {
    expect(entityId('PERSON', 'Kim Jong-Un', null)).not.toBe(entityId('PERSON', 'Kim Jong-Il', null));
    expect(entityId('PERSON', 'Kim Jong-Un', null)).toBe(entityId('PERSON', 'Kim Jong Un', null));
  });
  it('types must agree', () => {
    expect(entityId('PERSON', 'Jordan', null)).not.toBe(entityId('PLACE', 'Jordan', null));
  });
  it('a kb id makes the id, whatever the name used', () => {
    const doc = linkText('America and the U.S. are one country.', [['America', 'LOC'], ['U.S.', 'LOC']]);
    expect(entityAt(doc, 'America')?.id).toBe('wd:Q30');
    expect(entityAt(doc, 'U.S.')?.id).toBe('wd:Q30');
  });
});

group('country or place, and kb ids', () => {
  const cases: { surface: string; label: HandSpan[1]; type: string; kbId: string | null }[] = [
    { surface: 'Germany', label: 'LOC', type: 'COUNTRY', kbId: 'Q183' },
    { surface: 'Britain', label: 'LOC', type: 'COUNTRY', kbId: 'Q145' },
    { surface: 'DPRK', label: 'ORG', type: 'COUNTRY', kbId: 'Q423' },
    { surface: 'Netherlands', label: 'LOC', type: 'COUNTRY', kbId: 'Q55' },
    { surface: 'Bavaria', label: 'LOC', type: 'PLACE', kbId: null },
    { surface: 'Lake Geneva', label: 'LOC', type: 'PLACE', kbId: null },
    { surface: 'Ural Mountains', label: 'MISC', type: 'PLACE', kbId: null },
    { surface: 'Africa', label: 'LOC', type: 'PLACE', kbId: 'Q15' },
    { surface: 'Paris', label: 'LOC', type: 'PLACE', kbId: 'Q90' },
    { surface: 'Springfield', label: 'LOC', type: 'PLACE', kbId: null },
    // US states carry their ids, but for names news mostly gives a city, a capital or a country.
    { surface: 'Missouri', label: 'LOC', type: 'PLACE', kbId: 'Q1581' },
    { surface: 'New Mexico', label: 'LOC', type: 'PLACE', kbId: 'Q1522' },
    { surface: 'New York', label: 'LOC', type: 'PLACE', kbId: null },
    { surface: 'Washington', label: 'LOC', type: 'PLACE', kbId: null },
    // The nations of the United Kingdom.
    { surface: 'Scotland', label: 'LOC', type: 'PLACE', kbId: 'Q22' },
    // Intergovernmental organisations, by name, by abbreviation and by the other spelling of -isation.
    { surface: 'International Monetary Fund', label: 'ORG', type: 'ORGANIZATION', kbId: 'Q7804' },
    { surface: 'NATO', label: 'ORG', type: 'ORGANIZATION', kbId: 'Q7184' },
    { surface: 'U.N.', label: 'ORG', type: 'ORGANIZATION', kbId: 'Q1065' },
    { surface: 'North Atlantic Treaty Organization', label: 'ORG', type: 'ORGANIZATION', kbId: 'Q7184' },
    // "ICC" is also the International Cricket Council: only the full name of the court is known.
    { surface: 'ICC', label: 'ORG', type: 'ORGANIZATION', kbId: null },
    // The formal name of a state the country lists do not hold is a place, not an organisation.
    { surface: 'Republic of Srpska', label: 'ORG', type: 'PLACE', kbId: null },
    { surface: 'Kingdom of Hawaii', label: 'ORG', type: 'PLACE', kbId: null },
    { surface: 'Harbour Logistics Group', label: 'ORG', type: 'ORGANIZATION', kbId: null },
    { surface: 'Marta Kowalczyk', label: 'PER', type: 'PERSON', kbId: null },
  ];
  it.each(cases)('$surface ($label) -> $type, kb $kbId', (c) => {
    const doc = linkText(`Nobody expected ${c.surface} to matter this much.`, [[c.surface, c.label]]);
    const [m] = mentionsOf(doc, c.surface);
    expect(m?.type, describe(doc).join('\n')).toBe(c.type);
    expect(entityAt(doc, c.surface)?.kbId).toBe(c.kbId);
  });
});

group('what the gazetteer adds, and what it leaves alone', () => {
  it('adds an untagged country and demonym, not a country inside a longer name', () => {
    const doc = linkText('Exports from Latin America and Russia Today fell, but Chile and Chileans gained.', []);
    expect(describe(doc)).toEqual(['Chile|COUNTRY|wd:Q298', 'Chileans|NORP|wd:Q298']);
  });
  it('never adds a country name that is also a person name', () => {
    const doc = linkText('Jordan scored twice and Chad watched.', []);
    expect(doc.mentions).toEqual([]);
  });
  it('types MISC: events kept, other MISC dropped', () => {
    const doc = linkText('After the Cold War and the Winter Olympics, Christmas came.', [['Cold War', 'MISC'], ['Winter Olympics', 'MISC'], ['Christmas', 'MISC']]);
    expect(describe(doc).map((d) => d.split('|').slice(0, 2).join('|'))).toEqual(['Cold War|EVENT', 'Winter Olympics|EVENT']);
  });
});

it('the link stage is registered', () => {
  const stage = STAGES.get('link');
  expect(stage?.requires).toEqual(['tokens', 'sentences', 'nerSpans']);
  expect(stage?.assigns).toEqual(['mentions', 'entities']);
});
