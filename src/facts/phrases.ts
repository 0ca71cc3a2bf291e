import { POS } from '../tokenize/tags.js';
import type { Lexicon } from './lexicon.js';
import type { PostLexicon } from './posts.js';
import type { FactView } from './view.js';
import { NP_OPENERS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, TIME_NOUNS } from './words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';

/** Words wink may tag ADP that also open a clause ("as Kestrel came", "after the army left"). */
const SUBORDINATING_ADPOSITIONS: ReadonlySet<string> = new Set(['as', 'after', 'before', 'since', 'until', 'once', 'while']);

/** What the rules share while they read one document. */
export interface Resources {
  lexicon: Lexicon;
  posts: PostLexicon;
}

/** What a noun phrase turned out to be about. `end` is the token after the phrase. */
export type NpResult =
  | { kind: 'entity'; mention: number; end: number; apposition?: true }
  | { kind: 'pronoun'; token: number; end: number }
  | { kind: 'common'; token: number; end: number }
  | { kind: 'none'; end: number };

export function isTimeWord(v: FactView, i: number): boolean {
  const w = v.lower(i);
  return TIME_NOUNS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w);
}

/** A post word: a head or a modifier of a title ("Defence", "Minister", "host"). */
export function isPostWord(v: FactView, r: Resources, i: number): boolean {
  let w = v.lower(i);
  if (w.endsWith('.')) w = w.slice(0, -1);
  return r.posts.heads.has(w) || r.posts.modifiers.has(w) || r.posts.notPosts.has(w);
}

/** Token i holds a possessive mark right after mention k ("Korea" + "'s"). */
export function isPossessed(v: FactView, k: number): boolean {
  const e = v.mentionTokenEnd[k];
  return e < v.count && v.isPossessiveMark(e) && v.t.sentence[e] === v.t.sentence[e - 1];
}

/**
 * A mention that modifies a noun rather than heading its phrase: "Russian companies", "North Korean
 * leader Kim", "Chinese embassy officials". A name followed by a time word ("Vladivostok yesterday") or a
 * verb is the head.
 */
export function isModifier(v: FactView, k: number): boolean {
  let i = v.mentionTokenEnd[k];
  const sentence = v.t.sentence[v.mentionTokenStart[k]];
  while (i < v.count && v.t.sentence[i] === sentence) {
    const p = v.t.pos[i];
    if (p === POS.ADJ || (p === POS.PUNCT && v.isChar(i, '-') && v.t.start[i] === v.t.end[i - 1])) {
      i++;
      continue;
    }
    if (v.mentionAt[i] >= 0) return false;
    if (p === POS.NOUN || p === POS.PROPN) return !isTimeWord(v, i);
    return false;
  }
  return false;
}

/** A mention that heads its noun phrase: not "Russia" of "Russia's border", not "Russian" of "Russian companies". */
export function isHeadMention(v: FactView, k: number): boolean {
  return !isPossessed(v, k) && !isModifier(v, k);
}

/** A mention made only of post words: a tagger's slip ("Defence" of "Defence Minister"), read as part of the title. */
export function isTitleMention(v: FactView, r: Resources, k: number): boolean {
  for (let i = v.mentionTokenStart[k]; i < v.mentionTokenEnd[k]; i++) if (!isPostWord(v, r, i)) return false;
  return true;
}

/**
 * A title or a description right before a name, to be read past: post words or a capitalised or common
 * noun before a person's name ("TV host Pavel Zarubin", "Businessman Jan Pretorius", "Defence Secretary,
 * Ramon Villanueva"), or nouns right before the name of a body ("shipping group Halvorsen Maritime", "the
 * conflict monitor ACLED").
 */
function isTitleBeforeName(v: FactView, r: Resources, i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && v.mentionAt[j] < 0 && (isPostWord(v, r, j) || v.isPos(j, 'PROPN') || v.isPos(j, 'NOUN'))) j++;
  let comma = false;
  if (j < to && v.isChar(j, ',') && isPostWord(v, r, j - 1)) {
    j++;
    comma = true;
  }
  if (j >= to) return false;
  const k = v.mentionStartingAt(j);
  if (k < 0 || !isHeadMention(v, k)) return false;
  if (v.mentions[k].type === 'PERSON') return true;
  return !comma && !isTimeWord(v, i);
}

