import { createHash } from 'node:crypto';
import path from 'node:path';
import v8 from 'node:v8';
import { createDoc, failedDoc, type DocInput } from '../doc/create.js';
import type { Doc, DocMeta } from '../doc/types.js';
import { NewsfactsError, messageOf, type ErrorCode } from '../errors.js';
import { renderDoc, type Format, type RenderedDoc } from '../write/render.js';
import { loadPipelineFile, type PipelineSpec } from './load.js';
import { WorkerPool } from './pool.js';
import { collectShared } from './shared.js';
import { processToRendered } from './process.js';
import type { DocProcessor, ReadResult, RunSettings, Sink, Source } from './stage.js';
import { RENDER_SLOT_NAME, StageClock, type StageTime } from './timings.js';

/**
 * How far V8 lets a heap grow past what was live after a full collection, in per cent, during a batch
 * run. Left to itself V8 grows it up to four times (measured: 55 MB live, 200 MB of heap, 390 MB of
 * RSS on one thread); a run's live data is small and steady (the models, one document, the entity
 * table), so a tighter heap costs little time (a full collection of 55 MB takes a few milliseconds,
 * mostly on V8's own threads). Measured on the first 4,000 documents of the 20 MB bench corpus, peak
 * RSS on one thread / two: V8's default 371 / 476-515 MB, 60 % 248-251 / 383 MB, 40 % 236-241 /
 * 359-366 MB, with CPU time equal within noise (16.0-16.4 s); 20-30 % cost 5-15 % more CPU. The flag
 * is read at every collection, so setting it now works, for the worker threads too; it stays set for
 * the rest of the process.
 */
export const RUN_HEAP_GROWING_PERCENT = 40;

export interface ProcessOptions {
  id?: string;
  source?: string;
  meta?: Partial<DocMeta>;
  /** Publication date (YYYY-MM-DD) to resolve relative dates against when the text gives none. */
  date?: string;
}

export interface RunOptions extends Omit<RunSettings, 'manifest'> {
  date?: string;
  /** Threads that process documents: 1 (the default) is the calling thread alone; N adds N-1 worker threads, and the calling thread reads, writes and processes a document itself when the workers are full. */
  workers?: number;
  onDocument?: (doc: RenderedDoc, progress: RunProgress) => void;
}

export interface RunProgress {
  documents: number;
  failed: number;
  words: number;
}

export interface RunSummary extends RunProgress {
  ok: number;
  seconds: number;
  /** Documents written by an interrupted run that this one resumed (counted in `documents` too). */
  resumedDocuments: number;
  discardedPartial: boolean;
  skippedFiles: number;
  skippedExtensions: string[];
  /**
   * Seconds per document stage and for rendering the tables, summed over every thread that processed
   * documents (with N workers they add up to about N times the run's seconds), then the calling
   * thread's seconds writing the tables (`write`).
   */
  stages: StageTime[];
}

/** A loaded pipeline: its stages built once, ready for any number of documents. */
export class Pipeline {
  readonly spec: PipelineSpec;
  /** This thread's time per document stage, then for rendering (see `render`). */
  readonly clock: StageClock;
  private built: { name: string; run: DocProcessor }[] | null = null;

  constructor(spec: PipelineSpec) {
    this.spec = spec;
    this.clock = new StageClock([...spec.docStages.map((s) => s.definition.name), RENDER_SLOT_NAME]);
  }

  /** Stages are built (models loaded) on first use: a run on worker threads never builds them here. */
  private get processors(): { name: string; run: DocProcessor }[] {
    this.built ??= this.spec.docStages.map((s) => ({ name: s.definition.name, run: s.definition.create(s.options, this.spec.context) }));
    return this.built;
  }

  static load(file?: string): Pipeline {
    return new Pipeline(loadPipelineFile(file));
  }

