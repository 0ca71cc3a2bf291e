import type { Doc } from '../../doc/types.js';
import type { GoldDoc } from '../gold.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';
import type { EntityMatch } from './entities.js';

/**
 * Knowledge-base ids, for the gold entities that have one: right when the matched entity carries the same
 * id; missed when it carries none or the entity was not found; wrong when an entity carries another id,
 * or an id at all while matching no gold entity. An id on an entity whose gold has none is not judged.
 */
export function scoreLinks(doc: Doc, gold: GoldDoc, match: EntityMatch): LayerResult {
  const result = emptyLayer();
  const foundFor = new Map<number, string | null>();
  for (const e of doc.entities) {
    const g = match.goldOf.get(e.id);
    if (g !== undefined) foundFor.set(g, e.kbId);
  }
  gold.entities.forEach((g, i) => {
    if (!g.kbId) return;
    const key = `${g.name} ${g.kbId}`;
    const kb = foundFor.get(i);
    if (g.optional) {
      if (kb === g.kbId) result.optionalFound++;
      return;
    }
    if (kb === g.kbId) addFound(result, { key });
    else {
      addMissed(result, { key, hint: kb ? `linked to ${kb} instead` : foundFor.has(i) ? 'found without an id' : 'entity not found' });
      if (kb) addWrong(result, { key: `${g.name} ${kb}`, hint: `the gold has ${g.kbId}` });
    }
  });
  for (const e of match.unmatched) {
    if (e.kbId) addWrong(result, { key: `${e.name} ${e.kbId}`, hint: 'an entity the gold does not have' });
  }
  return result;
}
