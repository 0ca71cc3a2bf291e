import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { NewsfactsError } from '../errors.js';
import { STAGES } from './registry.js';
import type { DocStage, Layer, SinkStage, SourceStage, StageContext, StageDefinition } from './stage.js';

/** The package's own folder, where `pipelines/` and the shipped data live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_PIPELINE = path.join(PACKAGE_ROOT, 'pipelines', 'news.json');

const StageInstance = z
  .object({
    stage: z.string().min(1),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const PipelineFile = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().optional(),
    stages: z.array(StageInstance).min(1),
  })
  .strict();
export type PipelineFile = z.infer<typeof PipelineFile>;

export interface LoadedStage<S extends StageDefinition = StageDefinition> {
  definition: S;
  options: unknown;
}

export interface PipelineSpec {
  file: string;
  /** The pipeline file's content as parsed: worker threads rebuild the pipeline from it. */
  raw: unknown;
  name: string;
  source: LoadedStage<SourceStage> | null;
  docStages: LoadedStage<DocStage>[];
  sink: LoadedStage<SinkStage> | null;
  context: StageContext;
}

/** Reads and checks a pipeline file; every problem names the file, the stage and what was expected. */
export function loadPipelineFile(file: string = DEFAULT_PIPELINE): PipelineSpec {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new NewsfactsError('pipeline/not-found', `pipeline file not found: ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new NewsfactsError('pipeline/syntax', `${file}: not valid JSON: ${(err as Error).message}`);
  }
  return checkPipeline(json, file);
}

export function checkPipeline(json: unknown, file: string): PipelineSpec {
  const parsed = PipelineFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`).join('; ');
    throw new NewsfactsError('pipeline/shape', `${file}: expected {name, description?, stages: [{stage, options?}]}: ${issues}`);
  }
  const spec: PipelineSpec = { file, raw: json, name: parsed.data.name, source: null, docStages: [], sink: null, context: { pipelineDir: path.dirname(path.resolve(file)) } };
  // A document always has its text, whether a source stage read it or a caller handed it over.
  const assigned = new Set<Layer>(['text']);
  parsed.data.stages.forEach((inst, index) => {
    const where = `${file}: stages[${index}] "${inst.stage}"`;
    const def = STAGES.get(inst.stage);
    if (!def) {
      throw new NewsfactsError('pipeline/unknown-stage', `${where}: unknown stage; known stages are ${[...STAGES.keys()].join(', ')}`);
    }
    const opts = def.options.safeParse(inst.options ?? {});
    if (!opts.success) {
      const issues = opts.error.issues.map((i) => `${i.path.length ? `options.${i.path.join('.')}` : 'options'}: ${i.message}`).join('; ');
      throw new NewsfactsError('pipeline/bad-options', `${where}: bad options: ${issues}`);
    }
    if (def.kind === 'source' && (index !== 0 || spec.source)) {
      throw new NewsfactsError('pipeline/order', `${where}: a source stage must come first, and only once`);
    }
    if (spec.sink) throw new NewsfactsError('pipeline/order', `${where}: nothing can follow the sink stage "${spec.sink.definition.name}"`);
    const missing = def.requires.filter((l) => !assigned.has(l));
    if (missing.length) {
      throw new NewsfactsError(
        'pipeline/unmet-requirement',
        `${where}: requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage assigns (assigned so far: ${[...assigned].join(', ') || 'nothing'})`,
      );
    }
    for (const l of def.assigns) assigned.add(l);
    const loaded = { definition: def, options: opts.data };
    if (def.kind === 'source') spec.source = loaded as LoadedStage<SourceStage>;
    else if (def.kind === 'sink') spec.sink = loaded as LoadedStage<SinkStage>;
    else spec.docStages.push(loaded as LoadedStage<DocStage>);
  });
  return spec;
}
