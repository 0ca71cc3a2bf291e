import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { DocInput } from '../doc/create.js';
import type { Format, RenderedDoc } from '../write/render.js';
import type { PipelineSpec } from './load.js';
import type { WorkerTask } from './process.js';

/**
 * Old-generation heap of one worker. Without a limit V8 lets garbage pile up to several times the live
 * data before it collects (measured: 450 MB of RSS for 100 MB live); the models take about 100 MB.
 */
export const WORKER_HEAP_MB = 192;

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
  private closing = false;

  constructor(
    size: number,
    private readonly spec: PipelineSpec,
    private readonly formats: readonly Format[],
    /** Processes a document on the calling thread: for one that made a worker die (out of memory). */
    private readonly fallback: (input: DocInput) => RenderedDoc,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const here = import.meta.url;
    // Run from TypeScript sources (tests, tsx), the worker needs the same loader.
    const fromSource = here.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', here);
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
    const workerData = { raw: this.spec.raw, file: this.spec.file, formats: this.formats };
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
    const w = fromSource ? new Worker(bootstrap, { eval: true, workerData, resourceLimits }) : new Worker(fileURLToPath(url), { workerData, resourceLimits });
    w.on('message', (msg: { seq: number; rendered: RenderedDoc }) => this.done(w, msg.rendered));
    w.on('error', (err: unknown) => this.crashed(w, err instanceof Error ? err : new Error(String(err))));
    this.workers.push(w);
    this.idle.push(w);
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

  /**
   * A worker that dies (a document too large for its heap) is replaced, and the document it held is
   * processed again on the calling thread, whose heap has no such limit; it fails only if it fails there.
   */
  private crashed(w: Worker, _err: Error): void {
    const p = this.busy.get(w);
    this.busy.delete(w);
    const i = this.workers.indexOf(w);
    if (i !== -1) this.workers.splice(i, 1);
    const j = this.idle.indexOf(w);
    if (j !== -1) this.idle.splice(j, 1);
    if (!this.closing) this.spawn();
    if (p) p.resolve(this.fallback(p.task.input));
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