  /** Runs the document stages on one document. A stage that throws marks the document failed. */
  processDoc(doc: Doc): Doc {
    const processors = this.processors;
    const ms = this.clock.ms;
    for (let k = 0; k < processors.length; k++) {
      const p = processors[k];
      const started = performance.now();
      try {
        p.run(doc);
      } catch (err) {
        doc.status = 'error';
        const code = err instanceof NewsfactsError ? err.code : 'stage/failed';
        doc.diagnostics.push({ code, severity: 'error', stage: p.name, message: `stage "${p.name}" failed: ${messageOf(err)}` });
        break;
      } finally {
        ms[k] += performance.now() - started;
      }
    }
    return doc;
  }

  processInput(input: DocInput): Doc {
    return this.processDoc(createDoc(input));
  }

  /** Renders a processed document's tables; the time goes to the clock's last slot, after the stages'. */
  render(doc: Doc, formats: readonly Format[]): RenderedDoc {
    const started = performance.now();
    const rendered = renderDoc(doc, formats);
    this.clock.ms[this.clock.ms.length - 1] += performance.now() - started;
    return rendered;
  }

  /** The library entry point: one article as a string, with what is known of it. */
  process(text: string, options: ProcessOptions = {}): Doc {
    return this.processInput({ id: options.id ?? 'doc', source: options.source ?? '(string)', text, meta: options.meta, anchorDate: options.date ?? null });
  }

