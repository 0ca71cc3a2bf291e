import { forceLayout } from './graph-layout.js';
import { MENTION_STYLES, OTHER_MENTION_STYLE } from './palette.js';
import type { ReportDoc } from './record.js';

/**
 * What the index page needs about the whole run, gathered one document at a time so that the text of
 * a run never has to sit in memory at once. Rows are arrays rather than objects to keep the data file
 * small on a run of thousands of articles; the column positions below are shared with the page script
 * (src/report/assets/index-script.ts), which names them the same way.
 */

/** [entity_id, type, name, kb_id, mentions, document indexes, aliases] */
export type EntityRow = [string, string, string, string, number, number[], string[]];
/** [predicate, subject, object, value, unit, time, document, fact_id, polarity, modality, confidence, place]: entity indexes, -1 when none. */
export type FactRow = [string, number, number, string, string, string, number, string, string, string, number | null, number];
/** [doc_id, title, published, page file, status, mentions, entities, facts, error] */
export type DocRow = [string, string, string, string, string, number, number, number, string];
/** [entity index, x, y, degree] */
export type GraphNode = [number, number, number, number];
/** [node index, node index, facts, predicates] */
export type GraphEdge = [number, number, number, string[]];

export interface IndexData {
  /** Per mention type, [CSS class suffix, label, graph shape]; the key '' is for a type the palette does not know. */
  types: Record<string, [string, string, string]>;
  run: { documents: number; ok: number; failed: number; mentions: number; entities: number; facts: number; figures: number };
  docs: DocRow[];
  entities: EntityRow[];
  facts: FactRow[];
  graph: {
    width: number;
    height: number;
    nodes: GraphNode[];
    edges: GraphEdge[];
    /** Entities joined by at least one fact, of which `nodes` shows the most connected. */
    connected: number;
  };
}

export interface IndexOptions {
  /** The graph shows at most this many entities, the most connected. */
  graphNodes: number;
}

interface EntityTally {
  id: string;
  type: string;
  name: string;
  kbId: string;
  aliases: Set<string>;
  mentions: number;
  docs: number[];
}

export class IndexBuilder {
  private readonly entityIndex = new Map<string, number>();
  private readonly entities: EntityTally[] = [];
  private readonly docs: DocRow[] = [];
  private readonly facts: FactRow[] = [];
  private ok = 0;
  private mentions = 0;
  private figures = 0;

