import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Script } from 'node:vm';
import { renderArticlePage } from '../../src/report/article-page.js';
import { ARTICLE_SCRIPT } from '../../src/report/assets/article-script.js';
import { INDEX_SCRIPT } from '../../src/report/assets/index-script.js';
import { forceLayout } from '../../src/report/graph-layout.js';
import { IndexBuilder, buildGraph, type FactRow } from '../../src/report/index-data.js';
import { renderIndexPage } from '../../src/report/index-page.js';
import { toReportDoc, type ReportDoc } from '../../src/report/record.js';
import { segmentText } from '../../src/report/segments.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = readFileSync(path.join(here, 'fixtures', 'docs.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => toReportDoc(JSON.parse(l)));
const port = fixture.find((d) => d.id === 'port-visit-hanoi')!;
const hostile = fixture.find((d) => d.id.startsWith('hostile/'))!;

function articleDom(doc: ReportDoc) {
  return parseHTML(renderArticlePage(doc, { file: '00001-x.html', prev: null, next: { file: '00002-y.html', title: '"><script>alert(1)</script>' } })).document;
}

/** Every way a page could run code that is not one of the report's own script files. */
function scriptRisks(document: Document): string[] {
  const risks: string[] = [];
  for (const s of document.querySelectorAll('script')) {
    const src = s.getAttribute('src') ?? '';
    if (!/^(\.\.\/)?(assets\/(article|index)\.js|data\/index-data\.js)$/.test(src) || s.textContent!.trim()) risks.push(`script ${src}`);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) risks.push(`${el.tagName} ${a.name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) && !/^(https?:\/\/|[A-Za-z0-9._-]+\.html|\.\.\/|assets\/|data\/|#)/.test(a.value)) risks.push(`${el.tagName} ${a.name}=${a.value}`);
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'img', 'svg', 'base', 'form', 'textarea', 'style']) {
    if (document.querySelector(tag)) risks.push(`<${tag}>`);
  }
  return risks;
}

describe('docs.jsonl records', () => {
  it('drops spans that do not fit the text, counts them, and keeps a fact whose evidence is broken', () => {
    const doc = toReportDoc({
      doc_id: 'd',
      text: 'Ana met Ben.',
      mentions: [
        { mention_id: 'm1', entity_id: 'p:ana', type: 'PERSON', start: 0, end: 3 },
        { mention_id: 'm2', entity_id: 'p:ben', type: 'PERSON', start: 8, end: 40 },
        { mention_id: 'm3', entity_id: 'p:x', type: 'PERSON', start: 5, end: 5 },
      ],
      facts: [{ fact_id: 'f1', predicate: 'met', subject_id: 'p:ana', object_id: 'p:ben', start: -1, end: 4 }],
    });
    expect(doc.mentions.map((m) => m.id)).toEqual(['m1']);
    expect(doc.facts).toHaveLength(1);
    expect(doc.facts[0]).toMatchObject({ start: 0, end: 0, predicate: 'met' });
    expect(doc.droppedSpans).toBe(3);
  });

  it('refuses a line that is not a record', () => {
    expect(() => toReportDoc([1, 2])).toThrow(/doc_id/);
    expect(() => toReportDoc({ text: 'x' })).toThrow(/doc_id/);
  });
});

describe('segmentText', () => {
  it('covers the whole text in order and gives each run every mark that covers it', () => {
    const runs = segmentText(20, [
      { start: 2, end: 10, mark: { kind: 'evidence', index: 0 } },
      { start: 4, end: 6, mark: { kind: 'mention', index: 0 } },
      { start: 5, end: 12, mark: { kind: 'figure', index: 0 } },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.marks.map((m) => m.kind).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'evidence'],
      [4, 5, 'evidence+mention'],
      [5, 6, 'evidence+mention+figure'],
      [6, 10, 'evidence+figure'],
      [10, 12, 'figure'],
      [12, 20, ''],
    ]);
  });

  it('keeps two adjacent spans apart', () => {
    const runs = segmentText(6, [
      { start: 0, end: 3, mark: { kind: 'mention', index: 0 } },
      { start: 3, end: 6, mark: { kind: 'mention', index: 1 } },
    ]);
    expect(runs.map((r) => r.marks[0].index)).toEqual([0, 1]);
  });
});

describe('article page', () => {
  it('shows the text exactly as written, with one highlighted run per mention carrying its entity', () => {
    const document = articleDom(port);
    const text = document.getElementById('text')!;
    expect(text.textContent).toBe(port.text);
    const runs = [...text.querySelectorAll('.m')];
    expect(runs.map((r) => r.textContent)).toEqual(port.mentions.map((m) => port.text.slice(m.start, m.end)));
    const kishida = runs.find((r) => r.textContent === 'Fumio Kishida')!;
    expect(kishida.classList.contains('t-person')).toBe(true);
    expect(kishida.getAttribute('data-tip')).toBe('Fumio Kishida\nPERSON · no knowledge-base id\nentity per:fumio-kishida');
    const japan = runs.find((r) => r.textContent === 'Japan')!;
    expect(japan.getAttribute('data-tip')).toMatch(/^Japan\nCOUNTRY · Wikidata Q17\n/);
  });

  it('marks figures and dates, greys boilerplate and tags the evidence of every fact', () => {
    const document = articleDom(port);
    const text = document.getElementById('text')!;
    expect([...text.querySelectorAll('.fig.date')].map((e) => e.textContent)).toEqual(['yesterday', '2027', 'October']);
    expect([...text.querySelectorAll('.fig.num')].map((e) => e.textContent)).toContain('$4.2 billion');
    expect([...text.querySelectorAll('.bp')].map((e) => e.textContent)).toContain('Related stories');
    const facts = [...document.querySelectorAll('button.fact')];
    expect(facts).toHaveLength(port.facts.length);
    port.facts.forEach((f, i) => {
      const evidence = [...text.querySelectorAll('[data-ev]')].filter((e) => e.getAttribute('data-ev')!.split(' ').includes(String(i)));
      expect(evidence.map((e) => e.textContent).join('')).toBe(port.text.slice(f.start, f.end));
    });
    const met = facts.find((b) => b.textContent!.includes('met'))!;
    expect(met.textContent!.replace(/\s+/g, ' ').trim()).toBe('Fumio Kishida met Pham Minh Chinh 2023-03-13 · in Hanoi · confidence 0.88');
    expect(facts.find((b) => b.classList.contains('negated'))!.textContent).toContain('NOT announced');
  });

  it('escapes every value of a hostile record: no script, handler, javascript: link or injected element', () => {
    const document = articleDom(hostile);
    expect(scriptRisks(document)).toEqual([]);
    // The hostile strings are all there, as text.
    expect(document.getElementById('text')!.textContent).toBe(hostile.text);
    const shown = document.body.textContent!;
    for (const s of ["<script>window.__xss='doc_id'</script>", "javascript:window.__xss='url'", "window.__xss='predicate'", "window.__xss='name'", "javascript:window.__xss='kb'", "<svg onload=\"window.__xss='unit'\">"]) {
      expect(shown).toContain(s);
    }
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('index data', () => {
  function build(docs: ReportDoc[], graphNodes = 150) {
    const b = new IndexBuilder();
    docs.forEach((d, i) => b.addDoc(d, `0000${i + 1}.html`));
    return b.build({ graphNodes });
  }

  it('counts each entity once across the run with its mentions and articles', () => {
    const twice = { ...port, id: 'port-again' };
    const data = build([port, hostile, twice]);
    const japan = data.entities.find((e) => e[0] === 'wd:Q17')!;
    const japanMentions = port.mentions.filter((m) => m.entityId === 'wd:Q17').length;
    expect(japan.slice(1, 5)).toEqual(['COUNTRY', 'Japan', 'Q17', 2 * japanMentions]);
    expect(japan[5]).toEqual([0, 2]);
    expect(data.run).toMatchObject({ documents: 3, ok: 3, failed: 0, mentions: 2 * port.mentions.length + hostile.mentions.length, facts: 2 * port.facts.length + hostile.facts.length });
    const hostileEntities = new Set([...hostile.mentions.map((m) => m.entityId), ...hostile.facts.flatMap((f) => [f.subjectId, f.objectId].filter(Boolean))]).size;
    expect(data.docs[1]).toEqual([hostile.id, hostile.meta.title, '2024-06-05', '00002.html', 'ok', hostile.mentions.length, hostileEntities, 2, '']);
  });

  it('points each fact at its subject and object entities and its article', () => {
    const data = build([port]);
    const met = data.facts.find((f) => f[0] === 'met')!;
    const name = (i: number) => data.entities[i][2];
    expect([name(met[1]), name(met[2]), met[5], met[6], met[7], name(met[11])]).toEqual(['Fumio Kishida', 'Pham Minh Chinh', '2023-03-13', 0, 'f2', 'Hanoi']);
    const loan = data.facts.find((f) => f[0] === 'loan_amount')!;
    expect([loan[2], loan[3], loan[4], loan[9]]).toEqual([-1, '4200000000', 'USD', 'planned']);
  });

  it('draws only entities joined by facts, most connected first, and leaves out those joined to no one shown', () => {
    const ent = (name: string) => ({ name, mentions: 1 });
    const entities = ['hub', 'a', 'b', 'c', 'lonely', 'far'].map(ent);
    const fact = (s: number, o: number): FactRow => ['met', s, o, '', '', '', 0, 'f', 'asserted', 'asserted', null, -1];
    const g = buildGraph([fact(0, 1), fact(0, 2), fact(0, 3), fact(1, 2), fact(4, 5), fact(0, 0), fact(3, -1)], entities, 4);
    // 'lonely' and 'far' are joined only to each other; with room for 4, the hub's group is chosen.
    expect(g.nodes.map((n) => entities[n[0]].name)).toEqual(['hub', 'a', 'b', 'c']);
    expect(g.edges).toHaveLength(4);
    expect(g.connected).toBe(6);
    for (const [, x, y] of g.nodes) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(g.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(g.height);
    }
  });

  it('writes an index page that holds only the run counts and loads the data and script files', () => {
    const document = parseHTML(renderIndexPage(build([port, hostile]))).document;
    expect(scriptRisks(document)).toEqual([]);
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['data/index-data.js', 'assets/index.js']);
    expect(document.querySelector('.run-stats')!.textContent).toContain('2 articles (2 ok)');
  });
});

describe('forceLayout', () => {
  const edges = [
    [0, 1],
    [1, 2],
    [2, 0],
    [3, 4],
    [4, 5],
    [5, 3],
    [2, 3],
  ].map(([source, target]) => ({ source, target, weight: 1 }));

  it('is deterministic and stays inside the frame', () => {
    const a = forceLayout(6, edges, { width: 400, height: 300, margin: 20 });
    expect(forceLayout(6, edges, { width: 400, height: 300, margin: 20 })).toEqual(a);
    for (const p of a) {
      expect(p.x).toBeGreaterThanOrEqual(20);
      expect(p.x).toBeLessThanOrEqual(380);
      expect(p.y).toBeGreaterThanOrEqual(20);
      expect(p.y).toBeLessThanOrEqual(280);
    }
  });

  it('puts joined nodes nearer each other than nodes of the other cluster', () => {
    const p = forceLayout(6, edges, { width: 400, height: 300 });
    const d = (i: number, j: number) => Math.hypot(p[i].x - p[j].x, p[i].y - p[j].y);
    const within = (d(0, 1) + d(1, 2) + d(3, 4) + d(4, 5)) / 4;
    const across = (d(0, 4) + d(0, 5) + d(1, 4) + d(1, 5)) / 4;
    expect(within).toBeLessThan(across * 0.75);
    // No two nodes on the same spot.
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) expect(d(i, j)).toBeGreaterThan(10);
  });
});

describe('page scripts', () => {
  it('parse, and use no API that turns a string into HTML or code', () => {
    for (const [name, code] of [['index.js', INDEX_SCRIPT], ['article.js', ARTICLE_SCRIPT]]) {
      expect(() => new Script(code, { filename: name })).not.toThrow();
      expect(code, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(\s*['"]|srcdoc/);
    }
  });
});
