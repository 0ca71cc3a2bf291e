import type { Doc, Entity } from '../../doc/types.js';
import type { GoldDoc } from '../gold.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';
import { describeEntity, goldForms, goldTypes, nameAffinity, predictedForms } from './names.js';

export interface EntityMatch {
  result: LayerResult;
  /** Found entity id to the index of the gold entity it was matched with (optional gold included). */
  goldOf: Map<string, number>;
  /** Found entities that matched no gold entity. */
  unmatched: Entity[];
}

/**
 * Entities match by type (or one of the gold's altTypes) and by name: the found entity's name, aliases or
 * mention texts meet the gold's name, aliases or descriptions. Matching is one to one, best names first;
 * a second found entity for the same gold entity (a merge the pipeline missed) is wrong. A found entity
 * named like an optional gold entity is not counted, whatever its type.
 */
export function scoreEntities(doc: Doc, gold: GoldDoc): EntityMatch {
  const result = emptyLayer();
  const forms = gold.entities.map(goldForms);
  const types = gold.entities.map(goldTypes);
  const found = predictedForms(doc);
  const pairs: { e: Entity; g: number; affinity: number }[] = [];
  for (const e of doc.entities) {
    for (let g = 0; g < gold.entities.length; g++) {
      if (!types[g].has(e.type)) continue;
      const affinity = nameAffinity(e, found.get(e.id)!, gold.entities[g], forms[g]);
      if (affinity) pairs.push({ e, g, affinity });
    }
  }
  pairs.sort((a, b) => b.affinity - a.affinity || Number(gold.entities[a.g].optional) - Number(gold.entities[b.g].optional));
  const goldOf = new Map<string, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (goldOf.has(p.e.id) || taken.has(p.g)) continue;
    goldOf.set(p.e.id, p.g);
    taken.add(p.g);
  }
  const unmatched: Entity[] = [];
  for (const e of doc.entities) {
    if (goldOf.has(e.id)) continue;
    unmatched.push(e);
    const twin = pairs.find((p) => p.e === e);
    // An optional gold entity is one a reader could argue about, its type included.
    if (gold.entities.some((g, i) => g.optional && nameAffinity(e, found.get(e.id)!, g, forms[i]) > 0)) continue;
    let hint: string | undefined;
    if (twin) hint = `a second entity for ${describeEntity(gold.entities[twin.g])}: the mentions were not merged`;
    else {
      const otherType = gold.entities.find((g, i) => !types[i].has(e.type) && nameAffinity(e, found.get(e.id)!, g, forms[i]) > 0);
      if (otherType) hint = `type differs: the gold has ${describeEntity(otherType)}`;
    }
    addWrong(result, { key: describeEntity(e), hint });
  }
  gold.entities.forEach((g, i) => {
    if (g.optional) {
      if (taken.has(i)) result.optionalFound++;
      return;
    }
    const key = describeEntity(g);
    if (taken.has(i)) addFound(result, { key });
    else addMissed(result, { key, hint: g.aliases.length ? `also called ${g.aliases.join(', ')}` : undefined });
  });
  return { result, goldOf, unmatched };
}
