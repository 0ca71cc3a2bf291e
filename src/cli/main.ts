import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { NewsfactsError, messageOf } from '../errors.js';
import { STAGES } from '../pipeline/registry.js';
import { Pipeline, type RunSummary } from '../pipeline/run.js';
import { FORMATS } from '../write/stage.js';
import { MAIN_HELP, RUN_HELP } from './help.js';
import { evalCommand } from './eval.js';
import { reportCommand, writeReport } from './report.js';
import { Progress } from './progress.js';

export interface CliIO {
  stdout: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  stderr: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
}

/** Runs the command line; returns the exit status (0 ok, 1 some documents failed, 2 usage error). */
export async function main(argv: readonly string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(MAIN_HELP);
    return command ? 0 : 2;
  }
  try {
    if (command === 'run') return await runCommand(rest, io);
    if (command === 'stages') return listStages(io);
    if (command === 'eval') return await evalCommand(rest, io);
    if (command === 'report') return await reportCommand(rest, io);
    throw new NewsfactsError('cli/usage', `unknown command "${command}"; try: newsfacts --help`);
  } catch (err) {
    const code = err instanceof NewsfactsError ? err.code : 'stage/failed';
    io.stderr.write(`newsfacts: ${code}: ${messageOf(err)}\n`);
    return code.startsWith('cli/') || code.startsWith('pipeline/') || code.startsWith('write/resume') ? 2 : 1;
  }
}

/** Every registered stage with what it requires and assigns: what a pipeline file can name. */
function listStages(io: CliIO): number {
  for (const s of STAGES.values()) {
    io.stdout.write(`${s.name} (${s.kind})\n  ${s.description}\n  requires: ${s.requires.join(', ') || '-'}; assigns: ${s.assigns.join(', ') || '-'}\n`);
  }
  return 0;
}

async function runCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, {
    out: { type: 'string', default: 'output' },
    pipeline: { type: 'string' },
    date: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    workers: { type: 'string' },
    resume: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.stdout.write(RUN_HELP);
    return 0;
  }
  if (!positionals.length) throw new NewsfactsError('cli/usage', 'no input given; try: newsfacts run fixtures --out output');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new NewsfactsError('cli/usage', `--date wants YYYY-MM-DD, got "${values.date}"`);
  }
  let formats: string[] | undefined;
  if (values.format !== undefined) {
    formats = values.format.split(',').map((f) => f.trim()).filter(Boolean);
    const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
    if (bad.length || !formats.length) throw new NewsfactsError('cli/usage', `--format takes a comma-separated list of ${FORMATS.join(', ')}; got "${values.format}"`);
  }
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new NewsfactsError('cli/usage', `--workers wants a whole number of 1 or more, got "${values.workers}"`);
  if (values.report && formats && !formats.includes('jsonl')) throw new NewsfactsError('cli/usage', '--report is built from docs.jsonl: keep jsonl in --format');
  const pipeline = Pipeline.load(values.pipeline);
  const progress = new Progress(io.stderr as NodeJS.WriteStream, !values.quiet && Boolean(io.stderr.isTTY));
  let shown = false;
  const summary = await pipeline.run(positionals, {
    outDir: values.out!,
    formats,
    date: values.date,
    workers,
    resume: values.resume,
    onDocument: (_doc, p) => {
      // The bar is for batches: a single article finishes before a bar would say anything.
      if (p.documents > 1 || shown) {
        shown = true;
        progress.update(p.documents, p.failed, p.words);
      }
    },
  });
  progress.done();
  if (!values.quiet) {
    const rate = summary.seconds > 0 ? Math.round(summary.words / summary.seconds) : 0;
    io.stderr.write(
      `newsfacts: ${summary.documents} documents: ${summary.ok} ok, ${summary.failed} failed; ` +
        `${summary.words} words in ${summary.seconds.toFixed(2)} s (${rate} words/s); tables in ${path.resolve(values.out!)}\n`,
    );
    if (summary.resumedDocuments) io.stderr.write(`newsfacts: resumed an interrupted run after its first ${summary.resumedDocuments} documents\n`);
    if (summary.discardedPartial) io.stderr.write(`newsfacts: the partial tables of an interrupted run were found and discarded; use --resume to continue such a run\n`);
    if (summary.skippedFiles) {
      io.stderr.write(`newsfacts: ${summary.skippedFiles} files in input folders were not articles and were not read (${summary.skippedExtensions.join(', ')})\n`);
    }
    if (summary.failed) io.stderr.write(`newsfacts: see errors.csv for what failed and why\n`);
  }
  if (values.timings) io.stderr.write(timingTable(summary, workers));
  if (values.report) await writeReport(values.out!, io, { quiet: values.quiet });
  return summary.failed ? 1 : 0;
}

/** The stage timings of a run, one line per stage, with each stage's share of the total. */
function timingTable(summary: RunSummary, workers: number): string {
  const total = summary.stages.reduce((sum, s) => sum + s.seconds, 0);
  const width = Math.max(...summary.stages.map((s) => s.name.length));
  const threads = workers > 1 ? `summed over the ${workers} threads that processed documents; ` : '';
  const lines = [`newsfacts: seconds per stage (${threads}the run took ${summary.seconds.toFixed(2)} s):`];
  for (const s of summary.stages) {
    const share = total > 0 ? (100 * s.seconds) / total : 0;
    lines.push(`  ${s.name.padEnd(width)}  ${s.seconds.toFixed(3).padStart(9)}  ${share.toFixed(1).padStart(5)} %`);
  }
  return lines.join('\n') + '\n';
}
