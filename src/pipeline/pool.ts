import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { DocInput } from '../doc/create.js';
import { failedDoc } from '../doc/create.js';
import { renderDoc, type Format, type RenderedDoc } from '../write/render.js';
import type { PipelineSpec } from './load.js';
import type { WorkerTask } from './process.js';

interface Pending {
  task: WorkerTask;
  resolve: (r: RenderedDoc) => void;
}

/**
 * Worker threads that each hold a built pipeline. A document goes to whichever worker is free, so a
 * long article never holds up the short ones queued behind it on another thread.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly workers: Worker[] = [];

  constructor(size: number, spec: PipelineSpec, private readonly formats: readonly Format[]) {
    const here = import.meta.url;
    // Run from TypeScript sources (tests, tsx), the worker needs the same loader.
    const fromSource = here.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', here);
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
    for (let i = 0; i < size; i++) {
      const workerData = { raw: spec.raw, file: spec.file, formats };
      const w = fromSource ? new Worker(bootstrap, { eval: true, workerData }) : new Worker(fileURLToPath(url), { workerData });
      w.on('message', (msg: { seq: number; rendered: RenderedDoc }) => this.done(w, msg.rendered));
      w.on('error', (err: unknown) => this.crashed(w, err instanceof Error ? err : new Error(String(err))));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  process(seq: number, input: DocInput): Promise<RenderedDoc> {
    return new Promise((resolve) => {
      this.queue.push({ task: { seq, input }, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const p = this.queue.shift()!;
      this.busy.set(w, p);
      w.postMessage(p.task);
    }
  }

  private done(w: Worker, rendered: RenderedDoc): void {
    const p = this.busy.get(w);
    this.busy.delete(w);
    this.idle.push(w);
    p?.resolve(rendered);
    this.dispatch();
  }

  /** A worker that dies fails the document it held (with the reason) and is not used again. */
  private crashed(w: Worker, err: Error): void {
    const p = this.busy.get(w);
    this.busy.delete(w);
    const i = this.workers.indexOf(w);
    if (i !== -1) this.workers.splice(i, 1);
    if (p) {
      const doc = failedDoc(p.task.input.id, p.task.input.source, p.task.input.text);
      doc.diagnostics.push({ code: 'stage/failed', severity: 'error', stage: 'pipeline', message: `worker thread died while processing this document: ${err.message}` });
      p.resolve(renderDoc(doc, this.formats));
    }
    if (!this.workers.length) {
      for (const q of this.queue.splice(0)) {
        const doc = failedDoc(q.task.input.id, q.task.input.source, q.task.input.text);
        doc.diagnostics.push({ code: 'stage/failed', severity: 'error', stage: 'pipeline', message: 'every worker thread died' });
        q.resolve(renderDoc(doc, this.formats));
      }
    }
    this.dispatch();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
