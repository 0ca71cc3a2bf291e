import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { NewsfactsError } from '../errors.js';
import type { EvalReport } from './run.js';
import { EVAL_LAYERS, round4, scoresOf, type EvalLayer, type Item } from './score.js';

/**
 * The baseline: the scores of a run a person accepted, with the exact items it found and got wrong, so that
 * the next run can say not only that a score dropped but which facts were lost and gained.
 */
const ScoreTriple = { precision: z.number(), recall: z.number(), f1: z.number() };
const BaselineLayer = z.object({ ...ScoreTriple, found: z.array(z.string()), wrong: z.array(z.string()) }).strict();
const BaselineTotal = z.object({ ...ScoreTriple, tp: z.number(), fp: z.number(), fn: z.number() }).strict();
export const BaselineFile = z
  .object({
    version: z.literal(1),
    note: z.string().optional(),
    pipeline: z.string(),
    layers: z.record(z.string(), BaselineTotal),
    fixtures: z.record(z.string(), z.record(z.string(), BaselineLayer)),
  })
  .strict();
export type BaselineFile = z.infer<typeof BaselineFile>;

export const METRICS = ['precision', 'recall', 'f1'] as const;

export function toBaseline(report: EvalReport): BaselineFile {
  const layers: BaselineFile['layers'] = {};
  for (const layer of EVAL_LAYERS) {
    const t = report.totals[layer];
    layers[layer] = { precision: round4(t.precision), recall: round4(t.recall), f1: round4(t.f1), tp: t.tp, fp: t.fp, fn: t.fn };
  }
  const fixtures: BaselineFile['fixtures'] = {};
  for (const f of [...report.fixtures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const entry: Record<string, z.infer<typeof BaselineLayer>> = {};
    for (const layer of EVAL_LAYERS) {
      const r = f.layers[layer];
      const s = scoresOf(r);
      entry[layer] = {
        precision: round4(s.precision),
        recall: round4(s.recall),
        f1: round4(s.f1),
        found: r.found.map((i) => i.key).sort(),
        wrong: r.wrong.map((i) => i.key).sort(),
      };
    }
    fixtures[f.id] = entry;
  }
  return {
    version: 1,
    note: 'Written by `newsfacts eval --update`. `newsfacts eval` fails when a score falls below these; rewrite it only after reading what changed.',
    pipeline: report.pipeline.name,
    layers,
    fixtures,
  };
}

export function readBaseline(file: string): BaselineFile | null {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new NewsfactsError('eval/bad-baseline', `${file}: not readable JSON: ${(err as Error).message}`);
  }
  const parsed = BaselineFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    throw new NewsfactsError('eval/bad-baseline', `${file}: not a baseline written by \`newsfacts eval --update\`: ${issues}`);
  }
  return parsed.data;
}

/** Written whole to a temporary file and moved into place, so an interrupted update leaves the old one. */
export function writeBaseline(file: string, baseline: BaselineFile): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(baseline, null, 2)}\n`);
  renameSync(tmp, file);
}

export interface Drop {
  /** null for the micro-averaged score over all fixtures. */
  fixture: string | null;
  layer: string;
  metric: (typeof METRICS)[number];
  before: number;
  now: number;
}

export interface Change {
  fixture: string;
  layer: EvalLayer;
  lost: Item[];
  gained: Item[];
  newlyWrong: Item[];
  noLongerWrong: Item[];
}

export interface GateResult {
  passed: boolean;
  drops: Drop[];
  changes: Change[];
  /** Fixtures the baseline has that this run did not score: their scores cannot be checked. */
  missingFixtures: string[];
  newFixtures: string[];
}

/** What is in `a` and not in `b`, counting repeats. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

/**
 * A run passes when no score, overall or of any fixture and layer, is below the baseline's (both at four
 * decimals) and every fixture of the baseline was scored again. Items lost and gained are listed either way.
 */
export function compareWithBaseline(report: EvalReport, baseline: BaselineFile): GateResult {
  const drops: Drop[] = [];
  const check = (fixture: string | null, layer: string, before: Record<(typeof METRICS)[number], number>, now: Record<(typeof METRICS)[number], number>) => {
    for (const metric of METRICS) {
      if (round4(now[metric]) < before[metric]) drops.push({ fixture, layer, metric, before: before[metric], now: round4(now[metric]) });
    }
  };
  for (const layer of EVAL_LAYERS) {
    const before = baseline.layers[layer];
    if (before) check(null, layer, before, report.totals[layer]);
  }
  const changes: Change[] = [];
  const byId = new Map(report.fixtures.map((f) => [f.id, f]));
  for (const [id, layers] of Object.entries(baseline.fixtures)) {
    const now = byId.get(id);
    if (!now) continue;
    for (const layer of EVAL_LAYERS) {
      const before = layers[layer];
      if (!before) continue;
      const r = now.layers[layer];
      check(id, layer, before, scoresOf(r));
      const withEvidence = (keys: string[], pool: readonly Item[]) => keys.map((k) => pool.find((i) => i.key === k) ?? { key: k });
      const change: Change = {
        fixture: id,
        layer,
        lost: withEvidence(minus(before.found, r.found.map((i) => i.key)), r.missed),
        gained: withEvidence(minus(r.found.map((i) => i.key), before.found), r.found),
        newlyWrong: withEvidence(minus(r.wrong.map((i) => i.key), before.wrong), r.wrong),
        noLongerWrong: minus(before.wrong, r.wrong.map((i) => i.key)).map((key) => ({ key })),
      };
      if (change.lost.length || change.gained.length || change.newlyWrong.length || change.noLongerWrong.length) changes.push(change);
    }
  }
  const missingFixtures = Object.keys(baseline.fixtures).filter((id) => !byId.has(id));
  const newFixtures = report.fixtures.map((f) => f.id).filter((id) => !(id in baseline.fixtures));
  return { passed: drops.length === 0 && missingFixtures.length === 0, drops, changes, missingFixtures, newFixtures };
}
