import { describe as group, expect, it } from 'vitest';
import { country, described, factsOf, org, person, place } from './helpers.js';

group('polarity and modality', () => {
  it.each([
    { text: 'Portugal does not plan to join the Atlantic Grain Pact.', mentions: [country('Portugal'), org('Atlantic Grain Pact')], fact: 'Portugal member_of Atlantic Grain Pact (negated, planned)' },
    { text: 'Orban would like to visit Beijing next year.', mentions: [person('Orban'), place('Beijing')], fact: 'Orban traveled_to Beijing (planned)' },
    { text: 'Pedro Ruiz is due to fly to Madrid.', mentions: [person('Pedro Ruiz'), place('Madrid')], fact: 'Pedro Ruiz traveled_to Madrid (planned)' },
    { text: 'The envoy said Pedro Ruiz will travel to Madrid.', mentions: [person('Pedro Ruiz'), place('Madrid')], fact: 'Pedro Ruiz traveled_to Madrid (planned)' },
    { text: 'Alba Foods agreed on Monday to buy Norte Dairy.', mentions: [org('Alba Foods'), org('Norte Dairy')], fact: 'Alba Foods acquired Norte Dairy (planned)' },
    { text: 'Ana Lima said she hoped to meet Pope Leo in Rome.', mentions: [person('Ana Lima'), person('Pope Leo'), place('Rome')], fact: 'Ana Lima met Pope Leo #Rome (hoped)' },
    { text: 'The governor could meet Ana Lima in Quito.', mentions: [person('Ana Lima'), place('Quito')], fact: null },
    { text: 'Governor Luis Paz could meet Ana Lima in Quito.', mentions: [person('Luis Paz'), person('Ana Lima'), place('Quito')], fact: 'Luis Paz met Ana Lima #Quito (possible)' },
    { text: 'Luis Paz refused to meet Ana Lima.', mentions: [person('Luis Paz'), person('Ana Lima')], fact: 'Luis Paz met Ana Lima (negated)' },
    { text: 'Yusuf said Ahmed Bello had met Musa Idris in Abuja.', mentions: [person('Yusuf'), person('Ahmed Bello'), person('Musa Idris'), place('Abuja')], fact: 'Ahmed Bello met Musa Idris #Abuja (reported)' },
    { text: 'M23 attacked Beni on Monday, the army said.', mentions: [org('M23'), place('Beni')], fact: 'M23 attacked Beni (reported)' },
    { text: 'M23 attacked Beni, according to the army.', mentions: [org('M23'), place('Beni')], fact: 'M23 attacked Beni (reported)' },
    { text: 'Kestrel came from behind to beat Milford 3-1.', mentions: [org('Kestrel'), org('Milford')], fact: 'Kestrel defeated Milford = 3-1' },
  ])('$text', ({ text, mentions, fact }) => {
    const facts = described(factsOf(text, mentions));
    if (fact) expect(facts).toContain(fact);
    else expect(facts).toEqual([]);
  });

  it('never asserts what the text denies', () => {
    const doc = factsOf('Since he took office, President Moi never visited Kenya, nor met Raila Odinga. Portugal does not plan to join the Atlantic Grain Pact.', [
      person('Moi'),
      country('Kenya'),
      person('Raila Odinga'),
      country('Portugal'),
      org('Atlantic Grain Pact'),
    ]);
    const events = doc.facts.filter((f) => f.predicate !== 'position_held');
    expect(events.map((f) => f.predicate).sort()).toEqual(['member_of', 'met', 'traveled_to']);
    expect(events.every((f) => f.polarity === 'negated')).toBe(true);
  });
});
