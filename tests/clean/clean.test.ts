import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/run.js';
import { SCRAPED_PAGE } from '../helpers.js';

const pipeline = Pipeline.load();
const slice = (text: string, s: { start?: number; end?: number } | null | undefined) => (s && s.start !== undefined ? text.slice(s.start, s.end) : undefined);

describe('clean: metadata of a scraped page', () => {
  const doc = pipeline.process(SCRAPED_PAGE, { id: 'page' });

  it('reads title, date, author, dateline and section, each with the span it came from', () => {
    expect(doc.meta.title?.value).toBe('Harbour strike in Rotterdam enters its third week');
    expect(slice(doc.text, doc.meta.title)).toBe(doc.meta.title?.value);
    expect(doc.meta.published?.value).toBe('2021-03-12T09:45');
    expect(slice(doc.text, doc.meta.published)).toBe('12 March 2021 09:45');
    expect(doc.meta.author?.value).toBe('Annelies de Vries');
    expect(slice(doc.text, doc.meta.author)).toBe('Annelies de Vries');
    expect(doc.meta.dateline).toMatchObject({ place: 'Rotterdam', agency: 'Reuters' });
    expect(doc.meta.section?.value).toBe('WORLD - EUROPE');
    expect(doc.anchorDate).toBe('2021-03-12');
  });

  it('keeps the body and leaves out the furniture around and inside it', () => {
    const body = doc.body.map((b) => doc.text.slice(b.start, b.end)).join('\n');
    expect(body).toContain('Dock workers in Rotterdam extended their strike');
    expect(body).toContain('A spokesman for the employers said');
    for (const furniture of ['Advertisement', 'Tags:', 'Related stories', 'Union leaders warn', 'Sign up', 'All rights reserved', 'Share on Facebook', 'Home | World']) {
      expect(body).not.toContain(furniture);
    }
  });

  it('marks every furniture line with a kind and the rule that found it', () => {
    const kinds = new Map(doc.boilerplate.map((b) => [doc.text.slice(b.start, b.end), b.kind]));
    expect(kinds.get('Advertisement')).toBe('advertisement');
    expect(kinds.get('Related stories')).toBe('related');
    expect(kinds.get('Union leaders warn of summer walkouts across the Benelux')).toBe('related');
    expect(kinds.get('Sign up for our morning briefing')).toBe('newsletter');
    expect(kinds.get('Share on Facebook')).toBe('share');
    for (const b of doc.boilerplate) expect(b.rule).toMatch(/\w/);
  });

  it('tokenizes only the headline and the body', () => {
    expect(doc.sentences.length).toBeGreaterThan(3);
    expect(doc.sentences[0].zone).toBe('title');
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      expect(text).not.toMatch(/Related stories|Advertisement|Benelux/);
    }
  });
});

describe('clean: text without page furniture', () => {
  it('takes a bare article as all body, without inventing metadata', () => {
    const text = 'The central bank raised its main rate by a quarter point on Wednesday, its third rise this year.\n\nEconomists had expected the move after inflation reached a ten-year high in the spring.';
    const doc = pipeline.process(text);
    expect(doc.meta.title).toBeNull();
    expect(doc.meta.published).toBeNull();
    expect(doc.body.map((b) => text.slice(b.start, b.end))).toEqual(text.split('\n\n'));
  });

  it('uses the run date as the anchor when the page has none', () => {
    const doc = pipeline.process('Ministers met in Lisbon on Monday to agree the budget for the coming year.', { date: '2022-06-01' });
    expect(doc.anchorDate).toBe('2022-06-01');
  });

  it('keeps metadata given with the input', () => {
    const doc = pipeline.process('Floods closed the main road north of the city for a second day, officials said on Friday.', {
      meta: { title: { value: 'Floods close road' }, published: { value: '2020-02-14' } },
    });
    expect(doc.meta.title?.value).toBe('Floods close road');
    expect(doc.anchorDate).toBe('2020-02-14');
  });
});

describe('clean: publication date order', () => {
  const page = (dateLine: string, extra = '') =>
    `${dateLine}\nMarkets close higher as oil prices ease\n\nShares rose across Asia on Tuesday as oil prices eased from their highest level in months, traders said.\n${extra}`;

  it.each([
    ['04/25/2019, 16.28', '2019-04-25T16:28'],
    ['25/04/2019 16:28', '2019-04-25T16:28'],
    ['2019-04-25T16:28:00Z', '2019-04-25T16:28:00Z'],
    ['25 April 2019', '2019-04-25'],
    ['Apr 25, 2019 4:28 PM', '2019-04-25T16:28'],
    ['Published: Thursday, April 25, 2019', '2019-04-25'],
    ['25.04.2019', '2019-04-25'],
  ])('%s reads as %s', (line, iso) => {
    expect(pipeline.process(page(line)).meta.published?.value).toBe(iso);
  });

  it('reports 04/05/2019 as ambiguous and does not guess', () => {
    const doc = pipeline.process(page('04/05/2019'));
    expect(doc.meta.published).toBeNull();
    expect(doc.diagnostics.find((d) => d.code === 'clean/ambiguous-date')?.message).toMatch(/2019-05-04.*2019-04-05/);
  });

  it('settles an ambiguous date by the order of the other dates on the page', () => {
    const doc = pipeline.process(page('04/05/2019', '\nSee also\nOil slips as stocks build\n21/04/2019\n'));
    expect(doc.meta.published?.value).toBe('2019-05-04');
  });
});

