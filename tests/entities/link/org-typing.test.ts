import { describe as group, expect, it } from 'vitest';
import { describe, entityAt, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface TypeCase {
  text: string;
  spans: HandSpan[];
  expected: [surface: string, type: string][];
  absent?: string[];
}

/** Each expected surface is a mention of its type; each absent one is no mention. */
function checkTyping(c: TypeCase): void {
  const doc = linkText(c.text, c.spans);
  for (const [surface, type] of c.expected) {
    const [m] = mentionsOf(doc, surface);
    expect(m, describe(doc).join('\n')).toBeDefined();
    expect(m.type, describe(doc).join('\n')).toBe(type);
  }
  for (const surface of c.absent ?? []) expect(mentionsOf(doc, surface), describe(doc).join('\n')).toEqual([]);
}

group('organisation designators, places after "in", title portfolios', () => {
  const cases: TypeCase[] = [
    // A designator head makes a "person" span an organisation.
    { text: 'Fjellstad Shipping agreed to buy the terminal on Monday.', spans: [['Fjellstad Shipping', 'PER']], expected: [['Fjellstad Shipping', 'ORGANIZATION']] },
    { text: 'Shares of Marwick Holdings fell after the report.', spans: [['Marwick Holdings', 'PER']], expected: [['Marwick Holdings', 'ORGANIZATION']] },
    { text: 'The film was released by Kettering Bros in May.', spans: [['Kettering Bros', 'PER']], expected: [['Kettering Bros', 'ORGANIZATION']] },
    // A body head no place name ends in also overrides a place span.
    { text: 'The Coastal Fisheries Directorate closed the bay to trawlers.', spans: [['Coastal Fisheries Directorate', 'LOC']], expected: [['Coastal Fisheries Directorate', 'ORGANIZATION']] },
    { text: 'Trains run by Zambia Railways were delayed.', spans: [['Zambia Railways', 'LOC']], expected: [['Zambia Railways', 'ORGANIZATION']] },
    // A head that place names also end in leaves a place span alone.
    { text: 'Settlers in the West Bank protested.', spans: [['West Bank', 'LOC']], expected: [['West Bank', 'PLACE']] },
    // "in <known place>" split off an organisation.
    { text: 'Lim Boon, an analyst at Harbour Capital in Malaysia, disagreed.', spans: [['Lim Boon', 'PER'], ['Harbour Capital in Malaysia', 'ORG']], expected: [['Harbour Capital', 'ORGANIZATION'], ['Malaysia', 'COUNTRY']], absent: ['Harbour Capital in Malaysia'] },
    // ... but not inside a name that has function words of its own.
    { text: 'The Conference for Peace and Cooperation in Europe met.', spans: [['Conference for Peace and Cooperation in Europe', 'ORG']], expected: [['Conference for Peace and Cooperation in Europe', 'ORGANIZATION']] },
    // A portfolio before a capitalised government title is part of the title.
    { text: 'Energy Cabinet Secretary Ruth Wanjiru opened the plant.', spans: [['Energy Cabinet', 'ORG'], ['Ruth Wanjiru', 'PER']], expected: [['Ruth Wanjiru', 'PERSON']], absent: ['Energy Cabinet'] },
    // A government title drawn into a non-person span is cut off: the body before it stays, a portfolio goes.
    { text: 'Bank of Ghana Governor Kofi Mensah spoke.', spans: [['Bank of Ghana Governor', 'ORG'], ['Kofi Mensah', 'PER']], expected: [['Bank of Ghana', 'ORGANIZATION'], ['Kofi Mensah', 'PERSON']] },
    { text: 'Health Cabinet Secretary Ruth Wanjiru opened the clinic.', spans: [['Health Cabinet Secretary', 'ORG'], ['Ruth Wanjiru', 'PER']], expected: [['Ruth Wanjiru', 'PERSON']], absent: ['Health Cabinet Secretary', 'Health Cabinet'] },
    // A title inside a non-person span starts the name of its holder.
    { text: 'He met U.N. Envoy Tarja Lind on Friday.', spans: [['U.N. Envoy Tarja Lind', 'ORG']], expected: [['U.N.', 'ORGANIZATION'], ['Tarja Lind', 'PERSON']], absent: ['U.N. Envoy Tarja Lind'] },
    { text: 'Delegates of the Trade Minister Council met.', spans: [['Trade Minister Council', 'ORG']], expected: [['Trade Minister Council', 'ORGANIZATION']] },
    // Any other title at the end of a non-person span is cut off when a name follows it, not otherwise.
    { text: 'Acme Chairman Ann Lee resigned.', spans: [['Acme Chairman', 'ORG'], ['Ann Lee', 'PER']], expected: [['Acme', 'ORGANIZATION'], ['Ann Lee', 'PERSON']], absent: ['Acme Chairman'] },
    { text: 'The Daily Economist said so.', spans: [['Daily Economist', 'ORG']], expected: [['Daily Economist', 'ORGANIZATION']] },
    // ... but a company before a business title stays a company.
    { text: 'General Dynamics Chairman Paul Reyes spoke.', spans: [['General Dynamics', 'ORG'], ['Paul Reyes', 'PER']], expected: [['General Dynamics', 'ORGANIZATION'], ['Paul Reyes', 'PERSON']] },
    // Two organisations joined by "and" are two names; a name with "and" inside is one.
    { text: 'Loans came from Kestrup Bank and Aldmoor Securities.', spans: [['Kestrup Bank and Aldmoor Securities', 'ORG']], expected: [['Kestrup Bank', 'ORGANIZATION'], ['Aldmoor Securities', 'ORGANIZATION']] },
    { text: 'The Order and Progress Party won.', spans: [['Order and Progress Party', 'ORG']], expected: [['Order and Progress Party', 'ORGANIZATION']] },
    // A body named after a place, tagged as two spans, is one organisation; a company and its seat are two.
    { text: 'Researchers at the University of Tromso agreed.', spans: [['University', 'ORG'], ['Tromso', 'LOC']], expected: [['University of Tromso', 'ORGANIZATION']] },
    { text: 'Shares of Dunmore Pharmaceuticals Inc of Ohio rose.', spans: [['Dunmore Pharmaceuticals Inc', 'ORG'], ['Ohio', 'LOC']], expected: [['Dunmore Pharmaceuticals Inc', 'ORGANIZATION'], ['Ohio', 'PLACE']] },
    // A place head that ends no person's name makes a "person" a place; one that is also a surname does not.
    { text: 'Boats patrolled near Little Cove Shoal overnight.', spans: [['Little Cove Shoal', 'PER']], expected: [['Little Cove Shoal', 'PLACE']] },
    { text: 'The talk show host Anna Lake laughed.', spans: [['Anna Lake', 'PER']], expected: [['Anna Lake', 'PERSON']] },
    // A place name before an event head names the event.
    { text: 'She won the Lisbon Marathon in April.', spans: [['Lisbon Marathon', 'LOC']], expected: [['Lisbon Marathon', 'EVENT']] },
    // A portfolio before a government title is no place either ("Kenya's Interior Minister").
    { text: "Kenya's Interior Minister, Joseph Otieno, resigned.", spans: [['Kenya', 'LOC'], ['Interior', 'LOC'], ['Joseph Otieno', 'PER']], expected: [['Joseph Otieno', 'PERSON']], absent: ['Interior'] },
    // A name led by a nationality adjective that ends in a body's head is that body, not a dropped MISC.
    { text: 'The case went to the Ontarian Appeals Court last year.', spans: [['Ontarian Appeals Court', 'MISC']], expected: [['Ontarian Appeals Court', 'ORGANIZATION']] },
    // A city or region known only as a place (data/kb/places.json) is the place after "in" or in an address line ...
    { text: 'The clinic is located in Albuquerque and opens daily.', spans: [['Albuquerque', 'ORG']], expected: [['Albuquerque', 'PLACE']] },
    { text: 'Pine Ridge, South Dakota\n\nThe protest went on.', spans: [['Pine Ridge', 'ORG'], ['South Dakota', 'ORG']], expected: [['South Dakota', 'PLACE']] },
    // ... and any name after "in" with a region after it, known as a place or not ("located in Marwick, TX").
    { text: 'The practice, located in Marwick, TX, opens daily.', spans: [['Marwick', 'ORG']], expected: [['Marwick', 'PLACE']] },
    { text: 'Staff moved to offices in Dunsford, Missouri last year.', spans: [['Dunsford', 'ORG'], ['Missouri', 'LOC']], expected: [['Dunsford', 'PLACE']] },
    { text: 'Marwick, TX reported higher sales.', spans: [['Marwick', 'ORG']], expected: [['Marwick', 'ORGANIZATION']] },
    { text: 'She moved to Anchorage, Alaska last year.', spans: [['Anchorage', 'ORG'], ['Alaska', 'LOC']], expected: [['Anchorage', 'PLACE']] },
    // ... in sports copy elsewhere a city's name may be its team, and the tagger's reading stands ...
    { text: 'Albuquerque beat Tucson 3-1 on Sunday. The goalkeeper saved twice and the striker scored.', spans: [['Albuquerque', 'ORG'], ['Tucson', 'ORG']], expected: [['Albuquerque', 'ORGANIZATION'], ['Tucson', 'ORGANIZATION']] },
    { text: 'Results:\nAlbuquerque 3 Tucson 1\nAnchorage 0 Tulsa 2', spans: [['Albuquerque', 'ORG'], ['Tucson', 'ORG']], expected: [['Albuquerque', 'ORGANIZATION'], ['Tucson', 'ORGANIZATION']] },
    // ... and so does a capital with a score after it or on either side of "v" in sports copy; a capital
    // the tagger took for an organisation elsewhere is the place.
    { text: 'Football results:\nKingston 2 Stanmore 1\nPostponed: Dunmore v Castries', spans: [['Kingston', 'ORG'], ['Stanmore', 'ORG'], ['Dunmore', 'ORG'], ['Castries', 'ORG']], expected: [['Kingston', 'ORGANIZATION'], ['Castries', 'ORGANIZATION']] },
    { text: 'Flights to Kingston 2 days a week resumed, the tourism board said.', spans: [['Kingston', 'ORG']], expected: [['Kingston', 'PLACE']] },
    // ... as it does after a noun that says what the name is ...
    { text: 'He joined from the American club Albuquerque last summer.', spans: [['Albuquerque', 'ORG']], expected: [['Albuquerque', 'ORGANIZATION']] },
    // ... and outside sports copy a town is the place.
    { text: 'Once a fishing port, Albuquerque has been in decline since the 1950s.', spans: [['Albuquerque', 'ORG']], expected: [['Albuquerque', 'PLACE']] },
    // A "person" span that is a name known only as a place is the place.
    { text: 'Rents rose in the heart of Beverly Hills this year.', spans: [['Beverly Hills', 'PER']], expected: [['Beverly Hills', 'PLACE']] },
    // A lone event head is no place: after an ordinal the two name the event, alone it names nothing.
    { text: 'Delegates met at the 12th Summit on ocean trade in Lima.', spans: [['Summit', 'LOC'], ['Lima', 'LOC']], expected: [['12th Summit', 'EVENT'], ['Lima', 'PLACE']] },
    { text: 'After the Summit the delegates went home.', spans: [['Summit', 'LOC']], expected: [], absent: ['Summit'] },
    // A place name followed by an event head the tagger left out names the event.
    { text: 'Runners in the Oslo Marathon raised money.', spans: [['Oslo', 'LOC']], expected: [['Oslo Marathon', 'EVENT']], absent: ['Oslo'] },
    // An unknown one-word "place" listed before an organisation is one of them; not after a preposition of
    // place, and not a place after an organisation (where it is).
    { text: 'The series streams on Vexo, Kestrel TV and others.', spans: [['Vexo', 'LOC'], ['Kestrel TV', 'ORG']], expected: [['Vexo', 'ORGANIZATION'], ['Kestrel TV', 'ORGANIZATION']] },
    { text: 'In Dunmarsh, Kestrel Holdings said sales fell.', spans: [['Dunmarsh', 'LOC'], ['Kestrel Holdings', 'ORG']], expected: [['Dunmarsh', 'PLACE']] },
    { text: 'At the Wexcombe, Kestrel Holdings showed its boats.', spans: [['Wexcombe', 'LOC'], ['Kestrel Holdings', 'ORG']], expected: [['Wexcombe', 'PLACE']] },
    { text: 'Halvorsen Maritime, Dunmarsh, said sales fell.', spans: [['Halvorsen Maritime', 'ORG'], ['Dunmarsh', 'LOC']], expected: [['Dunmarsh', 'PLACE']] },
    // An organisation span ending in the name of a contest is the event; a company named "... Games" stays one.
    { text: 'He won the Dunmore Valley Championship on Sunday.', spans: [['Dunmore Valley Championship', 'ORG']], expected: [['Dunmore Valley Championship', 'EVENT']] },
    { text: 'Shares of Kestrel Games rose.', spans: [['Kestrel Games', 'ORG']], expected: [['Kestrel Games', 'ORGANIZATION']] },
    // Two spans side by side that the article writes whole elsewhere are one name the tagger cut.
    { text: 'Lund took the Marek Varga Cup Championship. He also won the Marek Varga Cup title.', spans: [['Marek Varga Cup Championship', 'ORG'], ['Marek', 'ORG'], ['Varga Cup', 'MISC']], expected: [['Marek Varga Cup Championship', 'EVENT'], ['Marek Varga Cup', 'EVENT']], absent: ['Marek', 'Varga Cup'] },
    { text: 'Tours of the Pelo-Varn Ranch are popular.\nPelo-Varn: tours daily', spans: [['Pelo-Varn Ranch', 'ORG'], ['Pelo', 'ORG'], ['Varn', 'ORG']], expected: [['Pelo-Varn Ranch', 'ORGANIZATION'], ['Pelo-Varn', 'ORGANIZATION']], absent: ['Pelo', 'Varn'] },
    // A plural name after "the" and a preposition of place is a range or region; used as an adjective it is not.
    { text: 'Hikers crossed over the Carpathians and rested.', spans: [['Carpathians', 'MISC']], expected: [['Carpathians', 'PLACE']] },
    { text: 'Police in the Carpathians town of Rakhiv said so.', spans: [['Carpathians', 'MISC']], expected: [], absent: ['Carpathians'] },
    // An acronym among lower-case words is an organisation, not a person.
    { text: 'The warning was issued by CERTA on Tuesday.', spans: [['CERTA', 'PER']], expected: [['CERTA', 'ORGANIZATION']] },
    // A word with an inner capital after a full word is a brand.
    { text: 'Donations through FundRaiser rose sharply.', spans: [['FundRaiser', 'PER']], expected: [['FundRaiser', 'ORGANIZATION']] },
    { text: 'Coach McDonald praised the defence.', spans: [['McDonald', 'PER']], expected: [['McDonald', 'PERSON']] },
    // So is an initialism run into a lower-case word, wherever the tagger put it; a plural initialism is not.
    { text: 'The show streams on KRTplay from Monday.', spans: [['KRTplay', 'LOC']], expected: [['KRTplay', 'ORGANIZATION']] },
    { text: 'Clips were shared by TVNnews overnight.', spans: [['TVNnews', 'PER']], expected: [['TVNnews', 'ORGANIZATION']] },
    { text: 'Three MPs from Ruvale voted against.', spans: [['Ruvale', 'LOC']], expected: [['Ruvale', 'PLACE']] },
  ];
  it.each(cases)('$text', checkTyping);
});

group('organisation names the tagger cut short or left out', () => {
  const cases: TypeCase[] = [
    // A person or organisation span touching a span that ends in a head is one name with it.
    { text: 'Marlow Medical Industries Inc said it completed the deal.', spans: [['Marlow', 'PER'], ['Medical Industries Inc', 'PER']], expected: [['Marlow Medical Industries Inc', 'ORGANIZATION']], absent: ['Marlow'] },
    // Capitalised words no name holds join a span that ends in a head, over "and" and "of".
    { text: 'Erin Tully of Denver-based Kestle Communications said so.', spans: [['Erin Tully', 'PER'], ['Communications', 'MISC']], expected: [['Kestle Communications', 'ORGANIZATION']] },
    { text: 'The tour was announced by the Rowing and Canoe Racing Board on Friday.', spans: [['Canoe Racing Board', 'MISC']], expected: [['Rowing and Canoe Racing Board', 'ORGANIZATION']] },
    // ... but not the first word of a sentence, which is capitalised whatever it is.
    { text: 'Shares of Dunmore & Pryce Co rose.', spans: [['Dunmore & Pryce Co', 'ORG']], expected: [['Dunmore & Pryce Co', 'ORGANIZATION']], absent: ['Shares of Dunmore & Pryce Co'] },
    // Names before a poll are who asked: each side of a slash; a place stays a place, a sentence's first word is no name.
    { text: 'Backing fell, and a Dunvale/KTN poll put the party third.', spans: [], expected: [['Dunvale', 'ORGANIZATION'], ['KTN', 'ORGANIZATION']] },
    { text: 'Turnout was low, the Nebraska poll showed.', spans: [], expected: [['Nebraska', 'PLACE']] },
    { text: 'Opinion polls differ on the race.', spans: [], expected: [], absent: ['Opinion'] },
    // A name after "ruling" or "opposition" is a party; a nationality stays one, initials in the plural are no name.
    { text: "The vote went against Ortiz's ruling Progressives on Sunday.", spans: [['Ortiz', 'PER']], expected: [['Progressives', 'ORGANIZATION']] },
    { text: 'The ruling Dutch coalition met opposition MPs.', spans: [], expected: [['Dutch', 'NORP']], absent: ['MPs'] },
    // A name the tagger left out that ends in a head is an organisation; a nationality before it stays apart.
    { text: 'Officials at the Latvian Fisheries Ministry declined to comment.', spans: [['Latvian', 'MISC']], expected: [['Fisheries Ministry', 'ORGANIZATION'], ['Latvian', 'NORP']] },
    // A club or company "of" its country is two names; a body that takes a place with "of" is one.
    { text: 'Shares in Fendrel of Sweden rose.', spans: [['Fendrel of Sweden', 'ORG']], expected: [['Fendrel', 'ORGANIZATION'], ['Sweden', 'COUNTRY']], absent: ['Fendrel of Sweden'] },
    { text: 'Marlow Motor Corp of South Korea said sales fell.', spans: [['Marlow Motor Corp of South Korea', 'ORG']], expected: [['Marlow Motor Corp', 'ORGANIZATION'], ['South Korea', 'COUNTRY']] },
    { text: 'Talks with the Central Bank of Ghana resumed.', spans: [['Central Bank of Ghana', 'ORG']], expected: [['Central Bank of Ghana', 'ORGANIZATION']], absent: ['Ghana'] },
    { text: 'Fans of the Republic of Ireland cheered.', spans: [['Republic of Ireland', 'ORG']], expected: [], absent: ['Republic', 'Ireland'] },
    // A "The" with its capital inside a sentence is part of the name; "the" and a sentence's first "The" are not.
    { text: 'The final test is at The Oval in London.', spans: [['The Oval', 'LOC'], ['London', 'LOC']], expected: [['The Oval', 'PLACE']], absent: ['Oval'] },
    { text: 'The Kremlin said the Kremlin would reply.', spans: [['The Kremlin', 'ORG'], ['the Kremlin', 'ORG']], expected: [['Kremlin', 'ORGANIZATION']], absent: ['The Kremlin', 'the Kremlin'] },
    // An organisation span cut before its head takes it in; a head another name holds stays with that name.
    { text: 'Members of the Ozark Catfish Advisory Council met in June.', spans: [['Ozark Catfish Advisory', 'ORG']], expected: [['Ozark Catfish Advisory Council', 'ORGANIZATION']], absent: ['Ozark Catfish Advisory'] },
    // A MISC span cut before its head, led by a nationality, is the organisation.
    { text: 'Forecasts from the Icelandic Meteorological Office were grim.', spans: [['Icelandic Meteorological', 'MISC']], expected: [['Icelandic Meteorological Office', 'ORGANIZATION']], absent: ['Icelandic Meteorological'] },
    { text: 'Grenvale Steel Corp Ltd reported a loss.', spans: [['Grenvale Steel', 'ORG']], expected: [['Grenvale Steel Corp Ltd', 'ORGANIZATION']] },
    { text: 'Delmore Group Holdings fell.', spans: [['Delmore', 'PER'], ['Group Holdings', 'ORG']], expected: [['Delmore Group Holdings', 'ORGANIZATION']], absent: ['Delmore'] },
    // A hyphenated capitalised compound joins too, also before a body named after a place; a month or a day does not.
    { text: 'The loan came from the Export-Import Bank of Zedland last year.', spans: [['Bank of Zedland', 'ORG']], expected: [['Export-Import Bank of Zedland', 'ORGANIZATION']], absent: ['Bank of Zedland'] },
    { text: 'Sales rose, the July Retail Traders Association survey said.', spans: [['Retail Traders Association', 'ORG']], expected: [['Retail Traders Association', 'ORGANIZATION']], absent: ['July Retail Traders Association'] },
    // In sports copy a club's town takes the club word after it; elsewhere "Town" is left to the tagger.
    { text: 'Dunmore beat Ashby Town 2-1. The striker scored twice and the goalkeeper was hurt.', spans: [['Dunmore', 'ORG'], ['Ashby', 'ORG']], expected: [['Ashby Town', 'ORGANIZATION']], absent: ['Ashby'] },
    { text: 'Plans for Ashby Town Hall were approved by the council.', spans: [['Ashby', 'ORG']], expected: [['Ashby', 'ORGANIZATION']], absent: ['Ashby Town'] },
    // A region of the knowledge base with "State" after it is a university or a state body, drawn with or without it.
    { text: 'He met the Nebraska State recruiter on Friday.', spans: [['Nebraska', 'LOC']], expected: [['Nebraska State', 'ORGANIZATION']], absent: ['Nebraska'] },
    { text: 'Troopers of the Kansas State Police arrived.', spans: [['Kansas', 'LOC']], expected: [['Kansas State Police', 'ORGANIZATION']] },
    { text: 'Oregon State won the game on Saturday.', spans: [['Oregon State', 'LOC']], expected: [['Oregon State', 'ORGANIZATION']] },
    { text: 'He owed the Oregon State of mind nothing.', spans: [['Oregon', 'LOC']], expected: [['Oregon', 'PLACE']] },
    // Not in a headline, where every word is capitalised.
    { text: 'Fishing Fleet Returns To Port As Harbour Board Reopens.', spans: [], expected: [], absent: ['Harbour Board', 'Fishing Fleet Returns To Port As Harbour Board'] },
  ];
  it.each(cases)('$text', checkTyping);
});

group('short forms of organisation names', () => {
  it('the words before the designator name the same organisation, not a person', () => {
    const doc = linkText('Brannvik Logistics won the tender. Brannvik said the trucks would arrive in May.', [['Brannvik Logistics', 'ORG'], ['Brannvik', 'PER']]);
    const [short] = mentionsOf(doc, 'Brannvik');
    expect(short?.type, describe(doc).join('\n')).toBe('ORGANIZATION');
    expect(entityAt(doc, 'Brannvik')?.id).toBe(entityAt(doc, 'Brannvik Logistics')?.id);
  });
  it('in sports copy a club is named by its town too ("Kestrel Athletic" ... "Kestrel"), not elsewhere', () => {
    const sport = 'Dunmore Athletic beat Ashby 2-1. The striker scored twice and the goalkeeper was hurt. Dunmore are top.';
    const doc = linkText(sport, [['Dunmore Athletic', 'ORG'], ['Ashby', 'ORG'], ['Dunmore', 'ORG']]);
    expect(entityAt(doc, 'Dunmore')?.id, describe(doc).join('\n')).toBe(entityAt(doc, 'Dunmore Athletic')?.id);
    const prose = linkText('Dunmore Athletic signed a sponsor. Dunmore is a quiet town.', [['Dunmore Athletic', 'ORG'], ['Dunmore', 'ORG']]);
    expect(entityAt(prose, 'Dunmore')?.id, describe(prose).join('\n')).not.toBe(entityAt(prose, 'Dunmore Athletic')?.id);
  });

  it('in sports copy a town that is a club\'s short form is the club, but not after a preposition of place', () => {
    const text = 'Dunmore Rovers lost 2-1. The striker scored twice and the goalkeeper was hurt. Dunmore have won once, and fans in Dunmore are angry.';
    const doc = linkText(text, [['Dunmore Rovers', 'ORG'], ['Dunmore', 'LOC']]);
    const [club, town] = mentionsOf(doc, 'Dunmore');
    expect(club?.type, describe(doc).join('\n')).toBe('ORGANIZATION');
    expect(club.entityId).toBe(entityAt(doc, 'Dunmore Rovers')?.id);
    expect(town?.type).toBe('PLACE');
  });

  it('a short form with a title is still a person', () => {
    const doc = linkText('Brannvik Logistics won the tender. Ms Brannvik, its founder, was pleased.', [['Brannvik Logistics', 'ORG'], ['Brannvik', 'PER']]);
    const short = mentionsOf(doc, 'Brannvik').find((m) => m.type === 'PERSON');
    expect(short, describe(doc).join('\n')).toBeDefined();
  });
  it('a prefix that is a body of its own stays apart ("African Union" of "African Union Commission")', () => {
    const doc = linkText('The Pacific Union Commission met. The Pacific Union agreed.', [['Pacific Union Commission', 'ORG'], ['Pacific Union', 'ORG']]);
    expect(entityAt(doc, 'Pacific Union')?.id).not.toBe(entityAt(doc, 'Pacific Union Commission')?.id);
  });
});
