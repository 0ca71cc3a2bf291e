import { describe, expect, it } from 'vitest';
import { GoldDoc, goldTextProblems, parseGold } from '../../src/eval/gold.js';

const good = {
  metadata: { title: 'Port strike halts exports', published: '2022-03-14', author: 'Ana Ruiz', dateline: { place: 'Valparaíso', agency: null } },
  entities: [
    { type: 'PERSON', name: 'Marta Silva', aliases: ['Silva'] },
    { type: 'COUNTRY', name: 'Chile', kbId: 'Q298' },
  ],
  figures: [{ kind: 'PERCENT', value: 12, unit: '%', text: '12 per cent' }],
  dates: [{ value: '2022-03', text: 'in March' }],
  facts: [{ subject: 'Marta Silva', predicate: 'position_held', object: 'Chile', value: 'Labour Minister', evidence: 'Labour Minister Marta Silva' }],
};
const text = 'Labour Minister Marta Silva said exports fell 12 per cent in March. Silva blamed the strike in Chile.';

function problems(json: unknown): string {
  try {
    parseGold(json, 'x.gold.json');
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('the gold schema', () => {
  it('accepts a complete gold document and fills the defaults', () => {
    const g = GoldDoc.parse(good);
    expect(g.entities[1].aliases).toEqual([]);
    expect(g.facts[0].polarity).toBe('asserted');
    expect(g.facts[0].optional).toBe(false);
    expect(goldTextProblems(g, text)).toEqual([]);
  });

  it.each([
    ['an unknown entity type', { entities: [{ type: 'CITY', name: 'Lyon' }] }, 'entities.0.type'],
    ['a predicate outside the vocabulary', { entities: good.entities, facts: [{ subject: 'Marta Silva', predicate: 'likes', evidence: 'x' }] }, 'facts.0.predicate'],
    ['a fact whose subject is not a gold entity', { entities: good.entities, facts: [{ subject: 'Silvia Marta', predicate: 'died', evidence: 'x' }] }, 'not the canonical name'],
    ['a fact whose object is not a gold entity', { entities: good.entities, facts: [{ subject: 'Marta Silva', predicate: 'traveled_to', object: 'Peru', evidence: 'x' }] }, 'facts.0.object'],
    ['a figure kind that is a date', { figures: [{ kind: 'DATE', value: 2022, text: '2022' }] }, 'figures.0.kind'],
    ['a figure value given as text', { figures: [{ kind: 'COUNT', value: 'four', text: 'four' }] }, 'figures.0.value'],
    ['a date that is not ISO 8601', { dates: [{ value: '14/03/2022', text: '14/03/2022' }] }, 'ISO 8601'],
    ['a kb id that is not a Wikidata id', { entities: [{ type: 'COUNTRY', name: 'Chile', kbId: 'chile' }] }, 'Wikidata'],
    ['a field the schema does not know', { entities: [{ type: 'COUNTRY', name: 'Chile', wikidata: 'Q298' }] }, 'wikidata'],
    ['a quotation excerpt too short to be matched', { entities: good.entities, facts: [{ subject: 'Marta Silva', predicate: 'said', value: 'no', evidence: 'x' }] }, 'at least 20 characters'],
    ['the same entity name twice', { entities: [good.entities[0], good.entities[0]] }, 'already the name'],
    ['the same figure twice', { figures: [good.figures[0], good.figures[0]] }, 'repeats figures[0]'],
    ['a metadata date that is not ISO 8601', { metadata: { published: 'March 14, 2022' } }, 'metadata.published'],
  ])('rejects %s', (_what, json, expected) => {
    expect(problems(json)).toContain(expected);
  });

  it('rejects a batch whose document is bad, naming the doc id', () => {
    expect(problems({ docs: { 'brief-1': { entities: [{ type: 'PERSON' }] } } })).toContain('docs.brief-1.entities.0.name');
  });

  it('reads a batch file as documents by id', () => {
    const file = parseGold({ docs: { a: good, b: {} } }, 'batch.gold.json');
    expect(file.kind).toBe('batch');
    expect(file.kind === 'batch' && [...file.docs.keys()]).toEqual(['a', 'b']);
  });

  it('finds quoted strings that are not in the article text', () => {
    const g = GoldDoc.parse({
      ...good,
      facts: [{ ...good.facts[0], evidence: 'Labor Minister Marta Silva' }],
      figures: [{ kind: 'PERCENT', value: 12, unit: '%', text: '12 percent' }],
      entities: [...good.entities, { type: 'PLACE', name: 'Santiago' }],
      body: { first: 'Silva blamed', last: 'Marta Silva said' },
    });
    const found = goldTextProblems(g, text);
    expect(found).toHaveLength(4);
    expect(found.join('\n')).toMatch(/facts\[0\]\.evidence/);
    expect(found.join('\n')).toMatch(/figures\[0\]\.text/);
    expect(found.join('\n')).toMatch(/entities\[2\]/);
    expect(found.join('\n')).toMatch(/body\.last.*does not occur after/);
  });

  it('accepts an entity written only in capitals, as datelines do', () => {
    const g = GoldDoc.parse({ entities: [{ type: 'PLACE', name: 'Lima' }] });
    expect(goldTextProblems(g, 'LIMA (Andes Press) - Rain fell.')).toEqual([]);
  });
});
