import { html, safeWebUrl, type SafeHtml } from './escape.js';
import { renderPage } from './page-shell.js';
import { MENTION_STYLES, mentionStyle } from './palette.js';
import type { ReportDoc, ReportEntity, ReportFact } from './record.js';
import { segmentText, type MarkedSpan, type Segment } from './segments.js';

/**
 * One article's page: its text with every mention, figure, date and boilerplate range marked, and
 * beside it the facts (each selects its evidence in the text), the entities and the figures. All of it
 * is static HTML built here; the page script (assets/article-script.ts) only adds the hover card and the
 * selection, reading what it shows from data attributes and never writing HTML.
 */

export interface ArticleLinks {
  /** This page's file name inside articles/. */
  file: string;
  prev: { file: string; title: string } | null;
  next: { file: string; title: string } | null;
}

export function renderArticlePage(doc: ReportDoc, links: ArticleLinks): string {
  const entities = pageEntities(doc);
  const title = doc.meta.title || doc.id;
  const body = html`<header class="topbar">
  <a class="home" href="../index.html">newsfacts report</a>
  <nav class="pager-links" aria-label="Articles">
    ${links.prev ? html`<a rel="prev" href="${links.prev.file}" title="${links.prev.title}">← Previous</a>` : html`<span class="disabled">← Previous</span>`}
    <a href="../index.html#articles">All articles</a>
    ${links.next ? html`<a rel="next" href="${links.next.file}" title="${links.next.title}">Next →</a>` : html`<span class="disabled">Next →</span>`}
  </nav>
</header>
<main class="article-layout">
  <article class="doc" aria-labelledby="doc-title">
    <h1 id="doc-title">${title}</h1>
    ${renderMeta(doc)}
    ${renderLegend(doc)}
    <div class="text" id="text">${renderText(doc, entities)}</div>
  </article>
  <aside class="side">
    ${renderFacts(doc, entities)}
    ${renderEntities(entities)}
    ${renderFigures(doc)}
    ${renderDiagnostics(doc)}
  </aside>
</main>
<div class="tip" id="tip" role="tooltip" hidden></div>`;
  return renderPage({ title: `${title} · newsfacts report`, root: '../', scripts: ['assets/article.js'], bodyClass: 'article-page', body });
}

/** The article's entities, plus any entity its mentions or facts point at that the record left out. */
export function pageEntities(doc: ReportDoc): Map<string, ReportEntity & { index: number; mentions: number }> {
  const out = new Map<string, ReportEntity & { index: number; mentions: number }>();
  const add = (e: ReportEntity) => {
    if (!out.has(e.id)) out.set(e.id, { ...e, index: out.size, mentions: 0 });
  };
  for (const e of doc.entities) add(e);
  for (const m of doc.mentions) {
    add({ id: m.entityId, type: m.type, name: doc.text.slice(m.start, m.end), kbId: null, aliases: [] });
    out.get(m.entityId)!.mentions++;
  }
  return out;
}

function renderMeta(doc: ReportDoc): SafeHtml {
  const m = doc.meta;
  const url = m.url ? safeWebUrl(m.url) : null;
  const row = (label: string, value: unknown) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : null);
  return html`<dl class="meta">
    ${row('Published', m.published)}${row('Author', m.author)}${row('Dateline', m.dateline)}${row('Section', m.section)}
    ${row('Document', doc.id)}${row('Source', doc.source)}
    ${m.url ? row('URL', url ? html`<a href="${url}" rel="noopener noreferrer nofollow">${m.url}</a>` : m.url) : null}
    ${doc.status !== 'ok' ? html`<div class="error"><dt>Status</dt><dd>${doc.status}${doc.error ? html`: ${doc.error}` : null}</dd></div>` : null}
  </dl>`;
}

function renderLegend(doc: ReportDoc): SafeHtml {
  const perType = new Map<string, number>();
  for (const m of doc.mentions) perType.set(m.type, (perType.get(m.type) ?? 0) + 1);
  const dates = doc.figures.filter((f) => f.kind === 'DATE').length;
  const unknownTypes = [...perType.keys()].filter((t) => !MENTION_STYLES[t]);
  return html`<ul class="legend" aria-label="Legend">
    ${Object.entries(MENTION_STYLES).map(([type, s]) => html`<li><span class="m t-${s.cls}">${s.label}</span> <span class="count">${perType.get(type) ?? 0}</span></li>`)}
    ${unknownTypes.length ? html`<li><span class="m t-other">${unknownTypes.join(', ')}</span> <span class="count">${unknownTypes.reduce((n, t) => n + perType.get(t)!, 0)}</span></li>` : null}
    <li><span class="fig num">Figure</span> <span class="count">${doc.figures.length - dates}</span></li>
    <li><span class="fig date">Date</span> <span class="count">${dates}</span></li>
    <li><span class="bp">Boilerplate</span></li>
    <li><span class="ev sel">Evidence of the selected fact</span></li>
  </ul>`;
}

