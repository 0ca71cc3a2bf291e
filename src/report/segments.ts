/**
 * Cuts an article's text into runs that are covered by the same set of marks (mentions, figures,
 * boilerplate, the headline, fact evidence), so that overlapping spans of different layers never need
 * nested or crossing tags: each run becomes one element carrying every mark that covers it.
 */

export type MarkKind = 'mention' | 'figure' | 'boilerplate' | 'headline' | 'evidence';

export interface Mark {
  kind: MarkKind;
  /** Index of the item in its own list (the doc's mentions, figures, boilerplate or facts). */
  index: number;
}

export interface MarkedSpan {
  start: number;
  end: number;
  mark: Mark;
}

export interface Segment {
  start: number;
  end: number;
  /** Every mark covering this run, in the order the spans were given. */
  marks: Mark[];
}

/**
 * Splits [0, length) at every span boundary. Spans must already lie inside the text with start < end;
 * the runs returned cover the whole text, in order, without gaps.
 */
export function segmentText(length: number, spans: readonly MarkedSpan[]): Segment[] {
  if (length === 0) return [];
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: number[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p];
    const to = points[p + 1];
    active = active.filter((i) => spans[i].end > from);
    while (next < order.length && spans[order[next]].start <= from) {
      if (spans[order[next]].end > from) active.push(order[next]);
      next++;
    }
    active.sort((a, b) => a - b);
    segments.push({ start: from, end: to, marks: active.map((i) => spans[i].mark) });
  }
  return segments;
}