/** One past the end of the plain noun phrase that starts at `from` (determiners, adjectives, nouns, names, figures, possessives). */
export function npExtent(v: FactView, from: number, to: number): number {
  let i = from;
  let opened = false;
  while (i < to) {
    const k = v.mentionAt[i];
    if (k >= 0) {
      i = Math.max(i + 1, v.mentionTokenEnd[k]);
      opened = true;
      continue;
    }
    const f = v.figureAt[i];
    if (f >= 0) {
      // A date is a phrase of its own: "In 2015 | Tomas Vidal travelled".
      if (v.figures[f].kind === 'DATE') return opened ? i : Math.max(i + 1, v.figureTokenEnd[f]);
      i = Math.max(i + 1, v.figureTokenEnd[f]);
      opened = true;
      continue;
    }
    const p = v.t.pos[i];
    // A bare year before a name ("In 2015 Tomas Vidal"), when no date figure covers it.
    if (p === POS.NUM && i + 1 < to && v.isCapitalized(i + 1) && /^1[89]\d\d$|^20\d\d$/.test(v.raw(i))) return i + 1;
    if ((p === POS.DET || p === POS.PRON) && NP_OPENERS.has(v.lower(i))) {
      if (opened) return i;
      i++;
      opened = true;
      continue;
    }
    if (p === POS.ADJ || p === POS.NUM || p === POS.NOUN || p === POS.PROPN || p === POS.DET || v.isPossessiveMark(i)) {
      i++;
      opened = true;
      continue;
    }
    if (p === POS.PUNCT && v.isChar(i, '-') && i > from && v.t.start[i] === v.t.end[i - 1]) {
      i++;
      continue;
    }
    if (p === POS.ADV && !opened) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

export interface NpOptions {
  /** Skip leading prepositional phrases ("In 2011 his father ..."), as in front of a subject. */
  skipPP?: boolean;
  /** A common noun followed by ", Name" is that name ("his father, Kim Jong-Il"). */
  apposition?: boolean;
}

/**
 * Reads the noun phrase that starts at `from` and says what heads it: a named entity, a pronoun, a common
 * noun, or nothing. Titles, determiners, adjectives, possessors and modifier names before the head are
 * skipped ("his Korean counterpart No Kwang Chol" is headed by No Kwang Chol).
 */
export function npForward(v: FactView, r: Resources, from: number, to: number, opts: NpOptions = {}): NpResult {
  let i = from;
  while (i < to) {
    const k = v.mentionAt[i];
    if (k >= 0) {
      const end = v.mentionTokenEnd[k];
      if (isPossessed(v, k)) {
        i = end + 1;
        continue;
      }
      if (isModifier(v, k)) {
        i = end;
        continue;
      }
      return { kind: 'entity', mention: k, end };
    }
    const f = v.figureAt[i];
    if (f >= 0 && v.figures[f].kind !== 'DATE') {
      i = Math.max(i + 1, v.figureTokenEnd[f]);
      continue;
    }
    const p = v.t.pos[i];
    if (p === POS.PRON) {
      const w = v.lower(i);
      if (SUBJECT_PRONOUNS.has(w)) return { kind: 'pronoun', token: i, end: i + 1 };
      if (POSSESSIVE_PRONOUNS.has(w) || NP_OPENERS.has(w)) {
        i++;
        continue;
      }
      return { kind: 'none', end: i };
    }
    if (p === POS.DET || p === POS.ADJ || p === POS.NUM || p === POS.ADV || v.isPossessiveMark(i)) {
      i++;
      continue;
    }
    if (p === POS.PUNCT && v.isChar(i, '-') && i > from && v.t.start[i] === v.t.end[i - 1]) {
      i++;
      continue;
    }
    if (p === POS.ADP) {
      if (!opts.skipPP) return { kind: 'none', end: i };
      const e = npExtent(v, i + 1, to);
      // "as Kestrel Athletic came from behind": wink tags the subordinator ADP; its phrase runs up to the verb.
      if (e >= to && SUBORDINATING_ADPOSITIONS.has(v.lower(i))) return npForward(v, r, i + 1, to, {});
      i = e;
      continue;
    }
    if (p === POS.NOUN || p === POS.PROPN) {
      if (isTimeWord(v, i) && !v.isPos(i + 1, 'NOUN')) {
        i++;
        continue;
      }
      if (isTitleBeforeName(v, r, i, to)) {
        i++;
        continue;
      }
      const end = npExtent(v, i, to);
      if (opts.apposition && end + 1 < to && v.isChar(end, ',')) {
        const k2 = v.mentionStartingAt(end + 1);
        if (k2 >= 0 && isHeadMention(v, k2)) return { kind: 'entity', mention: k2, end: v.mentionTokenEnd[k2], apposition: true };
      }
      return { kind: 'common', token: i, end };
    }
    return { kind: 'none', end: i };
  }
  return { kind: 'none', end: i };
}
