/** The layers a fixture is scored on, in the order reports print them. */
export const EVAL_LAYERS = ['metadata', 'mentions', 'entities', 'links', 'figures', 'dates', 'facts'] as const;
export type EvalLayer = (typeof EVAL_LAYERS)[number];

/** One gold item found or missed, or one item the pipeline produced that the gold does not have. */
export interface Item {
  /** Stable and readable: the baseline compares these keys between runs. */
  key: string;
  /** The sentence that states it (facts): the gold's evidence for a miss, the pipeline's for a wrong fact. */
  evidence?: string;
  /** Why a near miss did not match ("unit differs: the gold has EUR"). */
  hint?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface LayerResult extends Counts {
  found: Item[];
  missed: Item[];
  wrong: Item[];
  /** Optional gold items the pipeline found: neither rewarded nor punished, only counted. */
  optionalFound: number;
  /** Things worth a look that do not change the score (a fact found with another time). */
  notes: Item[];
}

export function emptyLayer(): LayerResult {
  return { tp: 0, fp: 0, fn: 0, found: [], missed: [], wrong: [], optionalFound: 0, notes: [] };
}

export function addFound(r: LayerResult, item: Item): void {
  r.tp++;
  r.found.push(item);
}
export function addMissed(r: LayerResult, item: Item): void {
  r.fn++;
  r.missed.push(item);
}
export function addWrong(r: LayerResult, item: Item): void {
  r.fp++;
  r.wrong.push(item);
}

/**
 * Precision, recall and F1 from counts. With nothing to find and nothing found, all three are 1; with
 * something to find and nothing found, precision is 0 too (a layer the pipeline does not produce yet
 * scores 0, not "undefined").
 */
export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce((acc, c) => ({ tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Scores are stored and compared at four decimals, so that float noise never trips the gate. */
export function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
