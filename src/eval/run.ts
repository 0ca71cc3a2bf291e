import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { failedDoc } from '../doc/create.js';
import type { Doc } from '../doc/types.js';
import { NewsfactsError, messageOf } from '../errors.js';
import { PACKAGE_ROOT } from '../pipeline/load.js';
import { Pipeline } from '../pipeline/run.js';
import type { Source } from '../pipeline/stage.js';
import { readStage } from '../read/stage.js';
import { countWords } from '../tokenize/count.js';
import { goldTextProblems, readGoldFile, type GoldDoc, type GoldFile } from './gold.js';
import { scoreDoc } from './score-doc.js';
import { EVAL_LAYERS, round4, scoresOf, sumCounts, type Counts, type EvalLayer, type LayerResult, type Scores } from './score.js';

/** The package's own fixture articles and their gold. */
export const DEFAULT_FIXTURES = path.join(PACKAGE_ROOT, 'fixtures');
export const GOLD_SUFFIX = '.gold.json';

export interface FixtureResult {
  id: string;
  source: string;
  goldFile: string;
  /** Set when the article could not be read or processed: everything in its gold is then missed. */
  error: string | null;
  layers: Record<EvalLayer, LayerResult>;
}

export type LayerTotal = Counts & Scores & { optionalFound: number };

export interface EvalReport {
  dir: string;
  pipeline: { file: string; name: string };
  fixtures: FixtureResult[];
  /** Micro-averaged over every fixture: counts summed, then scored. */
  totals: Record<EvalLayer, LayerTotal>;
  /** Articles without a gold file: read, processed, not scored. */
  unscored: { id: string; source: string }[];
  /** Files in the folder that are not articles (gold files, the baseline, notes). */
  skippedFiles: number;
  words: number;
  seconds: number;
}

export interface EvalOptions {
  dir?: string;
  pipelineFile?: string;
}

/** The gold file of an article: `name.gold.json` beside `name.txt`; for a JSONL line, beside its batch. */
export function goldPathFor(source: string): string {
  const jsonl = /^(.*\.(?:jsonl|ndjson)):\d+$/i.exec(source);
  const file = jsonl ? jsonl[1] : source;
  const ext = path.extname(file);
  return (ext ? file.slice(0, -ext.length) : file) + GOLD_SUFFIX;
}

function goldFilesIn(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...goldFilesIn(full));
    else if (e.name.endsWith(GOLD_SUFFIX)) out.push(full);
  }
  return out.sort();
}

/**
 * Runs the pipeline over every article of a folder, read by the same source stage as `newsfacts run`, and
 * scores each one that has a gold file. A gold file that does not fit its article (a quoted string that is
 * not in the text, an id no document has) stops the evaluation with every such problem listed.
 */
export async function runEval(options: EvalOptions = {}): Promise<EvalReport> {
  const dir = path.resolve(options.dir ?? DEFAULT_FIXTURES);
  if (!existsSync(dir)) throw new NewsfactsError('eval/no-fixtures', `no such fixture folder: ${dir}`);
  const pipeline = Pipeline.load(options.pipelineFile);
  const spec = pipeline.spec;
  const source: Source = spec.source
    ? spec.source.definition.create(spec.source.options, spec.context)
    : readStage.create(readStage.options.parse({}), spec.context);

  const golds = new Map<string, GoldFile>();
  const problems: string[] = [];
  const goldOf = (file: string): GoldFile | null => {
    if (!golds.has(file)) {
      if (!existsSync(file)) return null;
      try {
        golds.set(file, readGoldFile(file));
      } catch (err) {
        problems.push(messageOf(err));
        return null;
      }
    }
    return golds.get(file)!;
  };
  const usedBatchIds = new Map<string, Set<string>>();

  const started = performance.now();
  const fixtures: FixtureResult[] = [];
  const unscored: EvalReport['unscored'] = [];
  let words = 0;
  const seenIds = new Set<string>();
  for await (const result of source.documents([dir])) {
    let doc: Doc;
    let error: string | null = null;
    if (result.ok) {
      try {
        doc = pipeline.processInput({ ...result.input, anchorDate: result.input.anchorDate ?? null });
      } catch (err) {
        doc = failedDoc(result.input.id, result.input.source, result.input.text);
        error = messageOf(err);
      }
      const stageError = doc.diagnostics.find((d) => d.severity === 'error');
      if (doc.status === 'error' && !error) error = stageError ? `${stageError.code}: ${stageError.message}` : 'failed';
    } else {
      doc = failedDoc(result.id, result.source);
      error = `${result.code}: ${result.message}`;
    }
    if (seenIds.has(doc.id)) problems.push(`${doc.source}: doc id "${doc.id}" is used twice; fixtures need distinct ids`);
    seenIds.add(doc.id);
    words += doc.status === 'ok' ? countWords(doc) : 0;

    const goldFile = goldPathFor(doc.source);
    const file = goldOf(goldFile);
    let gold: GoldDoc | undefined;
    if (file?.kind === 'doc') gold = file.doc;
    else if (file?.kind === 'batch') {
      gold = file.docs.get(doc.id);
      if (!usedBatchIds.has(goldFile)) usedBatchIds.set(goldFile, new Set());
      usedBatchIds.get(goldFile)!.add(doc.id);
    }
    if (!gold) {
      // An unreadable gold file is already a problem; an article with no gold at all is only reported.
      if (file || !existsSync(goldFile)) unscored.push({ id: doc.id, source: doc.source });
      continue;
    }
    if (doc.text) {
      for (const p of goldTextProblems(gold, doc.text)) problems.push(`${goldFile}${file?.kind === 'batch' ? ` docs.${doc.id}` : ''}: ${p}`);
    }
    fixtures.push({ id: doc.id, source: doc.source, goldFile, error, layers: scoreDoc(doc, gold) });
  }
  for (const file of goldFilesIn(dir)) {
    const gold = goldOf(file);
    if (!gold) continue;
    const used = usedBatchIds.get(file);
    if (gold.kind === 'doc' && !fixtures.some((f) => f.goldFile === file)) problems.push(`${file}: no article beside it (expected ${file.slice(0, -GOLD_SUFFIX.length)}.txt, .html or .jsonl)`);
    if (gold.kind === 'batch') {
      for (const id of gold.docs.keys()) if (!used?.has(id)) problems.push(`${file}: docs.${id}: no document of the batch has this id`);
    }
  }
  if (problems.length) throw new NewsfactsError('eval/bad-gold', `the gold does not fit the fixtures:\n  ${problems.join('\n  ')}`);

  const totals = {} as Record<EvalLayer, LayerTotal>;
  for (const layer of EVAL_LAYERS) {
    const counts = sumCounts(fixtures.map((f) => f.layers[layer]));
    const optionalFound = fixtures.reduce((n, f) => n + f.layers[layer].optionalFound, 0);
    totals[layer] = { ...counts, ...scoresOf(counts), optionalFound };
  }
  return {
    dir,
    pipeline: { file: spec.file, name: spec.name },
    fixtures,
    totals,
    unscored,
    skippedFiles: (source as { skipped?: { count: number } }).skipped?.count ?? 0,
    words,
    seconds: round4((performance.now() - started) / 1000),
  };
}
