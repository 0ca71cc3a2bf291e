import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { NewsfactsError } from '../errors.js';
import { buildReport } from '../report/build.js';
import { REPORT_HELP } from './help.js';
import type { CliIO } from './main.js';

/** `newsfacts report <output-dir>`: the HTML report of a run's docs.jsonl, in <output-dir>/report/. */
export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, {
    'graph-nodes': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new NewsfactsError('cli/usage', 'report takes one output folder (the --out of a run); try: newsfacts report output');
  const graphNodes = values['graph-nodes'] === undefined ? undefined : Number(values['graph-nodes']);
  if (graphNodes !== undefined && (!Number.isInteger(graphNodes) || graphNodes < 0)) {
    throw new NewsfactsError('cli/usage', `--graph-nodes wants a whole number, got "${values['graph-nodes']}"`);
  }
  return writeReport(positionals[0], io, { quiet: values.quiet, graphNodes });
}

/** Builds the report of the run in `outDir` and says where it is; shared by `report` and `run --report`. */
export async function writeReport(outDir: string, io: CliIO, options: { quiet?: boolean; graphNodes?: number } = {}): Promise<number> {
  const s = await buildReport(outDir, { graphNodes: options.graphNodes });
  if (!options.quiet) {
    io.stderr.write(
      `newsfacts: report of ${s.articles} articles, ${s.entities} entities, ${s.facts} facts in ${s.seconds.toFixed(2)} s; open ${path.resolve(s.index)}\n`,
    );
  }
  if (s.droppedSpans) io.stderr.write(`newsfacts: ${s.droppedSpans} spans in docs.jsonl lie outside their text and were not drawn\n`);
  return 0;
}
