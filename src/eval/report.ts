import path from 'node:path';
import type { GateResult } from './baseline.js';
import type { EvalReport, FixtureResult } from './run.js';
import { EVAL_LAYERS, scoresOf, type EvalLayer, type Item } from './score.js';

/** Mentions are many: their misses are grouped by text and type, and this many groups are shown per fixture. */
const MAX_MENTION_GROUPS = 40;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const f3 = (n: number) => n.toFixed(3);

function relative(p: string): string {
  const r = path.relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
}

export function layerTable(report: EvalReport): string {
  const rows = EVAL_LAYERS.map((layer) => {
    const t = report.totals[layer];
    return [layer, String(t.tp + t.fn), String(t.tp + t.fp), String(t.tp), String(t.fp), String(t.fn), f3(t.precision), f3(t.recall), f3(t.f1), String(t.optionalFound)];
  });
  return table(['layer', 'gold', 'found', 'right', 'wrong', 'missed', 'precision', 'recall', 'F1', 'optional'], rows);
}

export function fixtureTable(report: EvalReport): string {
  const rows = report.fixtures.map((f) => [f.id, ...EVAL_LAYERS.map((l) => f3(scoresOf(f.layers[l]).f1))]);
  return table(['fixture (F1)', ...EVAL_LAYERS], rows);
}

function groupMentions(items: readonly Item[]): string[] {
  const groups = new Map<string, number>();
  for (const i of items) {
    const k = i.key.replace(/ @\d+$/, '') + (i.hint ? ` (${i.hint})` : '');
    groups.set(k, (groups.get(k) ?? 0) + 1);
  }
  const lines = [...groups].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
  return lines.length > MAX_MENTION_GROUPS ? [...lines.slice(0, MAX_MENTION_GROUPS), `... and ${lines.length - MAX_MENTION_GROUPS} more (see --json)`] : lines;
}

function itemLines(layer: EvalLayer, items: readonly Item[], indent: string): string[] {
  if (layer === 'mentions') return groupMentions(items).map((l) => `${indent}${l}`);
  const out: string[] = [];
  const under = ' '.repeat(indent.length + 2);
  for (const i of items) {
    // A figure or date shows the words it stands for; a fact gets its sentence on a line of its own.
    const words = i.evidence && (layer === 'figures' || layer === 'dates') ? `  "${i.evidence.replace(/\s+/g, ' ').trim()}"` : '';
    out.push(`${indent}${i.key}${words}${i.hint ? `  (${i.hint})` : ''}`);
    if (i.evidence && layer === 'facts') out.push(`${under}evidence: "${i.evidence.replace(/\s+/g, ' ').trim()}"`);
  }
  return out;
}

export function fixtureDetails(f: FixtureResult): string {
  const lines = [`## ${f.id}  (${relative(f.source)}; gold ${relative(f.goldFile)})`];
  if (f.error) lines.push(`   not processed: ${f.error}`);
  lines.push(
    `   ${EVAL_LAYERS.map((l) => {
      const s = scoresOf(f.layers[l]);
      return `${l} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`;
    }).join(' | ')}`,
  );
  for (const layer of EVAL_LAYERS) {
    const r = f.layers[layer];
    if (r.missed.length) lines.push(`   missed ${layer} (${r.missed.length}):`, ...itemLines(layer, r.missed, '     - '));
    if (r.wrong.length) lines.push(`   wrong ${layer} (${r.wrong.length}):`, ...itemLines(layer, r.wrong, '     + '));
    if (r.notes.length) lines.push(`   notes on ${layer}:`, ...itemLines(layer, r.notes, '     ~ '));
  }
  return lines.join('\n');
}

export function gateText(gate: GateResult, baselineFile: string): string {
  const lines: string[] = [];
  const where = (fixture: string | null) => fixture ?? 'all fixtures';
  if (gate.passed) lines.push(`Gate: PASSED against ${relative(baselineFile)}: no score below the baseline.`);
  else {
    lines.push(`Gate: FAILED against ${relative(baselineFile)}:`);
    const grouped = new Map<string, string[]>();
    for (const d of gate.drops) {
      const k = `${where(d.fixture)} ${d.layer}`;
      if (!grouped.has(k)) grouped.set(k, []);
      grouped.get(k)!.push(`${d.metric} ${d.before.toFixed(4)} -> ${d.now.toFixed(4)}`);
    }
    for (const [k, drops] of grouped) lines.push(`  ${k}: ${drops.join(', ')}`);
    for (const id of gate.missingFixtures) lines.push(`  ${id}: in the baseline but not scored in this run (removed, renamed, or its gold is gone)`);
  }
  if (gate.newFixtures.length) lines.push(`  new fixtures, not in the baseline: ${gate.newFixtures.join(', ')}`);
  if (gate.changes.length) {
    lines.push('', 'Changes since the baseline (- lost, + gained, ! newly wrong, ~ no longer wrong):');
    for (const c of gate.changes) {
      lines.push(`  ${c.fixture} ${c.layer}:`);
      const show = (mark: string, items: readonly Item[]) => {
        for (const i of items) {
          lines.push(`    ${mark} ${i.key}${i.hint ? `  (${i.hint})` : ''}`);
          if (i.evidence && c.layer === 'facts') lines.push(`        evidence: "${i.evidence.replace(/\s+/g, ' ').trim()}"`);
        }
      };
      show('-', c.lost);
      show('+', c.gained);
      show('!', c.newlyWrong);
      show('~', c.noLongerWrong);
    }
  }
  if (!gate.passed) lines.push('', 'If the change is intended, run `newsfacts eval --update` to accept these scores as the new baseline.');
  return lines.join('\n');
}

export function reportText(report: EvalReport): string {
  const parts = [
    `newsfacts eval: ${report.fixtures.length} documents scored from ${relative(report.dir)} with pipeline "${report.pipeline.name}" (${relative(report.pipeline.file)}); ${report.words} words in ${report.seconds.toFixed(2)} s`,
  ];
  const failed = report.fixtures.filter((f) => f.error);
  if (failed.length) parts.push(`${failed.length} documents failed in the pipeline, so all their gold counts as missed; the first: ${failed[0].id}: ${failed[0].error}`);
  if (report.unscored.length) parts.push(`not scored (no gold file): ${report.unscored.map((u) => relative(u.source)).join(', ')}`);
  parts.push('', 'Scores by layer, micro-averaged over all documents (right = true positives, optional = optional gold items found, not counted):', layerTable(report));
  parts.push('', 'F1 by fixture and layer:', fixtureTable(report));
  parts.push('', 'What each fixture missed (-) and got wrong (+):');
  for (const f of report.fixtures) parts.push('', fixtureDetails(f));
  return `${parts.join('\n')}\n`;
}