  /**
   * Reads the inputs with the pipeline's source, processes each document (on `workers` threads when
   * more than one) and writes it with the sink, in input order, one document at a time: memory does not
   * grow with the number of documents.
   */
  async run(inputs: readonly string[], options: RunOptions): Promise<RunSummary> {
    if (!this.spec.source) throw new NewsfactsError('pipeline/order', `${this.spec.file}: the pipeline has no source stage (such as "read") to run on files`);
    if (!this.spec.sink) throw new NewsfactsError('pipeline/order', `${this.spec.file}: the pipeline has no sink stage (such as "write") to write tables`);
    v8.setFlagsFromString(`--heap-growing-percent=${RUN_HEAP_GROWING_PERCENT}`);
    const source: Source = this.spec.source.definition.create(this.spec.source.options, this.spec.context);
    const sink: Sink = this.spec.sink.definition.create(this.spec.sink.options, this.spec.context);
    const started = performance.now();
    const progress: RunProgress = { documents: 0, failed: 0, words: 0 };
    const manifest = {
      inputs: inputs.map((i) => (i === '-' ? i : path.resolve(i))),
      pipeline: createHash('sha256').update(JSON.stringify(this.spec.raw)).digest('hex'),
      date: options.date ?? null,
    };
    const opened = await sink.open({ ...options, manifest });
    progress.documents = opened.resumedDocs;
    progress.failed = opened.resumedFailed;
    progress.words = opened.resumedWords;
    const formats = sink.formats;
    // The calling thread is one of the `workers` threads: it processes a document itself whenever the
    // worker threads hold enough, besides reading and writing. With 1 it does everything: a worker thread
    // would only add the cost of passing each document across; and with 2 on two cores, a third thread
    // would only contend for them.
    const workers = Math.max(1, options.workers ?? 1);
    const inThread = (input: DocInput) => processToRendered(this, input, formats);
    // The stages are built here first (this thread processes documents too), and the workers read the
    // models this thread loaded rather than load their own.
    if (workers > 1) void this.processors;
    const clockAtStart = this.clock.ms.slice();
    const workersClock = new StageClock(this.clock.names);
    const pool = workers > 1 ? new WorkerPool(workers - 1, this.spec, formats, inThread, collectShared(), (ms) => workersClock.add(ms)) : null;
    let writeMs = 0;
    const pending = new Map<number, Promise<RenderedDoc>>();
    /**
     * Documents of `pending` whose tables are ready. They are written as soon as every document before
     * them is, rather than when `maxInFlight` is reached: a rendered document left waiting outlives the
     * young-generation collections of this thread, each of which copies it (two threads, first 4,000
     * bench documents: this thread's scavenges took 676 ms, see README, ninth session).
     */
    const settled = new Set<number>();
    const schedule = (index: number, rendered: RenderedDoc | Promise<RenderedDoc>) => {
      if (rendered instanceof Promise) {
        pending.set(
          index,
          rendered.then((r) => {
            settled.add(index);
            return r;
          }),
        );
      } else {
        pending.set(index, Promise.resolve(rendered));
        settled.add(index);
      }
    };
    const maxInFlight = workers * 16;
    const seen = new Set<string>();
    let seq = 0;
    let next = opened.resumedDocs;
    const writeNext = async () => {
      const rendered = await pending.get(next)!;
      pending.delete(next);
      settled.delete(next);
      next++;
      progress.documents++;
      if (rendered.ok) progress.words += rendered.words;
      else progress.failed++;
      const started = performance.now();
      await sink.write(rendered);
      writeMs += performance.now() - started;
      options.onDocument?.(rendered, progress);
    };
    try {
      for await (const result of source.documents(inputs, { exclude: [options.outDir] })) {
        const index = seq++;
        const id = result.ok ? result.input.id : result.id;
        if (index < opened.resumedDocs) {
          // Already written by the interrupted run: only its id is needed, to catch duplicates.
          seen.add(id);
          if (index === opened.resumedDocs - 1 && id !== opened.lastId) {
            throw new NewsfactsError('write/resume-order', `cannot resume: document ${index + 1} is now "${id}" but the interrupted run wrote "${opened.lastId}" there; the inputs changed`);
          }
          continue;
        }
        const input = this.inputFor(result, seen, options.date, formats);
        if ('rendered' in input) schedule(index, input.rendered);
        else if (pool && !pool.saturated) schedule(index, pool.process(index, input.input));
        else {
          schedule(index, inThread(input.input));
          // Let the workers' finished documents in, so that they are sent more while this thread works.
          if (pool) await new Promise((r) => setImmediate(r));
        }
        while (pending.size >= maxInFlight || settled.has(next)) await writeNext();
      }
      if (seq < opened.resumedDocs) {
        throw new NewsfactsError('write/resume-order', `cannot resume: the interrupted run wrote ${opened.resumedDocs} documents but the inputs now hold ${seq}`);
      }
      while (pending.size) await writeNext();
      const started = performance.now();
      await sink.close();
      writeMs += performance.now() - started;
    } catch (err) {
      // A resumable run keeps its partial tables for --resume; anything else leaves no trace.
      if (!(err instanceof NewsfactsError && err.code.startsWith('write/resume'))) await sink.abort();
      throw err;
    } finally {
      await pool?.close();
    }
    const skipped = (source as { skipped?: { count: number; extensions: Set<string> } }).skipped;
    return {
      ...progress,
      ok: progress.documents - progress.failed,
      seconds: (performance.now() - started) / 1000,
      resumedDocuments: opened.resumedDocs,
      discardedPartial: opened.discardedPartial,
      skippedFiles: skipped?.count ?? 0,
      skippedExtensions: skipped ? [...skipped.extensions].sort() : [],
      stages: [
        ...this.clock.names.map((name, i) => ({ name, seconds: (this.clock.ms[i] - clockAtStart[i] + workersClock.ms[i]) / 1000 })),
        { name: 'write', seconds: writeMs / 1000 },
      ],
    };
  }

  /** The document to process for one read result, or, for one that cannot be processed, its error row. */
  private inputFor(result: ReadResult, seen: Set<string>, date: string | undefined, formats: readonly Format[]): { input: DocInput } | { rendered: RenderedDoc } {
    const fail = (id: string, source: string, code: ErrorCode, message: string, text = '') => {
      const doc = failedDoc(id, source, text);
      doc.diagnostics.push({ code, severity: 'error', stage: 'read', message });
      return { rendered: renderDoc(doc, formats) };
    };
    if (!result.ok) return fail(result.id, result.source, result.code, result.message);
    const { input } = result;
    if (seen.has(input.id)) {
      return fail(input.id, input.source, 'read/duplicate-id', `doc_id "${input.id}" was already used by an earlier document of this run; give each document its own id`, input.text);
    }
    seen.add(input.id);
    return { input: { ...input, anchorDate: input.anchorDate ?? date ?? null } };
  }
}
