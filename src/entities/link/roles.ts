import type { CountryGazetteer } from '../gazetteer/countries.js';
import { matchCountryEndingAt, matchCountryStartingAt, type CountryMatch } from './country-match.js';
import { roleKey, type RoleLexicon } from './lexicon.js';
import type { TokenView } from './view.js';

export interface Role {
  /** The title as written ("Defence Minister", "TV host", "President"). */
  text: string;
  /** Class of its last head word ("leader", "government"), to match descriptions. */
  headClass: string;
  /** Its last head word, lower case ("minister", "host"). */
  head: string;
  /** Country the title belongs to ("Russia's Defence Minister", "US President", "North Korean leader"). */
  country: CountryMatch | null;
  /** First and one-past-last token of the role words. */
  tokenStart: number;
  tokenEnd: number;
}

function isRoleWord(view: TokenView, i: number, lex: RoleLexicon): boolean {
  const k = roleKey(view.text(i));
  return lex.heads.has(k) || lex.modifiers.has(k);
}

function roleFrom(view: TokenView, from: number, to: number, lex: RoleLexicon, country: CountryMatch | null): Role | null {
  // A role starts and ends on a real role word: "of" only joins ("Secretary of State").
  while (from < to && roleKey(view.text(from)) === 'of') from++;
  while (to > from && roleKey(view.text(to - 1)) === 'of') to--;
  let head = '';
  for (let i = from; i < to; i++) {
    const k = roleKey(view.text(i));
    if (lex.heads.has(k)) head = k;
  }
  if (!head) return null;
  return { text: view.span(from, to), headClass: lex.heads.get(head)!, head, country, tokenStart: from, tokenEnd: to };
}

/** The country said just before a role: "Russia's" (name + possessive), "US", "North Korean". */
function countryBefore(view: TokenView, end: number, min: number, gaz: CountryGazetteer): CountryMatch | null {
  if (end <= min) return null;
  if (view.isPossessive(end - 1)) {
    const m = matchCountryEndingAt(view, end - 1, min, gaz);
    return m && m.kind === 'name' ? { ...m, tokenEnd: end } : null;
  }
  return matchCountryEndingAt(view, end, min, gaz);
}

/**
 * The title said right before a name, walking left from token `nameStart` over role words, with one comma
 * allowed between title and name ("Russia's Defence Minister, Sergey Shoygu"), and the country before
 * the title if there is one. Stays within the sentence.
 */
export function roleBefore(view: TokenView, nameStart: number, sentenceStart: number, lex: RoleLexicon, gaz: CountryGazetteer): Role | null {
  let end = nameStart;
  if (end > sentenceStart && view.text(end - 1) === ',') end--;
  let from = end;
  while (from > sentenceStart && isRoleWord(view, from - 1, lex)) from--;
  if (from === end) return null;
  return roleFrom(view, from, end, lex, countryBefore(view, from, sentenceStart, gaz));
}

/**
 * Title words at the start of a person span the tagger drew too wide ("President Putin",
 * "US President Donald Trump"). Returns the role and the first token of the name, or null when the span
 * does not start with a title, or when nothing but title words would be left (a span that is only
 * "Major" or "Prince" is a name).
 */
export function roleInside(view: TokenView, from: number, to: number, lex: RoleLexicon, gaz: CountryGazetteer): { role: Role; nameStart: number } | null {
  let i = from;
  let country: CountryMatch | null = null;
  if (!isRoleWord(view, i, lex)) {
    const m = matchCountryStartingAt(view, i, to, gaz);
    if (!m || m.tokenEnd >= to || !isRoleWord(view, m.tokenEnd, lex)) return null;
    country = m;
    i = m.tokenEnd;
  }
  const roleStart = i;
  while (i < to && isRoleWord(view, i, lex)) i++;
  if (i < to && view.text(i) === ',') i++;
  if (i >= to) return null;
  const roleEnd = view.text(i - 1) === ',' ? i - 1 : i;
  const role = roleFrom(view, roleStart, roleEnd, lex, country);
  return role ? { role, nameStart: i } : null;
}
