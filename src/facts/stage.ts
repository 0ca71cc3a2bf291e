import { z } from 'zod';
import type { DocStage } from '../pipeline/stage.js';
import { extractFacts } from './extract.js';
import { buildLexicon } from './lexicon.js';
import type { Resources } from './phrases.js';
import { loadPostLexicon } from './posts.js';
import { QUANTITY_LEMMA_LIST } from './quantities.js';
import { SHARE_VERBS } from './shares.js';
import { LYING_VERBS } from './places.js';

const FactOptions = z.object({}).strict();

/** Builds what the fact rules read, once per pipeline. */
export function loadFactResources(): Resources {
  return { lexicon: buildLexicon([...SHARE_VERBS.flatMap((s) => s.lemmas), ...QUANTITY_LEMMA_LIST, ...LYING_VERBS.flatMap((l) => l.lemmas)]), posts: loadPostLexicon() };
}

export const factsStage: DocStage<z.infer<typeof FactOptions>> = {
  kind: 'doc',
  name: 'facts',
  description:
    'Reads typed relations between entities (and with figures) from sentence structure: posts, meetings, travel, quotations, trade ranks, shares, quantities, locations and event verbs, each with its evidence sentence, time, place, confidence, polarity and modality.',
  options: FactOptions,
  requires: ['tokens', 'sentences', 'mentions', 'entities', 'figures'],
  assigns: ['facts'],
  create: () => {
    const resources = loadFactResources();
    return (doc) => extractFacts(doc, resources);
  },
};
