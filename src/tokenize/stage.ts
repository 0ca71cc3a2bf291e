import { z } from 'zod';
import type { DocStage } from '../pipeline/stage.js';
import { splitSentences } from './sentences.js';
import { tokenizeDoc } from './tokenize.js';

const NoOptions = z.object({}).strict();

export const tokenizeStage: DocStage<z.infer<typeof NoOptions>> = {
  kind: 'doc',
  name: 'tokenize',
  description: 'Tokenizes the headline and the article body with wink-nlp (part-of-speech tags, token kinds), one line at a time.',
  options: NoOptions,
  requires: ['text', 'body'],
  assigns: ['tokens'],
  create: () => tokenizeDoc,
};

export const sentencesStage: DocStage<z.infer<typeof NoOptions>> = {
  kind: 'doc',
  name: 'sentences',
  description: 'Splits tokens into sentences with wink-nlp\'s sentence rules (run over the tokens, outside readDoc); a sentence never crosses a line or paragraph break.',
  options: NoOptions,
  requires: ['tokens'],
  assigns: ['sentences'],
  create: () => splitSentences,
};
