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

/** The rows of one document, built once for both CSV and docs.jsonl. */
export interface DocRows {
  mentions: Row<'mentions'>[];
  figures: Row<'figures'>[];
  facts: Row<'facts'>[];
}

export function docRows(doc: Doc): DocRows {
  return { mentions: mentionRows(doc), figures: figureRows(doc), facts: factRows(doc) };
}

/** One line of docs.jsonl: the document, its text, and every item with the same fields as its CSV row. */
export function docRecord(doc: Doc, rows: DocRows = docRows(doc)): Record<string, unknown> {
  const mentions = rows.mentions.map((r, i) => {
    const m = doc.mentions[i];
    return { mention_id: r.mention_id, entity_id: r.entity_id, type: r.type, text: r.text, start: r.start, end: r.end, sentence: r.sentence, role: m.role, metonymy: m.metonymy, source: m.source };
  });
  const figures = rows.figures.map((r, i) => {
    const f = doc.figures[i];
    return {
      figure_id: r.figure_id, kind: r.kind, text: r.text, start: r.start, end: r.end, value: r.value, unit: r.unit, si_value: r.si_value, si_unit: r.si_unit,
      entity_id: r.entity_id, sentence: r.sentence, qualifier: f.qualifier, low: f.low, high: f.high, unresolved: f.unresolved,
    };
  });
  const facts = rows.facts.map((r, i) => {
    const f = doc.facts[i];
    return {
      fact_id: r.fact_id, predicate: r.predicate, subject_id: r.subject_id, subject: r.subject, object_id: r.object_id, object: r.object, value: r.value, unit: r.unit,
      time: r.time, place_id: r.place_id, confidence: r.confidence, start: r.start, end: r.end, evidence: r.evidence, rule: r.rule, polarity: f.polarity, modality: f.modality,
    };
  });
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
    mentions,
    entities: doc.entities.map((e) => ({ entity_id: e.id, type: e.type, name: e.name, kb_id: e.kbId, aliases: e.aliases })),
    figures,
    facts,
    diagnostics: doc.diagnostics,
  };
}
