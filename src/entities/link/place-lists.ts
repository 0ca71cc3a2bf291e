import type { KnowledgeBase } from '../gazetteer/knowledge-base.js';
import { KIND } from '../../tokenize/tags.js';
import { foldName } from '../gazetteer/fold.js';
import { makeDraft, type Draft } from './draft.js';
import { PLACE_KINDS } from './said-kinds.js';
import type { TokenView } from './view.js';

const isPlace = (d: Draft | undefined) => d !== undefined && (d.type === 'PLACE' || d.type === 'COUNTRY') && !d.metonymy;

/**
 * Items of a list of places are places: "centres in Los Angeles, Orange, Riverside, Imperial Valley and
 * San Bernardino Counties". Between a place and the comma before the next one, capitalised words that no
 * mention holds are a place ("Orange"); an item the tagger drew over "and" as one organisation or place
 * after two places of the list is two places ("Imperial Valley and San Bernardino Counties"). Changes
 * `drafts` in place and returns the drafts it adds.
 */
export function placesInLists(view: TokenView, drafts: Draft[], covered: Uint8Array, kb: KnowledgeBase): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  const added: Draft[] = [];
  // Where each place of the article ends, the places added here included: "X, Y, Z" is a list once two
  // places stand before an item.
  const placeEnds = new Set(sorted.filter(isPlace).map((d) => d.tokenEnd));
  const listBefore = (d: Draft) => d.tokenStart >= 2 && view.text(d.tokenStart - 1) === ',' && placeEnds.has(d.tokenStart - 1);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const before = sorted[k];
    const next = sorted[k + 1];
    if (!isPlace(before) || before.sentence !== next.sentence || view.text(before.tokenEnd) !== ',') continue;
    // "Los Angeles, Orange, Riverside": the words between two places of a list.
    const from = before.tokenEnd + 1;
    let to = from;
    while (to < next.tokenStart && isNameWord(view, to, covered)) to++;
    const separator = view.text(to);
    if (to > from && to < next.tokenStart && isPlace(next) && (separator === ',' || separator === 'and') && endsItem(view, to, next)) {
      added.push(placeDraft(view, from, to, before.sentence, kb));
      placeEnds.add(to);
      continue;
    }
    // "Orange, Riverside, Imperial Valley and San Bernardino Counties" drawn as one name: two places,
    // when two places stand before it in the list ("in Cincinnati, Procter and Gamble said" is no list).
    if (next.tokenStart === from && (next.type === 'ORGANIZATION' || next.type === 'PLACE') && !next.kb && listBefore(before)) {
      const and = innerAnd(view, next);
      if (and === -1) continue;
      const i = drafts.indexOf(next);
      drafts.splice(i, 1, placeDraft(view, next.tokenStart, and, next.sentence, kb), placeDraft(view, and + 1, next.tokenEnd, next.sentence, kb));
    }
  }
  drafts.push(...added);
  return added;
}

/** A capitalised word that no mention holds. */
function isNameWord(view: TokenView, i: number, covered: Uint8Array): boolean {
  return !covered[i] && view.tokens.kind[i] === KIND.word && view.isCapitalized(i) && !view.isAllCaps(i);
}

/** The separator at `at` leads straight to the next place: ", Riverside", "and Riverside", ", and Riverside". */
function endsItem(view: TokenView, at: number, next: Draft): boolean {
  if (at + 1 === next.tokenStart) return true;
  return at + 2 === next.tokenStart && view.text(at) === ',' && view.text(at + 1) === 'and';
}

/** The token of the one "and" between capitalised words inside a draft, or -1. */
function innerAnd(view: TokenView, d: Draft): number {
  let found = -1;
  for (let i = d.tokenStart + 1; i < d.tokenEnd - 1; i++) {
    const w = view.text(i);
    if (w === 'and') {
      if (found !== -1) return -1;
      found = i;
    } else if (!view.isCapitalized(i)) return -1;
  }
  return found;
}

