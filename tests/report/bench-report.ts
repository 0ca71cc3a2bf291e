/**
 * How fast the report is built and opened on a large run. Makes a synthetic run of N articles (default
 * 1,000) from a docs.jsonl (default: the report test fixture), renaming entities in each copy so that
 * the run has many distinct entities, as a real run of varied news would; copies whose source has no
 * facts get facts between entities that share a sentence, so the facts table and the graph are full.
 * Then it times `buildReport`, reports the sizes of what was written, and, when /usr/bin/chromium is
 * installed, times opening index.html and an article page in it.
 *
 *   npx tsx tests/report/bench-report.ts [N] [docs.jsonl]
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport } from '../../src/report/build.js';
import { CHROMIUM, launchChromium } from './browser.js';

type Rec = Record<string, any>;
const here = path.dirname(fileURLToPath(import.meta.url));
const count = Number(process.argv[2] ?? 1000);
const source = process.argv[3] ?? path.join(here, 'fixtures', 'docs.jsonl');
const originals = readFileSync(source, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Rec).filter((r) => r.status === 'ok');

function copy(rec: Rec, n: number): Rec {
  const r: Rec = structuredClone(rec);
  r.doc_id = `${rec.doc_id}-${n}`;
  // One entity in three keeps its id across copies (shared across the run); the rest become distinct.
  const rename = (id: string | null) => (id && id.length % 3 !== 0 ? `${id}~${n % 400}` : id);
  for (const m of r.mentions) m.entity_id = rename(m.entity_id);
  for (const e of r.entities) {
    const renamed = rename(e.entity_id);
    if (renamed !== e.entity_id) e.name = `${e.name} ${n % 400}`;
    e.entity_id = renamed;
  }
  for (const f of r.facts) Object.assign(f, { subject_id: rename(f.subject_id), object_id: rename(f.object_id), place_id: rename(f.place_id) });
  if (!r.facts.length) {
    for (const s of r.sentences) {
      const ids = [...new Set(r.mentions.filter((m: Rec) => m.start >= s.start && m.end <= s.end).map((m: Rec) => m.entity_id as string))];
      for (let i = 0; i + 1 < ids.length && i < 3; i++) {
        r.facts.push({ fact_id: `f${r.facts.length + 1}`, predicate: 'appears_with', subject_id: ids[i], object_id: ids[i + 1], value: null, unit: null, time: null, place_id: null, confidence: 0.5, start: s.start, end: s.end, rule: 'bench', polarity: 'asserted', modality: 'asserted' });
      }
    }
  }
  return r;
}

const dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-report-bench-'));
const lines: string[] = [];
for (let i = 0; i < count; i++) lines.push(JSON.stringify(copy(originals[i % originals.length], i)));
writeFileSync(path.join(dir, 'docs.jsonl'), lines.join('\n') + '\n');
const inputBytes = statSync(path.join(dir, 'docs.jsonl')).size;

const summary = await buildReport(dir);
const report = summary.dir;
const dataBytes = statSync(path.join(report, 'data', 'index-data.js')).size;
const pages = readdirSync(path.join(report, 'articles'));
const largest = Math.max(...pages.map((p) => statSync(path.join(report, 'articles', p)).size));
const mb = (b: number) => (b / 1e6).toFixed(2);
console.log(`input: ${count} articles, docs.jsonl ${mb(inputBytes)} MB (from ${source})`);
console.log(`build: ${summary.seconds.toFixed(2)} s; ${summary.entities} entities, ${summary.facts} facts`);
console.log(`output: index-data.js ${mb(dataBytes)} MB, ${pages.length} article pages, largest ${(largest / 1e3).toFixed(1)} kB`);

if (!existsSync(CHROMIUM)) {
  console.log(`browser timing skipped: ${CHROMIUM} is missing (run scripts/install-browser.sh)`);
} else {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const [label, url] of [
      ['index', `file://${path.join(report, 'index.html')}`],
      ['article', `file://${path.join(report, 'articles', pages[0])}`],
    ]) {
      const t0 = performance.now();
      await page.goto(url, { waitUntil: 'load' });
      // The index is ready when its script has filled the entities table.
      if (label === 'index') await page.waitForSelector('#entities-data tbody tr');
      console.log(`open ${label}: ${(performance.now() - t0).toFixed(0)} ms`);
    }
    const t1 = performance.now();
    await page.goto(`file://${path.join(report, 'index.html')}`);
    await page.waitForSelector('#entities-data tbody tr');
    await page.click('#entities-data tbody tr:first-child button[data-entity]');
    await page.waitForSelector('#selection:not([hidden])');
    console.log(`open index and select an entity: ${(performance.now() - t1).toFixed(0)} ms`);
    if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.closeAll();
  }
}
console.log(`report left in ${report}`);
