import { describe, expect, it } from 'vitest';
import { WordClusters } from '../../../src/entities/ner/clusters.js';
import { NerModel } from '../../../src/entities/ner/model.js';
import { loadNerResources, shareNerResources } from '../../../src/entities/ner/stage.js';
import { NerTagger } from '../../../src/entities/ner/tagger.js';
import { tokenizedDoc } from '../../../src/entities/ner/training-data.js';
import { collectShared } from '../../../src/pipeline/shared.js';

describe('ner tables lent to worker threads', () => {
  const own = loadNerResources();

  it('are held in SharedArrayBuffers and listed for the workers', () => {
    expect(own.model.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    const shared = shareNerResources();
    expect(shared.length).toBeGreaterThan(0);
    expect(shared[0].model.weights.buffer).toBe(own.model.weights.buffer);
    expect(collectShared()).toHaveProperty('ner');
  });

  it('tag a document exactly as the tables they were lent from', () => {
    const [shared] = shareNerResources();
    // Through structured cloning, as workerData travels: the buffers are shared, not copied.
    const cloned = structuredClone(shared);
    const adopted = { model: NerModel.adopt(cloned.model), clusters: WordClusters.adopt(cloned.clusters) };
    expect(adopted.model.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(adopted.clusters.size).toBe(own.clusters.size);
    const text = 'Defence Minister Sergey Shoygu met officials of Gazprom in Vladivostok on Tuesday, and Kim Jong-Un left for Pyongyang.';
    const a = new NerTagger(own.model, own.clusters).tag(tokenizedDoc(text));
    const b = new NerTagger(adopted.model, adopted.clusters).tag(tokenizedDoc(text));
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(3);
  });
});
