import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { DocInput } from '../../src/doc/create.js';
import { loadPipelineFile } from '../../src/pipeline/load.js';
import { WorkerPool } from '../../src/pipeline/pool.js';
import { processToRendered } from '../../src/pipeline/process.js';
import { Pipeline } from '../../src/pipeline/run.js';

describe('worker pool', () => {
  it('a worker that dies hands the documents it held to the calling thread, and a new worker takes its place', async () => {
    const spec = loadPipelineFile();
    const here = new Pipeline(spec);
    const inThread: string[] = [];
    const pool = new WorkerPool(1, spec, ['csv'], (input: DocInput) => {
      inThread.push(input.id);
      return processToRendered(here, input, ['csv']);
    });
    try {
      const docs: DocInput[] = [0, 1, 2, 3, 4, 5].map((i) => ({ id: `d${i}`, source: 'test', text: `Officials in Oslo met on Monday to discuss report number ${i}.` }));
      const pending = docs.map((d, i) => pool.process(i, d));
      const [worker] = (pool as unknown as { inFlight: Map<Worker, unknown[]> }).inFlight.keys();
      await worker.terminate();
      const rendered = await Promise.all(pending);
      expect(rendered.map((r) => r.id)).toEqual(docs.map((d) => d.id));
      expect(rendered.every((r) => r.ok && r.csv!.mentions.includes('Oslo'))).toBe(true);
      expect(inThread.length).toBeGreaterThan(0);
      // The replacement worker takes new documents.
      const after = await pool.process(6, { id: 'after', source: 'test', text: 'Talks resumed in Lima on Friday.' });
      expect(after.ok).toBe(true);
      expect(inThread).not.toContain('after');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
