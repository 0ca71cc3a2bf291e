/** A span with a type, for scoring. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** A gold label that may sit inside another ("Houston" inside "Houston, TX"): ids as the corpus gives them. */
export interface NestedSpan extends TypedSpan {
  id: number;
  parent: number | null;
  children: number[];
  /** Finding it is neither required nor wrong. */
  optional?: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Exact span-and-type scoring, as CoNLL-2003 is scored: a prediction counts only when its offsets and its
 * type both equal a gold name's. Gold names of unscored types (CoNLL's MISC) are not to be found, and a
 * prediction lying exactly on one is not counted against the tagger; predictions of unscored types are
 * ignored.
 */
export class SpanScorer {
  readonly byType = new Map<string, Counts>();

  constructor(readonly scoredTypes: readonly string[]) {
    for (const t of scoredTypes) this.byType.set(t, { tp: 0, fp: 0, fn: 0 });
  }

  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan) => `${s.start}:${s.end}`;
    const goldAt = new Map<string, string[]>();
    for (const g of gold) goldAt.set(key(g), [...(goldAt.get(key(g)) ?? []), g.type]);
    const matched = new Set<string>();
    for (const p of predicted) {
      const c = this.byType.get(p.type);
      if (!c) continue;
      const types = goldAt.get(key(p));
      const k = `${key(p)}:${p.type}`;
      if (types?.includes(p.type) && !matched.has(k)) {
        c.tp++;
        matched.add(k);
      } else if (types && types.every((t) => !this.byType.has(t))) {
        // exactly on a gold name of an unscored type: neither right nor wrong
      } else c.fp++;
    }
    for (const g of gold) {
      const c = this.byType.get(g.type);
      if (c && !matched.has(`${key(g)}:${g.type}`)) c.fn++;
    }
  }

  /**
   * Scores gold labels that nest ("Houston, TX" over "Houston" and "TX"; "Mr Shorten" over "Shorten") as
   * News-Fair's own evaluation tool, ELEVANT, does (its case_generator.py): the levels of one nest are
   * alternatives, not separate names, since no flat tagger can produce both. A nest whose outer label is
   * found counts once; otherwise every inner label found counts, and so does an inner label missed next
   * to a found sibling; a nest with nothing found is one miss, of its outer label. A label marked
   * optional is neither to be found nor wrong to find. A prediction is wrong when no gold label of any
   * level has its span and type.
   */
  addNested(gold: readonly NestedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
    const predictedKeys = new Set(predicted.map(key));
    const byId = new Map(gold.map((g) => [g.id, g]));
    const found = (g: NestedSpan) => predictedKeys.has(key(g));
    const anyFound = (g: NestedSpan): boolean => found(g) || g.children.some((c) => byId.has(c) && anyFound(byId.get(c)!));
    const counted = new Set<NestedSpan>();
    const visit = (g: NestedSpan): void => {
      if (found(g)) return void counted.add(g);
      const children = g.children.map((c) => byId.get(c)).filter((c): c is NestedSpan => c !== undefined);
      if (!children.some(anyFound)) {
        if (g.parent === null || !byId.has(g.parent)) counted.add(g);
        return;
      }
      for (const c of children) {
        if (anyFound(c)) visit(c);
        else counted.add(c);
      }
    };
    for (const g of gold) if (g.parent === null || !byId.has(g.parent)) visit(g);

    const goldSpans = new Map<string, NestedSpan[]>();
    for (const g of gold) goldSpans.set(`${g.start}:${g.end}`, [...(goldSpans.get(`${g.start}:${g.end}`) ?? []), g]);
    for (const p of predicted) {
      const c = this.byType.get(p.type);
      if (!c) continue;
      const at = goldSpans.get(`${p.start}:${p.end}`) ?? [];
      const same = at.find((g) => g.type === p.type);
      if (same) {
        if (counted.has(same) && !same.optional) c.tp++;
      } else if (!(at.length && at.every((g) => !this.byType.has(g.type) || g.optional))) c.fp++;
    }
    for (const g of counted) {
      const c = this.byType.get(g.type);
      if (c && !g.optional && !found(g)) c.fn++;
    }
  }

  micro(): Counts {
    const m = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.byType.values()) {
      m.tp += c.tp;
      m.fp += c.fp;
      m.fn += c.fn;
    }
    return m;
  }

  /** One line per type and the micro average: precision, recall, F1, and the counts behind them. */
  table(): string[] {
    const rows = [...this.byType.entries(), ['micro', this.micro()] as [string, Counts]];
    return rows.map(([type, c]) => {
      const { p, r, f } = prf(c);
      return `${type.padEnd(6)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
    });
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}
