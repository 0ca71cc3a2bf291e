/**
 * npm run bench [-- --mb 20] [-- --large] [-- --rounds 3] [-- --keep-corpus]
 *
 * Builds a corpus of at least 20 MB (200 MB with --large) from the bundled fixtures, varied so that no
 * cache can cheat (paragraphs recombined across articles, sentences reordered, every number changed),
 * and measures in one run, each in a fresh process: the default pipeline on one worker and on all
 * cores, compromise alone (people, places, organizations) and wink-nlp alone (readDoc and its
 * entities). Words/s uses one word count for all (runs of non-space characters in the corpus), so the
 * ratios compare like with like.
 *
 * The four runs are repeated in rounds, one of each per round (3 rounds, 1 with --large): on a shared
 * machine the same run has been measured 35 % slower a few minutes later, so a ratio taken from one
 * run of each says little. Each round gives its own ratios; the summary is their median, followed by
 * every round's.
 *
 * A corpus over 100 MB is deleted at the end unless --keep-corpus is given (to run other builds on the
 * same corpus afterwards); its path is printed at the start.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { mulberry32 } from '../src/entities/ner/random.js';
import { FileSource } from '../src/read/stage.js';

const args = process.argv.slice(2);
const large = args.includes('--large');
const mbArg = args.indexOf('--mb');
const targetMb = mbArg !== -1 ? Number(args[mbArg + 1]) : large ? 200 : 20;
const only = args.includes('--pipeline-only');
const keepCorpus = args.includes('--keep-corpus');
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg !== -1 ? Number(args[roundsArg + 1]) : large ? 1 : 3;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of rounds, 1 or more');
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(tmpdir(), 'newsfacts-bench');

async function buildCorpus(file: string, mb: number): Promise<{ docs: number; words: number; bytes: number }> {
  const source = new FileSource({ textExtensions: ['.txt'], htmlExtensions: ['.html', '.htm'], jsonlExtensions: ['.jsonl'] });
  const paragraphs: string[] = [];
  for await (const r of source.documents([path.join(root, 'fixtures')])) {
    if (!r.ok) continue;
    for (const p of r.input.text.split(/\n\s*\n/)) if (p.trim().split(/\s+/).length >= 12) paragraphs.push(p.trim());
  }
  if (paragraphs.length < 10) throw new Error('the fixtures hold too little text to build a corpus from');
  // Seeded, so that every bench run measures the same corpus.
  const random = mulberry32(20190425);
  const out = createWriteStream(file);
  let bytes = 0;
  let docs = 0;
  let words = 0;
  while (bytes < mb * 1024 * 1024) {
    const n = 3 + Math.floor(random() * 8);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)];
      const sentences = p.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
      if (sentences.length > 2 && random() < 0.5) sentences.push(sentences.splice(1, 1)[0]);
      parts.push(sentences.join(' ').replace(/\d+/g, (d) => String(Math.floor(random() * 10 ** d.length)).padStart(d.length, '1')));
    }
    const text = parts.join('\n\n');
    const day = 1 + Math.floor(random() * 28);
    const line = JSON.stringify({ id: `b${docs}`, published: `2020-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, '0')}`, text }) + '\n';
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
    bytes += Buffer.byteLength(line);
    words += text.split(/\s+/).filter(Boolean).length;
    docs++;
  }
  await new Promise((r) => out.end(r));
  return { docs, words, bytes };
}

interface Measure {
  name: string;
  seconds: number;
  rssMb: number;
  /** CPU seconds of the process, every thread (V8's compiler and garbage collector threads too). */
  cpuSeconds: number;
}

function measure(name: string, code: string): Measure {
  // A module file rather than `node -e`: worker threads started from an eval'd module never report back.
  const file = path.join(work, `measure-${name.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(file, code);
  const r = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop()!;
  const { seconds, maxRss, cpu } = JSON.parse(line) as { seconds: number; maxRss: number; cpu: number };
  return { name, seconds, rssMb: maxRss / 1024, cpuSeconds: cpu };
}

// The reader is made only once the library is loaded: readline made before an await drops its lines.
const readLines = (corpus: string) => `
const { createReadStream } = await import('node:fs');
const { createInterface } = await import('node:readline');
const lines = createInterface({ input: createReadStream(${JSON.stringify(corpus)}), crlfDelay: Infinity });`;
const finish = `const used = process.cpuUsage();
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, maxRss: process.resourceUsage().maxRSS, cpu: (used.user + used.system) / 1e6 }));`;

function pipelineRun(corpus: string, workers: number): string {
  return `
