/**
 * `npm run bench:quality`: every quality benchmark in one go, and one table of their headline figures.
 *
 * - the dev-split benchmarks of the other issues, each run as its own process (`npx tsx scripts/<name>.ts`)
 *   when its script exists: bench-ner (CoNLL-2003, News-Fair, AIDA-CoNLL under ../shared/eval) and
 *   bench-figures (Recognizers-Text specs, quantulum3);
 * - the fixture evaluation (`newsfacts eval` over fixtures/, in this process).
 *
 * A script that is not there, or data that is absent, is a row of the table, not an error: the exit status
 * is 1 only when a benchmark that exists crashes. The headline rows of a child benchmark are the rows of the
 * Markdown tables it prints and the lines that state a micro-averaged score, an accuracy, a share, a speed or an
 * absence; `--verbose` prints each child's whole output as well.
 *
 * Usage: npx tsx scripts/bench-quality.ts [--verbose] [--json]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEval } from '../src/eval/run.js';
import { EVAL_LAYERS } from '../src/eval/score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_EVAL = path.resolve(ROOT, '..', 'shared', 'eval');
const CHILDREN = [
  { name: 'bench-ner', script: 'scripts/bench-ner.ts', measures: 'entities: CoNLL-2003 dev, News-Fair dev, AIDA-CoNLL linking' },
  { name: 'bench-figures', script: 'scripts/bench-figures.ts', measures: 'figures: Recognizers-Text specs, quantulum3' },
];
/** A child can take minutes on the dev splits; longer than this it is stopped and reported. */
const CHILD_TIMEOUT_MS = 15 * 60 * 1000;
/** Lines of a child's output that carry a headline figure or say that data is absent. */
const HEADLINE = /\bmicro\b|\baccuracy\b|\bshare\b|\bexact\b|\boverall\b|words\/s|\babsent\b|\bnot found\b/i;

interface Row {
  benchmark: string;
  section: string;
  result: string;
}

interface ChildRun {
  status: 'ok' | 'absent' | 'failed' | 'timed out';
  seconds: number;
  stdout: string;
  stderr: string;
}

const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

function runChild(script: string): Promise<ChildRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npx', ['tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, CHILD_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      resolve({ status: timedOut ? 'timed out' : code === 0 ? 'ok' : 'failed', seconds, stdout, stderr });
    });
  });
}

const cellsOf = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/**
 * The headline lines of a child's output, each under the last unindented line before it (its section); a
 * Markdown table becomes one row per table row, its first cell the section and the others labelled by the header.
 */
function headlines(name: string, output: string): Row[] {
  const rows: Row[] = [];
  let section = '';
  let header: string[] | null = null;
  for (const raw of output.split('\n')) {
    if (!raw.trim()) {
      header = null;
      continue;
    }
    if (raw.trim().startsWith('|')) {
      const cells = cellsOf(raw);
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (!header) header = cells;
      else rows.push({ benchmark: name, section: cells[0], result: cells.slice(1).map((c, i) => `${header![i + 1] ?? ''} ${c}`.trim()).join('; ') });
      continue;
    }
    const indented = /^\s/.test(raw);
    if (!indented) section = raw.split(':')[0].trim();
    if (HEADLINE.test(raw)) rows.push({ benchmark: name, section: indented ? section : '', result: raw.trim() });
  }
  if (!rows.length) {
    const last = output.trim().split('\n').pop();
    if (last) rows.push({ benchmark: name, section: '', result: last.trim() });
  }
  return rows;
}

function table(rows: readonly Row[]): string {
  const head = ['benchmark', 'section', 'result'];
  const cells = rows.map((r) => [r.benchmark, r.section, r.result]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => Math.min(c[i].length, i === 1 ? 40 : 200))));
  const line = (c: readonly string[]) => c.map((x, i) => (i === 2 ? x : x.slice(0, widths[i]).padEnd(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const rows: Row[] = [];
const runs: Record<string, ChildRun | null> = {};
let crashed = false;
if (!existsSync(SHARED_EVAL)) rows.push({ benchmark: '(data)', section: '', result: `ABSENT: ${SHARED_EVAL} not found; the dev-split benchmarks will report their data as absent` });
for (const c of CHILDREN) {
  if (!existsSync(path.join(ROOT, c.script))) {
    runs[c.name] = null;
    rows.push({ benchmark: c.name, section: '', result: `ABSENT: ${c.script} does not exist yet (${c.measures})` });
    continue;
  }
  if (!asJson) process.stderr.write(`bench:quality: running ${c.script} ...\n`);
  const run = await runChild(c.script);
  runs[c.name] = run;
  if (verbose && !asJson) process.stdout.write(`\n===== ${c.script} (${run.status}, ${run.seconds.toFixed(1)} s)\n${run.stdout}${run.stderr}\n`);
  if (run.status !== 'ok') {
    crashed = true;
    const tail = (run.stderr || run.stdout).trim().split('\n').slice(-3).join(' | ');
    rows.push({ benchmark: c.name, section: run.status, result: `${run.status} after ${run.seconds.toFixed(1)} s: ${tail}` });
  }
  rows.push(...headlines(c.name, run.stdout));
  rows.push({ benchmark: c.name, section: '', result: `took ${run.seconds.toFixed(1)} s` });
}

if (!asJson) process.stderr.write('bench:quality: running the fixture evaluation ...\n');
const report = await runEval();
for (const layer of EVAL_LAYERS) {
  const t = report.totals[layer];
  rows.push({
    benchmark: 'fixtures',
    section: layer,
    result: `P ${t.precision.toFixed(3)}  R ${t.recall.toFixed(3)}  F1 ${t.f1.toFixed(3)}   (right ${t.tp}, wrong ${t.fp}, missed ${t.fn})`,
  });
}
const failedDocs = report.fixtures.filter((f) => f.error);
rows.push({
  benchmark: 'fixtures',
  section: '',
  result: `${report.fixtures.length} documents${failedDocs.length ? ` (${failedDocs.length} FAILED in the pipeline: ${failedDocs[0].error?.slice(0, 120)})` : ''}, ${report.words} words, ${report.seconds.toFixed(2)} s; details: newsfacts eval`,
});

if (asJson) {
  const children = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v ? { status: v.status, seconds: v.seconds, stdout: v.stdout } : { status: 'absent' }]));
  process.stdout.write(`${JSON.stringify({ rows, children, fixtures: report.totals }, null, 2)}\n`);
} else process.stdout.write(`\n${table(rows)}\n`);
process.exitCode = crashed ? 1 : 0;
