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

/**
 * Young generation of one worker. A document's garbage dies young, so a smaller nursery than V8's
 * default costs no time that could be measured: 16 MB saved about 15 MB of peak RSS on two threads, and
 * 8 MB brought the 200 MB benchmark's two-thread peak from 415 to 373 MB (175,790 words/s against
 * 168,159 with 16 MB, one run each).
 */
export const WORKER_YOUNG_MB = 8;

interface Pending {
  task: WorkerTask;
  resolve: (r: RenderedDoc) => void;
}

/**
 * Documents sent to a worker before it has returned the first: it starts the next as soon as it has
 * posted one, rather than wait for the main thread (busy reading, writing or processing a document of
 * its own) to hear back and send another.
 */
const DEPTH = 4;

/**
 * Worker threads that each hold a built pipeline. A document goes to the worker with the fewest in
 * hand, so a long article never holds up the short ones queued behind it on another thread.
 */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  /** The documents each worker holds, in the order it processes them. */
  private readonly inFlight = new Map<Worker, Pending[]>();
  private closing = false;

  constructor(
    size: number,
    private readonly spec: PipelineSpec,
    private readonly formats: readonly Format[],
    /** Processes a document on the calling thread: for one that made a worker die (out of memory). */
    private readonly fallback: (input: DocInput) => RenderedDoc,
    /** Tables the calling thread loaded, lent to every worker (see shared.ts). */
    private readonly shared?: Record<string, unknown>,
    /** Hears the time per stage a worker spent on each document it returns (see StageClock). */
    private readonly onStageTimes?: (ms: Float64Array) => void,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const here = import.meta.url;
    // Run from TypeScript sources (tests, tsx), the worker needs the same loader.
    const fromSource = here.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', here);
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
    const workerData = { raw: this.spec.raw, file: this.spec.file, formats: this.formats, shared: this.shared };
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
    const w = fromSource ? new Worker(bootstrap, { eval: true, workerData, resourceLimits }) : new Worker(fileURLToPath(url), { workerData, resourceLimits });
    w.on('message', (msg: { seq: number; rendered: RenderedDoc; stageMs: Float64Array }) => {
      this.onStageTimes?.(msg.stageMs);
      this.done(w, msg.rendered);
    });
    w.on('error', (err: unknown) => this.crashed(w, err instanceof Error ? err : new Error(String(err))));
    // A worker can also end without an error event (terminated, or exiting by itself): its documents
    // must not wait for an answer that never comes. After an error event it is no longer listed here.
    w.on('exit', (code: number) => {
      if (!this.closing && this.inFlight.has(w)) this.crashed(w, new Error(`worker thread exited with code ${code}`));
    });
    this.inFlight.set(w, []);
  }

  /** True when every worker holds as many documents as it should: the caller may process one itself. */
  get saturated(): boolean {
    if (this.queue.length) return true;
    for (const held of this.inFlight.values()) if (held.length < DEPTH) return false;
    return true;
  }

  process(seq: number, input: DocInput): Promise<RenderedDoc> {
    return new Promise((resolve) => {
      this.queue.push({ task: { seq, input }, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      let best: Worker | null = null;
      let fewest = DEPTH;
      for (const [w, held] of this.inFlight) {
        if (held.length < fewest) {
          best = w;
          fewest = held.length;
        }
      }
      if (!best) return;
      const p = this.queue.shift()!;
      this.inFlight.get(best)!.push(p);
      best.postMessage(p.task);
    }
  }

  private done(w: Worker, rendered: RenderedDoc): void {
    const p = this.inFlight.get(w)?.shift();
    p?.resolve(rendered);
    this.dispatch();
  }

  /**
   * A worker that dies (a document too large for its heap, or any other end) is replaced, and the documents it held are
   * processed again on the calling thread, whose heap has no such limit; one fails only if it fails there.
   */
  private crashed(w: Worker, _err: Error): void {
    const held = this.inFlight.get(w) ?? [];
    this.inFlight.delete(w);
    if (!this.closing) this.spawn();
    for (const p of held) p.resolve(this.fallback(p.task.input));
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.inFlight.keys()].map((w) => w.terminate()));
  }
}
