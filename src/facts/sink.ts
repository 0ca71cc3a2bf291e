import type { Fact, MentionType } from '../doc/types.js';
import { isPredicate, VOCABULARY } from './vocabulary.js';
import type { FactView } from './view.js';

export type FactDraft = Omit<Fact, 'id'>;

/**
 * The type of an entity fit to be an argument. A name has a capital or a digit: an entity the linker built
 * from a lower-case word ("mayor") is a description it failed to attach, not someone facts can be about.
 */
function typeOf(v: FactView, id: string | null): MentionType | null {
  const e = id ? v.entities.get(id) : undefined;
  return e && /[\p{Lu}\d]/u.test(e.name) ? e.type : null;
}

/**
 * Collects a document's facts: checks each against the vocabulary (predicate and argument types), keeps
 * one fact per predicate, arguments, value, stance and sentence (the most confident), and numbers them
 * x1, x2, ... in text order.
 */
export class FactSink {
  private readonly byKey = new Map<string, FactDraft>();

  constructor(private readonly v: FactView) {}

  add(f: FactDraft): boolean {
    if (!isPredicate(f.predicate)) return false;
    const def = VOCABULARY[f.predicate];
    const st = typeOf(this.v, f.subjectId);
    if (!st || !def.subject.includes(st)) return false;
    if (f.objectId !== null) {
      const ot = typeOf(this.v, f.objectId);
      if (!ot || !def.object.includes(ot) || f.objectId === f.subjectId) return false;
    }
    if (def.value === null && f.objectId === null && f.predicate !== 'died') return false;
    const confidence = Math.round(Math.min(1, Math.max(0, f.confidence)) * 100) / 100;
    // Symmetric predicates are one fact either way round.
    const [a, b] = def.symmetric && f.objectId && f.objectId < f.subjectId ? [f.objectId, f.subjectId] : [f.subjectId, f.objectId];
    const key = `${f.predicate}|${a}|${b}|${f.value}|${f.unit}|${f.polarity}|${f.modality}|${f.start}`;
    const known = this.byKey.get(key);
    if (known && known.confidence >= confidence) return false;
    this.byKey.set(key, { ...f, confidence });
    return true;
  }

  finish(): Fact[] {
    const all = [...this.byKey.values()].sort((x, y) => x.start - y.start || x.rule.localeCompare(y.rule));
    return all.map((f, i) => ({ id: `x${i + 1}`, ...f }));
  }
}
