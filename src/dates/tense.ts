import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TokenView } from '../figures/token-view.js';
import { KIND, POS } from '../tokenize/tags.js';
import { DATA_DIR } from '../lexicon/data-dir.js';


/**
 * Whether the clause of a date looks forward or back: "will meet Putin on Thursday" (the coming
 * Thursday) against "met Putin on Thursday" (the last one). News mostly reports what happened, so a
 * date without a cue is read as past. The verb nearest the date decides: first to its left within the
 * clause, else to its right.
 */
export const FUTURE_CUES: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo', 'going', 'due', 'upcoming']);
/** Verbs of intention and expectation look forward too, when they are verbs ("plans to", not "Syrian plans"). */
export const FUTURE_VERBS: ReadonlySet<string> = new Set([
  'scheduled', 'expected', 'expect', 'expects', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'wants', 'want',
]);
/** Past forms of common irregular verbs, which carry no -ed: "met", "said", "went". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'took', 'held', 'gave', 'made', 'left', 'began', 'saw', 'won', 'lost', 'fell',
  'rose', 'spoke', 'wrote', 'sent', 'paid', 'led', 'struck', 'found', 'got', 'knew', 'thought', 'brought', 'bought', 'sold', 'put', 'set', 'shot',
  'hit', 'ran', 'flew', 'drove', 'broke', 'chose', 'became', 'kept', 'felt', 'heard', 'meant', 'stood', 'understood', 'fought', 'caught', 'taught',
]);
/**
 * Past and participle forms that do not end in -ed ("drew", "sworn", and "beat", "put", whose past is the
 * base form): data/past-forms.json, from compromise's conjugation. A bare verb is read as a present tense
 * only when it is none of these.
 */
const PAST_FORMS: ReadonlySet<string> = new Set((JSON.parse(readFileSync(path.join(DATA_DIR, 'past-forms.json'), 'utf8')) as { forms: string[] }).forms);
/** Words right before a verb that make it no present tense of its own: "to play", "will play", "did not play", "has been sworn". */
const NOT_PRESENT_AFTER: ReadonlySet<string> = new Set([
  'to', 'did', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'cannot', 'shall', 'not', "n't", 'never', 'let', 'be', 'been', 'being',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', "'s", "'re", "'ve", "'d", "'ll",
]);
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']);
const WINDOW = 8;
const SENTENCE_WINDOW = 40;

export type Tense = 'future' | 'past' | 'present';

/** Present forms that say a date is not looked back on: "the revue includes 30 performances in February and March". */
const PRESENT_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "'s", "'re"]);

function cueAt(v: TokenView, k: number): Tense | null {
  const w = v.lower(k);
  if (w === 'to' || w === 'set') {
    // "is to meet", "is set to meet": future only before a verb.
    const n = k + 1;
    return n < v.count && v.pos(n) === POS.VERB && (w === 'to' ? v.lower(k - 1) === 'is' || v.lower(k - 1) === 'are' : v.lower(n) === 'to') ? 'future' : null;
  }
  if (FUTURE_CUES.has(w)) return 'future';
  const p = v.pos(k);
  if (p !== POS.VERB && p !== POS.AUX) return null;
  if (FUTURE_VERBS.has(w)) return 'future';
  if (IRREGULAR_PAST.has(w) || (w.length > 3 && w.endsWith('ed'))) return 'past';
  if (PRESENT_FORMS.has(w) || (p === POS.VERB && w.length > 3 && w.endsWith('s') && !w.endsWith('ss'))) return 'present';
  // The present of a plural subject: "Kestrel ... play Redbridge Town at home on May 4".
  if (p === POS.VERB && !w.endsWith('ing') && !w.endsWith('ed') && !PAST_FORMS.has(w) && !(k > 0 && NOT_PRESENT_AFTER.has(v.lower(k - 1)))) return 'present';
  return null;
}

/**
 * The tense of the clause around a date: the nearest cue to its left within the clause, else to its
 * right; when the clause has no verb ("with a final tally in December"), the nearest cue in the sentence.
 */
export function tenseAround(v: TokenView, first: number, next: number, from: number, to: number): Tense | null {
  for (let k = first - 1; k >= from && k >= first - WINDOW; k--) {
    if (v.kind(k) === KIND.punctuation && CLAUSE_BREAKS.has(v.raw(k))) break;
    const c = cueAt(v, k);
    if (c) return c;
  }
  for (let k = next; k < to && k < next + WINDOW; k++) {
    if (v.kind(k) === KIND.punctuation && CLAUSE_BREAKS.has(v.raw(k)) && k > next) break;
    const c = cueAt(v, k);
    if (c) return c;
  }
  // Bounded, so that a huge sentence of dates stays linear.
  for (let d = 1; d <= SENTENCE_WINDOW && (first - d >= from || next + d - 1 < to); d++) {
    const left = first - d >= from ? cueAt(v, first - d) : null;
    if (left) return left;
    const right = next + d - 1 < to ? cueAt(v, next + d - 1) : null;
    if (right) return right;
  }
  return null;
}