describe('clean: bylines and date lines', () => {
  const page = (header: string) =>
    `${header}\nPort talks resume after week of strikes\n\nDock workers and employers returned to the table on Monday after a week of strikes that left ships waiting offshore.\n`;
  it.each([
    ['By Linh Tran and Oliver Grant', 'Linh Tran and Oliver Grant'],
    ['By Miguel Santos in Manila and Yuki Mori in Tokyo', 'Miguel Santos and Yuki Mori'],
    ['By Meera Iyer, Health Correspondent', 'Meera Iyer'],
    ['Written by Ana de la Cruz', 'Ana de la Cruz'],
  ])('%s names %s', (line, names) => {
    expect(pipeline.process(page(line)).meta.author?.value).toBe(names);
  });

  it.each([
    ['Monday 19 February 2024 - 11:20', '2024-02-19T11:20'],
    ['10 July 2024 | 09:41', '2024-07-10T09:41'],
    ['12.09.2023 08:15', '2023-09-12T08:15'],
  ])('%s keeps its time: %s', (line, iso) => {
    expect(pipeline.process(page(line)).meta.published?.value).toBe(iso);
  });
});

describe('clean: article text among the header lines', () => {
  const body = 'Dock workers and employers returned to the table on Monday after a week of strikes that left ships waiting offshore.';
  const bodyText = (doc: ReturnType<typeof pipeline.process>) => doc.body.map((b) => doc.text.slice(b.start, b.end)).join('\n');

  it.each([
    ['ROTTERDAM 2021-03-12', 'Rotterdam'],
    ['HAMBURG , Germany 2021-03-12', 'Hamburg'],
  ])('a dateline line "%s" is the dateline, the date, and article text', (line, place) => {
    const doc = pipeline.process(`Port talks resume after week of strikes .\n${line}\n${body}\n`);
    expect(doc.meta.title?.value).toBe('Port talks resume after week of strikes .');
    expect(doc.meta.dateline?.place).toBe(place);
    expect(doc.meta.published?.value).toBe('2021-03-12');
    expect(bodyText(doc)).toContain(line);
    // Its place is a mention like any other.
    expect(doc.mentions.some((m) => doc.text.slice(m.start, m.end) === line.split(/ [,0-9]/)[0])).toBe(true);
  });

  it('a plain date line stays metadata', () => {
    const doc = pipeline.process(`Port talks resume after week of strikes\nPublished: 12 March 2021\n${body}\n`);
    expect(doc.meta.published?.value).toBe('2021-03-12');
    expect(doc.meta.dateline).toBeNull();
    expect(bodyText(doc)).not.toContain('Published');
  });

  it('a standfirst under the headline is article text; menu items above it are not', () => {
    const doc = pipeline.process(`Home\nWorld\nPort talks resume after week of strikes\nEmployers offer a small rise\n${body}\n`);
    expect(doc.meta.title?.value).toBe('Port talks resume after week of strikes');
    expect(bodyText(doc)).toContain('Employers offer a small rise');
    expect(bodyText(doc)).not.toMatch(/^Home|^World/m);
  });

  it('a table of results before the first paragraph is article text, and no headline is taken from it', () => {
    const table = ['ATHLETICS - INDOOR MEETING RESULTS .', 'OSLO 2021-03-12', 'Women \'s 800 metres :', '1. Ingrid Dahl ( Norway ) 2:01.35', '2. Maria Costa ( Portugal ) 2:01.90', 'Men \'s 1,500 metres ( heat winners advance to the final on Sunday evening in the main hall ) :', '1. Tom Berg ( Sweden ) 3:38.02'];
    const doc = pipeline.process(`${table.join('\n')}\n${body}\n`);
    expect(doc.meta.title?.value).toBe('ATHLETICS - INDOOR MEETING RESULTS .');
    for (const line of table.slice(1)) expect(bodyText(doc)).toContain(line);
    const names = doc.mentions.map((m) => doc.text.slice(m.start, m.end));
    expect(names).toEqual(expect.arrayContaining(['Ingrid Dahl', 'Norway', 'Tom Berg', 'Sweden']));
  });
});
