import { foldName } from '../gazetteer/fold.js';
import type { Draft } from './draft.js';
import { orgHeadEnds } from './typing.js';
import type { OrgHeads } from './lexicon.js';
import type { TokenView } from './view.js';

/**
 * Short forms of organisation names. News names a company or body in full once ("Halvorsen Maritime",
 * "Greyline Security", "Van Dijk Port Services") and then by the words before its designator ("Halvorsen",
 * "Greyline", "Van Dijk"). The tagger often reads such a short form as a person, being a surname-like
 * word. A person or organisation mention whose whole text is the start of an organisation name of the
 * article that ends in a designator head (data/kb/org-heads.json), and that has no title ("Ms Halvorsen"
 * is a person), becomes an organisation mention grouped with that full name. In sports copy the club
 * words of `clubs` count as heads ("Kestrel" joins "Kestrel Athletic"), and a place that is a club's short
 * form is the club ("Milford won 2-1" with "Milford Rovers" in the article) unless a preposition of place
 * stands before it ("in Milford", "at Milford"); elsewhere places are left alone.
 */
export function resolveOrgShortForms(view: TokenView, drafts: Draft[], heads: OrgHeads, clubs?: { suffixes: ReadonlySet<string>; inSportsCopy: () => boolean }): void {
  // folded short form -> folded full name
  const shortForms = new Map<string, string | null>();
  // In sports copy a club's name ends in its club word as a company's in its designator ("Kestrel Athletic"
  // ... "Kestrel"); the article is read for sports words only when such a name is met.
  const endsInClubWord = (d: Draft) => clubs !== undefined && d.tokenEnd - d.tokenStart > 1 && clubs.suffixes.has(view.lower(d.tokenEnd - 1)) && clubs.inSportsCopy();
  const endsInHead = (d: Draft) => orgHeadEnds(view, d.tokenStart, d.tokenEnd, heads) !== null || endsInClubWord(d);
  for (const d of drafts) {
    if (d.type !== 'ORGANIZATION' || !endsInHead(d)) continue;
    const full = foldName(view.span(d.tokenStart, d.tokenEnd));
    for (let i = d.tokenStart + 1; i < d.tokenEnd; i++) {
      // The short form ends before a capitalised word ("Van Dijk" of "Van Dijk Port Services"); a prefix
      // that ends in a head itself names a body of its own ("African Union" of "African Union Commission").
      if (!view.isCapitalized(i) || orgHeadEnds(view, d.tokenStart, i, heads) || heads.all.has(view.lower(i - 1))) continue;
      const short = foldName(view.span(d.tokenStart, i));
      const seen = shortForms.get(short);
      // A short form of two different organisations of the article is no short form of either.
      shortForms.set(short, seen === undefined || seen === full ? full : null);
    }
  }
  if (shortForms.size === 0) return;
  for (const d of drafts) {
    if (d.type !== 'PERSON' && d.type !== 'ORGANIZATION' && !(d.type === 'PLACE' && !d.kb && clubs)) continue;
    if (d.role || d.source === 'description') continue;
    const full = shortForms.get(foldName(view.span(d.tokenStart, d.tokenEnd)));
    if (!full) continue;
    // A town that is also a club's short form stays the town where it is a place ("in Milford", "at
    // Milford") and outside sports copy.
    if (d.type === 'PLACE' && (isAfterLocative(view, d) || !clubs?.inSportsCopy())) continue;
    d.type = 'ORGANIZATION';
    d.words = undefined;
    d.orgName = full;
  }
}

const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around', 'of']);

function isAfterLocative(view: TokenView, d: Draft): boolean {
  return d.tokenStart > 0 && view.sentence(d.tokenStart - 1) === d.sentence && LOCATIVES.has(view.lower(d.tokenStart - 1));
}

/** Words left out of an organisation's initials ("Organization of the Petroleum Exporting Countries" -> OPEC). */
const NOT_IN_INITIALS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'de', 'la', 'du']);

/**
 * Acronyms of organisation names. An article that names "the European Union" or "the North Atlantic
 * Treaty Organization" and then "the EU", "NATO", "the U.N." speaks of one organisation: a mention in
 * capitals (dots aside) that spells the initials of exactly one organisation named in full in the article
 * joins it. Countries ("US") are matched as countries before this and are left alone.
 */
export function resolveOrgAcronyms(view: TokenView, drafts: Draft[]): void {
  const byInitials = new Map<string, string | null>();
  for (const d of drafts) {
    if (d.type !== 'ORGANIZATION' || d.tokenEnd - d.tokenStart < 2) continue;
    let initials = '';
    for (let i = d.tokenStart; i < d.tokenEnd; i++) {
      const w = view.text(i);
      if (NOT_IN_INITIALS.has(w.toLowerCase()) || !/^\p{L}/u.test(w)) continue;
      if (!view.isCapitalized(i)) {
        initials = '';
        break;
      }
      initials += w[0].toUpperCase();
    }
    if (initials.length < 2) continue;
    const full = d.orgName ?? foldName(view.span(d.tokenStart, d.tokenEnd));
    const seen = byInitials.get(initials);
    byInitials.set(initials, seen === undefined || seen === full ? full : null);
  }
  if (byInitials.size === 0) return;
  for (const d of drafts) {
    if (d.type !== 'ORGANIZATION' || d.role) continue;
    const text = view.span(d.tokenStart, d.tokenEnd).replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(text)) continue;
    const full = byInitials.get(text);
    if (full) d.orgName = full;
  }
}
