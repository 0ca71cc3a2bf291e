import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { NewsfactsError } from '../errors.js';
import type { WinkRawDoc } from './wink-raw.js';

type Wink = ReturnType<typeof winkNLP>;

/**
 * Only part-of-speech tags are asked of wink-nlp: its own entities, negation and sentiment passes are not
 * used here and would triple the time readDoc takes (measured: 1193 ms against 371 ms for the same 195k
 * tokens). Its sentence splitter runs outside readDoc, faster, over the same machine
 * (wink-sentences.ts); the tags do not depend on it (the same tags for all 1,283,935 tokens of the first
 * 4,000 bench documents with and without it).
 */
const PIPE = ['pos'];

/**
 * wink-nlp adds every word it has not seen to its lexicon and never forgets it, so over a long run its
 * memory grows with the number of distinct tokens read, every new number and name (about 30,000 new
 * numbers in the 20 MB bench corpus, ten times as many in the 200 MB one). After this many tokens the
 * instance is made anew, which takes about 80 ms: memory stays bounded at a cost under 0.5 % of a run.
 */
export const RENEW_AFTER_TOKENS = 2_000_000;
let tokensRead = 0;

type PosModel = { setter: (rdd: WinkRawDoc, ...rest: unknown[]) => void } & Record<string, unknown>;
type WinkModel = typeof model & { metaCER(): unknown; pos(): PosModel };

/**
 * The model as each new instance sees it. wink-eng-lite-web-model's `metaCER()` stringifies its
 * module-level result again on every call (`machines = JSON.stringify(machines)`), so every instance
 * made after the first doubles the escapes of a string the module keeps: after 17 renewals it held
 * hundreds of megabytes (found in a heap snapshot of a 200 MB run). Every instance gets the first
 * result, which is what the first instance of a process gets.
 */
let metaCER: unknown;

/**
 * A wink-nlp instance whose `read` gives the document data readDoc built ("rdd": the token numbers and the
 * lexicon cache), not the API object around it. readDoc hands that data to the model's part-of-speech
 * setter once the tags are set; the setter here keeps a reference to it. Reading the numbers directly
 * replaces three `tokens().out(...)` passes (texts, tags, types), each a call per token through
 * wink-nlp's API.
 */
export interface WinkReader {
  readonly nlp: Wink;
  /** The data of `text` as wink-nlp read it, or null when it has no token. */
  read(text: string): WinkRawDoc | null;
}

export function createWinkReader(): WinkReader {
  const base = model as unknown as WinkModel;
  let last: WinkRawDoc | null = null;
  const pos = (): PosModel => {
    const m = base.pos();
    return {
      ...m,
      setter: (rdd: WinkRawDoc, ...rest: unknown[]) => {
        m.setter(rdd, ...rest);
        last = rdd;
      },
    };
  };
  const wrapped = { ...base, metaCER: () => (metaCER ??= base.metaCER()), pos } as unknown as typeof model;
  const nlp = winkNLP(wrapped, PIPE);
  return {
    nlp,
    read(text: string): WinkRawDoc | null {
      last = null;
      nlp.readDoc(text);
      const rdd = last as WinkRawDoc | null;
      last = null;
      if (rdd === null || !Array.isArray(rdd.tokens) || typeof rdd.cache?.value !== 'function') {
        throw new NewsfactsError('tokenize/wink-internals', 'wink-nlp did not hand its document data to the model\'s part-of-speech setter: the installed wink-nlp is not the 2.x this tokenizer reads (see package-lock.json)');
      }
      return rdd.numOfTokens > 0 ? rdd : null;
    },
  };
}

let instance: WinkReader | null = null;

/**
 * The one wink-nlp instance of the process (renewed now and then, see RENEW_AFTER_TOKENS). A second
 * instance would silently ignore custom entities learned on the first, and loading the model costs about
 * 100 ms.
 */
export function wink(): WinkReader {
  instance ??= createWinkReader();
  return instance;
}

/** Counts the tokens a document gave; the instance is renewed once enough have been read. */
export function winkHasRead(tokens: number): void {
  tokensRead += tokens;
  if (tokensRead >= RENEW_AFTER_TOKENS) {
    instance = null;
    tokensRead = 0;
  }
}
