import { describe as group, expect, it } from 'vitest';
import { country, described, factsOf, org, person, place } from './helpers.js';

group('facts stated by verbs', () => {
  it('reads subject, prepositional object, time and place of an active verb', () => {
    const doc = factsOf('Foreign Minister Ana Ribeiro arrived in Lagos on Tuesday and met Bola Adeyemi at the port of Apapa.', [person('Ana Ribeiro'), place('Lagos'), person('Bola Adeyemi'), place('Apapa')], [
      { surface: 'on Tuesday', kind: 'DATE', value: '2024-03-12' },
    ]);
    const facts = described(doc);
    expect(facts).toContain('Ana Ribeiro traveled_to Lagos @2024-03-12');
    expect(facts).toContain('Ana Ribeiro met Bola Adeyemi @2024-03-12');
  });

  it('skips prepositional phrases before the one that carries the object', () => {
    const doc = factsOf('In 2015 Tomas Vidal travelled by bus from Lima to Cusco near Lake Titicaca.', [person('Tomas Vidal'), place('Lima'), place('Cusco'), place('Lake Titicaca')], [
      { surface: '2015', kind: 'DATE', value: '2015' },
    ]);
    const facts = described(doc);
    expect(facts).toContain('Tomas Vidal traveled_to Cusco @2015');
    expect(facts.some((f) => f.includes('traveled_to Lima'))).toBe(false);
  });

  it('reads a passive verb with its agent', () => {
    const doc = factsOf('Goma was shelled by M23 on Friday.', [place('Goma'), org('M23')]);
    expect(described(doc)).toContain('M23 attacked Goma');
  });

  it('makes the patient the subject of appointed, killed_in and sentenced', () => {
    const doc = factsOf(
      'Lena Ortiz was appointed governor of the Central Bank of Peru. The cabinet appointed Ruth Mwangi, a former judge, as head of the Revenue Authority. Journalist Sami Haddad was killed in Gaza City. Businessman Jan Kowal, 54, the owner of the builder, Kowal Bud, was sentenced to eight years.',
      [person('Lena Ortiz'), org('Central Bank of Peru'), person('Ruth Mwangi'), org('Revenue Authority'), person('Sami Haddad'), place('Gaza City'), person('Jan Kowal'), org('Kowal Bud')],
      [{ surface: 'eight years', kind: 'DURATION', value: 8, unit: 'year' }],
    );
    const facts = described(doc);
    expect(facts).toContain('Lena Ortiz appointed Central Bank of Peru = governor');
    expect(facts).toContain('Ruth Mwangi appointed Revenue Authority = head');
    expect(facts).toContain('Sami Haddad killed_in Gaza City');
    expect(facts).toContain('Jan Kowal sentenced = 8 year');
  });

  it('reads coordinated subjects and objects, and a symmetric meeting of the subjects', () => {
    const doc = factsOf('Ruto and Museveni met in Kampala. Keita met Mendes and Vollmer in Lisbon.', [
      person('Ruto'),
      person('Museveni'),
      place('Kampala'),
      person('Keita'),
      person('Mendes'),
      person('Vollmer'),
      place('Lisbon'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Ruto met Museveni #Kampala');
    expect(facts).toContain('Keita met Mendes #Lisbon');
    expect(facts).toContain('Keita met Vollmer #Lisbon');
  });

  it('finds the subject of an apposition chain before the verb', () => {
    const doc = factsOf("Kenya's Transport Secretary, Daniel Kiprono, and Uganda's Works Minister, Edith Nakato, travelled to Kisumu.", [
      country('Kenya'),
      person('Daniel Kiprono'),
      country('Uganda'),
      person('Edith Nakato'),
      place('Kisumu'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Daniel Kiprono traveled_to Kisumu');
    expect(facts).toContain('Edith Nakato traveled_to Kisumu');
    expect(facts.some((f) => f.startsWith('Kenya traveled_to') || f.startsWith('Uganda traveled_to'))).toBe(false);
  });

  it('gives the object of "allow" as the subject of the infinitive, and the relative pronoun its antecedent', () => {
    const doc = factsOf('The invitation allowed Paul Kagame to visit Brussels. Ewa Lis, who travelled to Krakow twice, spoke.', [
      person('Paul Kagame'),
      place('Brussels'),
      person('Ewa Lis'),
      place('Krakow'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Paul Kagame traveled_to Brussels');
    expect(facts).toContain('Ewa Lis traveled_to Krakow');
  });

  it('reads events named by nouns', () => {
    const doc = factsOf("Kim Jong-Il's visit to Moscow followed talks with Vladimir Putin.", [person('Kim Jong-Il'), place('Moscow'), person('Vladimir Putin')]);
    const facts = described(doc);
    expect(facts).toContain('Kim Jong-Il traveled_to Moscow');
    expect(facts).toContain('Kim Jong-Il met Vladimir Putin');
  });

  it('reads signing, takeovers, joining, scores and elections', () => {
    const doc = factsOf(
      'Kenya and Uganda signed the Lake Victoria Accord. Arcadia took over Lumen Media in 2019. Sara Holm joined Nordic Steel. Porto beat Benfica 2-1 on Saturday. Lena Berg won the runoff for mayor of Braga on Sunday.',
      [country('Kenya'), country('Uganda'), org('Lake Victoria Accord'), org('Arcadia'), org('Lumen Media'), person('Sara Holm'), org('Nordic Steel'), org('Porto'), org('Benfica'), person('Lena Berg'), place('Braga')],
    );
    const facts = described(doc);
    expect(facts).toContain('Kenya signed Uganda = Lake Victoria Accord');
    expect(facts).toContain('Arcadia acquired Lumen Media');
    expect(facts).toContain('Sara Holm member_of Nordic Steel');
    expect(facts).toContain('Porto defeated Benfica = 2-1');
    expect(facts).toContain('Lena Berg elected Braga = mayor');
  });

  it('states nothing when the subject is a common noun', () => {
    const doc = factsOf('Rescue teams from Arequipa reached Chivay overnight. Russian companies are reluctant to invest in Korea.', [
      place('Arequipa'),
      place('Chivay'),
      country('Russian', 'Russia'),
      country('Korea'),
    ]);
    expect(doc.facts.filter((f) => f.predicate === 'traveled_to')).toEqual([]);
  });

  it('reads a figure a body employs as its quantity', () => {
    const doc = factsOf('Veldt Mining, which employs 3,200 people, raised its forecast.', [org('Veldt Mining')], [{ surface: '3,200 people', kind: 'COUNT', value: 3200, unit: 'person' }]);
    expect(described(doc)).toContain('Veldt Mining has_quantity = 3200 person');
  });
});
