import type { Doc, Figure } from '../../doc/types.js';
import type { GoldDoc } from '../gold.js';
import { quote } from '../normalize.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';

/**
 * Dates (figures of kind DATE) match by their ISO value. Each distinct date counts once per article. A
 * date left unresolved (no publication date to anchor it) matches nothing and is listed by its text.
 */
export function scoreDates(doc: Doc, gold: GoldDoc): LayerResult {
  const result = emptyLayer();
  const distinct = new Map<string, Figure>();
  for (const f of doc.figures) {
    if (f.kind !== 'DATE') continue;
    const key = typeof f.value === 'string' && f.value ? f.value : `unresolved ${quote(doc.text.slice(f.start, f.end))}`;
    if (!distinct.has(key)) distinct.set(key, f);
  }
  const used = new Set<number>();
  for (const [key, f] of distinct) {
    const i = gold.dates.findIndex((g) => g.value === key);
    if (i === -1) {
      const sameText = gold.dates.find((g) => doc.text.slice(f.start, f.end).includes(g.text) || g.text.includes(doc.text.slice(f.start, f.end)));
      addWrong(result, { key, evidence: doc.text.slice(f.start, f.end), hint: sameText ? `the gold reads ${quote(sameText.text)} as ${sameText.value}` : undefined });
      continue;
    }
    used.add(i);
    if (gold.dates[i].optional) result.optionalFound++;
    else addFound(result, { key, evidence: gold.dates[i].text });
  }
  gold.dates.forEach((g, i) => {
    if (!g.optional && !used.has(i)) addMissed(result, { key: g.value, evidence: g.text });
  });
  return result;
}