/** The text as runs of marks; every run with a mark is one span carrying all of its marks. */
export function renderText(doc: ReportDoc, entities: ReturnType<typeof pageEntities>): SafeHtml {
  const spans: MarkedSpan[] = [];
  if (doc.meta.titleSpan) spans.push({ ...doc.meta.titleSpan, mark: { kind: 'headline', index: 0 } });
  doc.boilerplate.forEach((b, index) => spans.push({ start: b.start, end: b.end, mark: { kind: 'boilerplate', index } }));
  doc.facts.forEach((f, index) => {
    if (f.end > f.start) spans.push({ start: f.start, end: f.end, mark: { kind: 'evidence', index } });
  });
  doc.figures.forEach((f, index) => spans.push({ start: f.start, end: f.end, mark: { kind: 'figure', index } }));
  doc.mentions.forEach((m, index) => spans.push({ start: m.start, end: m.end, mark: { kind: 'mention', index } }));
  return html`${segmentText(doc.text.length, spans).map((s) => renderSegment(doc, s, entities))}`;
}

function renderSegment(doc: ReportDoc, seg: Segment, entities: ReturnType<typeof pageEntities>): SafeHtml {
  const text = doc.text.slice(seg.start, seg.end);
  if (!seg.marks.length) return html`${text}`;
  const classes: string[] = [];
  const tip: string[] = [];
  const evidence: number[] = [];
  let entity: number | null = null;
  let mention: number | null = null;
  for (const mark of seg.marks) {
    if (mark.kind === 'headline') classes.push('hl');
    else if (mark.kind === 'evidence') evidence.push(mark.index);
    else if (mark.kind === 'boilerplate') {
      const b = doc.boilerplate[mark.index];
      classes.push('bp');
      tip.push(`Boilerplate: ${b.kind}${b.rule ? ` (rule ${b.rule})` : ''}`);
    } else if (mark.kind === 'figure') {
      const f = doc.figures[mark.index];
      classes.push('fig', f.kind === 'DATE' ? 'date' : 'num');
      tip.unshift(...figureTip(doc, f));
    } else if (mention === null) {
      // Mentions do not overlap in a well-formed record; if two do, the first one gives the run its entity.
      const m = doc.mentions[mark.index];
      const e = entities.get(m.entityId)!;
      mention = mark.index;
      entity = e.index;
      classes.push('m', `t-${mentionStyle(m.type).cls}`);
      tip.unshift(...mentionTip(e, m));
    }
  }
  if (evidence.length) classes.push('ev');
  return html`<span class="${classes.join(' ')}"${entity !== null ? html` data-entity="${entity}" data-mention="${mention}"` : null}${evidence.length ? html` data-ev="${evidence.join(' ')}"` : null}${tip.length ? html` data-tip="${tip.join('\n')}"` : null}>${text}</span>`;
}

/** The hover card of a mention: the entity's name, then type and knowledge-base id, then what this mention adds. */
export function mentionTip(e: ReportEntity, m: { type: string; role: string | null; metonymy: boolean }): string[] {
  const lines = [e.name || e.id, `${e.type || m.type} · ${e.kbId ? `Wikidata ${e.kbId}` : 'no knowledge-base id'}`, `entity ${e.id}`];
  if (m.role) lines.push(`role: ${m.role}`);
  if (m.metonymy) lines.push('metonymy: the name stands for its government, its people or its national team');
  return lines;
}

function figureTip(doc: ReportDoc, f: ReportDoc['figures'][number]): string[] {
  const value = f.value === null ? 'unresolved' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
  const lines = [`${f.kind}: ${value}`];
  if (f.qualifier) lines.push(`qualifier: ${f.qualifier.replace(/_/g, ' ')}`);
  if (f.entityId) lines.push(`describes ${doc.entities.find((e) => e.id === f.entityId)?.name ?? f.entityId}`);
  return lines;
}

