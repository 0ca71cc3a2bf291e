/**
 * npx tsx tests/facts/bench-facts.ts [--mb 3] [--dist]
 *
 * Speed of the facts stage, and of the whole default pipeline without writing, on one core. The corpus is
 * built from the fixture articles (and the seed article, if ../shared is there; the script says when it
 * is not), recombined and renumbered so that it is large and varied. Each document goes through every
 * stage in turn, as in a run, with the facts stage timed apart ("streaming"); then the facts stage runs
 * once more over all the documents, its code compiled by then ("warm"). Words are runs of non-space
 * characters, as in `npm run bench`. `--dist` runs the compiled code of dist/ (`npm run build` first)
 * rather than the TypeScript sources through tsx, which adds a little.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Doc } from '../../src/doc/types.js';
import type { DocInput } from '../../src/doc/create.js';
import type { PipelineSpec } from '../../src/pipeline/load.js';

const args = process.argv.slice(2);
const mb = args.includes('--mb') ? Number(args[args.indexOf('--mb') + 1]) : 3;
const root = path.resolve(import.meta.dirname, '..', '..');
const code = args.includes('--dist') ? path.join(root, 'dist') : path.join(root, 'src');
const ext = args.includes('--dist') ? '.js' : '.ts';
const { createDoc } = (await import(path.join(code, 'doc', `create${ext}`))) as { createDoc: (input: DocInput) => Doc };
const { loadPipelineFile } = (await import(path.join(code, 'pipeline', `load${ext}`))) as { loadPipelineFile: (file?: string) => PipelineSpec };

function paragraphs(): string[] {
  const texts: string[] = [];
  const dir = path.join(root, 'fixtures');
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.txt')) texts.push(readFileSync(path.join(dir, f), 'utf8'));
    if (f.endsWith('.jsonl')) for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  const seed = path.join(root, '..', 'shared', 'seeds', '000_b12f6dc8a4448550.txt');
  if (existsSync(seed)) texts.push(readFileSync(seed, 'utf8'));
  else console.log('(../shared is absent: the corpus is built from the fixtures only)');
  return texts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().split(/\s+/).length >= 12);
}

function corpus(): string[] {
  const ps = paragraphs();
  let state = 20190425;
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < mb * 1024 * 1024) {
    const parts: string[] = [];
    for (let i = 0, n = 3 + Math.floor(random() * 8); i < n; i++) parts.push(ps[Math.floor(random() * ps.length)].replace(/\d+/g, (d) => String(Math.floor(random() * 10 ** d.length))));
    const text = parts.join('\n\n');
    docs.push(text);
    bytes += text.length;
  }
  return docs;
}

const spec = loadPipelineFile();
const stages = spec.docStages.map((s) => ({ name: s.definition.name, run: s.definition.create(s.options, spec.context) }));
const factsAt = stages.findIndex((s) => s.name === 'facts');
if (factsAt < 0) throw new Error('the default pipeline has no facts stage');
const texts = corpus();
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const newDoc = (text: string, i: number) => createDoc({ id: `b${i}`, source: 'bench', text, anchorDate: '2020-01-01' });

// Loading models and compiling the code are not counted: a few documents first.
for (const [i, text] of texts.slice(0, 20).entries()) {
  const doc = newDoc(text, i);
  for (const s of stages) s.run(doc);
}

let before = 0;
let facts = 0;
const docs: Doc[] = [];
for (const [i, text] of texts.entries()) {
  const doc = newDoc(text, i);
  let t = performance.now();
  for (let k = 0; k < factsAt; k++) stages[k].run(doc);
  before += performance.now() - t;
  t = performance.now();
  stages[factsAt].run(doc);
  facts += performance.now() - t;
  docs.push(doc);
}
const t = performance.now();
for (const doc of docs) stages[factsAt].run(doc);
const warm = performance.now() - t;

const perSecond = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString('en');
const found = docs.reduce((n, d) => n + d.facts.length, 0);
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
console.log(`${args.includes('--dist') ? 'dist (compiled)' : 'src (tsx)'}; corpus: ${docs.length} documents, ${words} words, ${sentences} sentences, ${found} facts`);
console.log(`facts stage, streaming: ${(facts / 1000).toFixed(2)} s = ${perSecond(facts)} words/s; warm, all documents again: ${(warm / 1000).toFixed(2)} s = ${perSecond(warm)} words/s`);
console.log(`stages before facts: ${(before / 1000).toFixed(2)} s; whole pipeline without writing: ${perSecond(before + facts)} words/s (facts ${((100 * facts) / (before + facts)).toFixed(1)} % of it)`);
