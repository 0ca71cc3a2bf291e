import type { Doc, Entity } from '../doc/types.js';
import { countWords } from '../tokenize/count.js';
import type { Row } from './columns.js';

export function firstError(doc: Doc): string {
  const d = doc.diagnostics.find((x) => x.severity === 'error');
  return d ? `${d.code}: ${d.message}` : '';
}

export function documentRow(doc: Doc): Row<'documents'> {
  const m = doc.meta;
  return {
    doc_id: doc.id,
    source: doc.source,
    status: doc.status,
    error: firstError(doc),
    title: m.title?.value ?? '',
    published: m.published?.value ?? '',
    author: m.author?.value ?? '',
    dateline: m.dateline ? (m.dateline.agency ? `${m.dateline.place} (${m.dateline.agency})` : m.dateline.place) : '',
    section: m.section?.value ?? '',
    characters: doc.text.length,
    words: countWords(doc),
    sentences: doc.sentences.length,
  };
}

export function mentionRows(doc: Doc): Row<'mentions'>[] {
  return doc.mentions.map((x) => ({
    doc_id: doc.id,
    mention_id: x.id,
    entity_id: x.entityId,
    type: x.type,
    text: doc.text.slice(x.start, x.end),
    start: x.start,
    end: x.end,
    sentence: x.sentence,
  }));
}

export function figureRows(doc: Doc): Row<'figures'>[] {
  return doc.figures.map((f) => ({
    doc_id: doc.id,
    figure_id: f.id,
    kind: f.kind,
    text: doc.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    value: f.value,
    unit: f.unit,
    si_value: f.siValue,
    si_unit: f.siUnit,
    entity_id: f.entityId,
    sentence: f.sentence,
  }));
}

export function factRows(doc: Doc): Row<'facts'>[] {
  const byId = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  return doc.facts.map((f) => ({
    doc_id: doc.id,
    fact_id: f.id,
    predicate: f.predicate,
    subject_id: f.subjectId,
    subject: byId.get(f.subjectId)?.name ?? '',
    object_id: f.objectId,
    object: f.objectId ? (byId.get(f.objectId)?.name ?? '') : '',
    value: f.value,
    unit: f.unit,
    time: f.time,
    place_id: f.placeId,
    confidence: f.confidence,
    start: f.start,
    end: f.end,
    evidence: doc.text.slice(f.start, f.end),
    rule: f.rule,
  }));
}

export function errorRows(doc: Doc): Row<'errors'>[] {
  return doc.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ source: doc.source, doc_id: doc.id, code: d.code, message: d.message }));
}

/** One line of docs.jsonl: the document, its text, and every item with the same fields as its CSV row. */
export function docRecord(doc: Doc): Record<string, unknown> {
  const strip = <T extends Record<string, unknown>>(r: T) => {
    const { doc_id: _, ...rest } = r;
    return rest;
  };
  const mentionExtras = new Map(doc.mentions.map((m) => [m.id, { role: m.role, metonymy: m.metonymy, source: m.source }]));
  const figureExtras = new Map(doc.figures.map((f) => [f.id, { qualifier: f.qualifier, low: f.low, high: f.high, unresolved: f.unresolved }]));
  const factExtras = new Map(doc.facts.map((f) => [f.id, { polarity: f.polarity, modality: f.modality }]));
  return {
    doc_id: doc.id,
    source: doc.source,
    status: doc.status,
    error: firstError(doc) || null,
    meta: {
      title: doc.meta.title,
      published: doc.meta.published,
      author: doc.meta.author,
      dateline: doc.meta.dateline,
      section: doc.meta.section,
      url: doc.meta.url,
    },
    anchor_date: doc.anchorDate,
    text: doc.text,
    body: doc.body.map(({ start, end }) => ({ start, end })),
    boilerplate: doc.boilerplate,
    sentences: doc.sentences.map(({ start, end, zone }) => ({ start, end, zone })),
    mentions: mentionRows(doc).map((r) => ({ ...strip(r), ...mentionExtras.get(String(r.mention_id)) })),
    entities: doc.entities.map((e) => ({ entity_id: e.id, type: e.type, name: e.name, kb_id: e.kbId, aliases: e.aliases })),
    figures: figureRows(doc).map((r) => ({ ...strip(r), ...figureExtras.get(String(r.figure_id)) })),
    facts: factRows(doc).map((r) => ({ ...strip(r), ...factExtras.get(String(r.fact_id)) })),
    diagnostics: doc.diagnostics,
  };
}
