import { createDoc } from '../../src/doc/create.js';
import type { Doc, Entity, Fact, Figure, FigureKind, Mention, MentionType } from '../../src/doc/types.js';
import { GoldDoc } from '../../src/eval/gold.js';

/** Hand-made documents for the scorer's tests: spans are found by searching the text, so tests read as prose. */
export interface EntitySpec {
  type: MentionType;
  name: string;
  aliases?: string[];
  kbId?: string | null;
  /** Surface forms to mark as mentions, each at its next occurrence after the previous one. */
  mentions?: string[];
}

export interface FactSpec {
  subject: string;
  predicate: string;
  object?: string;
  value?: string | number;
  unit?: string;
  time?: string;
  polarity?: Fact['polarity'];
  modality?: Fact['modality'];
  evidence: string;
}

export interface DocSpec {
  entities?: EntitySpec[];
  figures?: { kind: FigureKind; value: number | string | null; unit?: string | null; text: string }[];
  facts?: FactSpec[];
  meta?: { title?: string; published?: string; author?: string; dateline?: { place: string; agency: string | null } };
}

function at(text: string, s: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(s, from);
  if (start === -1) throw new Error(`"${s}" is not in the test text`);
  return { start, end: start + s.length };
}

export function makeDoc(text: string, spec: DocSpec = {}): Doc {
  const doc = createDoc({ id: 'test', source: 'test.txt', text });
  const byName = new Map<string, Entity>();
  (spec.entities ?? []).forEach((e, i) => {
    const entity: Entity = { id: `E${i}`, type: e.type, name: e.name, kbId: e.kbId ?? null, aliases: e.aliases ?? [] };
    doc.entities.push(entity);
    byName.set(e.name, entity);
    for (const m of e.mentions ?? []) {
      // Several mentions with the same surface: take the first occurrence not yet used.
      let s = at(text, m);
      while (doc.mentions.some((x) => x.start === s.start)) s = at(text, m, s.start + 1);
      const mention: Mention = { id: `M${doc.mentions.length}`, entityId: entity.id, type: e.type, sentence: 0, ...s };
      doc.mentions.push(mention);
    }
  });
  for (const [i, f] of (spec.figures ?? []).entries()) {
    const figure: Figure = { id: `F${i}`, kind: f.kind, value: f.value, unit: f.unit ?? null, siValue: null, siUnit: null, entityId: null, sentence: 0, ...at(text, f.text) };
    doc.figures.push(figure);
  }
  for (const [i, f] of (spec.facts ?? []).entries()) {
    const id = (name: string | undefined) => (name === undefined ? null : (byName.get(name)?.id ?? (() => { throw new Error(`no entity ${name}`); })()));
    doc.facts.push({
      id: `R${i}`,
      predicate: f.predicate,
      subjectId: id(f.subject)!,
      objectId: id(f.object),
      value: f.value ?? null,
      unit: f.unit ?? null,
      time: f.time ?? null,
      placeId: null,
      confidence: 1,
      rule: 'test',
      polarity: f.polarity ?? 'asserted',
      modality: f.modality ?? 'asserted',
      ...at(text, f.evidence),
    });
  }
  if (spec.meta?.title) doc.meta.title = { value: spec.meta.title };
  if (spec.meta?.published) doc.meta.published = { value: spec.meta.published };
  if (spec.meta?.author) doc.meta.author = { value: spec.meta.author };
  if (spec.meta?.dateline) doc.meta.dateline = { ...spec.meta.dateline };
  return doc;
}

/** A gold document through the real schema, so defaults apply as they do for gold files. */
export function gold(json: unknown): GoldDoc {
  return GoldDoc.parse(json);
}
