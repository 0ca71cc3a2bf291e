/**
 * The NER benchmark: what users get from the whole default pipeline (`Pipeline.load()`), or from
 * another pipeline file given with --pipeline.
 *
 *   npm run bench:ner
 *   npm run bench:ner -- --pipeline pipelines/news-wikidata.json
 *
 * Scores exact span and type (PER, ORG, LOC), micro-averaged, on
 *   - CoNLL-2003 eng.testa (dev): MISC unscored, a prediction exactly on a gold MISC name not counted against;
 *   - News-Fair dev: labels inside `evaluation_span` only, pronoun (coref) labels skipped; Wikidata classes
 *     Q215627 person -> PER, else Q27096213 geographic entity -> LOC (countries are geo+org), else Q43229
 *     organisation -> ORG; other labels (QUANTITY, DATETIME, OTHER, works...) unscored, and a prediction
 *     exactly on one is not counted against; scored twice: every label on its own (flat), and with nested
 *     labels as alternatives, as News-Fair's own evaluation tool (ELEVANT) scores them;
 * and linking accuracy on AIDA-CoNLL dev (gold names with a Wikidata id), then the speed of the whole
 * pipeline and of the ner stage alone, in words per CPU-second of this single-threaded process, and the
 * whole pipeline's again in a child process pinned to one core (`--speed-only`, run under taskset -c 0).
 * When a stage assigns mentions (the `link` stage), `doc.mentions` are scored (PERSON -> PER,
 * ORGANIZATION -> ORG, COUNTRY and PLACE -> LOC, EVENT unscored); otherwise `doc.nerSpans` are.
 * The corpora are read from ../shared/eval/ and are not part of the package: each absent one is named.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pipeline, checkPipeline } from '../src/index.js';
import { createNerTagger } from '../src/entities/ner/stage.js';
import type { Doc } from '../src/doc/types.js';
import { parseConll } from '../src/entities/ner/conll.js';
import { SpanScorer, type TypedSpan } from '../src/entities/ner/score.js';
import { countWords } from '../src/tokenize/count.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.resolve(ROOT, '..', 'shared', 'eval');
const CONLL_DEV = path.join(EVAL, 'conll2003', 'eng.testa');
const NEWS_FAIR_DEV = path.join(EVAL, 'news-fair', 'dev.jsonl');
const AIDA_DEV = path.join(EVAL, 'aida-conll', 'dev.jsonl');
const SCORED = ['PER', 'ORG', 'LOC'];

interface JsonlLabel {
  span: [number, number];
  entity_id: string;
  name: string;
  type: string;
  coref?: boolean;
  /** News-Fair nests labels ("Houston" inside "Houston, TX"): ids, the outer label's id, the inner ones'. */
  id?: number;
  parent?: number | null;
  children?: number[];
  optional?: boolean;
}
interface JsonlDoc {
  id: number | string;
  title: string;
  text: string;
  evaluation_span?: [number, number];
  labels: JsonlLabel[];
}

const pipelineArg = process.argv.indexOf('--pipeline');
const pipelineArgs = pipelineArg > 0 ? ['--pipeline', process.argv[pipelineArg + 1]] : [];
const pipeline = Pipeline.load(pipelineArg > 0 ? process.argv[pipelineArg + 1] : undefined);
const linked = pipeline.spec.docStages.some((s) => s.definition.assigns.includes('mentions'));
/** Only the speed of the whole pipeline: how this script measures itself pinned to one core (see the end). */
const speedOnly = process.argv.includes('--speed-only');

/** News-Fair titles start with the publication date, YYYYMMDD. */
function newsFairDate(d: JsonlDoc): string | undefined {
  const day = /^(\d{4})(\d{2})(\d{2})/.exec(d.title);
  return day ? `${day[1]}-${day[2]}-${day[3]}` : undefined;
}

/** The documents the speed is measured on: CoNLL-2003 dev and News-Fair dev, as scored below. */
function speedInputs(): { text: string; date?: string }[] {
  const out: { text: string; date?: string }[] = [];
  if (existsSync(CONLL_DEV)) for (const d of parseConll(readFileSync(CONLL_DEV, 'utf8'))) out.push({ text: d.text });
  if (existsSync(NEWS_FAIR_DEV)) for (const d of readJsonl(NEWS_FAIR_DEV)) out.push({ text: d.text, date: newsFairDate(d) });
  return out;
}