  /** Adds a document whose page is `file` (relative to the report folder). */
  addDoc(doc: ReportDoc, file: string): void {
    const docIndex = this.docs.length;
    if (doc.status === 'ok') this.ok++;
    const perEntity = new Map<string, number>();
    for (const m of doc.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
    const seen = new Set<number>();
    const touch = (id: string, type: string, name: string, kbId: string | null, aliases: readonly string[]) => {
      const i = this.entity(id, type, name, kbId);
      for (const a of aliases) this.entities[i].aliases.add(a);
      if (!seen.has(i)) {
        seen.add(i);
        this.entities[i].docs.push(docIndex);
      }
      return i;
    };
    for (const e of doc.entities) {
      const i = touch(e.id, e.type, e.name, e.kbId, e.aliases);
      this.entities[i].mentions += perEntity.get(e.id) ?? 0;
      perEntity.delete(e.id);
    }
    // Mentions of an entity the record forgot to list still count, under the mention's own text.
    for (const m of doc.mentions) {
      if (!perEntity.has(m.entityId)) continue;
      const i = touch(m.entityId, m.type, doc.text.slice(m.start, m.end), null, []);
      this.entities[i].mentions += perEntity.get(m.entityId)!;
      perEntity.delete(m.entityId);
    }
    this.mentions += doc.mentions.length;
    this.figures += doc.figures.length;
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    const ref = (id: string | null, fallbackName: string) => {
      if (!id) return -1;
      const known = byId.get(id);
      return touch(id, known?.type ?? '', known?.name ?? fallbackName, known?.kbId ?? null, []);
    };
    for (const f of doc.facts) {
      this.facts.push([
        f.predicate,
        ref(f.subjectId, f.subject),
        ref(f.objectId, f.object),
        f.value === null ? '' : String(f.value),
        f.unit ?? '',
        f.time ?? '',
        docIndex,
        f.id,
        f.polarity,
        f.modality,
        f.confidence,
        ref(f.placeId, ''),
      ]);
    }
    this.docs.push([doc.id, doc.meta.title, doc.meta.published, file, doc.status, doc.mentions.length, seen.size, doc.facts.length, doc.error ?? '']);
  }

  private entity(id: string, type: string, name: string, kbId: string | null): number {
    let i = this.entityIndex.get(id);
    if (i === undefined) {
      i = this.entities.length;
      this.entityIndex.set(id, i);
      this.entities.push({ id, type, name: name || id, kbId: kbId ?? '', aliases: new Set(), mentions: 0, docs: [] });
    } else {
      const t = this.entities[i];
      if (!t.type && type) t.type = type;
      if (!t.kbId && kbId) t.kbId = kbId;
    }
    return i;
  }

  build(options: IndexOptions): IndexData {
    const entities: EntityRow[] = this.entities.map((t) => [t.id, t.type, t.name, t.kbId, t.mentions, t.docs, [...t.aliases].filter((a) => a !== t.name).sort()]);
    const types: IndexData['types'] = { '': [OTHER_MENTION_STYLE.cls, OTHER_MENTION_STYLE.label, OTHER_MENTION_STYLE.shape] };
    for (const [type, st] of Object.entries(MENTION_STYLES)) types[type] = [st.cls, st.label, st.shape];
    return {
      types,
      run: {
        documents: this.docs.length,
        ok: this.ok,
        failed: this.docs.length - this.ok,
        mentions: this.mentions,
        entities: entities.length,
        facts: this.facts.length,
        figures: this.figures,
      },
      docs: this.docs,
      entities,
      facts: this.facts,
      graph: buildGraph(this.facts, this.entities, options.graphNodes),
    };
  }
}

const GRAPH_WIDTH = 640;
const GRAPH_HEIGHT = 440;

/** Entities joined by facts (subject to object), the `limit` most connected of them, laid out. */
export function buildGraph(facts: readonly FactRow[], entities: readonly { mentions: number; name: string }[], limit: number): IndexData['graph'] {
  const pairs = new Map<string, { a: number; b: number; count: number; predicates: Set<string> }>();
  const degree = new Map<number, number>();
  for (const f of facts) {
    const [predicate, s, o] = f;
    if (s < 0 || o < 0 || s === o) continue;
    const a = Math.min(s, o);
    const b = Math.max(s, o);
    const key = `${a} ${b}`;
    let p = pairs.get(key);
    if (!p) {
      p = { a, b, count: 0, predicates: new Set() };
      pairs.set(key, p);
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
    }
    p.count++;
    p.predicates.add(predicate);
  }
  const ranked = [...degree.keys()].sort(
    (x, y) => degree.get(y)! - degree.get(x)! || entities[y].mentions - entities[x].mentions || (entities[x].name < entities[y].name ? -1 : entities[x].name > entities[y].name ? 1 : x - y),
  );
  // Of the most connected, keep those joined to another one shown: a node whose every edge leads out
  // of the picture says nothing there. Twice the limit are considered so that the picture stays full.
  const candidates = new Set(ranked.slice(0, Math.max(0, limit) * 2));
  const joined = new Set<number>();
  for (const p of pairs.values()) {
    if (candidates.has(p.a) && candidates.has(p.b)) {
      joined.add(p.a);
      joined.add(p.b);
    }
  }
  const chosen = ranked.filter((e) => joined.has(e)).slice(0, Math.max(0, limit));
  const nodeOf = new Map(chosen.map((e, i) => [e, i]));
  const edges: GraphEdge[] = [];
  for (const p of pairs.values()) {
    const a = nodeOf.get(p.a);
    const b = nodeOf.get(p.b);
    if (a !== undefined && b !== undefined) edges.push([a, b, p.count, [...p.predicates].sort()]);
  }
  const points = forceLayout(
    chosen.length,
    edges.map(([source, target, weight]) => ({ source, target, weight })),
    { width: GRAPH_WIDTH, height: GRAPH_HEIGHT, margin: 40 },
  );
  return {
    width: GRAPH_WIDTH,
    height: GRAPH_HEIGHT,
    nodes: chosen.map((e, i) => [e, points[i].x, points[i].y, degree.get(e)!]),
    edges,
    connected: degree.size,
  };
}
