import { createDoc, failedDoc, type DocInput } from '../doc/create.js';
import type { Doc, DocMeta } from '../doc/types.js';
import { NewsfactsError, errorCodeOf, messageOf } from '../errors.js';
import { countWords } from '../tokenize/count.js';
import { loadPipelineFile, type PipelineSpec } from './load.js';
import type { DocProcessor, ReadResult, RunSettings, Sink, Source } from './stage.js';

export interface ProcessOptions {
  id?: string;
  source?: string;
  meta?: Partial<DocMeta>;
  /** Publication date (YYYY-MM-DD) to resolve relative dates against when the text gives none. */
  date?: string;
}

export interface RunOptions extends RunSettings {
  date?: string;
  onDocument?: (doc: Doc, progress: RunProgress) => void;
}

export interface RunProgress {
  documents: number;
  failed: number;
  words: number;
}

export interface RunSummary extends RunProgress {
  ok: number;
  seconds: number;
  skippedFiles: number;
  skippedExtensions: string[];
}

/** A loaded pipeline: its stages built once, ready for any number of documents. */
export class Pipeline {
  readonly spec: PipelineSpec;
  private readonly processors: { name: string; run: DocProcessor }[];

  constructor(spec: PipelineSpec) {
    this.spec = spec;
    this.processors = spec.docStages.map((s) => ({ name: s.definition.name, run: s.definition.create(s.options, spec.context) }));
  }

  static load(file?: string): Pipeline {
    return new Pipeline(loadPipelineFile(file));
  }

  /** Runs the document stages on one document. A stage that throws marks the document failed. */
  processDoc(doc: Doc): Doc {
    for (const p of this.processors) {
      try {
        p.run(doc);
      } catch (err) {
        doc.status = 'error';
        const code = err instanceof NewsfactsError ? err.code : 'stage/failed';
        doc.diagnostics.push({ code, severity: 'error', stage: p.name, message: `stage "${p.name}" failed: ${messageOf(err)}` });
        break;
      }
    }
    return doc;
  }

  processInput(input: DocInput): Doc {
    return this.processDoc(createDoc(input));
  }

  /** The library entry point: one article as a string, with what is known of it. */
  process(text: string, options: ProcessOptions = {}): Doc {
    return this.processInput({ id: options.id ?? 'doc', source: options.source ?? '(string)', text, meta: options.meta, anchorDate: options.date ?? null });
  }

  /** Reads the inputs with the pipeline's source, processes each document and writes it with its sink. */
  async run(inputs: readonly string[], options: RunOptions): Promise<RunSummary> {
    if (!this.spec.source) throw new NewsfactsError('pipeline/order', `${this.spec.file}: the pipeline has no source stage (such as "read") to run on files`);
    if (!this.spec.sink) throw new NewsfactsError('pipeline/order', `${this.spec.file}: the pipeline has no sink stage (such as "write") to write tables`);
    const source: Source = this.spec.source.definition.create(this.spec.source.options, this.spec.context);
    const sink: Sink = this.spec.sink.definition.create(this.spec.sink.options, this.spec.context);
    const started = performance.now();
    const progress: RunProgress = { documents: 0, failed: 0, words: 0 };
    const seen = new Set<string>();
    await sink.open(options);
    try {
      for await (const result of source.documents(inputs)) {
        const doc = this.docFor(result, seen, options.date);
        progress.documents++;
        if (doc.status === 'error') progress.failed++;
        else progress.words += countWords(doc);
        await sink.write(doc);
        options.onDocument?.(doc, progress);
      }
      await sink.close();
    } catch (err) {
      await sink.abort();
      throw err;
    }
    const skipped = (source as { skipped?: { count: number; extensions: Set<string> } }).skipped;
    return {
      ...progress,
      ok: progress.documents - progress.failed,
      seconds: (performance.now() - started) / 1000,
      skippedFiles: skipped?.count ?? 0,
      skippedExtensions: skipped ? [...skipped.extensions].sort() : [],
    };
  }

  private docFor(result: ReadResult, seen: Set<string>, date: string | undefined): Doc {
    if (!result.ok) {
      const doc = failedDoc(result.id, result.source);
      doc.diagnostics.push({ code: result.code, severity: 'error', stage: 'read', message: result.message });
      return doc;
    }
    const { input } = result;
    if (seen.has(input.id)) {
      const doc = failedDoc(input.id, input.source, input.text);
      doc.diagnostics.push({ code: 'read/duplicate-id', severity: 'error', stage: 'read', message: `doc_id "${input.id}" was already used by an earlier document of this run; give each document its own id` });
      return doc;
    }
    seen.add(input.id);
    try {
      return this.processInput({ ...input, anchorDate: input.anchorDate ?? date ?? null });
    } catch (err) {
      const doc = failedDoc(input.id, input.source, input.text);
      doc.diagnostics.push({ code: errorCodeOf(err), severity: 'error', stage: 'pipeline', message: messageOf(err) });
      return doc;
    }
  }
}
