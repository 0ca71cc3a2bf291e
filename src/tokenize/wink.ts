import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * Only sentence boundaries and part-of-speech tags are asked of wink-nlp: its own entities, negation and
 * sentiment passes are not used here and would triple the time readDoc takes (measured: 1193 ms against
 * 371 ms for the same 195k tokens).
 */
const PIPE = ['sbd', 'pos'];

/**
 * The one wink-nlp instance of the process. A second `winkNLP(model)` would silently ignore custom
 * entities learned on the first, and loading the model costs about 100 ms.
 */
export function wink(): Wink {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
