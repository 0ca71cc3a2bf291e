/**
 * One line of docs.jsonl as the report reads it. The file is the run's output contract (see the README);
 * the report trusts its shape only as far as it checks it: a missing list is empty, a span that does
 * not fit the text is dropped and counted, and every string is escaped when it is shown.
 */

export interface ReportSpan {
  start: number;
  end: number;
}

export interface ReportMention extends ReportSpan {
  id: string;
  entityId: string;
  type: string;
  role: string | null;
  metonymy: boolean;
}

export interface ReportEntity {
  id: string;
  type: string;
  name: string;
  kbId: string | null;
  aliases: string[];
}

export interface ReportFigure extends ReportSpan {
  id: string;
  kind: string;
  value: string | number | null;
  unit: string | null;
  qualifier: string | null;
  entityId: string | null;
}

export interface ReportFact extends ReportSpan {
  id: string;
  predicate: string;
  subjectId: string;
  subject: string;
  objectId: string | null;
  object: string;
  value: string | number | null;
  unit: string | null;
  time: string | null;
  placeId: string | null;
  confidence: number | null;
  polarity: string;
  modality: string;
  rule: string;
}

export interface ReportBoilerplate extends ReportSpan {
  kind: string;
  rule: string;
}

export interface ReportDiagnostic {
  code: string;
  severity: string;
  message: string;
}

export interface ReportMeta {
  title: string;
  titleSpan: ReportSpan | null;
  published: string;
  author: string;
  dateline: string;
  section: string;
  url: string | null;
}

export interface ReportDoc {
  id: string;
  source: string;
  status: string;
  error: string | null;
  meta: ReportMeta;
  text: string;
  boilerplate: ReportBoilerplate[];
  mentions: ReportMention[];
  entities: ReportEntity[];
  figures: ReportFigure[];
  facts: ReportFact[];
  diagnostics: ReportDiagnostic[];
  /** Spans of this record that did not fit its text and were left out. */
  droppedSpans: number;
}

type Json = Record<string, unknown>;

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const scalar = (v: unknown): string | number | null => (typeof v === 'string' || typeof v === 'number' ? v : null);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => Boolean(x) && typeof x === 'object') : []);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

function metaValue(v: unknown): string {
  return typeof v === 'string' ? v : str(obj(v).value);
}

/** Normalises a parsed docs.jsonl record; throws only when it is not an object with a doc_id. */
export function toReportDoc(raw: unknown): ReportDoc {
  const r = obj(raw);
  if (typeof r.doc_id !== 'string' && typeof r.doc_id !== 'number') throw new Error('the record has no doc_id');
  const text = str(r.text);
  let dropped = 0;
  /** Keeps the items whose span is a non-empty range inside the text. */
  const fitting = <T extends ReportSpan>(items: T[]): T[] =>
    items.filter((s) => {
      const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
      if (!ok) dropped++;
      return ok;
    });
  const span = (x: Json) => ({ start: Number(x.start), end: Number(x.end) });

  const m = obj(r.meta);
  const title = obj(m.title);
  const dl = obj(m.dateline);
  const titleSpan = typeof title.start === 'number' && typeof title.end === 'number' ? fitting([span(title)])[0] ?? null : null;
  const dateline = dl.place ? (dl.agency ? `${str(dl.place)} (${str(dl.agency)})` : str(dl.place)) : '';

  return {
    id: str(r.doc_id),
    source: str(r.source),
    status: str(r.status, 'ok'),
    error: strOrNull(r.error),
    meta: {
      title: metaValue(m.title),
      titleSpan,
      published: metaValue(m.published),
      author: metaValue(m.author),
      dateline,
      section: metaValue(m.section),
      url: strOrNull(m.url),
    },
    text,
    boilerplate: fitting(list(r.boilerplate).map((b) => ({ ...span(b), kind: str(b.kind, 'other'), rule: str(b.rule) }))),
    mentions: fitting(
      list(r.mentions).map((x, i) => ({
        ...span(x),
        id: str(x.mention_id, `m${i + 1}`),
        entityId: str(x.entity_id),
        type: str(x.type),
        role: strOrNull(x.role),
        metonymy: x.metonymy === true,
      })),
    ),
    entities: list(r.entities).map((e) => ({
      id: str(e.entity_id),
      type: str(e.type),
      name: str(e.name),
      kbId: strOrNull(e.kb_id),
      aliases: Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [],
    })),
    figures: fitting(
      list(r.figures).map((f, i) => ({
        ...span(f),
        id: str(f.figure_id, `x${i + 1}`),
        kind: str(f.kind),
        value: scalar(f.value),
        unit: strOrNull(f.unit),
        qualifier: strOrNull(f.qualifier),
        entityId: strOrNull(f.entity_id),
      })),
    ),
    // A fact keeps its place in the list even when its evidence span is broken: the fact is still shown.
    facts: list(r.facts).map((f, i) => {
      const s = span(f);
      const fits = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;
      if (!fits) dropped++;
      return {
        start: fits ? s.start : 0,
        end: fits ? s.end : 0,
        id: str(f.fact_id, `f${i + 1}`),
        predicate: str(f.predicate),
        subjectId: str(f.subject_id),
        subject: str(f.subject),
        objectId: strOrNull(f.object_id),
        object: str(f.object),
        value: scalar(f.value),
        unit: strOrNull(f.unit),
        time: strOrNull(f.time),
        placeId: strOrNull(f.place_id),
        confidence: typeof f.confidence === 'number' ? f.confidence : null,
        polarity: str(f.polarity, 'asserted'),
        modality: str(f.modality, 'asserted'),
        rule: str(f.rule),
      };
    }),
    diagnostics: list(r.diagnostics).map((d) => ({ code: str(d.code), severity: str(d.severity), message: str(d.message) })),
    droppedSpans: dropped,
  };
}
