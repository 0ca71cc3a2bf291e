import type { Doc, Entity } from '../../doc/types.js';
import type { GoldEntity, GoldEntityType } from '../gold.js';
import { normName } from '../normalize.js';

/** Every form under which the gold knows an entity, normalised: name, aliases, descriptions. */
export function goldForms(e: GoldEntity): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.descriptions].map(normName));
}

export function goldTypes(e: GoldEntity): Set<GoldEntityType> {
  return new Set([e.type, ...(e.altTypes ?? [])]);
}

/**
 * Every form under which the pipeline knows an entity: its name, its aliases and the text of each of
 * its mentions, so that an entity is recognised even when its alias list is short.
 */
export function predictedForms(doc: Doc): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const e of doc.entities) forms.set(e.id, new Set([e.name, ...e.aliases].map(normName)));
  for (const m of doc.mentions) {
    const set = forms.get(m.entityId);
    if (set) set.add(normName(doc.text.slice(m.start, m.end)));
  }
  return forms;
}

export function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * How well a found entity matches a gold one, 0 for not at all: 3 when the canonical names agree, 2 when
 * one's canonical name is among the other's forms, 1 when only other forms are shared.
 */
export function nameAffinity(found: Entity, foundForms: ReadonlySet<string>, gold: GoldEntity, forms: ReadonlySet<string>): number {
  const fn = normName(found.name);
  const gn = normName(gold.name);
  if (fn === gn) return 3;
  if (forms.has(fn) || foundForms.has(gn)) return 2;
  return overlaps(foundForms, forms) ? 1 : 0;
}

export function describeEntity(e: { type: string; name: string }): string {
  return `${e.type} ${e.name}`;
}
