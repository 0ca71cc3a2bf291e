import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocInput } from '../../src/doc/create.js';
import { loadPipelineFile } from '../../src/pipeline/load.js';
import { WorkerPool } from '../../src/pipeline/pool.js';
import { processToRendered } from '../../src/pipeline/process.js';
import { Pipeline } from '../../src/pipeline/run.js';
import { StageClock } from '../../src/pipeline/timings.js';
import { tempDir } from '../helpers.js';

const ARTICLE = (i: number) => `Officials in Oslo met on Monday to discuss report number ${i}, which put the cost at $${i + 2}.5 million.\n\nThe minister, Kari Nordmann, said 40 per cent of it was paid.`;

describe('stage timings', () => {
  it('a clock hands over what it added since it last did, and starts again from zero', () => {
    const clock = new StageClock(['a', 'b']);
    clock.add([1, 2]);
    clock.add([0.5, 0]);
    expect([...clock.take()]).toEqual([1.5, 2]);
    expect([...clock.ms]).toEqual([0, 0]);
    clock.add([3, 1]);
    expect([...clock.take()]).toEqual([3, 1]);
  });

  it('a run reports the seconds of every stage of its pipeline, then rendering and writing, within the run on one thread', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'batch.jsonl'), Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `d${i}`, text: ARTICLE(i) })).join('\n'));
    const pipeline = Pipeline.load();
    // Time spent before the run (a document processed on its own) is not the run's.
    pipeline.process(ARTICLE(99));
    const summary = await pipeline.run([dir], { outDir: path.join(tempDir(), 'out'), workers: 1 });
    expect(summary.stages.map((s) => s.name)).toEqual([...pipeline.spec.docStages.map((s) => s.definition.name), 'render', 'write']);
    for (const s of summary.stages) expect(s.seconds, s.name).toBeGreaterThanOrEqual(0);
    expect(summary.stages.find((s) => s.name === 'tokenize')!.seconds).toBeGreaterThan(0);
    const processing = summary.stages.reduce((sum, s) => sum + s.seconds, 0);
    expect(processing).toBeLessThanOrEqual(summary.seconds);
    // Run again on the same pipeline: the second summary counts its own documents only.
    const again = await pipeline.run([dir], { outDir: path.join(tempDir(), 'out'), workers: 1 });
    expect(again.stages.reduce((sum, s) => sum + s.seconds, 0)).toBeLessThanOrEqual(again.seconds);
  }, 60_000);

  it('a worker sends with each document the time its stages took on it', async () => {
    const spec = loadPipelineFile();
    const here = new Pipeline(spec);
    const received: Float64Array[] = [];
    const pool = new WorkerPool(1, spec, ['csv'], (input: DocInput) => processToRendered(here, input, ['csv']), undefined, (ms) => received.push(ms));
    try {
      const docs: DocInput[] = [0, 1, 2].map((i) => ({ id: `d${i}`, source: 'test', text: ARTICLE(i) }));
      await Promise.all(docs.map((d, i) => pool.process(i, d)));
    } finally {
      await pool.close();
    }
    expect(received).toHaveLength(3);
    const tokenize = spec.docStages.findIndex((s) => s.definition.name === 'tokenize');
    for (const ms of received) {
      expect(ms).toHaveLength(spec.docStages.length + 1);
      expect(ms[tokenize]).toBeGreaterThan(0);
      // Rendering, the last slot, is timed on the worker too.
      expect(ms[spec.docStages.length]).toBeGreaterThan(0);
    }
  }, 60_000);
});
