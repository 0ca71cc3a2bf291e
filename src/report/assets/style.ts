import { DATE_COLOUR, EVIDENCE_COLOUR, FIGURE_COLOUR, MENTION_STYLES, OTHER_MENTION_STYLE, type MentionStyle } from '../palette.js';

/** A colour as rgba with the given opacity, for tints behind text. */
function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function typeRules(s: MentionStyle): string {
  return `.m.t-${s.cls} { background-color: ${tint(s.colour, 0.16)}; text-decoration-color: ${s.colour}; text-decoration-style: ${s.underline}; }
.swatch.t-${s.cls}, .shape.t-${s.cls} { fill: ${s.colour}; background-color: ${s.colour}; }
.graph .node.t-${s.cls} .mark { fill: ${s.colour}; }`;
}

/** The stylesheet of every page: assets/report.css. */
export function reportStylesheet(): string {
  return `/* newsfacts report. Mention colours: Okabe-Ito palette; each type also has its own underline style. */
:root {
  --fg: #1d2125; --muted: #5c6370; --bg: #ffffff; --panel: #f6f7f9; --line: #d8dce2; --accent: #0072B2;
  --selected: ${tint(EVIDENCE_COLOUR, 0.55)};
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; color: var(--fg); background: var(--bg); font-size: 15px; line-height: 1.45; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .6rem; }
h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
.count { color: var(--muted); font-weight: normal; font-size: .9em; }
.hint, .empty { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
.error { color: #b3261e; }
.topbar { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding: .6rem 1.5rem; background: #1d2b36; color: #fff; }
.topbar a, .topbar .home { color: #fff; }
.topbar .home { font-weight: 700; letter-spacing: .02em; text-decoration: none; }
.topbar .error { color: #ffb4ab; }
.run-stats { margin: 0; color: #d5dde5; }
.pager-links { display: flex; gap: 1rem; }
.pager-links .disabled { color: #8a97a3; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; min-width: 0; }
.load-error { margin: 1rem 1.5rem; padding: .6rem 1rem; border: 1px solid #b3261e; color: #b3261e; background: #fdecea; border-radius: 4px; }

/* article page */
.article-layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(300px, 400px); gap: 1.5rem; padding: 1.2rem 1.5rem; max-width: 1440px; margin: 0 auto; align-items: start; }
.side { display: grid; gap: 1rem; position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
.meta { display: flex; flex-wrap: wrap; gap: .2rem 1.4rem; margin: 0 0 .8rem; font-size: .9rem; }
.meta div { display: flex; gap: .4rem; min-width: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: .5rem .7rem; margin: 0 0 1rem; border: 1px solid var(--line); border-radius: 6px; font-size: .88rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "DejaVu Serif", "Noto Serif", serif; font-size: 1.06rem; line-height: 1.8; max-width: 48em; }
.m { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; border-radius: 2px; }
.text .m { cursor: help; }
${Object.values(MENTION_STYLES).map(typeRules).join('\n')}
${typeRules(OTHER_MENTION_STYLE)}
.m.same { box-shadow: 0 0 0 2px var(--fg); }
.fig { border: 1px solid ${FIGURE_COLOUR}; border-radius: 3px; background-color: ${tint(FIGURE_COLOUR, 0.12)}; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.fig.date { border-style: dashed; border-color: #8c8300; background-color: ${tint(DATE_COLOUR, 0.3)}; }
.text .fig { cursor: help; }
.bp { color: #8d949e; }
.hl { font-weight: 700; font-size: 1.08em; }
.ev.sel, .text .ev.sel { background-color: var(--selected); box-shadow: 0 2px 0 #8c8300; }
.fact-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .4rem; }
.fact { display: block; width: 100%; text-align: left; font: inherit; font-size: .92rem; background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; padding: .4rem .6rem; cursor: pointer; color: inherit; }
.fact:hover { border-color: var(--accent); }
.fact[aria-pressed="true"] { background: var(--selected); border-left-color: #8c8300; }
.fact.negated { border-left-style: dashed; }
.fact .pred { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; background: #e8edf2; padding: 0 .3em; border-radius: 3px; }
.fact .subj, .fact .obj { font-weight: 600; }
.fact-meta { display: block; color: var(--muted); font-size: .85em; }
.entity-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .3rem; font-size: .9rem; }
.entity-list .type { color: var(--muted); font-size: .8em; }
.entity-list .in-index { font-size: .8em; margin-left: .3rem; }
.kb { font-size: .85em; font-variant-numeric: tabular-nums; }
.figure-table { width: 100%; border-collapse: collapse; font-size: .85rem; }
.figure-table th, .figure-table td { text-align: left; padding: .15rem .3rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
.diagnostics { padding-left: 1.1rem; margin: 0; font-size: .88rem; }
.tip { position: fixed; z-index: 10; max-width: 340px; background: #1d2125; color: #fff; padding: .45rem .65rem; border-radius: 5px; font-size: .85rem; line-height: 1.4; white-space: pre-line; pointer-events: none; box-shadow: 0 3px 12px rgba(0, 0, 0, .25); }
.tip strong { display: block; font-size: 1rem; }

/* index page */
.index-layout { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 1rem; padding: 1rem 1.5rem; max-width: 1700px; margin: 0 auto; align-items: start; }
.index-side { display: grid; gap: 1rem; min-width: 0; }
.articles-panel { grid-column: 1 / -1; }
.controls { display: flex; gap: .5rem; margin-bottom: .5rem; }
.controls input { flex: 1; min-width: 0; }
.controls input, .controls select { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
.table-wrap { overflow-x: auto; }
table.data { width: 100%; border-collapse: collapse; font-size: .88rem; background: #fff; }
table.data th { text-align: left; padding: 0; border-bottom: 2px solid var(--line); white-space: nowrap; }
table.data th button { font: inherit; font-weight: 600; border: 0; background: none; padding: .35rem .45rem; cursor: pointer; color: inherit; width: 100%; text-align: inherit; }
table.data th.num, table.data td.num { text-align: right; }
table.data th[aria-sort="ascending"] button::after { content: " ▲"; font-size: .75em; }
table.data th[aria-sort="descending"] button::after { content: " ▼"; font-size: .75em; }
table.data td { padding: .3rem .45rem; border-bottom: 1px solid #eceff3; vertical-align: top; overflow-wrap: anywhere; }
table.data td.nowrap { white-space: nowrap; }
table.data td.article-cell { max-width: 16em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table.data tbody tr:hover { background: #f0f5fa; }
table.data tr.selected { background: var(--selected); }
.linklike { font: inherit; border: 0; background: none; padding: 0; color: var(--accent); cursor: pointer; text-align: left; text-decoration: underline; text-decoration-color: rgba(0, 114, 178, .35); }
.swatch { display: inline-block; width: .7em; height: .7em; border-radius: 2px; margin-right: .35em; vertical-align: baseline; }
.type-cell { white-space: nowrap; }
.pager { display: flex; gap: .6rem; align-items: center; justify-content: flex-end; padding-top: .4rem; font-size: .85rem; color: var(--muted); }
.pager button { font: inherit; padding: .15rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
.pager button:disabled { cursor: default; opacity: .45; }
.selection { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: center; padding: .45rem .6rem; margin-bottom: .5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; font-size: .9rem; }
.selection .name { font-weight: 700; }
.selection .clear { margin-left: auto; }
.negated-tag, .modality-tag { font-size: .78em; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; margin-left: .3em; color: var(--muted); white-space: nowrap; }
.negated-tag { color: #b3261e; border-color: #e9b1ac; }
.graph-wrap { background: #fff; border: 1px solid var(--line); border-radius: 4px; }
.graph { display: block; width: 100%; height: auto; }
.graph .edge { stroke: #9aa4ae; stroke-opacity: .7; }
.graph .node { cursor: pointer; }
.graph .node .mark { stroke: #fff; stroke-width: 1.5; }
.graph .node text { font-size: 11px; fill: var(--fg); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; display: none; pointer-events: none; }
.graph .node.labelled text { display: block; }
.graph.focused .node, .graph.focused .edge { opacity: .15; }
.graph.focused .node.near, .graph.focused .edge.near { opacity: 1; }
.graph.focused .node.near text { display: block; }
.graph .node.chosen .mark { stroke: var(--fg); stroke-width: 3; }
.graph-legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; margin-bottom: .4rem; }
.graph-legend svg { vertical-align: middle; margin-right: .3em; }

@media (max-width: 1000px) {
  .article-layout, .index-layout { grid-template-columns: minmax(0, 1fr); }
  .side { position: static; max-height: none; }
}
`;
}
