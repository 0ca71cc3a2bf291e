import type { CountryGazetteer } from '../gazetteer/countries.js';
import type { PersonCluster } from './coref.js';
import { matchCountryStartingAt } from './country-match.js';
import { makeDraft, type Draft } from './draft.js';
import { roleKey, type RoleLexicon } from './lexicon.js';
import type { TokenView } from './view.js';

export interface Description {
  draft: Draft;
  cluster: PersonCluster;
}

/** Do two roles name the same office? Same head word, or both in the "leader" class (leader, strongman, ruler). */
function sameOffice(headA: string, classA: string, headB: string, classB: string): boolean {
  return headA === headB || (classA === 'leader' && classB === 'leader');
}

/**
 * Definite descriptions of a person the article has introduced with a title and a country:
 * "the North Korean leader" or "North Korea's strongman" after "North Korean leader Kim Jong-Un".
 * A description links only when exactly one person of the article holds that office for that country;
 * "a North Korean leader" (indefinite) and a title right before a name ("North Korean leader Kim") are no
 * descriptions.
 */
export function findDescriptions(
  view: TokenView,
  personTokens: Uint8Array,
  clusters: readonly PersonCluster[],
  gaz: CountryGazetteer,
  roles: RoleLexicon,
  settle: (countries: readonly string[]) => readonly string[],
): Description[] {
  const holders = clusters.flatMap((c) =>
    c.drafts.flatMap((d) => (d.role?.country ? [{ cluster: c, head: d.role.head, cls: d.role.headClass, countries: settle(d.role.country.countries) }] : [])),
  );
  if (holders.length === 0) return [];
  const out: Description[] = [];
  for (const s of view.doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (personTokens[i] || !view.isCapitalized(i)) continue;
      const m = matchCountryStartingAt(view, i, s.tokenEnd, gaz);
      if (!m) continue;
      let roleStart = m.tokenEnd;
      if (m.kind === 'name') {
        if (roleStart >= s.tokenEnd || !view.isPossessive(roleStart)) continue;
        roleStart++;
      } else if (!(i > s.tokenStart && view.lower(i - 1) === 'the')) {
        continue;
      }
      let end = roleStart;
      let head = '';
      while (end < s.tokenEnd && !personTokens[end]) {
        const k = roleKey(view.text(end));
        if (roles.heads.has(k)) head = k;
        else if (!roles.modifiers.has(k)) break;
        end++;
      }
      if (!head || roleKey(view.text(end - 1)) !== head) continue;
      if (end < s.tokenEnd && (personTokens[end] || view.isCapitalized(end))) continue;
      // An apposition ("Russia's Defence Minister, Sergey Shoygu") is the title of the name that follows.
      if (end + 1 < s.tokenEnd && view.text(end) === ',' && personTokens[end + 1]) continue;
      const cls = roles.heads.get(head)!;
      const countries = settle(m.countries);
      const matching = new Set(
        holders.filter((h) => sameOffice(h.head, h.cls, head, cls) && h.countries.some((c) => countries.includes(c))).map((h) => h.cluster),
      );
      if (matching.size !== 1) continue;
      const cluster = [...matching][0];
      out.push({
        cluster,
        draft: makeDraft({ start: view.tokens.start[i], end: view.tokens.end[end - 1], tokenStart: i, tokenEnd: end, sentence: view.sentence(i), type: 'PERSON', source: 'description' }),
      });
      i = end - 1;
    }
  }
  return out;
}
