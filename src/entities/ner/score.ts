/** A span with a type, for scoring. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
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
