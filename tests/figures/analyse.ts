import { createDoc } from '../../src/doc/create.js';
import type { Doc, Figure } from '../../src/doc/types.js';
import { datesStage } from '../../src/dates/stage.js';
import { figuresStage } from '../../src/figures/stage.js';
import { splitSentences } from '../../src/tokenize/sentences.js';
import { tokenizeDoc } from '../../src/tokenize/tokenize.js';

const runFigures = figuresStage.create({}, { pipelineDir: '.' });
const runDates = datesStage.create({}, { pipelineDir: '.' });

/** A Friday: relative dates in the tests resolve against it. */
export const ANCHOR = '2021-03-12';

export interface Seen {
  id: string;
  kind: Figure['kind'];
  text: string;
  value: Figure['value'];
  unit: string | null;
  si: number | null;
  siUnit: string | null;
  qualifier: string | null;
  low: number | null;
  high: number | null;
  unresolved: boolean;
}

/** Runs tokenize, sentences, figures and dates on a text that is all article body. */
export function analyse(text: string, anchor: string | null = ANCHOR, stages: 'both' | 'figures' | 'dates' = 'both'): { doc: Doc; figures: Seen[] } {
  const doc = createDoc({ id: 't', source: 'test', text, anchorDate: anchor });
  doc.body = [{ start: 0, end: text.length }];
  tokenizeDoc(doc);
  splitSentences(doc);
  if (stages !== 'dates') runFigures(doc);
  if (stages !== 'figures') runDates(doc);
  return {
    doc,
    figures: doc.figures.map((f) => ({
      id: f.id,
      kind: f.kind,
      text: text.slice(f.start, f.end),
      value: f.value,
      unit: f.unit,
      si: f.siValue,
      siUnit: f.siUnit,
      qualifier: f.qualifier ?? null,
      low: f.low ?? null,
      high: f.high ?? null,
      unresolved: f.unresolved ?? false,
    })),
  };
}

export function figuresIn(text: string, anchor: string | null = ANCHOR): Seen[] {
  return analyse(text, anchor).figures;
}

/** The one figure whose text is `surface`; fails the test with what was found when there is none. */
export function figureWithText(text: string, surface: string, anchor: string | null = ANCHOR): Seen {
  const all = figuresIn(text, anchor);
  const hit = all.find((f) => f.text === surface);
  if (!hit) throw new Error(`no figure "${surface}" in "${text}"; found ${JSON.stringify(all.map((f) => `${f.kind} ${f.text}`))}`);
  return hit;
}
