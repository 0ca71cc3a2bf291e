import { describe as group, expect, it } from 'vitest';
import { country, described, factsOf, org, person, place } from './helpers.js';

group('posts said next to a name', () => {
  it.each([
    {
      text: 'Brazilian Foreign Minister Ana Ribeiro opened the fair.',
      mentions: [country('Brazilian', 'Brazil'), person('Ana Ribeiro')],
      fact: 'Ana Ribeiro position_held Brazilian = Foreign Minister',
      why: 'a country (demonym) and a title before the name',
    },
    {
      text: "Chile's Mining Minister, Laura Pino, opened the fair.",
      mentions: [country('Chile'), person('Laura Pino')],
      fact: 'Laura Pino position_held Chile = Mining Minister',
      why: 'a possessive owner, a compound title and a comma',
    },
    {
      text: 'The first interview went to radio presenter Olga Berg.',
      mentions: [person('Olga Berg')],
      fact: 'Olga Berg position_held = radio presenter',
      why: 'a title with no owner',
    },
    {
      text: 'Marta Kovac, head of the Adriatic Ports Authority, opened the terminal.',
      mentions: [person('Marta Kovac'), org('Adriatic Ports Authority')],
      fact: 'Marta Kovac position_held Adriatic Ports Authority = head',
      why: 'a post in apposition after the name, owned with "of"',
    },
    {
      text: 'The chairperson of the Andean Council, Rosa Mamani, opened the session.',
      mentions: [org('Andean Council'), person('Rosa Mamani')],
      fact: 'Rosa Mamani position_held Andean Council = chairperson',
      why: 'post "of" a body, then the name',
    },
    {
      text: 'Nils Berg, a spokesperson for the Nordic Rail Authority, denied it.',
      mentions: [person('Nils Berg'), org('Nordic Rail Authority')],
      fact: 'Nils Berg position_held Nordic Rail Authority = spokesperson',
      why: 'a post "for" a body',
    },
  ])('$why', ({ text, mentions, fact }) => {
    expect(described(factsOf(text, mentions))).toContain(fact);
  });

  it('reads an occupation "at" a body as employment, and a post there as both', () => {
    const doc = factsOf('Ivo Rask, a glaciologist at Baltic Survey, and Mia Lund, chief economist at Baltic Capital, disagreed.', [
      person('Ivo Rask'),
      org('Baltic Survey'),
      person('Mia Lund'),
      org('Baltic Capital'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Ivo Rask works_for Baltic Survey = glaciologist');
    expect(facts).toContain('Mia Lund position_held Baltic Capital = chief economist');
    expect(facts).toContain('Mia Lund works_for Baltic Capital = chief economist');
  });

  it('points "its" and "their" at the body named before', () => {
    const doc = factsOf('The case was brought by the Anti-Fraud Office. Its head, Sipho Dube, said little.', [org('Anti-Fraud Office'), person('Sipho Dube')]);
    expect(described(doc)).toContain('Sipho Dube position_held Anti-Fraud Office = head');
  });

  it('gives a team role as membership, and a captain both', () => {
    const doc = factsOf('The Milford goalkeeper, Daniel Price, went forward. Milford scored when their captain, Callum Reid, headed in.', [
      org('Milford'),
      person('Daniel Price'),
      person('Callum Reid'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Daniel Price member_of Milford');
    expect(facts).not.toContain('Daniel Price position_held Milford = goalkeeper');
    expect(facts).toContain('Callum Reid member_of Milford');
    expect(facts).toContain('Callum Reid position_held Milford = captain');
  });

  it('reads a kinship noun in apposition as a relation to the person "his" or "her" points at', () => {
    const doc = factsOf('Elena Vidal spoke first. Later her brother, Tomas Vidal, spoke too.', [person('Elena Vidal'), person('Tomas Vidal')]);
    expect(described(doc)).toContain('Tomas Vidal relative_of Elena Vidal = brother');
  });

  it('takes no post from a title a person owns, a past post, or a counterpart', () => {
    const doc = factsOf('His lawyer, Willem Botha, spoke. The former mayor Jan Sobczak agreed. Her Peruvian counterpart Jorge Salas left.', [
      person('Willem Botha'),
      person('Jan Sobczak'),
      country('Peruvian', 'Peru'),
      person('Jorge Salas'),
    ]);
    expect(doc.facts.filter((f) => f.predicate === 'position_held')).toEqual([]);
  });

  it('reads a name "of" a body, with no post, as membership', () => {
    const doc = factsOf('Tomas Rivas of the Green Alliance voted against.', [person('Tomas Rivas'), org('Green Alliance')]);
    expect(described(doc)).toContain('Tomas Rivas member_of Green Alliance');
  });

  it('does not take a place after a post for its owner', () => {
    const doc = factsOf('"It is over," said Maria Lopes, the coordinator in Pemba.', [person('Maria Lopes'), place('Pemba')]);
    expect(described(doc)).toContain('Maria Lopes position_held = coordinator');
    expect(described(doc).some((f) => f.includes('position_held Pemba'))).toBe(false);
  });
});

group('heads given by a participle', () => {
  it('reads ", chaired by" as the post of the body before it', () => {
    const doc = factsOf("Port Dijk's board, chaired by Pieter de Graaf, backed the offer. The Anti-Fraud Office, headed by Sipho Dube, said little.", [
      org('Port Dijk'),
      person('Pieter de Graaf'),
      org('Anti-Fraud Office'),
      person('Sipho Dube'),
    ]);
    const facts = described(doc);
    expect(facts).toContain('Pieter de Graaf position_held Port Dijk = chair');
    expect(facts).toContain('Sipho Dube position_held Anti-Fraud Office = head');
  });
});

group('what is not a post', () => {
  it('takes no post from "a host of" before a name', () => {
    const doc = factsOf("The news is better for a host of Wells' new teammates.", [person('Wells')]);
    expect(doc.facts).toEqual([]);
  });
});
