import { parentPort, workerData } from 'node:worker_threads';
import { checkPipeline } from './load.js';
import { processToRendered, type WorkerTask } from './process.js';
import { Pipeline } from './run.js';

/** A worker thread: builds the pipeline once, then processes and renders the documents it is sent. */
const { raw, file, formats } = workerData as { raw: unknown; file: string; formats: ('csv' | 'jsonl')[] };
const pipeline = new Pipeline(checkPipeline(raw, file));
parentPort!.on('message', (task: WorkerTask) => {
  parentPort!.postMessage({ seq: task.seq, rendered: processToRendered(pipeline, task.input, formats) });
});
