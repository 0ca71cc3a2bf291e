import type { Doc } from '../doc/types.js';
import type { GoldDoc } from './gold.js';
import { scoreDates } from './layers/dates.js';
import { scoreEntities } from './layers/entities.js';
import { scoreFacts } from './layers/facts.js';
import { scoreFigures } from './layers/figures.js';
import { scoreLinks } from './layers/links.js';
import { scoreMentions } from './layers/mentions.js';
import { scoreMetadata } from './layers/metadata.js';
import type { EvalLayer, LayerResult } from './score.js';

/** Scores one processed document against its gold, layer by layer. */
export function scoreDoc(doc: Doc, gold: GoldDoc): Record<EvalLayer, LayerResult> {
  const entities = scoreEntities(doc, gold);
  return {
    metadata: scoreMetadata(doc, gold),
    mentions: scoreMentions(doc, gold),
    entities: entities.result,
    links: scoreLinks(doc, gold, entities),
    figures: scoreFigures(doc, gold),
    dates: scoreDates(doc, gold),
    facts: scoreFacts(doc, gold),
  };
}
