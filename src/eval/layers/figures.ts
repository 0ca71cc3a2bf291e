import type { Doc, Figure } from '../../doc/types.js';
import type { GoldDoc, GoldFigure } from '../gold.js';
import { asNumber, numbersEqual, quote, showNumber, unitMatches } from '../normalize.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';

/** Counted nouns and time units are words, compared without case; currency codes and unit symbols are not. */
const WORD_UNITS: ReadonlySet<string> = new Set(['COUNT', 'DURATION']);

export function goldFigureKey(g: GoldFigure): string {
  const unit = g.unit === undefined || g.unit === null ? '' : ` ${typeof g.unit === 'string' ? g.unit : g.unit[0]}`;
  return `${g.kind} ${showNumber(g.value)}${unit}`;
}

function foundKey(f: Figure, text: string): string {
  const value = typeof f.value === 'number' ? showNumber(f.value) : f.value === null ? `? ${quote(text.slice(f.start, f.end))}` : String(f.value);
  return `${f.kind} ${value}${f.unit ? ` ${f.unit}` : ''}`;
}

function figureMatches(f: Figure, g: GoldFigure): boolean {
  const n = asNumber(f.value);
  return f.kind === g.kind && n !== null && numbersEqual(n, g.value) && unitMatches(f.unit, g.unit, WORD_UNITS.has(g.kind));
}

/**
 * Figures (every kind but DATE) match by kind and value, and by unit when the gold gives one (one of its
 * forms when it gives several). Each distinct figure counts once per article, however often the text
 * repeats it: the found figures are reduced to distinct (kind, value, unit) before matching.
 */
export function scoreFigures(doc: Doc, gold: GoldDoc): LayerResult {
  const result = emptyLayer();
  const distinct = new Map<string, Figure>();
  for (const f of doc.figures) {
    if (f.kind === 'DATE') continue;
    const key = foundKey(f, doc.text);
    if (!distinct.has(key)) distinct.set(key, f);
  }
  const used = new Set<number>();
  for (const [key, f] of distinct) {
    const candidates = gold.figures.map((g, i) => ({ g, i })).filter(({ g }) => figureMatches(f, g));
    const free = candidates.find(({ g, i }) => !used.has(i) && !g.optional) ?? candidates.find(({ i }) => !used.has(i));
    if (free) {
      used.add(free.i);
      if (free.g.optional) result.optionalFound++;
      else addFound(result, { key: goldFigureKey(free.g), evidence: free.g.text });
      continue;
    }
    if (candidates.length) continue; // another reading of a figure already matched
    addWrong(result, { key, evidence: doc.text.slice(f.start, f.end), hint: nearMiss(f, gold.figures) });
  }
  gold.figures.forEach((g, i) => {
    if (!g.optional && !used.has(i)) addMissed(result, { key: goldFigureKey(g), evidence: g.text });
  });
  return result;
}

function nearMiss(f: Figure, golds: readonly GoldFigure[]): string | undefined {
  const n = asNumber(f.value);
  if (n === null) return f.value === null ? 'unresolved' : undefined;
  const same = golds.filter((g) => numbersEqual(g.value, n));
  const sameKind = same.find((g) => g.kind === f.kind);
  if (sameKind) return `unit differs: the gold has ${goldFigureKey(sameKind)}`;
  if (same.length) return `kind differs: the gold has ${goldFigureKey(same[0])}`;
  return undefined;
}