if (speedOnly) {
  measureSpeed(speedInputs(), 3, 5);
  process.exit(0);
}

console.log(`pipeline: ${pipeline.spec.docStages.map((s) => s.definition.name).join(' > ')}`);
console.log(`scoring: ${linked ? 'doc.mentions (a stage assigns mentions)' : 'doc.nerSpans (no stage assigns mentions)'}\n`);

function predictions(doc: Doc): TypedSpan[] {
  if (linked) {
    const map: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC', PLACE: 'LOC' };
    return doc.mentions.map((m) => ({ start: m.start, end: m.end, type: map[m.type] ?? m.type }));
  }
  return doc.nerSpans.map((s) => ({ start: s.start, end: s.end, type: s.label }));
}

function tagged(doc: Doc): TypedSpan[] {
  return doc.nerSpans.map((s) => ({ start: s.start, end: s.end, type: s.label }));
}

function failed(doc: Doc): boolean {
  return doc.status === 'error';
}

function readJsonl(file: string): JsonlDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as JsonlDoc);
}

function printTable(title: string, scorer: SpanScorer): void {
  console.log(title);
  for (const line of scorer.table()) console.log(`  ${line}`);
  console.log('');
}

// CoNLL-2003 dev
if (existsSync(CONLL_DEV)) {
  const docs = parseConll(readFileSync(CONLL_DEV, 'utf8'));
  const scorer = new SpanScorer(SCORED);
  const taggerScorer = new SpanScorer(SCORED);
  let failures = 0;
  for (const d of docs) {
    const doc = pipeline.process(d.text);
    if (failed(doc)) failures++;
    const gold = d.names.map((n) => ({ start: n.start, end: n.end, type: n.label }));
    scorer.add(gold, predictions(doc));
    taggerScorer.add(gold, tagged(doc));
  }
  printTable(`CoNLL-2003 eng.testa: ${docs.length} documents, ${docs.reduce((a, d) => a + d.names.length, 0)} gold names (MISC unscored)${failures ? `, ${failures} documents failed` : ''}`, scorer);
  if (linked) printTable('  the same, the ner stage\'s spans before linking (doc.nerSpans):', taggerScorer);
} else console.log(`CoNLL-2003 dev ABSENT: ${CONLL_DEV} not found; not scored.\n`);

// News-Fair dev
function newsFairType(classes: string): string {
  const c = classes.split('|');
  if (c.includes('Q215627')) return 'PER';
  if (c.includes('Q27096213')) return 'LOC';
  if (c.includes('Q43229')) return 'ORG';
  return classes;
}

if (existsSync(NEWS_FAIR_DEV)) {
  const docs = readJsonl(NEWS_FAIR_DEV);
  const scorer = new SpanScorer(SCORED);
  const taggerScorer = new SpanScorer(SCORED);
  const nestedScorer = new SpanScorer(SCORED);
  let failures = 0;
  let gold = 0;
  for (const d of docs) {
    const [from, to] = d.evaluation_span ?? [0, d.text.length];
    const date = newsFairDate(d);
    const doc = pipeline.process(d.text, { date, id: String(d.id) });
    if (failed(doc)) failures++;
    const inside = (s: { start: number; end: number }) => from <= s.start && s.end <= to;
    const labels = d.labels
      .map((l) => ({ start: l.span[0], end: l.span[1], type: l.coref ? 'COREF' : newsFairType(l.type) }))
      .filter(inside);
    gold += labels.filter((l) => SCORED.includes(l.type)).length;
    scorer.add(labels, predictions(doc).filter(inside));
    taggerScorer.add(labels, tagged(doc).filter(inside));
    const nested = d.labels
      .map((l) => ({ id: l.id ?? -1, parent: l.parent ?? null, children: l.children ?? [], optional: l.optional === true, start: l.span[0], end: l.span[1], type: l.coref ? 'COREF' : newsFairType(l.type) }))
      .filter(inside);
    nestedScorer.addNested(nested, predictions(doc).filter(inside));
  }
  printTable(`News-Fair dev: ${docs.length} articles, ${gold} scored gold names inside evaluation spans${failures ? `, ${failures} documents failed` : ''}`, scorer);
  if (linked) printTable('  the same, the ner stage\'s spans before linking (doc.nerSpans):', taggerScorer);
  printTable('  the same, nested gold labels scored as alternatives ("Houston, TX" or "Houston" and "TX"), optional ones unscored, as News-Fair\'s own tool (ELEVANT) scores them:', nestedScorer);
} else console.log(`News-Fair dev ABSENT: ${NEWS_FAIR_DEV} not found; not scored.\n`);

