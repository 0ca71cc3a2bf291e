import type { Sentence } from '../../doc/types.js';
import { foldedTokens, matchCountryStartingAt, tokenKey } from './country-match.js';
import { makeDraft, type Draft } from './draft.js';
import { roleKey, type RoleLexicon } from './lexicon.js';
import type { TypingResources } from './typing.js';
import type { TokenView } from './view.js';

/** A sentence written in capitals ("RUSSIA - NORTH KOREA"): there "US" may be the pronoun. */
function isAllCapsSentence(view: TokenView, s: Sentence): boolean {
  let letters = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = view.text(i);
    if (t.toLowerCase() !== t.toUpperCase()) {
      if (t !== t.toUpperCase()) return false;
      letters++;
    }
  }
  return letters > 0;
}

function isRoleWord(view: TokenView, i: number, lex: RoleLexicon): boolean {
  const k = roleKey(view.text(i));
  return lex.heads.has(k) || lex.modifiers.has(k);
}

/** A capital of scanCapitals starting at token `from` (up to four tokens: "Addis Ababa", "Port-au-Prince"). */
function matchCapital(view: TokenView, from: number, max: number, r: TypingResources): { tokenStart: number; tokenEnd: number; kind: 'capital' } | null {
  if (!r.countries.firstWords.has(tokenKey(view, from))) return null;
  for (let to = Math.min(max, from + 5); to > from; to--) {
    if (!r.countries.lastWords.has(tokenKey(view, to - 1))) continue;
    if (r.countries.scanCapitals.has(foldedTokens(view, from, to))) return { tokenStart: from, tokenEnd: to, kind: 'capital' };
  }
  return null;
}

/**
 * Country names, demonyms and capitals the tagger missed, from the gazetteer alone, and only where the match is
 * safe: English names and demonyms only (no native spellings, no name that is also a person's name, see
 * country-aliases.json "notAlone"), capitalised, not inside or touching a longer capitalised name
 * ("Latin America", "Russia Today", "Russia 1"; a title word next to it is fine: "US President"), and no
 * names of up to three letters in a sentence written in capitals.
 */
export function scanCountries(view: TokenView, covered: Uint8Array, r: TypingResources): Draft[] {
  const out: Draft[] = [];
  for (const s of view.doc.sentences) {
    const allCaps = isAllCapsSentence(view, s);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (covered[i] || !view.isCapitalized(i)) continue;
      const m = matchCountryStartingAt(view, i, s.tokenEnd, r.countries, r.countries.scanNames) ?? matchCapital(view, i, s.tokenEnd, r);
      if (!m) continue;
      let free = true;
      for (let k = m.tokenStart; k < m.tokenEnd; k++) if (covered[k]) free = false;
      const prev = i - 1;
      const next = m.tokenEnd;
      if (prev >= s.tokenStart && view.isCapitalized(prev) && !isRoleWord(view, prev, r.roles) && !(allCaps && view.text(prev).length === 1)) free = false;
      if (next < s.tokenEnd && ((view.isCapitalized(next) && !isRoleWord(view, next, r.roles) && !allCaps) || view.isPos(next, 'NUM'))) free = false;
      if (allCaps && view.span(m.tokenStart, m.tokenEnd).replace(/\./g, '').length <= 3) free = false;
      if (!free) continue;
      const start = view.tokens.start[m.tokenStart];
      const end = view.tokens.end[m.tokenEnd - 1];
      const sentence = view.sentence(i);
      if (m.kind === 'capital') out.push(makeDraft({ start, end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, sentence, type: 'PLACE', source: 'gazetteer', kb: r.kb.find('PLACE', view.span(m.tokenStart, m.tokenEnd)) }));
      else out.push(makeDraft({ start, end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, sentence, type: 'COUNTRY', source: m.kind === 'demonym' ? 'demonym' : 'gazetteer', countries: m.countries }));
      i = m.tokenEnd - 1;
    }
  }
  return out;
}
