import { describe as group, expect, it } from 'vitest';
import { describe, linkText, mentionsOf, type HandSpan } from './helpers.js';

interface SaidKindCase {
  text: string;
  spans: HandSpan[];
  name: string;
  /** The type every mention of `name` should have. */
  type: string;
}

group('what the article says a one-word name is', () => {
  const cases: SaidKindCase[] = [
    // A copula or an apposition with a kind noun as its head.
    { text: 'Tarnvik is a small fishing town on the fjord. Shops in Tarnvik closed early.', spans: [['Tarnvik', 'PER']], name: 'Tarnvik', type: 'PLACE' },
    { text: 'Losses at Voskel, one of its Polish units, widened. Voskel will be sold.', spans: [['Voskel', 'PER']], name: 'Voskel', type: 'ORGANIZATION' },
    { text: 'Ardley, a maker of garden tools, cut jobs. Ardley said demand fell.', spans: [['Ardley', 'PER']], name: 'Ardley', type: 'ORGANIZATION' },
    // A place noun before "of", a business role before "of" or right before the name of its holder.
    { text: 'Flooding hit the town of Merrow overnight. Merrow was cut off.', spans: [['Merrow', 'PER']], name: 'Merrow', type: 'PLACE' },
    { text: 'She became chief executive officer of Brannock in May. Brannock shares rose.', spans: [['Brannock', 'PER']], name: 'Brannock', type: 'ORGANIZATION' },
    { text: 'Kessling managing director Tom Reed resigned. Kessling did not comment.', spans: [['Kessling', 'PER'], ['Tom Reed', 'PER']], name: 'Kessling', type: 'ORGANIZATION' },
    // The kind noun right before the name, in a phrase opened by a determiner; not where the name is a clause's subject.
    { text: 'The Finnish paper maker Koskela said prices would rise. Koskela has three mills.', spans: [['Koskela', 'PER']], name: 'Koskela', type: 'ORGANIZATION' },
    { text: 'She left the firm Varga started in 2001. Varga said she was missed.', spans: [['Varga', 'PER']], name: 'Varga', type: 'PERSON' },
    // What only a business has, after the name's "'s".
    { text: "Vantor's six-month output rose. Vantor said demand was strong.", spans: [['Vantor', 'PER']], name: 'Vantor', type: 'ORGANIZATION' },
    { text: "Hollis's daughter said so. Hollis agreed.", spans: [['Hollis', 'PER']], name: 'Hollis', type: 'PERSON' },
    // The head of the phrase decides: a city councillor is a person.
    { text: 'Hollis was a city councillor for ten years. Hollis said so.', spans: [['Hollis', 'PER']], name: 'Hollis', type: 'PERSON' },
    // A word of a person's full name in the article stays that person's.
    { text: 'Ada Lund spoke first. Lund, a small firm, agreed.', spans: [['Ada Lund', 'PER'], ['Lund', 'PER']], name: 'Lund', type: 'PERSON' },
    // Kinds that disagree leave the tagger's reading.
    { text: 'Orsa is a town in the hills. Orsa, a company from the coast, hired staff.', spans: [['Orsa', 'PER']], name: 'Orsa', type: 'PERSON' },
  ];
  it.each(cases)('$text', (c) => {
    const doc = linkText(c.text, c.spans);
    const found = mentionsOf(doc, c.name);
    expect(found.length, describe(doc).join('\n')).toBeGreaterThan(0);
    for (const m of found) expect(m.type, describe(doc).join('\n')).toBe(c.type);
  });
});