function placeDraft(view: TokenView, from: number, to: number, sentence: number, kb: KnowledgeBase): Draft {
  const text = view.span(from, to);
  return makeDraft({ start: view.tokens.start[from], end: view.tokens.end[to - 1], tokenStart: from, tokenEnd: to, sentence, type: 'PLACE', source: 'model', kb: kb.find('PLACE', text) });
}

/**
 * Names after a place noun and "of" are places: "the villages of Yanque and Achoma", "the port city of
 * Tarsan" (a name the tagger drew over "and" is two places), and so is every other mention of the same
 * name in the article that the tagger called an organisation or a person. Changes `drafts` in place.
 */
export function placesNamedByKind(view: TokenView, drafts: Draft[], kb: KnowledgeBase): void {
  const named = new Set<string>();
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if ((d.type !== 'ORGANIZATION' && d.type !== 'PERSON') || d.kb || d.role || !afterPlaceNounOf(view, d)) continue;
    const and = innerAnd(view, d);
    const parts = and === -1 ? [placeDraft(view, d.tokenStart, d.tokenEnd, d.sentence, kb)] : [placeDraft(view, d.tokenStart, and, d.sentence, kb), placeDraft(view, and + 1, d.tokenEnd, d.sentence, kb)];
    for (const p of parts) named.add(foldName(view.span(p.tokenStart, p.tokenEnd)));
    drafts.splice(k, 1, ...parts);
    k += parts.length - 1;
  }
  if (!named.size) return;
  for (const d of drafts) {
    if ((d.type !== 'ORGANIZATION' && d.type !== 'PERSON') || d.kb || d.role || d.orgName || !named.has(foldName(view.span(d.tokenStart, d.tokenEnd)))) continue;
    d.type = 'PLACE';
    d.words = undefined;
  }
}

/** The draft follows "<place noun> of" ("villages of", "the town of"). */
function afterPlaceNounOf(view: TokenView, d: Draft): boolean {
  const of = d.tokenStart - 1;
  if (of < 1 || view.sentence(of - 1) !== d.sentence || view.text(of) !== 'of') return false;
  const noun = view.lower(of - 1);
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return PLACE_KINDS.has(noun) || PLACE_KINDS.has(singular);
}

/** Prepositions before which a name is where something is, not what is listed: "in Grimsby, Acme said". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'of', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'throughout']);

/**
 * A one-word name taken for a place that the knowledge base and the place lists do not know, listed
 * before an organisation ("streaming on Hulu, Apple TV and ...", "Hulu or Netflix"), is one of the
 * organisations. Not one after a preposition of place, "the" between them or not ("in Grimsby, Acme
 * said", "the villages of Yanque and ...", "at the Oval, Surrey's captain"), and not a place after an
 * organisation, where it says where that organisation is ("Halvorsen Maritime, Stavanger").
 */
export function unknownPlacesListedWithOrgs(view: TokenView, drafts: Draft[], isKnownPlace: (name: string) => boolean): void {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const d = sorted[k];
    const next = sorted[k + 1];
    if (d.type !== 'PLACE' || d.kb || d.metonymy || d.source !== 'model' || d.tokenEnd - d.tokenStart !== 1 || next.type !== 'ORGANIZATION' || next.sentence !== d.sentence) continue;
    const between = next.tokenStart - d.tokenEnd;
    const sep = view.lower(d.tokenEnd);
    if (!(between === 1 && (sep === ',' || sep === 'and' || sep === 'or'))) continue;
    let prev = d.tokenStart - 1;
    if (prev >= 0 && view.lower(prev) === 'the') prev--;
    if (prev >= 0 && view.sentence(prev) === d.sentence && PLACE_PREPOSITIONS.has(view.lower(prev))) continue;
    if (isKnownPlace(foldName(view.text(d.tokenStart)))) continue;
    d.type = 'ORGANIZATION';
  }
}
