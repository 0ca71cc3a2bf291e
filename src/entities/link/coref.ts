import type { Draft } from './draft.js';
import { NAME_PARTICLES_INSIDE } from '../../lexicon/name-particles.js';
import { sameFullName, sameNameWord } from './similarity.js';

export interface PersonCluster {
  /** Words of the fullest name seen (most words; the first such). */
  words: string[];
  /** The draft that gave `words`: its text is the entity's name. */
  named: Draft;
  drafts: Draft[];
  lastSentence: number;
}

/** A one-word name may be the first word ("Kim", "Mao") or the last ("Putin", "Trump") of a full name. */
function bareMatches(word: string, c: PersonCluster): boolean {
  const w = c.words;
  return sameNameWord(word, w[0]) || (w.length > 1 && sameNameWord(word, w[w.length - 1]));
}

/** A surname said with its particles and no given name ("De Graaf", "van der Westhuizen"). */
function isSurnameForm(words: readonly string[]): boolean {
  return words.length > 1 && words.slice(0, -1).every((w) => NAME_PARTICLES_INSIDE.has(w));
}

/** The last words of `full`, after at least one more, are `tail` ("pieter de graaf" ends in "de graaf"). */
function endsWith(full: readonly string[], tail: readonly string[]): boolean {
  if (full.length <= tail.length) return false;
  const offset = full.length - tail.length;
  return tail.every((w, i) => sameNameWord(w, full[offset + i]));
}

/**
 * How strongly a bare name points at a candidate: how often the person was named so far, plus a recency
 * term that is 3 in the same sentence and decays with the sentence distance (3 / (1 + distance)). "Kim"
 * right after "his father, Kim Jong-Il" still goes to Kim Jong-Un when the article has named him five
 * times (5 + 1.5 > 1 + 3); a person named three times in the last two sentences beats one named once
 * ten sentences back.
 */
function pointing(c: PersonCluster, sentence: number): number {
  return c.drafts.length + 3 / (1 + Math.max(0, sentence - c.lastSentence));
}

/**
 * Groups the person mentions of one article, in text order, into people:
 * - a full name joins the person with the same full name (sameFullName: same words or spelling variants,
 *   a differing last word means another person), else a person so far known by one word that matches
 *   its first or last word ("Putin" ... "Vladimir Putin") or by a surname with its particles that ends it
 *   ("De Graaf" ... "Pieter de Graaf"), else starts a new person;
 * - a surname with its particles joins the most recent person whose name ends in it;
 * - a one-word name joins the compatible person the text points at (see `pointing`), not the first seen;
 *   with no compatible person it starts one.
 */
export function clusterPersons(drafts: readonly Draft[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const join = (c: PersonCluster, d: Draft) => {
    c.drafts.push(d);
    c.lastSentence = d.sentence;
    if (d.words!.length > c.words.length) {
      c.words = d.words!;
      c.named = d;
    }
  };
  for (const d of drafts) {
    const words = d.words ?? [];
    if (words.length === 0) continue;
    let target: PersonCluster | undefined;
    if (isSurnameForm(words)) {
      // "De Graaf" after "Pieter de Graaf": the surname alone, as a bare name is.
      target = clusters.find((c) => sameFullName(c.words, words)) ?? mostRecent(clusters.filter((c) => endsWith(c.words, words)));
    } else if (words.length > 1) {
      target = clusters.find((c) => c.words.length > 1 && sameFullName(c.words, words));
      target ??= mostRecent(clusters.filter((c) => c.words.length === 1 && (sameNameWord(c.words[0], words[0]) || sameNameWord(c.words[0], words[words.length - 1]))));
      target ??= mostRecent(clusters.filter((c) => isSurnameForm(c.words) && endsWith(words, c.words)));
    } else {
      let best = -Infinity;
      for (const c of clusters) {
        if (!bareMatches(words[0], c)) continue;
        const score = pointing(c, d.sentence);
        if (score > best || (score === best && target && c.lastSentence > target.lastSentence)) {
          best = score;
          target = c;
        }
      }
    }
    if (target) join(target, d);
    else clusters.push({ words, named: d, drafts: [d], lastSentence: d.sentence });
  }
  return clusters;
}

function mostRecent(cs: PersonCluster[]): PersonCluster | undefined {
  let best: PersonCluster | undefined;
  for (const c of cs) if (!best || c.lastSentence > best.lastSentence) best = c;
  return best;
}
