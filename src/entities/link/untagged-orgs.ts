import type { NerSpan } from '../../doc/types.js';
import { FULL_MONTH_NAMES, WEEKDAYS } from '../../lexicon/calendar.js';
import { KIND } from '../../tokenize/tags.js';
import { roleKey, type OrgHeads } from './lexicon.js';
import type { TokenView } from './view.js';

/** Lower-case words that may stand inside a name between capitalised ones ("Test and County Cricket Board"). */
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', '&']);

/** An article before a name ("The Boxing Association") is not part of it here. */
const ARTICLE = /^(The|A|An)$/;

/**
 * A month or a day written out before a name ("in August National Association of Purchasing Management
 * data") is capitalised as a date, not as part of the name. "May" is left out: it is also a name ("May
 * Department Stores").
 */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...FULL_MONTH_NAMES.filter((m) => m !== 'may'), ...[...WEEKDAYS.keys()].filter((d) => d.endsWith('day'))]);

/** Token i is a capitalised word that no name holds yet. */
function isFreeCapitalisedWord(view: TokenView, covered: Uint8Array, i: number): boolean {
  return !covered[i] && view.isCapitalized(i) && view.tokens.kind[i] === KIND.word;
}

/** A word that may open an organisation's name: not an article, a month or a day. */
const mayOpenName = (word: string) => !ARTICLE.test(word) && !CALENDAR_WORDS.has(word.toLowerCase());

/** A sentence where more than this share of the words are capitalised is a headline: every word is. */
const HEADLINE_SHARE = 0.6;

/**
 * Names the tagger left out that end in a designator head of data/kb/org-heads.json ("Foreign Ministry",
 * "Boxing Association", "Jones Medical Industries Inc"): two or more capitalised words in running text,
 * none of them inside a tagged name, the last one a head. Each becomes an ORG span for the typing pass.
 * A leading "The" stays out; headlines, where every word is capitalised, are left alone.
 */
export function untaggedOrgSpans(view: TokenView, covered: Uint8Array, heads: OrgHeads): NerSpan[] {
  const out: NerSpan[] = [];
  // A capital first is checked on the character code; only then is the token's text read.
  const isNamePart = (i: number) => isFreeCapitalisedWord(view, covered, i);
  for (const [index, s] of view.doc.sentences.entries()) {
    if (s.zone !== 'body' || isHeadline(view, s.tokenStart, s.tokenEnd)) continue;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!isNamePart(i)) {
        i++;
        continue;
      }
      let end = i + 1;
      for (;;) {
        if (end < s.tokenEnd && isNamePart(end)) end++;
        else if (end + 1 < s.tokenEnd && INNER_WORDS.has(view.text(end)) && isNamePart(end + 1)) end += 2;
        else break;
      }
      let start = i;
      while (start < end && !mayOpenName(view.text(start))) start++;
      let words = 0;
      for (let k = start; k < end; k++) if (isNamePart(k)) words++;
      if (words >= 2 && heads.all.has(roleKey(view.text(end - 1)))) {
        out.push({ start: view.tokens.start[start], end: view.tokens.end[end - 1], tokenStart: start, tokenEnd: end, label: 'ORG', sentence: index, score: 0 });
        covered.fill(1, start, end);
      }
      i = end;
    }
  }
  return out;
}

/** Nouns before which a capitalised name is who asked the questions: "a Comres/ITV poll", "the Tankan survey". */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);

/**
 * Names the tagger left out right before a poll: "a Comres/ITV poll", "a Reuters/Ipsos poll", "an ICM
 * survey" name the pollster and whoever paid for it, each an ORG span (CoNLL-2003 tags "Ipsos poll",
 * "ABC polls" so); the typing pass still makes a place or a nationality of a name it knows as one ("the
 * Iowa poll", "a Thai poll"). Runs of capitalised words joined by "/" are read back from the noun; not the
 * first word of a sentence, which is capitalised whatever it is ("Opinion polls"), a month or a day.
 */
