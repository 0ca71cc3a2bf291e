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