// AIDA-CoNLL linking
if (!existsSync(AIDA_DEV)) console.log(`AIDA-CoNLL dev ABSENT: ${AIDA_DEV} not found; linking not scored.\n`);
else if (!linked) console.log('AIDA-CoNLL linking: not measured, the pipeline has no stage that assigns mentions and entities (the `link` stage).\n');
else {
  const docs = readJsonl(AIDA_DEV);
  let total = 0;
  let right = 0;
  let wrong = 0;
  for (const d of docs) {
    const doc = pipeline.process(d.text, { id: String(d.id) });
    const kbOf = new Map(doc.entities.map((e) => [e.id, e.kbId]));
    const at = new Map(doc.mentions.map((m) => [`${m.start}:${m.end}`, kbOf.get(m.entityId) ?? null]));
    for (const l of d.labels) {
      if (!/^Q\d+$/.test(l.entity_id)) continue;
      total++;
      const kb = at.get(`${l.span[0]}:${l.span[1]}`);
      if (kb === l.entity_id) right++;
      else if (kb) wrong++;
    }
  }
  console.log(`AIDA-CoNLL dev linking: ${right} of ${total} gold names with a Wikidata id have a mention on the same span linked to that id: accuracy ${(right / Math.max(1, total)).toFixed(3)}; ${wrong} have one linked to another id\n`);
}

// Speed. The time is the CPU time this single-threaded process used (process.cpuUsage), so that other work
// on a shared machine does not count, but it includes V8's own threads (garbage collection, compilation),
// which run beside the main one; so the same measure is taken again in a process pinned to one core
// (`taskset -c 0`, Linux), where those threads take turns with the pipeline: that is the one-core figure.
function timed(run: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measureSpeed(inputs: { text: string; date?: string }[], warmups: number, passes: number): number {
  const words = inputs.reduce((a, i) => a + countWords(pipeline.process(i.text, { date: i.date })), 0);
  for (let k = 0; k < warmups; k++) inputs.forEach((i) => pipeline.process(i.text, { date: i.date }));
  const runs = Array.from({ length: passes }, () => timed(() => inputs.forEach((i) => pipeline.process(i.text, { date: i.date }))));
  const cpu = median(runs.map((p) => p.cpu));
  const wall = median(runs.map((p) => p.wall));
  console.log(`speed: whole pipeline (${pipeline.spec.docStages.map((d) => d.definition.name).join(', ')}), ${inputs.length} documents, ${words} words: ${Math.round(words / cpu)} words per CPU-second (${Math.round(words / wall)} words/s wall clock; median of ${passes} passes)`);
  return words;
}

const inputs = speedInputs();
if (inputs.length) {
  const words = measureSpeed(inputs, 0, 3);

  // The ner stage alone, on documents already cleaned, tokenized and split.
  const upToSentences = new Pipeline(checkPipeline({ name: 'up-to-sentences', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }] }, '(bench)'));
  const docs = inputs.map((i) => upToSentences.process(i.text, { date: i.date }));
  const tagger = createNerTagger();
  const stage = [0, 1, 2, 3, 4].map(() => timed(() => docs.forEach((d) => tagger.tag(d))));
  console.log(`speed: the ner stage alone: ${Math.round(words / median(stage.map((p) => p.cpu)))} words per CPU-second (${Math.round(words / median(stage.map((p) => p.wall)))} words/s wall clock; median of 5 passes)`);

  const pinned = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, process.argv[1], '--speed-only', ...pipelineArgs], { encoding: 'utf8' });
  if (pinned.status === 0) console.log(`speed on one core (taskset -c 0, every thread of the process on core 0, 3 warm-up passes): ${pinned.stdout.trim().replace(/^speed: /, '')}`);
  else console.log(`speed on one core: not measured (taskset -c 0 failed: ${(pinned.error?.message ?? pinned.stderr).trim().split('\n')[0]})`);
}
