import { describe, expect, it } from 'vitest';
import { scoreDates } from '../../src/eval/layers/dates.js';
import { scoreEntities } from '../../src/eval/layers/entities.js';
import { scoreFacts } from '../../src/eval/layers/facts.js';
import { scoreFigures } from '../../src/eval/layers/figures.js';
import { scoreLinks } from '../../src/eval/layers/links.js';
import { goldMentions, scoreMentions } from '../../src/eval/layers/mentions.js';
import { scoreMetadata } from '../../src/eval/layers/metadata.js';
import { scoresOf } from '../../src/eval/score.js';
import { gold, makeDoc } from './build.js';

const counts = (r: { tp: number; fp: number; fn: number }) => ({ tp: r.tp, fp: r.fp, fn: r.fn });

describe('scores', () => {
  it('gives 0, not "undefined", to a layer with gold items and nothing found', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 5 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('gives 1 to a layer with nothing to find and nothing found', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('computes precision, recall and F1 from counts', () => {
    const s = scoresOf({ tp: 3, fp: 1, fn: 3 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.6);
  });
});

describe('entities: by type and canonical name or alias', () => {
  const text = 'Finance Minister Olga Berg met bankers in Oslo. Berg said Norway would borrow less.';
  const g = gold({
    entities: [
      { type: 'PERSON', name: 'Olga Berg', aliases: ['Berg'] },
      { type: 'PLACE', name: 'Oslo' },
      { type: 'COUNTRY', name: 'Norway', kbId: 'Q20' },
      { type: 'ORGANIZATION', name: 'Finance Ministry', optional: true },
    ],
  });

  it('matches an entity found under its alias only', () => {
    const doc = makeDoc(text, { entities: [{ type: 'PERSON', name: 'Berg', mentions: ['Berg said'.slice(0, 4)] }, { type: 'PLACE', name: 'Oslo' }, { type: 'COUNTRY', name: 'Norway' }] });
    const r = scoreEntities(doc, g).result;
    expect(counts(r)).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it('counts a right name with the wrong type as wrong, and says so', () => {
    const doc = makeDoc(text, { entities: [{ type: 'PERSON', name: 'Olga Berg' }, { type: 'PERSON', name: 'Oslo' }, { type: 'COUNTRY', name: 'Norway' }] });
    const r = scoreEntities(doc, g).result;
    expect(counts(r)).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(r.wrong[0]).toEqual({ key: 'PERSON Oslo', hint: 'type differs: the gold has PLACE Oslo' });
    expect(r.missed[0].key).toBe('PLACE Oslo');
  });

  it('counts a second entity for one person (a merge the linker missed) as wrong', () => {
    const doc = makeDoc(text, { entities: [{ type: 'PERSON', name: 'Olga Berg' }, { type: 'PERSON', name: 'Berg' }, { type: 'PLACE', name: 'Oslo' }, { type: 'COUNTRY', name: 'Norway' }] });
    const r = scoreEntities(doc, g).result;
    expect(counts(r)).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(r.wrong[0].hint).toContain('not merged');
  });

  it('neither rewards nor punishes an optional entity, whatever type it was given', () => {
    const t = `${text} The Finance Ministry agreed.`;
    const found = makeDoc(t, { entities: [{ type: 'PERSON', name: 'Olga Berg' }, { type: 'PLACE', name: 'Oslo' }, { type: 'COUNTRY', name: 'Norway' }, { type: 'PLACE', name: 'Finance Ministry' }] });
    const r = scoreEntities(found, g).result;
    expect(counts(r)).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(r.optionalFound).toBe(0);
    const notFound = makeDoc(t, { entities: [{ type: 'PERSON', name: 'Olga Berg' }, { type: 'PLACE', name: 'Oslo' }, { type: 'COUNTRY', name: 'Norway' }] });
    expect(counts(scoreEntities(notFound, g).result)).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it('scores kb ids only where the gold has one', () => {
    const doc = makeDoc(text, { entities: [{ type: 'PERSON', name: 'Olga Berg', kbId: 'Q999' }, { type: 'PLACE', name: 'Oslo' }, { type: 'COUNTRY', name: 'Norway', kbId: 'Q20' }] });
    expect(counts(scoreLinks(doc, g, scoreEntities(doc, g)))).toEqual({ tp: 1, fp: 0, fn: 0 });
    const wrong = makeDoc(text, { entities: [{ type: 'COUNTRY', name: 'Norway', kbId: 'Q34' }] });
    const links = scoreLinks(wrong, g, scoreEntities(wrong, g));
    expect(counts(links)).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(links.missed[0].hint).toBe('linked to Q34 instead');
  });
});

describe('mentions: exact span and type, gold derived from names and aliases', () => {
  const text = 'WARSAW (Baltic Wire) - Piotr Lis-Nowak met Lis in Warsaw. The Polish side agreed.\n\nSubscribe to Baltic Wire';
  const g = gold({
    metadata: {},
    body: { first: 'WARSAW', last: 'side agreed.' },
    entities: [
      { type: 'PERSON', name: 'Piotr Lis-Nowak' },
      { type: 'PERSON', name: 'Anna Lis', aliases: ['Lis'] },
      { type: 'PLACE', name: 'Warsaw' },
      { type: 'ORGANIZATION', name: 'Baltic Wire' },
      { type: 'COUNTRY', name: 'Poland', descriptions: ['Polish'] },
    ],
  });

  it('finds gold mentions longest first, in capitals too, and only inside the article', () => {
    const shown = goldMentions(text, g).map((m) => `${text.slice(m.start, m.end)}${m.optional ? '?' : ''}`);
    expect(shown).toEqual(['WARSAW', 'Baltic Wire', 'Piotr Lis-Nowak', 'Lis', 'Warsaw', 'Polish?']);
  });

  it('matches exact spans, ignores optional ones, and counts mentions outside the article as wrong', () => {
    const doc = makeDoc(text, {
      entities: [
        { type: 'PERSON', name: 'Piotr Lis', mentions: ['Piotr Lis'] },
        { type: 'PLACE', name: 'Warsaw', mentions: ['WARSAW', 'Warsaw'] },
        { type: 'COUNTRY', name: 'Poland', mentions: ['Polish'] },
        { type: 'ORGANIZATION', name: 'Baltic Wire', mentions: ['Baltic Wire', 'Baltic Wire'] },
      ],
    });
    const r = scoreMentions(doc, g);
    // found: WARSAW, Warsaw, Baltic Wire; wrong: "Piotr Lis" (cut name), the Baltic Wire of the newsletter box
    expect(counts(r)).toEqual({ tp: 3, fp: 2, fn: 2 });
    expect(r.optionalFound).toBe(1);
    expect(r.wrong.map((w) => w.key)).toEqual(['PERSON "Piotr Lis" @23', `ORGANIZATION "Baltic Wire" @${text.lastIndexOf('Baltic Wire')}`]);
  });

  it('lets a name claim its span before a longer description that contains it', () => {
    const g2 = gold({ entities: [{ type: 'ORGANIZATION', name: 'Sahel Front', descriptions: ['the Sahel Front militia'] }] });
    const t = 'Fighters of the Sahel Front militia withdrew.';
    expect(goldMentions(t, g2).map((m) => [t.slice(m.start, m.end), m.optional])).toEqual([['Sahel Front', false]]);
  });

  it('treats mentions inside an ignored passage as optional', () => {
    const g2 = gold({ entities: [{ type: 'PLACE', name: 'Oslo' }], ignore: ['Photo: Oslo Pictures'] });
    const t = 'Rain in Oslo. Photo: Oslo Pictures';
    expect(goldMentions(t, g2).map((m) => m.optional)).toEqual([false, true]);
  });
});

describe('figures: kind and value, and unit when the gold gives one', () => {
  const text = 'Exports rose 4.5 per cent to €1.2bn, and 4.5 percent of 300 workers left; a 12 km road.';
  const g = gold({
    figures: [
      { kind: 'PERCENT', value: 4.5, unit: '%', text: '4.5 per cent' },
      { kind: 'MONEY', value: 1.2e9, unit: 'EUR', text: '€1.2bn' },
      { kind: 'COUNT', value: 300, unit: ['worker', 'employee'], text: '300 workers' },
      { kind: 'QUANTITY', value: 12, unit: 'km', text: '12 km', optional: true },
    ],
  });

  it('counts a figure the text repeats once, accepts any of the gold units, and skips optional ones', () => {
    const doc = makeDoc(text, {
      figures: [
        { kind: 'PERCENT', value: 4.5, unit: '%', text: '4.5 per cent' },
        { kind: 'PERCENT', value: 4.5, unit: '%', text: '4.5 percent' },
        { kind: 'MONEY', value: 1200000000.0000001, unit: 'EUR', text: '€1.2bn' },
        { kind: 'COUNT', value: 300, unit: 'Worker', text: '300 workers' },
        { kind: 'QUANTITY', value: 12, unit: 'km', text: '12 km' },
        { kind: 'DATE', value: '2024', text: 'Exports' },
      ],
    });
    const r = scoreFigures(doc, g);
    expect(counts(r)).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(r.optionalFound).toBe(1);
  });

  it('takes a unit or a kind that differs as wrong, with a hint', () => {
    const doc = makeDoc(text, { figures: [{ kind: 'MONEY', value: 1.2e9, unit: 'USD', text: '€1.2bn' }, { kind: 'QUANTITY', value: 300, unit: null, text: '300 workers' }] });
    const r = scoreFigures(doc, g);
    expect(counts(r)).toEqual({ tp: 0, fp: 2, fn: 3 });
    expect(r.wrong.map((w) => w.hint)).toEqual(['unit differs: the gold has MONEY 1200000000 EUR', 'kind differs: the gold has COUNT 300 worker']);
  });
});

describe('dates: by ISO value', () => {
  const text = 'The talks began on Monday and ended last year.';
  const g = gold({ dates: [{ value: '2024-03-11', text: 'on Monday' }, { value: '2023', text: 'last year' }] });

  it('matches values, lists a wrong reading with the gold one, and an unresolved date by its text', () => {
    const doc = makeDoc(text, {
      figures: [
        { kind: 'DATE', value: '2024-03-04', text: 'on Monday' },
        { kind: 'DATE', value: null, text: 'last year' },
      ],
    });
    const r = scoreDates(doc, g);
    expect(counts(r)).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(r.wrong.map((w) => w.key)).toEqual(['2024-03-04', 'unresolved "last year"']);
    expect(r.wrong[0].hint).toBe('the gold reads "on Monday" as 2024-03-11');
  });
});

describe('facts: subject, predicate and object or value', () => {
  const text =
    'Foreign Minister Lena Voss met Jorge Ortiz in Lima on Friday. "We will sign the fisheries accord before the winter storms arrive," Voss said. Peru does not plan to join the pact.';
  const g = gold({
    entities: [
      { type: 'PERSON', name: 'Lena Voss', aliases: ['Voss'] },
      { type: 'PERSON', name: 'Jorge Ortiz' },
      { type: 'PLACE', name: 'Lima' },
      { type: 'COUNTRY', name: 'Peru' },
    ],
    facts: [
      { subject: 'Lena Voss', predicate: 'met', object: 'Jorge Ortiz', time: '2024-05-10', evidence: 'Lena Voss met Jorge Ortiz in Lima on Friday' },
      { subject: 'Lena Voss', predicate: 'position_held', value: ['Foreign Minister', 'Minister of Foreign Affairs'], evidence: 'Foreign Minister Lena Voss' },
      { subject: 'Lena Voss', predicate: 'said', value: 'We will sign the fisheries accord', evidence: 'Voss said' },
    ],
  });
  const people = [
    { type: 'PERSON' as const, name: 'Voss', mentions: ['Voss'] },
    { type: 'PERSON' as const, name: 'Jorge Ortiz' },
    { type: 'COUNTRY' as const, name: 'Peru' },
  ];

  it('matches a symmetric fact either way round, a post among the gold forms, and a quotation containing the excerpt', () => {
    const doc = makeDoc(text, {
      entities: people,
      facts: [
        { subject: 'Jorge Ortiz', predicate: 'met', object: 'Voss', time: '2024-05-03', evidence: 'Lena Voss met Jorge Ortiz in Lima on Friday.' },
        { subject: 'Voss', predicate: 'position_held', value: 'minister of foreign affairs', evidence: 'Foreign Minister Lena Voss' },
        { subject: 'Voss', predicate: 'said', value: '"We will sign the fisheries accord before the winter storms arrive,"', evidence: 'Voss said' },
        { subject: 'Voss', predicate: 'said', value: 'We will sign the fisheries accord before the winter storms arrive', evidence: '"We will sign' },
      ],
    });
    const r = scoreFacts(doc, g);
    expect(counts(r)).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(r.notes).toEqual([expect.objectContaining({ hint: 'time 2024-05-03, the gold has 2024-05-10' })]);
  });

  it('never matches a negated or differently-valued fact, and shows the gold fact it nearly was', () => {
    const doc = makeDoc(text, {
      entities: people,
      facts: [
        { subject: 'Jorge Ortiz', predicate: 'met', object: 'Voss', polarity: 'negated', evidence: 'Lena Voss met Jorge Ortiz' },
        { subject: 'Voss', predicate: 'position_held', value: 'Deputy Foreign Minister', evidence: 'Foreign Minister Lena Voss' },
        { subject: 'Peru', predicate: 'signed', evidence: 'Peru does not plan to join the pact.' },
      ],
    });
    const r = scoreFacts(doc, g);
    expect(counts(r)).toEqual({ tp: 0, fp: 3, fn: 3 });
    expect(r.wrong[1]).toMatchObject({ key: 'Voss position_held = "Deputy Foreign Minister"', hint: 'the gold has Lena Voss position_held = "Foreign Minister"' });
    expect(r.wrong[2].evidence).toBe('Peru does not plan to join the pact.');
    expect(r.missed[0]).toMatchObject({ key: 'Lena Voss met Jorge Ortiz', evidence: 'Lena Voss met Jorge Ortiz in Lima on Friday' });
  });

  it('checks modality only where the gold gives it', () => {
    const g2 = gold({
      entities: [{ type: 'PERSON', name: 'Lena Voss' }, { type: 'PLACE', name: 'Lima' }],
      facts: [{ subject: 'Lena Voss', predicate: 'traveled_to', object: 'Lima', modality: 'planned', evidence: 'Lena Voss' }],
    });
    const asserted = makeDoc(text, { entities: [{ type: 'PERSON', name: 'Lena Voss' }, { type: 'PLACE', name: 'Lima' }], facts: [{ subject: 'Lena Voss', predicate: 'traveled_to', object: 'Lima', evidence: 'Lena Voss' }] });
    expect(counts(scoreFacts(asserted, g2))).toEqual({ tp: 0, fp: 1, fn: 1 });
    asserted.facts[0].modality = 'planned';
    expect(counts(scoreFacts(asserted, g2))).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('metadata: each field the gold gives', () => {
  const g = gold({ metadata: { title: 'Rain returns to the Sahel', published: '2024-08-02', author: null, dateline: { place: 'Niamey', agency: 'Sahel Press' } } });

  it('compares the date at the gold precision and names in any case', () => {
    const doc = makeDoc('x', { meta: { title: 'RAIN RETURNS TO THE SAHEL', published: '2024-08-02T09:15', dateline: { place: 'Niamey', agency: 'Sahel Press' } } });
    expect(counts(scoreMetadata(doc, g))).toEqual({ tp: 3, fp: 0, fn: 0 });
  });

  it('counts an author found where the page has none as wrong, and a wrong agency as a miss', () => {
    const doc = makeDoc('x', { meta: { title: 'Rain returns to the Sahel', published: '2024-08-01', author: 'Staff', dateline: { place: 'Niamey', agency: null } } });
    const r = scoreMetadata(doc, g);
    expect(counts(r)).toEqual({ tp: 1, fp: 3, fn: 2 });
    expect(r.wrong.map((w) => w.key)).toEqual(['published: "2024-08-01"', 'author: "Staff"', 'dateline: "Niamey"']);
  });
});
