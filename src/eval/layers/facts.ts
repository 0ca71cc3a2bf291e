import type { Doc, Entity, Fact } from '../../doc/types.js';
import { SYMMETRIC_PREDICATES, type GoldDoc, type GoldFact } from '../gold.js';
import { normName, quote, showNumber, unitMatches, valueMatches } from '../normalize.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';
import { goldForms, overlaps, predictedForms } from './names.js';

export function goldFactKey(f: GoldFact): string {
  const value = f.value === undefined ? '' : ` = ${typeof f.value === 'number' ? showNumber(f.value) : quote(typeof f.value === 'string' ? f.value : f.value[0], 60)}`;
  const flags = [f.polarity === 'negated' ? 'negated' : '', f.modality && f.modality !== 'asserted' ? f.modality : ''].filter(Boolean);
  return `${f.subject} ${f.predicate}${f.object ? ` ${f.object}` : ''}${value}${f.unit ? ` ${f.unit}` : ''}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

function foundKey(f: Fact, byId: ReadonlyMap<string, Entity>): string {
  const name = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : '');
  const value = f.value === null || f.value === '' ? '' : ` = ${typeof f.value === 'number' ? showNumber(f.value) : quote(String(f.value), 60)}`;
  const flags = [f.polarity === 'negated' ? 'negated' : '', f.modality !== 'asserted' ? f.modality : ''].filter(Boolean);
  return `${name(f.subjectId)} ${f.predicate}${f.objectId ? ` ${name(f.objectId)}` : ''}${value}${f.unit ? ` ${f.unit}` : ''}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

/**
 * Facts match by predicate, subject and object or value: the found subject (and object) entity must be
 * known by one of the gold entity's forms; a value, or unit, is compared only when the gold gives one.
 * `met` and `negotiated_with` match either way round. Polarity must agree (a negated fact never matches an
 * asserted one); modality only when the gold gives it. Each gold fact is found at most once: the same fact
 * found again from another sentence is not counted. Time does not decide a match; a different time is noted.
 */
export function scoreFacts(doc: Doc, gold: GoldDoc): LayerResult {
  const result = emptyLayer();
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const found = predictedForms(doc);
  const formsOf = new Map(gold.entities.map((e) => [e.name, goldForms(e)]));
  const names = (id: string | null): ReadonlySet<string> => (id ? (found.get(id) ?? new Set([normName(id)])) : new Set());
  const is = (id: string | null, goldName: string | undefined) => goldName !== undefined && overlaps(names(id), formsOf.get(goldName)!);

  const matches = (f: Fact, g: GoldFact): boolean => {
    if (f.predicate !== g.predicate || f.polarity !== g.polarity) return false;
    if (g.modality && f.modality !== g.modality) return false;
    const straight = is(f.subjectId, g.subject) && (g.object === undefined || is(f.objectId, g.object));
    const swapped = SYMMETRIC_PREDICATES.has(g.predicate) && g.object !== undefined && is(f.objectId, g.subject) && is(f.subjectId, g.object);
    if (!straight && !swapped) return false;
    if (g.value !== undefined && !valueMatches(f.value, g.value)) return false;
    return unitMatches(f.unit, g.unit, true);
  };

  const used = new Set<number>();
  const seen = new Set<string>();
  for (const f of doc.facts) {
    const key = foundKey(f, byId);
    const candidates = gold.facts.map((g, i) => ({ g, i })).filter(({ g }) => matches(f, g));
    const free = candidates.find(({ g, i }) => !used.has(i) && !g.optional) ?? candidates.find(({ i }) => !used.has(i));
    const evidence = doc.text.slice(f.start, f.end);
    if (free) {
      used.add(free.i);
      if (free.g.optional) result.optionalFound++;
      else addFound(result, { key: goldFactKey(free.g), evidence: free.g.evidence });
      if (free.g.time && f.time !== free.g.time) {
        result.notes.push({ key: goldFactKey(free.g), evidence, hint: `time ${f.time ?? 'none'}, the gold has ${free.g.time}` });
      }
      continue;
    }
    if (candidates.length || seen.has(key)) continue; // the same fact again, from another sentence
    seen.add(key);
    const near = gold.facts.find((g, i) => !used.has(i) && g.predicate === f.predicate && is(f.subjectId, g.subject));
    addWrong(result, { key, evidence, hint: near ? `the gold has ${goldFactKey(near)}` : undefined });
  }
  gold.facts.forEach((g, i) => {
    if (!g.optional && !used.has(i)) addMissed(result, { key: goldFactKey(g), evidence: g.evidence });
  });
  return result;
}