import { Pipeline } from ${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'index.js')).href)};
const t0 = performance.now();
const p = Pipeline.load();
await p.run([${JSON.stringify(corpus)}], { outDir: ${JSON.stringify(path.join(work, `out-${workers}`))}, workers: ${workers} });
${finish}`;
}

const compromiseRun = (corpus: string) => `
const t0 = performance.now();
const nlp = (await import(${JSON.stringify(import.meta.resolve('compromise'))})).default;
${readLines(corpus)}
for await (const line of lines) {
  const doc = nlp(JSON.parse(line).text);
  doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
}
${finish}`;

const winkRun = (corpus: string) => `
const t0 = performance.now();
const winkNLP = (await import(${JSON.stringify(import.meta.resolve('wink-nlp'))})).default;
const model = (await import(${JSON.stringify(import.meta.resolve('wink-eng-lite-web-model'))})).default;
const nlp = winkNLP(model);
${readLines(corpus)}
for await (const line of lines) nlp.readDoc(JSON.parse(line).text).entities().out(nlp.its.detail);
${finish}`;

async function main() {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('run `npm run build` first');
  mkdirSync(work, { recursive: true });
  const corpus = path.join(work, `corpus-${targetMb}mb.jsonl`);
  console.log(`building a ${targetMb} MB corpus from fixtures/ ...`);
  const c = await buildCorpus(corpus, targetMb);
  console.log(`corpus: ${corpus}: ${c.docs} documents, ${c.words} words, ${(c.bytes / 1048576).toFixed(1)} MB`);
  const cores = availableParallelism();
  const rate = (m: Measure) => c.words / m.seconds;
  const run = (name: string, code: string) => {
    process.stdout.write(`measuring ${name} ... `);
    const m = measure(name, code);
    console.log(`${Math.round(rate(m))} words/s, peak RSS ${m.rssMb.toFixed(0)} MB, ${m.seconds.toFixed(1)} s, ${(m.cpuSeconds / m.seconds).toFixed(2)} cores busy`);
    return m;
  };
  interface Round {
    one: Measure;
    all: Measure;
    comp: Measure | null;
    wink: Measure | null;
  }
  const done: Round[] = [];
  for (let r = 1; r <= rounds; r++) {
    if (rounds > 1) console.log(`round ${r} of ${rounds}`);
    const one = run('newsfacts, 1 worker', pipelineRun(corpus, 1));
    const all = run(`newsfacts, ${cores} workers`, pipelineRun(corpus, cores));
    const comp = only ? null : run('compromise alone', compromiseRun(corpus));
    const wink = only ? null : run('wink-nlp alone', winkRun(corpus));
    done.push({ one, all, comp, wink });
  }
  console.log(`\nmachine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${cores} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`);
  console.log(`corpus: ${(c.bytes / 1048576).toFixed(1)} MB, ${c.docs} documents, ${c.words} words; ${rounds} round${rounds > 1 ? 's' : ''}\n`);
  console.log('| round | run | words/s | peak RSS MB | seconds | cores busy |');
  console.log('|---:|---|---:|---:|---:|---:|');
  done.forEach((round, i) => {
    for (const m of [round.one, round.all, round.comp, round.wink]) {
      if (m) console.log(`| ${i + 1} | ${m.name} | ${Math.round(rate(m))} | ${m.rssMb.toFixed(0)} | ${m.seconds.toFixed(1)} | ${(m.cpuSeconds / m.seconds).toFixed(2)} |`);
    }
  });
  console.log('');
  const summary = (label: string, values: number[], target: string) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    const spread = values.length > 1 ? ` (rounds: ${values.map((v) => v.toFixed(2)).join(', ')})` : '';
    console.log(`${label.padEnd(40)} ${mid.toFixed(2)}${target}${spread}`);
  };
  if (!only) summary('newsfacts 1 worker / compromise alone:', done.map((r) => rate(r.one) / rate(r.comp!)), ' (target >= 4)');
  if (!only) summary('newsfacts 1 worker / wink-nlp alone:', done.map((r) => rate(r.one) / rate(r.wink!)), '');
  summary(`${cores} workers / 1 worker:`, done.map((r) => rate(r.all) / rate(r.one)), ` (target >= 1.7 on 2 cores)`);
  // One worker's own compiler and collector threads already keep part of a second core busy; N workers
  // cannot beat N cores divided by what one worker keeps busy, whatever the pipeline does.
  summary('cores one worker keeps busy:', done.map((r) => r.one.cpuSeconds / r.one.seconds), ` (so ${cores} workers can reach at most ${cores} / this)`);
  console.log(`peak RSS: ${Math.max(...done.flatMap((r) => [r.one.rssMb, r.all.rssMb])).toFixed(0)} MB (target < 400)`);
  rmSync(path.join(work, 'out-1'), { recursive: true, force: true });
  rmSync(path.join(work, `out-${cores}`), { recursive: true, force: true });
  if (!keepCorpus && statSync(corpus).size > 100 * 1048576) rmSync(corpus);
}

await main();
