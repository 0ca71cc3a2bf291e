import type { z } from 'zod';
import type { Doc } from '../doc/types.js';
import type { RenderedDoc } from '../write/render.js';
import type { DocInput } from '../doc/create.js';
import type { ErrorCode } from '../errors.js';

/**
 * What a stage can require and assign. The loader walks the stages in order and refuses a pipeline in
 * which a stage requires a layer that no earlier stage assigns.
 */
export type Layer =
  | 'text'
  | 'meta'
  | 'body'
  | 'tokens'
  | 'sentences'
  | 'nerSpans'
  | 'mentions'
  | 'entities'
  | 'figures'
  | 'dates'
  | 'facts';

export const LAYERS: readonly Layer[] = ['text', 'meta', 'body', 'tokens', 'sentences', 'nerSpans', 'mentions', 'entities', 'figures', 'dates', 'facts'];

/** What every stage receives when it is built, once per pipeline (never per document). */
export interface StageContext {
  /** Folder the pipeline file lives in: relative paths in options resolve against it. */
  pipelineDir: string;
}

/** One input document, or the reason it could not be read. */
export type ReadResult =
  | { ok: true; input: DocInput }
  | { ok: false; id: string; source: string; code: ErrorCode; message: string };

export interface Source {
  /** Yields documents one at a time, in input order, so that a run never holds the whole batch. */
  /** `exclude`: folders never to read from, such as the run's own output folder inside an input folder. */
  documents(inputs: readonly string[], options?: { exclude?: readonly string[] }): AsyncIterable<ReadResult>;
}

export type DocProcessor = (doc: Doc) => void;

export interface RunSettings {
  outDir: string;
  /** Overrides the sink's own format option when given (the CLI's --format). */
  formats?: readonly string[];
  /** Continue an interrupted run into the same output folder rather than start again. */
  resume?: boolean;
  /** What makes two runs the same run (inputs, pipeline, date): a resumed run must match it. */
  manifest?: Record<string, unknown>;
}

export interface OpenResult {
  /** Documents an interrupted run already wrote, and the id of the last of them. */
  resumedDocs: number;
  resumedFailed: number;
  resumedWords: number;
  lastId: string | null;
  /** An interrupted run's partial tables were found and, without resume, thrown away. */
  discardedPartial: boolean;
}

export interface Sink {
  /** The output formats, known once the sink is open. */
  readonly formats: readonly ('csv' | 'jsonl')[];
  open(settings: RunSettings): Promise<OpenResult>;
  write(doc: RenderedDoc): Promise<void>;
  /** Finishes every table and moves it into place. */
  close(): Promise<void>;
  /** Removes temporary files after a failed run; the previous tables, if any, stay as they were. */
  abort(): Promise<void>;
}

interface StageBase<O> {
  name: string;
  description: string;
  /** zod schema of the stage's options; it supplies their defaults. */
  options: z.ZodType<O>;
  requires: readonly Layer[];
  assigns: readonly Layer[];
}

export interface SourceStage<O = unknown> extends StageBase<O> {
  kind: 'source';
  create(options: O, ctx: StageContext): Source;
}

export interface DocStage<O = unknown> extends StageBase<O> {
  kind: 'doc';
  create(options: O, ctx: StageContext): DocProcessor;
}

export interface SinkStage<O = unknown> extends StageBase<O> {
  kind: 'sink';
  create(options: O, ctx: StageContext): Sink;
}

export type StageDefinition<O = any> = SourceStage<O> | DocStage<O> | SinkStage<O>;
