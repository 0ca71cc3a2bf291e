import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { messageOf, NewsfactsError } from '../../errors.js';
import { registerShareable } from '../../pipeline/shared.js';
import type { DocStage } from '../../pipeline/stage.js';
import { WordClusters, type SharedWordClusters } from './clusters.js';
import { NerModel, type SharedNerModel } from './model.js';
import { NerTagger } from './tagger.js';

/** The package's root folder, from src/entities/ner or dist/entities/ner alike. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_NER_MODEL = path.join(PACKAGE_ROOT, 'models', 'ner', 'model.bin.gz');
export const DEFAULT_WORD_CLUSTERS = path.join(PACKAGE_ROOT, 'models', 'ner', 'word-clusters.tsv.gz');

const NerOptions = z
  .object({
    /** A model file made by `npm run train:ner`; relative paths resolve against the pipeline file's folder. */
    model: z.string().optional(),
    /** The word-cluster table the model was trained with. */
    clusters: z.string().optional(),
  })
  .strict();
type NerOptions = z.infer<typeof NerOptions>;

export interface NerResources {
  model: NerModel;
  clusters: WordClusters;
}

const loaded = new Map<string, NerResources>();

/** Reads a model and its word clusters once per process, however many pipelines use them. */
export function loadNerResources(modelFile: string = DEFAULT_NER_MODEL, clustersFile: string = DEFAULT_WORD_CLUSTERS): NerResources {
  const key = `${modelFile}\n${clustersFile}`;
  let r = loaded.get(key);
  if (!r) {
    try {
      const model = NerModel.load(modelFile);
      const expected = model.header.training.clusters as { words: number } | null | undefined;
      const clusters = expected ? WordClusters.load(clustersFile) : WordClusters.none();
      if (expected && clusters.size !== expected.words) {
        throw new Error(`${modelFile} was trained with ${expected.words} clustered words, but ${clustersFile} has ${clusters.size}: retrain with npm run train:ner`);
      }
      r = { model, clusters };
    } catch (err) {
      throw new NewsfactsError('ner/model-unreadable', `ner: cannot load the tagger's model: ${messageOf(err)}`, { cause: err });
    }
    loaded.set(key, r);
  }
  return r;
}

/** The models this thread has loaded, for worker threads to read instead of loading their own. */
export function shareNerResources(): SharedNerResources[] {
  return [...loaded].map(([key, r]) => ({ key, model: r.model.share(), clusters: r.clusters.share() }));
}

/**
 * Takes another thread's loaded models as this thread's (before any pipeline here loads them): a
 * worker then scores with the main thread's tables, about 15 MB and 0.15 s it does not spend.
 */
export function adoptNerResources(shared: readonly SharedNerResources[]): void {
  for (const s of shared) if (!loaded.has(s.key)) loaded.set(s.key, { model: NerModel.adopt(s.model), clusters: WordClusters.adopt(s.clusters) });
}

registerShareable('ner', { share: shareNerResources, adopt: (shared) => adoptNerResources(shared as SharedNerResources[]) });

export interface SharedNerResources {
  key: string;
  model: SharedNerModel;
  clusters: SharedWordClusters;
}

export function createNerTagger(resources: NerResources = loadNerResources()): NerTagger {
  return new NerTagger(resources.model, resources.clusters);
}

export const nerStage: DocStage<NerOptions> = {
  kind: 'doc',
  name: 'ner',
  description: 'Tags names of people, organisations, places and other names (PER, ORG, LOC, MISC) with a trained averaged perceptron over the tokens.',
  options: NerOptions,
  requires: ['tokens', 'sentences'],
  assigns: ['nerSpans'],
  create: (options, ctx) => {
    const resolve = (file: string | undefined, fallback: string) => (file ? path.resolve(ctx.pipelineDir, file) : fallback);
    const tagger = createNerTagger(loadNerResources(resolve(options.model, DEFAULT_NER_MODEL), resolve(options.clusters, DEFAULT_WORD_CLUSTERS)));
    return (doc) => {
      doc.nerSpans = tagger.tag(doc);
    };
  },
};
