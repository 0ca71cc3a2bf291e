import type { Doc } from '../../doc/types.js';
import type { GoldDoc, GoldEntityType } from '../gold.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';

/** A mention the gold implies: an occurrence of an entity's name or alias in the article. */
export interface GoldMention {
  start: number;
  end: number;
  types: ReadonlySet<GoldEntityType>;
  entity: string;
  optional: boolean;
}

interface Range {
  start: number;
  end: number;
}

/** Where mentions are expected: the headline and the article body (see GoldDoc.body). */
export function mentionScope(text: string, gold: GoldDoc): Range[] {
  const ranges: Range[] = [];
  const title = gold.metadata.title;
  if (title) {
    const at = text.indexOf(title);
    if (at !== -1) ranges.push({ start: at, end: at + title.length });
  }
  if (gold.body) {
    const from = text.indexOf(gold.body.first);
    const last = from === -1 ? -1 : text.indexOf(gold.body.last, from);
    if (from !== -1 && last !== -1) ranges.push({ start: from, end: last + gold.body.last.length });
  } else ranges.push({ start: 0, end: text.length });
  return ranges;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !WORD_CHAR.test(text[at - 1]) || !WORD_CHAR.test(text[at]);
}

/**
 * The gold mentions: every whole-word occurrence of an entity's name or alias inside the scope, as written
 * or in capitals ("LISBON"), names before descriptions and longest form first, never overlapping ("Kim Jong-Un"
 * is one mention, not "Kim" and another).
 * Occurrences of a description, of an optional entity, or inside an ignored passage are optional.
 */
export function goldMentions(text: string, gold: GoldDoc): GoldMention[] {
  const forms: { form: string; entity: string; types: Set<GoldEntityType>; optional: boolean; description: boolean }[] = [];
  for (const e of gold.entities) {
    const types = new Set<GoldEntityType>([e.type, ...(e.altTypes ?? [])]);
    for (const form of [e.name, ...e.aliases]) forms.push({ form, entity: e.name, types, optional: e.optional, description: false });
    for (const form of e.descriptions) forms.push({ form, entity: e.name, types, optional: true, description: true });
  }
  // Headlines, kickers and datelines are often set in capitals: "LISBON" is Lisbon.
  for (const f of [...forms]) if (f.form.toUpperCase() !== f.form) forms.push({ ...f, form: f.form.toUpperCase() });
  // Names claim their spans before descriptions do: "Islamic State" stays a name inside "the Islamic State group".
  forms.sort((a, b) => Number(a.description) - Number(b.description) || b.form.length - a.form.length);
  const ignored: Range[] = [];
  for (const passage of gold.ignore) {
    for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) ignored.push({ start: at, end: at + passage.length });
  }
  const taken: GoldMention[] = [];
  const free = (start: number, end: number) => !taken.some((m) => m.start < end && start < m.end);
  for (const range of mentionScope(text, gold)) {
    for (const f of forms) {
      for (let at = text.indexOf(f.form, range.start); at !== -1 && at + f.form.length <= range.end; at = text.indexOf(f.form, at + 1)) {
        const end = at + f.form.length;
        if (!isBoundary(text, at) || !isBoundary(text, end) || !free(at, end)) continue;
        const inIgnored = ignored.some((r) => r.start <= at && end <= r.end);
        taken.push({ start: at, end, types: f.types, entity: f.entity, optional: f.optional || inIgnored });
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Mentions match on exact span and type. A mention found on an optional gold mention is not counted;
 * one with the right span and another type is wrong, and the gold mention missed.
 */
export function scoreMentions(doc: Doc, gold: GoldDoc): LayerResult {
  const result = emptyLayer();
  const text = doc.text;
  const expected = goldMentions(text, gold);
  const at = new Map(expected.map((m) => [`${m.start}:${m.end}`, m]));
  const matched = new Set<GoldMention>();
  const show = (type: string, start: number, end: number) => `${type} "${text.slice(start, end)}" @${start}`;
  for (const m of doc.mentions) {
    // Nationalities are not named-entity mentions of the gold's types (CoNLL's MISC): not scored.
    if (m.type === 'NORP') continue;
    const g = at.get(`${m.start}:${m.end}`);
    if (g && g.types.has(m.type as GoldEntityType)) {
      if (matched.has(g)) continue;
      matched.add(g);
      if (g.optional) result.optionalFound++;
      else addFound(result, { key: show([...g.types][0], g.start, g.end) });
      continue;
    }
    if (g?.optional) continue;
    addWrong(result, { key: show(m.type, m.start, m.end), hint: g ? `type differs: the gold has ${[...g.types].join(' or ')} (${g.entity})` : undefined });
  }
  for (const g of expected) {
    if (!g.optional && !matched.has(g)) addMissed(result, { key: show([...g.types][0], g.start, g.end) });
  }
  return result;
}
