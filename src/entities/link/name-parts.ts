import type { NerSpan } from '../../doc/types.js';
import { foldName } from '../gazetteer/fold.js';
import { makeDraft, type Draft } from './draft.js';
import { sameFullName } from './similarity.js';
import { isCamelCaseBrand } from './typing.js';
import type { TokenView } from './view.js';

/**
 * First and last words of the people the tagger found ("Sergey Shoygu" -> sergey, shoygu; "Putin"). A
 * hyphenated span without a space ("Kim-Trump") is no evidence of a person named so. Nor is a headline's
 * person for a word that the body names as a place or an organisation on its own: headlines run words
 * together without the commas of a sentence ("Yeltsin endorses Lebed Chechnya peace plan").
 */
export function personNameWords(view: TokenView, drafts: readonly Draft[]): Set<string> {
  const words = new Set<string>();
  const headline = new Set<string>();
  const otherInBody = new Set<string>();
  for (const d of drafts) {
    const inBody = view.doc.sentences[d.sentence]?.zone === 'body';
    if (d.type !== 'PERSON') {
      if (inBody && d.tokenEnd - d.tokenStart === 1) otherInBody.add(foldName(view.text(d.tokenStart)));
      continue;
    }
    if (d.source !== 'model' || !d.words || d.words.length === 0) continue;
    if (d.words.length > 1 && !/\s/.test(view.doc.text.slice(d.start, d.end))) continue;
    const into = inBody ? words : headline;
    into.add(d.words[0]);
    into.add(d.words[d.words.length - 1]);
  }
  for (const w of headline) if (!otherInBody.has(w)) words.add(w);
  return words;
}

/** Full names (two words or more) of the people the tagger found. */
function fullNames(drafts: readonly Draft[]): string[][] {
  return drafts.filter((d) => d.type === 'PERSON' && d.source === 'model' && d.words && d.words.length > 1).map((d) => d.words!);
}

/**
 * Two person mentions side by side that together make a full name of the article ("Kim" + "Jong-Un" where
 * the article names "Kim Jong-Un") are one mention: the tagger cut the name.
 */
export function mergeCutNames(view: TokenView, drafts: Draft[]): void {
  const names = fullNames(drafts);
  const persons = drafts.filter((d) => d.type === 'PERSON' && d.words).sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < persons.length; k++) {
    const a = persons[k];
    const b = persons[k + 1];
    if (b.tokenStart !== a.tokenEnd || b.sentence !== a.sentence || view.doc.text.slice(a.end, b.start) !== ' ') continue;
    const words = [...a.words!, ...b.words!];
    if (!names.some((n) => sameFullName(n, words))) continue;
    a.end = b.end;
    a.tokenEnd = b.tokenEnd;
    a.words = words;
    a.source = 'model';
    drafts.splice(drafts.indexOf(b), 1);
    persons.splice(k + 1, 1);
    k--;
  }
}

function personDraft(view: TokenView, from: number, to: number, word: string): Draft {
  return makeDraft({ start: view.tokens.start[from], end: view.tokens.end[to - 1], tokenStart: from, tokenEnd: to, sentence: view.sentence(from), type: 'PERSON', source: 'name-part', words: [word] });
}

/** Tokens "X - Y" at `i` where X and Y are both words of named people ("the Kim-Trump meeting"), else null. */
function joinedPair(view: TokenView, i: number, end: number, words: ReadonlySet<string>): Draft[] | null {
  if (i + 2 >= end || view.text(i + 1) !== '-') return null;
  if (view.tokens.end[i] !== view.tokens.start[i + 1] || view.tokens.end[i + 1] !== view.tokens.start[i + 2]) return null;
  const a = foldName(view.text(i));
  const b = foldName(view.text(i + 2));
  if (a === b || !words.has(a) || !words.has(b)) return null;
  return [personDraft(view, i, i + 1, a), personDraft(view, i + 2, i + 3, b)];
}

/**
 * One name, one sense within an article: once "Sergey Shoygu" is named, a lone "Shoygu" that the tagger
 * called an organisation or a place, or missed, is that person (so is a lone "Jordan" after "Neil
 * Jordan", a country name that is also a surname); "Kim-Trump" names two people. Applies to
 * one-word spans without a kb entry and to capitalised proper nouns of three letters or more that no span
 * covers. Changes `drafts` in place and returns the new drafts.
 */
export function addNameParts(view: TokenView, drafts: Draft[], leftovers: readonly NerSpan[], covered: Uint8Array, isPersonLikeCountry: (folded: string) => boolean = () => false): Draft[] {
  const words = personNameWords(view, drafts);
  if (words.size === 0) return [];
  const added: Draft[] = [];
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d.type !== 'PERSON' || d.tokenEnd - d.tokenStart !== 3) continue;
    const joined = joinedPair(view, d.tokenStart, d.tokenEnd, words);
    if (joined) {
      drafts.splice(k, 1);
      added.push(...joined);
    }
  }
  for (const d of drafts) {
    if (d.tokenEnd - d.tokenStart !== 1) continue;
    const w = foldName(view.text(d.tokenStart));
    // A country name that is also a surname ("Jordan", "Chad") is the person the article names in full
    // ("the director Neil Jordan ... Jordan said").
    const personLike = d.type === 'COUNTRY' && d.source === 'model' && isPersonLikeCountry(w);
    if (!personLike && ((d.type !== 'ORGANIZATION' && d.type !== 'PLACE') || d.kb)) continue;
    // A brand's inner capital says it is no person's name, whatever another spelling was tagged ("JustGiving").
    if (!words.has(w) || isCamelCaseBrand(view.text(d.tokenStart))) continue;
    d.type = 'PERSON';
    d.source = 'name-part';
    d.words = [w];
    d.countries = undefined;
  }
  for (const s of leftovers) {
    const joined = joinedPair(view, s.tokenStart, s.tokenEnd, words);
    if (joined) added.push(...joined);
    else if (s.tokenEnd - s.tokenStart === 1 && words.has(foldName(view.text(s.tokenStart))) && !isCamelCaseBrand(view.text(s.tokenStart))) added.push(personDraft(view, s.tokenStart, s.tokenEnd, foldName(view.text(s.tokenStart))));
  }
  for (let i = 0; i < view.count; i++) {
    if (covered[i] || !view.isCapitalized(i)) continue;
    const joined = joinedPair(view, i, view.count, words);
    if (joined && !covered[i + 2] && view.sentence(i + 2) === view.sentence(i)) {
      added.push(...joined);
      i += 2;
      continue;
    }
    const t = view.text(i);
    if (t.length >= 3 && view.isPos(i, 'PROPN') && !view.isAllCaps(i) && !isCamelCaseBrand(t) && words.has(foldName(t))) added.push(personDraft(view, i, i + 1, foldName(t)));
  }
  drafts.push(...added);
  return added;
}