export function pollsterSpans(view: TokenView, covered: Uint8Array): NerSpan[] {
  const out: NerSpan[] = [];
  // Most articles hold no such noun: one search of the text spares reading every token.
  if (!/\b(?:poll|survey)/.test(view.doc.text)) return out;
  for (const [index, s] of view.doc.sentences.entries()) {
    if (s.zone !== 'body') continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      // Most tokens are ruled out by their first letter and length before their text is read.
      const first = view.doc.text.charCodeAt(view.tokens.start[k]);
      const length = view.tokens.end[k] - view.tokens.start[k];
      if ((first !== 112 && first !== 115) || length < 4 || length > 7 || !POLL_NOUNS.has(view.text(k))) continue;
      const isNamePart = (i: number) => i > s.tokenStart && isFreeCapitalisedWord(view, covered, i) && mayOpenName(view.text(i));
      let end = k;
      while (end > s.tokenStart && isNamePart(end - 1)) {
        let start = end - 1;
        while (isNamePart(start - 1)) start--;
        out.push({ start: view.tokens.start[start], end: view.tokens.end[end - 1], tokenStart: start, tokenEnd: end, label: 'ORG', sentence: index, score: 0 });
        covered.fill(1, start, end);
        // "Comres/ITV": another name before a slash written against both.
        const slash = start - 1;
        if (slash <= s.tokenStart || view.text(slash) !== '/' || view.tokens.end[slash] !== view.tokens.start[start] || view.tokens.start[slash] !== view.tokens.end[slash - 1]) break;
        end = slash;
      }
    }
  }
  return out;
}

/** Words after which a capitalised name is a party: "the ruling Conservatives", "the opposition Democrats". */
const PARTY_CUES: ReadonlySet<string> = new Set(['ruling', 'opposition']);

/**
 * Names the tagger left out right after "ruling" or "opposition" ("Cameron's ruling Conservatives", "the
 * opposition Democrats") are parties, ORG spans; CoNLL-2003 tags such names ORG or MISC ("ruling Socialist",
 * "opposition Khmer"), and the typing pass still makes a nationality of one it knows ("the ruling Dutch").
 * Not a plural of initials ("opposition MPs").
 */
export function partySpans(view: TokenView, covered: Uint8Array): NerSpan[] {
  const out: NerSpan[] = [];
  if (!view.doc.text.includes('ruling') && !view.doc.text.includes('opposition')) return out;
  for (const [index, s] of view.doc.sentences.entries()) {
    if (s.zone !== 'body' || isHeadline(view, s.tokenStart, s.tokenEnd)) continue;
    for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
      const first = view.doc.text.charCodeAt(view.tokens.start[k]);
      if ((first !== 114 && first !== 111) || !PARTY_CUES.has(view.text(k))) continue;
      const isNamePart = (i: number) => i < s.tokenEnd && isFreeCapitalisedWord(view, covered, i) && mayOpenName(view.text(i)) && !/^\p{Lu}+s$/u.test(view.text(i));
      let end = k + 1;
      while (isNamePart(end)) end++;
      if (end === k + 1) continue;
      out.push({ start: view.tokens.start[k + 1], end: view.tokens.end[end - 1], tokenStart: k + 1, tokenEnd: end, label: 'ORG', sentence: index, score: 0 });
      covered.fill(1, k + 1, end);
    }
  }
  return out;
}

/** The span ends in a designator head ("Medical Industries Inc"), or names a body after a place with one ("Bank of China"). */
function hasDesignatorHead(view: TokenView, s: NerSpan, heads: OrgHeads): boolean {
  const isHead = (k: number, list: ReadonlySet<string>) => view.isCapitalized(k) && list.has(roleKey(view.text(k)));
  if (isHead(s.tokenEnd - 1, heads.all)) return true;
  for (let k = s.tokenStart; k < s.tokenEnd - 2; k++) if (view.text(k + 1) === 'of' && isHead(k, heads.ofPlace)) return true;
  return false;
}

function isHeadline(view: TokenView, from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = from; i < to; i++) {
    if (view.tokens.kind[i] !== KIND.word) continue;
    words++;
    if (view.isCapitalized(i)) capitalised++;
  }
  return words > 0 && capitalised / words > HEADLINE_SHARE;
}

/**
 * A name the tagger cut short before a designator head ("Jones" + "Medical Industries Inc", "Reagan" +
 * "Communications", "Test and" + "County Cricket Board") is one organisation: a span ending in a head
 * takes in the capitalised words before it that no name holds, joined by "and", "of", "for" or "&", and a
 * person or organisation span that touches it; places and nationalities before it stay apart ("Russian
 * Foreign Ministry": a nationality and the ministry, as CoNLL-2003 tags it).
 */
