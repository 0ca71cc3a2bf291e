import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCommandArgs } from './args.js';
import { NewsfactsError, messageOf } from '../errors.js';
import { compareWithBaseline, readBaseline, toBaseline, writeBaseline, type GateResult } from '../eval/baseline.js';
import { reportText, gateText } from '../eval/report.js';
import { DEFAULT_FIXTURES, runEval } from '../eval/run.js';
import { EVAL_HELP } from './help.js';
import type { CliIO } from './main.js';

/**
 * `newsfacts eval [DIR]`: scores the pipeline on a folder of articles with gold files and checks the scores
 * against the folder's baseline. Exit status: 0 passed (or baseline written), 1 a score dropped below the
 * baseline, 2 a usage error or a gold or baseline file that does not fit.
 */
export async function evalCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('eval', args, {
    baseline: { type: 'string' },
    update: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    pipeline: { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(EVAL_HELP);
    return 0;
  }
  if (positionals.length > 1) return usage(io, `eval takes one fixture folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = path.resolve(positionals[0] ?? DEFAULT_FIXTURES);
  if (existsSync(dir) && !statSync(dir).isDirectory()) return usage(io, `eval takes a folder of articles and their gold files, not a file: ${dir}`);
  const baselineFile = path.resolve(values.baseline ?? path.join(dir, 'baseline.json'));

  try {
    const report = await runEval({ dir, pipelineFile: values.pipeline });
    if (values.update) {
      writeBaseline(baselineFile, toBaseline(report));
      if (values.json) io.stdout.write(`${JSON.stringify({ ...report, baselineWritten: baselineFile }, null, 2)}\n`);
      else io.stdout.write(`${reportText(report)}\nBaseline written to ${baselineFile}\n`);
      return 0;
    }
    const baseline = readBaseline(baselineFile);
    const gate: GateResult | null = baseline ? compareWithBaseline(report, baseline) : null;
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ ...report, baseline: baseline ? baselineFile : null, gate }, null, 2)}\n`);
    } else {
      io.stdout.write(reportText(report));
      io.stdout.write(gate ? `\n${gateText(gate, baselineFile)}\n` : `\nNo baseline at ${baselineFile}: nothing to compare with. Run \`newsfacts eval --update\` to write one.\n`);
    }
    return gate && !gate.passed ? 1 : 0;
  } catch (err) {
    if (err instanceof NewsfactsError && /^(eval|cli|pipeline)\//.test(err.code)) return usage(io, messageOf(err), err.code);
    throw err;
  }
}

function usage(io: CliIO, message: string, code = 'cli/usage'): number {
  io.stderr.write(`newsfacts: ${code}: ${message}\n`);
  return 2;
}
