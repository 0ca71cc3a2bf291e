import { html } from './escape.js';
import type { IndexData } from './index-data.js';
import { renderPage } from './page-shell.js';

/**
 * The run's index page: a static frame whose tables and graph the page script fills from
 * data/index-data.js. Nothing of the data is in this HTML but the run's counts, so the page is the
 * same few kilobytes whatever the size of the run.
 */
export function renderIndexPage(data: IndexData): string {
  const r = data.run;
  const body = html`<header class="topbar">
  <span class="home">newsfacts report</span>
  <p class="run-stats">${r.documents} articles (${r.ok} ok${r.failed ? html`, <span class="error">${r.failed} failed</span>` : null}) · ${r.mentions} mentions · ${r.entities} entities · ${r.figures} figures and dates · ${r.facts} facts</p>
</header>
<noscript><p class="empty">The tables and the graph of this page need JavaScript; the article pages work without it.</p></noscript>
<p class="load-error" id="load-error" hidden></p>
<main class="index-layout">
  <section class="panel entities-panel" id="entities" aria-labelledby="entities-title">
    <h2 id="entities-title">Entities <span class="count" id="entities-count"></span></h2>
    <p class="hint">Select an entity to see its facts, its articles and its place in the graph.</p>
    <div class="controls">
      <input type="search" id="entities-filter" placeholder="Filter by name, id, kb id, alias" aria-label="Filter entities">
      <select id="entities-type" aria-label="Entity type"><option value="">All types</option></select>
    </div>
    <div class="table-wrap" id="entities-table"></div>
  </section>
  <div class="index-side">
  <section class="panel facts-panel" id="facts" aria-labelledby="facts-title">
    <h2 id="facts-title">Facts <span class="count" id="facts-count"></span></h2>
    <div class="selection" id="selection" hidden></div>
    <div class="controls">
      <input type="search" id="facts-filter" placeholder="Filter by predicate, name, value, date, article" aria-label="Filter facts">
      <select id="facts-predicate" aria-label="Predicate"><option value="">All predicates</option></select>
    </div>
    <div class="table-wrap" id="facts-table"></div>
  </section>
  <section class="panel graph-panel" id="graph" aria-labelledby="graph-title">
    <h2 id="graph-title">Graph of entities joined by facts</h2>
    <p class="hint" id="graph-note"></p>
    <div class="graph-legend" id="graph-legend"></div>
    <div class="graph-wrap" id="graph-wrap"></div>
  </section>
  </div>
  <section class="panel articles-panel" id="articles" aria-labelledby="articles-title">
    <h2 id="articles-title">Articles <span class="count" id="articles-count"></span></h2>
    <div class="controls">
      <input type="search" id="articles-filter" placeholder="Filter by title, id, date" aria-label="Filter articles">
    </div>
    <div class="table-wrap" id="articles-table"></div>
  </section>
</main>`;
  return renderPage({ title: 'newsfacts report', root: '', scripts: ['data/index-data.js', 'assets/index.js'], bodyClass: 'index-page', body });
}
