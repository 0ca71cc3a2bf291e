import { parentPort, workerData } from 'node:worker_threads';
import { checkPipeline } from './load.js';
import { processToRendered, type WorkerTask } from './process.js';
import { Pipeline } from './run.js';
import { adoptShared } from './shared.js';

/** A worker thread: builds the pipeline once, then processes and renders the documents it is sent, and sends back each with the time its stages took. */
const { raw, file, formats, shared } = workerData as { raw: unknown; file: string; formats: ('csv' | 'jsonl')[]; shared?: Record<string, unknown> };
const spec = checkPipeline(raw, file);
// After checkPipeline has imported every stage module, so that each has registered what it can share.
adoptShared(shared);
const pipeline = new Pipeline(spec);
parentPort!.on('message', (task: WorkerTask) => {
  const rendered = processToRendered(pipeline, task.input, formats);
  parentPort!.postMessage({ seq: task.seq, rendered, stageMs: pipeline.clock.take() });
});
