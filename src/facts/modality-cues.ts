import type { Modality } from '../doc/types.js';

/**
 * The words that make a fact negated, hoped, planned or possible rather than asserted, as data with the
 * example that justifies each. modality.ts applies them to a verb group and to the verbs that govern it.
 */

export interface Cue {
  words: readonly string[];
  modality?: Modality;
  /** The cue denies the fact ("refused to sign", "never met"). */
  negates?: true;
  example: string;
}

/** Words inside a verb group (between the subject and the verb) that deny it. */
export const NEGATION_WORDS: readonly Cue[] = [
  { words: ['not', "n't", 'n’t', 'never', 'nor', 'neither', 'cannot'], negates: true, example: 'Russia does not plan to mediate; Kim never met Putin, nor visited Russia.' },
  { words: ['no'], negates: true, example: 'The firm has no plans to close the plant ("no" before a governing noun).' },
];

/** Modal auxiliaries: the fact is not (yet) a fact. */
export const MODAL_AUXILIARIES: readonly Cue[] = [
  { words: ['will', 'shall', "'ll", '’ll'], modality: 'planned', example: 'The minister will travel to Jakarta on Tuesday.' },
  { words: ['would'], modality: 'planned', example: 'He said he would appeal against the sentence.' },
  { words: ['could', 'may', 'might', 'can'], modality: 'possible', example: 'The new line could allow freight to reach the port.' },
  { words: ['should', 'must'], modality: 'possible', example: 'The pact must still be ratified by parliament.' },
];

/**
 * Verbs that govern a to-infinitive and say how real its event is. "Putin would like to build a bridge"
 * is planned; "the firm refused to sign" is negated.
 */
export const CATENATIVE_VERBS: readonly (Cue & { irregular?: readonly [string, string] })[] = [
  { words: ['plan', 'intend', 'aim', 'seek', 'propose', 'prepare', 'schedule', 'decide', 'agree', 'promise', 'pledge', 'vow', 'want', 'wish', 'like', 'expect', 'mean', 'set', 'arrange', 'undertake'], modality: 'planned', example: 'Putin would like to build a bridge; Halvorsen agreed to buy Van Dijk.' },
  { words: ['hope'], modality: 'hoped', example: 'He said he hoped to bring the warmth of our people to Russia.' },
  { words: ['try', 'attempt', 'threaten', 'offer', 'consider'], modality: 'possible', example: 'The rebels threatened to attack the capital.' },
  { words: ['refuse', 'fail', 'decline'], negates: true, example: 'The senate refused to ratify the treaty.' },
];

/** Adjectives and participles after a copula that govern a to-infinitive ("is due to travel"). */
export const CATENATIVE_ADJECTIVES: readonly Cue[] = [
  { words: ['due', 'set', 'scheduled', 'expected', 'poised', 'slated', 'ready', 'keen', 'eager', 'determined', 'going', 'about'], modality: 'planned', example: 'The defence minister is due to travel to Kigali next week.' },
  { words: ['likely', 'able', 'willing', 'unlikely', 'possible'], modality: 'possible', example: 'The summit is likely to focus on gas deals.' },
  { words: ['reluctant', 'unwilling', 'unable'], negates: true, example: 'Russian companies are reluctant to invest in North Korea.' },
];

/** Nouns that govern a to-infinitive ("plans to build"); with "no" before them, the fact is denied. */
export const CATENATIVE_NOUNS: readonly Cue[] = [
  { words: ['plan', 'plans', 'intention', 'decision', 'bid', 'promise', 'pledge', 'agreement', 'deal', 'offer', 'proposal', 'attempt', 'effort', 'efforts'], modality: 'planned', example: 'The government announced plans to sell the airline; Halvorsen said it had no plans to close any terminal.' },
  { words: ['hope', 'hopes'], modality: 'hoped', example: 'Shoygu expressed hope that the visit would lead to cooperation.' },
];