function entityName(id: string | null, fallback: string, entities: ReturnType<typeof pageEntities>): string {
  if (!id) return fallback;
  return entities.get(id)?.name || fallback || id;
}

function renderFacts(doc: ReportDoc, entities: ReturnType<typeof pageEntities>): SafeHtml {
  const items = doc.facts.map((f, i) => renderFact(f, i, entities));
  return html`<section class="panel facts-panel" aria-labelledby="facts-title">
    <h2 id="facts-title">Facts <span class="count">${doc.facts.length}</span></h2>
    ${doc.facts.length ? html`<p class="hint">Select a fact to highlight its evidence in the text.</p><ol class="fact-list">${items}</ol>` : html`<p class="empty">No facts were extracted from this article.</p>`}
  </section>`;
}

function renderFact(f: ReportFact, i: number, entities: ReturnType<typeof pageEntities>): SafeHtml {
  const subject = entityName(f.subjectId, f.subject, entities);
  const object = f.objectId ? entityName(f.objectId, f.object, entities) : f.value !== null ? `${f.value}${f.unit ? ` ${f.unit}` : ''}` : '';
  const place = f.placeId ? entityName(f.placeId, '', entities) : '';
  const details = [
    f.time,
    place && `in ${place}`,
    f.modality !== 'asserted' ? f.modality : null,
    f.confidence !== null ? `confidence ${f.confidence.toFixed(2)}` : null,
  ].filter(Boolean);
  return html`<li><button type="button" class="fact${f.polarity === 'negated' ? ' negated' : ''}" data-fact="${i}" data-fact-id="${f.id}" aria-pressed="false"${f.end > f.start ? null : html` data-no-evidence="true"`}>
    <span class="fact-line"><span class="subj">${subject}</span> <span class="pred">${f.polarity === 'negated' ? 'NOT ' : ''}${f.predicate}</span> <span class="obj">${object}</span></span>
    ${details.length ? html`<span class="fact-meta">${details.join(' · ')}</span>` : null}
  </button></li>`;
}

function renderEntities(entities: ReturnType<typeof pageEntities>): SafeHtml {
  const list = [...entities.values()].filter((e) => e.mentions > 0).sort((a, b) => b.mentions - a.mentions || a.index - b.index);
  return html`<section class="panel" aria-labelledby="entities-title">
    <h2 id="entities-title">Entities <span class="count">${list.length}</span></h2>
    ${list.length ? html`<ul class="entity-list">${list.map((e) => {
      const kb = e.kbId && /^Q[0-9]+$/.test(e.kbId) ? html`<a class="kb" href="https://www.wikidata.org/wiki/${e.kbId}" rel="noopener noreferrer nofollow">${e.kbId}</a>` : e.kbId ? html`<span class="kb">${e.kbId}</span>` : null;
      return html`<li data-entity="${e.index}"><span class="m t-${mentionStyle(e.type).cls}">${e.name || e.id}</span> <span class="type">${e.type}</span> ${kb} <span class="count" title="mentions in this article">×${e.mentions}</span> <a class="in-index" href="../index.html#entity=${encodeURIComponent(e.id)}">facts in the run</a></li>`;
    })}</ul>` : html`<p class="empty">No entity is mentioned.</p>`}
  </section>`;
}

function renderFigures(doc: ReportDoc): SafeHtml | null {
  if (!doc.figures.length) return null;
  return html`<section class="panel" aria-labelledby="figures-title">
    <h2 id="figures-title">Figures and dates <span class="count">${doc.figures.length}</span></h2>
    <table class="figure-table"><thead><tr><th>Kind</th><th>Text</th><th>Value</th></tr></thead><tbody>
    ${doc.figures.map((f) => html`<tr><td>${f.kind}</td><td>${doc.text.slice(f.start, f.end)}</td><td>${f.value ?? 'unresolved'}${f.unit ? html` ${f.unit}` : null}</td></tr>`)}
    </tbody></table>
  </section>`;
}

function renderDiagnostics(doc: ReportDoc): SafeHtml | null {
  if (!doc.diagnostics.length) return null;
  return html`<section class="panel" aria-labelledby="diagnostics-title">
    <h2 id="diagnostics-title">Diagnostics <span class="count">${doc.diagnostics.length}</span></h2>
    <ul class="diagnostics">${doc.diagnostics.map((d) => html`<li class="${d.severity === 'error' ? 'error' : 'warning'}"><code>${d.code}</code> ${d.message}</li>`)}</ul>
  </section>`;
}