export function extendOrgNames(view: TokenView, spans: NerSpan[], covered: Uint8Array, heads: OrgHeads, cues: OrgNameCues): NerSpan[] {
  const out: NerSpan[] = [];
  for (let s of spans) {
    s = withHeadAfter(view, s, covered, heads, cues);
    if (!hasDesignatorHead(view, s, heads)) {
      out.push(s);
      continue;
    }
    const from = view.doc.sentences[s.sentence]?.tokenStart ?? 0;
    let start = s.tokenStart;
    for (;;) {
      const p = start - 1;
      if (p < from) break;
      // The first word of a sentence is capitalised whatever it is ("Shares of Douglas & Lomason Co"):
      // it joins only as a name the tagger found.
      if (p > from && !covered[p] && view.isCapitalized(p) && /\p{L}/u.test(view.text(p)) && mayOpenName(view.text(p))) start = p;
      else if (p - 1 > from && INNER_WORDS.has(view.text(p)) && !covered[p - 1] && view.isCapitalized(p - 1) && mayOpenName(view.text(p - 1))) start = p - 1;
      // "Export-Import Bank": a capitalised word joined by a hyphen written against both words.
      else if (p - 1 > from && view.text(p) === '-' && view.tokens.start[p] === view.tokens.end[p - 1] && view.tokens.end[p] === view.tokens.start[p + 1] && !covered[p - 1] && view.isCapitalized(p - 1)) start = p - 1;
      else break;
    }
    let merged = s;
    if (start < s.tokenStart) {
      covered.fill(1, start, s.tokenStart);
      merged = { ...s, tokenStart: start, start: view.tokens.start[start], label: s.label === 'PER' || s.label === 'MISC' ? 'ORG' : s.label };
    }
    const prev = out[out.length - 1];
    if (prev && prev.tokenEnd === merged.tokenStart && prev.sentence === merged.sentence && (prev.label === 'PER' || prev.label === 'ORG')) {
      out[out.length - 1] = { ...merged, tokenStart: prev.tokenStart, start: prev.start, label: 'ORG' };
    } else out.push(merged);
  }
  return out;
}

/** What the article and the knowledge base say about the words after a name, asked only when needed. */
export interface OrgNameCues {
  /** Last words of club names ("town" of "Swindon Town"), lower case. */
  clubSuffixes: ReadonlySet<string>;
  inSportsCopy: () => boolean;
  /** A region of the knowledge base ("Ohio"): with "State" after it, a university or a state body. */
  isRegion: (name: string) => boolean;
}

/**
 * An organisation span the tagger ended one word before its designator head ("Louisiana Alligator
 * Advisory" + "Council", "Acme Steel" + "Corp") takes the capitalised heads that follow it in the sentence
 * and that no name holds; in sports copy, so does a club's town before the club word ("Redbridge" +
 * "Town", "Castleford" + "City").
 */
function withHeadAfter(view: TokenView, s: NerSpan, covered: Uint8Array, heads: OrgHeads, cues: OrgNameCues): NerSpan {
  if (s.label === 'LOC') return withStateAfter(view, s, covered, heads, cues);
  if (s.label !== 'ORG' && s.label !== 'MISC') return s;
  const to = view.doc.sentences[s.sentence]?.tokenEnd ?? view.count;
  const joins = (k: number) => k < to && isFreeCapitalisedWord(view, covered, k);
  let end = s.tokenEnd;
  if (joins(end) && !view.isAllCaps(end) && cues.clubSuffixes.has(view.lower(end)) && cues.inSportsCopy()) end++;
  while (joins(end) && heads.all.has(roleKey(view.text(end)))) end++;
  if (end === s.tokenEnd) return s;
  covered.fill(1, s.tokenEnd, end);
  // "Norwegian Meteorological" + "Institute": a MISC span cut before its head is the organisation.
  return { ...s, tokenEnd: end, end: view.tokens.end[end - 1], label: 'ORG' };
}

/**
 * "the Ohio State recruiter", "Arkansas State Police": a region the tagger read as a place, with "State"
 * written after it, is a university or a body of the state, with the heads that follow ("Michigan State
 * University"). "State of" is left alone ("Ohio State of mind" is no name).
 */
function withStateAfter(view: TokenView, s: NerSpan, covered: Uint8Array, heads: OrgHeads, cues: OrgNameCues): NerSpan {
  // The tagger drew the whole name as a place ("Ohio State"): an organisation all the same.
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    if (view.text(k) !== 'State' || !cues.isRegion(view.span(s.tokenStart, k))) continue;
    let end = k + 1;
    while (end < s.tokenEnd && view.isCapitalized(end) && heads.all.has(roleKey(view.text(end)))) end++;
    return end === s.tokenEnd ? { ...s, label: 'ORG' } : s;
  }
  const to = view.doc.sentences[s.sentence]?.tokenEnd ?? view.count;
  const state = s.tokenEnd;
  if (state >= to || covered[state] || view.text(state) !== 'State' || (state + 1 < to && view.text(state + 1) === 'of')) return s;
  if (!cues.isRegion(view.span(s.tokenStart, s.tokenEnd))) return s;
  let end = state + 1;
  while (end < to && !covered[end] && view.isCapitalized(end) && heads.all.has(roleKey(view.text(end)))) end++;
  covered.fill(1, state, end);
  return { ...s, tokenEnd: end, end: view.tokens.end[end - 1], label: 'ORG' };
}
