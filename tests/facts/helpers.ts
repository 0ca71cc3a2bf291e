import { cleanStage } from '../../src/clean/stage.js';
import { createDoc } from '../../src/doc/create.js';
import type { Doc, Fact, FigureKind, MentionType } from '../../src/doc/types.js';
import { extractFacts } from '../../src/facts/extract.js';
import { loadFactResources } from '../../src/facts/stage.js';
import type { Resources } from '../../src/facts/phrases.js';
import { sentencesStage, tokenizeStage } from '../../src/tokenize/stage.js';

const ctx = { pipelineDir: process.cwd() };
const prepare = [cleanStage, tokenizeStage, sentencesStage].map((s) => s.create(s.options.parse({}) as never, ctx));
let resources: Resources | undefined;

/**
 * A mention placed by hand: every whole-word occurrence of `surface` becomes a mention of entity `entity`
 * (its name is the first surface given for it). List longer surfaces first ("Kim Jong-Il" before "Kim").
 */
export interface HandMention {
  surface: string;
  type: MentionType;
  entity: string;
  role?: string;
}

/** A figure placed by hand on the first occurrence of `surface`. */
export interface HandFigure {
  surface: string;
  kind: FigureKind;
  value: number | string;
  unit?: string;
}

function occurrences(text: string, surface: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index!);
}

/** Runs clean, tokenize and sentences on `text`, places the mentions and figures, and runs the facts stage. */
export function factsOf(text: string, mentions: readonly HandMention[], figures: readonly HandFigure[] = [], date = '2024-03-12'): Doc {
  const doc = createDoc({ id: 't', source: 'test', text, anchorDate: date });
  for (const p of prepare) p(doc);
  const names = new Map<string, { name: string; type: MentionType }>();
  let n = 0;
  for (const h of mentions) {
    if (!names.has(h.entity)) names.set(h.entity, { name: h.surface, type: h.type });
    for (const start of occurrences(doc.text, h.surface)) {
      const end = start + h.surface.length;
      if (doc.mentions.some((m) => m.start < end && start < m.end)) continue;
      const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
      doc.mentions.push({ id: `m${++n}`, start, end, entityId: h.entity, type: h.type, sentence, ...(h.role ? { role: h.role } : {}) });
    }
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  doc.entities = [...names].map(([id, e]) => ({ id, type: e.type, name: e.name, kbId: null, aliases: [e.name] }));
  let f = 0;
  for (const h of figures) {
    const start = occurrences(doc.text, h.surface)[0];
    if (start === undefined) throw new Error(`no "${h.surface}" in the text`);
    const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
    doc.figures.push({ id: `f${++f}`, start, end: start + h.surface.length, kind: h.kind, value: h.value, unit: h.unit ?? null, siValue: null, siUnit: null, entityId: null, sentence });
  }
  resources ??= loadFactResources();
  extractFacts(doc, resources);
  return doc;
}

/**
 * Facts in a readable form: "subject predicate object = value unit @time #place (negated, planned)",
 * with entity names for ids. Only the parts a fact has are written.
 */
export function describe(doc: Doc, f: Fact): string {
  const name = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? id;
  const parts = [name(f.subjectId), f.predicate];
  if (f.objectId) parts.push(name(f.objectId)!);
  if (f.value !== null) parts.push(`= ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
  if (f.time) parts.push(`@${f.time}`);
  if (f.placeId) parts.push(`#${name(f.placeId)}`);
  const flags = [f.polarity === 'negated' ? 'negated' : '', f.modality !== 'asserted' ? f.modality : ''].filter(Boolean);
  if (flags.length) parts.push(`(${flags.join(', ')})`);
  return parts.join(' ');
}

export function described(doc: Doc): string[] {
  return doc.facts.map((f) => describe(doc, f));
}

/** Shorthands for hand mentions. */
export const person = (surface: string, entity = surface, role?: string): HandMention => ({ surface, type: 'PERSON', entity, role });
export const country = (surface: string, entity = surface): HandMention => ({ surface, type: 'COUNTRY', entity });
export const place = (surface: string, entity = surface): HandMention => ({ surface, type: 'PLACE', entity });
export const org = (surface: string, entity = surface): HandMention => ({ surface, type: 'ORGANIZATION', entity });
