import type { Sentence } from '../../doc/types.js';
import { actorVerbLemma } from './actor-verbs.js';
import type { Draft } from './draft.js';
import type { TokenView } from './view.js';

/** Words after which a clause, and so a subject, may begin. */
const CLAUSE_OPENERS = new Set(['that', 'while', 'as', 'since', 'because', 'but', 'and', 'when', 'although', 'though', 'where', 'whereas', 'if', 'so', 'yet']);
const RELATIVE_PRONOUNS = new Set(['which', 'who']);
const OPENING_PUNCTUATION = new Set([',', ';', ':', '(', '"', '\u201c', '\u2014', '\u2013', '-']);

/**
 * True when the place mention is the subject of a verb of saying, thinking or acting: it opens a clause
 * (sentence start, after a comma or a conjunction, not after a preposition), and after at most three
 * auxiliaries, adverbs or particles, or after ", which" opening a relative clause, comes one of ACTOR_VERBS ("Pyongyang has long considered",
 * "Moscow will not accept" is not: "accept" is not listed).
 */
export function isActorSubject(view: TokenView, d: Draft, s: Sentence): boolean {
  const before = d.tokenStart - 1;
  if (before >= s.tokenStart) {
    const t = view.text(before);
    const opens = OPENING_PUNCTUATION.has(t) || view.isPos(before, 'CCONJ') || view.isPos(before, 'SCONJ') || CLAUSE_OPENERS.has(t.toLowerCase());
    if (!opens) return false;
  }
  let j = d.tokenEnd;
  // "Moscow, which wants to keep Chechnya": a relative clause says what the capital does.
  if (j + 1 < s.tokenEnd && view.text(j) === ',' && RELATIVE_PRONOUNS.has(view.lower(j + 1))) j += 2;
  for (let skipped = 0; j < s.tokenEnd && skipped < 3; j++, skipped++) {
    if (!(view.isPos(j, 'AUX') || view.isPos(j, 'ADV') || view.isPos(j, 'PART'))) break;
    if (view.isPossessive(j)) return false;
  }
  if (j >= s.tokenEnd || !view.isPos(j, 'VERB')) return false;
  return actorVerbLemma(view.text(j)) !== null;
}
