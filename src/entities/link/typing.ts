import type { NerSpan } from '../../doc/types.js';
import { foldName, nameWords } from '../gazetteer/fold.js';
import type { CountryGazetteer } from '../gazetteer/countries.js';
import type { KnowledgeBase } from '../gazetteer/knowledge-base.js';
import { matchCountryExact } from './country-match.js';
import type { Draft } from './draft.js';
import { roleKey, type RoleLexicon } from './lexicon.js';
import { roleBefore, roleInside } from './roles.js';
import type { TokenView } from './view.js';

export interface TypingResources {
  countries: CountryGazetteer;
  kb: KnowledgeBase;
  roles: RoleLexicon;
  eventHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
}

/** Tokens [from, to) of a span without a leading "the" and a trailing possessive ("the US's" -> "US"). */
function trimSpan(view: TokenView, from: number, to: number): [number, number] {
  while (to - from > 1 && (view.isPossessive(to - 1) || view.text(to - 1) === '-' || view.text(to - 1) === ',')) to--;
  while (to - from > 1 && /^(the|The|THE)$/.test(view.text(from))) from++;
  return [from, to];
}

function draftOf(view: TokenView, from: number, to: number, sentence: number, d: Omit<Draft, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentence'>): Draft {
  return { start: view.tokens.start[from], end: view.tokens.end[to - 1], tokenStart: from, tokenEnd: to, sentence, ...d };
}

/** A MISC span is an event when one of its capitalised words is an event head ("the Cold War"). */
function isEvent(view: TokenView, from: number, to: number, heads: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (view.isCapitalized(i) && heads.has(roleKey(view.text(i)))) return true;
  return false;
}

/**
 * A name whose head is a geographic word is a place: the last word ("Tumen River", "Ural Mountains") or
 * the word before "of" ("Strait of Hormuz", "Sea of Japan"), capitalised.
 */
export function hasPlaceHead(view: TokenView, from: number, to: number, heads: ReadonlySet<string>): boolean {
  const isHead = (i: number) => view.isCapitalized(i) && heads.has(roleKey(view.text(i)));
  if (isHead(to - 1)) return true;
  for (let i = from; i < to - 1; i++) if (view.text(i + 1) === 'of' && isHead(i)) return true;
  return false;
}

/**
 * Hyphen-joined demonyms or country names ("Russian-Chinese", "Kim-Trump" is left to the person pass):
 * each part its own mention, when every part is one.
 */
function joinedCountries(view: TokenView, from: number, to: number, sentence: number, r: TypingResources): Draft[] | null {
  const parts: [number, number][] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    if (view.text(i) === '-') {
      parts.push([s, i]);
      s = i + 1;
    }
  }
  parts.push([s, to]);
  if (parts.length < 2) return null;
  const drafts: Draft[] = [];
  for (const [a, b] of parts) {
    const m = matchCountryExact(view, a, b, r.countries);
    if (!m) return null;
    drafts.push(draftOf(view, a, b, sentence, { type: 'COUNTRY', source: m.kind === 'demonym' ? 'demonym' : 'model', countries: m.countries }));
  }
  return drafts;
}

/**
 * Turns one tagger span into mentions: its type (PERSON, ORGANIZATION, COUNTRY, PLACE, EVENT), the title
 * kept out of a person's name, the country a demonym points at. Returns [] for a span that is no mention
 * (a MISC that is neither a demonym nor an event, a person span of title words only).
 */
export function typeSpan(view: TokenView, span: NerSpan, sentenceStart: number, r: TypingResources): Draft[] {
  const [from, to] = trimSpan(view, span.tokenStart, span.tokenEnd);
  const sentence = span.sentence;
  // A country name or demonym is a country mention whatever the tagger called it ("Russian" as PER,
  // "Russia" as ORG in a sports table); "Russia 1" is not a country name, so it stays an organisation.
  // A person span keeps its type when the name is also a person's name ("Jordan", "Chad").
  const names = span.label === 'PER' ? r.countries.scanNames : r.countries.names;
  const country = matchCountryExact(view, from, to, r.countries, names);
  if (country) {
    return [draftOf(view, from, to, sentence, { type: 'COUNTRY', source: country.kind === 'demonym' ? 'demonym' : 'model', countries: country.countries })];
  }
  switch (span.label) {
    case 'PER': {
      const inside = roleInside(view, from, to, r.roles, r.countries);
      const nameStart = inside ? inside.nameStart : from;
      const role = inside?.role ?? roleBefore(view, from, sentenceStart, r.roles, r.countries) ?? undefined;
      const drafts: Draft[] = [];
      if (inside?.role.country) {
        // "US President Donald Trump" drawn as one span: "US" is a country mention of its own.
        const c = inside.role.country;
        drafts.push(draftOf(view, c.tokenStart, c.tokenEnd, sentence, { type: 'COUNTRY', source: c.kind === 'demonym' ? 'demonym' : 'model', countries: c.countries }));
      }
      const [nFrom, nTo] = trimSpan(view, nameStart, to);
      const name = view.span(nFrom, nTo);
      drafts.push(draftOf(view, nFrom, nTo, sentence, { type: 'PERSON', source: 'model', role, words: nameWords(name), kb: r.kb.find('PERSON', name) }));
      return drafts;
    }
    case 'LOC': {
      const text = view.span(from, to);
      return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', text) })];
    }
    case 'ORG': {
      const text = view.span(from, to);
      if (isKnownPlace(view, from, to, r)) return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', text) })];
      return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', text) })];
    }
    case 'MISC': {
      const joined = joinedCountries(view, from, to, sentence, r);
      if (joined) return joined;
      if (isKnownPlace(view, from, to, r)) return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', view.span(from, to)) })];
      if (isEvent(view, from, to, r.eventHeads)) {
        const text = view.span(from, to);
        return [draftOf(view, from, to, sentence, { type: 'EVENT', source: 'model', kb: r.kb.find('EVENT', text) })];
      }
      return [];
    }
  }
}

/**
 * An organisation or MISC span that is a place all the same: a capital ("Pyongyang"), a place of the
 * knowledge base ("Europe"), a name with a geographic head ("Tumen River").
 */
function isKnownPlace(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  const key = foldName(view.span(from, to));
  return r.countries.capitals.has(key) || r.kb.find('PLACE', key) !== undefined || hasPlaceHead(view, from, to, r.placeHeads);
}

/** A folded name, for grouping non-person mentions. */
export function groupKey(view: TokenView, d: Draft): string {
  return foldName(view.span(d.tokenStart, d.tokenEnd));
}
