import type { EntityType } from '../../doc/types.js';
import { foldName } from '../gazetteer/fold.js';
import type { Draft } from './draft.js';
import { roleKey, type RoleLexicon } from './lexicon.js';
import type { KnowledgeBase } from '../gazetteer/knowledge-base.js';
import type { TokenView } from './view.js';

/** Nouns that say a name is a place ("Longyear is a town", "the port of Tarsan"). */
export const PLACE_KINDS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'settlement', 'port', 'resort', 'suburb', 'district', 'province', 'region', 'county',
  'municipality', 'island', 'enclave', 'territory', 'capital', 'township', 'neighbourhood', 'neighborhood', 'oasis',
]);

/**
 * Nouns that say a name is an organisation: as the head of what a name is said to be ("Petofi, one of its
 * Hungarian units", "Dorvan is a maker of"), or right before the name ("the Danish club Aalborg").
 */
export const ORGANIZATION_KINDS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'unit', 'subsidiary', 'affiliate', 'business', 'concern', 'conglomerate', 'corporation', 'maker',
  'manufacturer', 'producer', 'supplier', 'distributor', 'operator', 'retailer', 'wholesaler', 'publisher', 'broadcaster', 'carrier',
  'airline', 'bank', 'lender', 'insurer', 'broker', 'brokerage', 'brewer', 'chain', 'club', 'team', 'side', 'franchise', 'outfit',
  'party', 'agency', 'charity', 'newspaper', 'magazine', 'network', 'union', 'university', 'school', 'institute', 'foundation',
  'organisation', 'organization', 'association',
]);

/** What a company has and a person does not, after a name's "'s" ("Comelf's six-month output"). */
const BUSINESS_POSSESSIONS: ReadonlySet<string> = new Set([
  'output', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'turnover', 'shareholders', 'stockholders', 'subsidiary',
  'subsidiaries', 'dividend', 'dividends', 'headquarters', 'workforce', 'shares', 'stock',
]);

/** Words that may stand between the article and the kind noun ("a Norwegian mining settlement", "its Hungarian units"). */
const MAX_MODIFIERS = 4;

/** What may stand before a noun phrase that opens a clause: "The Swiss bank X said", ", the bank X said". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', '(', '—', '–', 'and', 'but', '"', '“']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', "'s", 'remains', 'became', 'becomes']);
/** Business roles that a role lexicon's "business" class misses in their long form ("chief executive officer"). */
const OFFICER = 'officer';

/**
 * What the article itself says a one-word name is, when the tagger read it as a person: "Longyear is a
 * town in mourning", "Petofi, one of its Hungarian units", "the town of Longyear", "general manager of
 * Petofi", "Petofi general manager Laszlo Sebesvari", "Comelf's six-month output". A kind found only for
 * places or only for organisations retypes every one-word person mention of that name in the article; a
 * name that is a word of a longer person's name there ("Neil Jordan ... Jordan") is left alone. Changes
 * `drafts` in place.
 */
export function retypeBySaidKind(view: TokenView, drafts: Draft[], roles: RoleLexicon, kb: KnowledgeBase): void {
  const single = drafts.filter((d) => d.type === 'PERSON' && d.tokenEnd - d.tokenStart === 1 && !d.kb);
  if (!single.length) return;
  const fullNameWords = new Set<string>();
  for (const d of drafts) if (d.type === 'PERSON' && d.tokenEnd - d.tokenStart > 1) for (const w of d.words ?? []) fullNameWords.add(w);
  const said = new Map<string, Set<EntityType>>();
  for (const d of single) {
    const name = foldName(view.text(d.tokenStart));
    if (fullNameWords.has(name)) continue;
    const kind = kindAround(view, d.tokenStart, roles);
    if (!kind) continue;
    let kinds = said.get(name);
    if (!kinds) said.set(name, (kinds = new Set()));
    kinds.add(kind);
  }
  for (const d of single) {
    const kinds = said.get(foldName(view.text(d.tokenStart)));
    if (!kinds || kinds.size !== 1) continue;
    const [type] = kinds;
    d.type = type;
    d.words = undefined;
    d.role = undefined;
    d.kb = kb.find(type, view.text(d.tokenStart));
  }
}

function kindAround(view: TokenView, i: number, roles: RoleLexicon): EntityType | null {
  const s = view.sentence(i);
  const at = (k: number) => (k >= 0 && k < view.count && view.sentence(k) === s ? view.lower(k) : '');
  // "Comelf's six-month output rose", "Ardley's net profit": what only a business has.
  if (at(i + 1) === "'s" || at(i + 1) === '\u2019s') {
    for (let j = i + 2; j < i + 6; j++) {
      const w = at(j);
      if (BUSINESS_POSSESSIONS.has(w)) return 'ORGANIZATION';
      if (w === '' || w === ',' || w === '.') break;
    }
  }
  // "Longyear is a town", "Petofi, one of its units", "Tarsan, a port on the coast".
  let k = i + 1;
  if (COPULAS.has(at(k)) || at(k) === ',') {
    k++;
    if (at(k) === 'one' && at(k + 1) === 'of') k += 2;
    if (DETERMINERS.has(at(k))) {
      const kind = kindNounAfter(view, k + 1, s);
      if (kind) return kind;
    }
  }
  // "the town of Longyear", "general manager of Petofi", "chief executive officer of Petofi".
  if (at(i - 1) === 'of') {
    const noun = at(i - 2);
    if (PLACE_KINDS.has(noun) && at(i - 3) === 'the') return 'PLACE';
    if (isBusinessRole(noun, at(i - 3), roles)) return 'ORGANIZATION';
  }
  // "the Norwegian shipping company Halvorsen said": the kind noun right before the name, in a noun
  // phrase opened by a determiner. Inside a clause a verb after the name may make the name its subject
  // ("he joined the company Halvorsen founded"): there the name is read only with no verb after it.
  if (ORGANIZATION_KINDS.has(at(i - 1)) && view.text(i - 1) === at(i - 1)) {
    for (let j = i - 2; j >= i - 2 - MAX_MODIFIERS && at(j) !== ''; j--) {
      if (DETERMINERS.has(at(j))) {
        const opensClause = at(j - 1) === '' || CLAUSE_OPENERS.has(at(j - 1));
        if (opensClause || !(view.isPos(i + 1, 'VERB') || view.isPos(i + 1, 'AUX'))) return 'ORGANIZATION';
        break;
      }
      if (!/^\p{L}[\p{L}-]*$/u.test(view.text(j))) break;
    }
  }
  // "Petofi general manager Laszlo Sebesvari": a business role right after the name, then a name.
  for (let j = i + 1; j < i + 4; j++) {
    const w = at(j);
    if (isBusinessRole(w, at(j - 1), roles)) return j + 1 < view.count && view.sentence(j + 1) === s && view.isCapitalized(j + 1) ? 'ORGANIZATION' : null;
    if (!roles.modifiers.has(w) && w !== 'managing' && w !== 'executive') return null;
  }
  return null;
}

/**
 * The kind named by the head of a short noun phrase from token `from`: its last noun ("a Norwegian mining
 * settlement of", "its Hungarian units"), so that "a city councillor" names no place.
 */
function kindNounAfter(view: TokenView, from: number, sentence: number): EntityType | null {
  let head = -1;
  for (let k = from; k < from + MAX_MODIFIERS + 1 && k < view.count && view.sentence(k) === sentence; k++) {
    if (!view.isPos(k, 'ADJ') && !view.isPos(k, 'NOUN') && !view.isPos(k, 'PROPN') && !view.isPos(k, 'VERB')) break;
    head = k;
  }
  if (head < 0 || !view.isPos(head, 'NOUN')) return null;
  const w = view.lower(head);
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w;
  if (PLACE_KINDS.has(w) || PLACE_KINDS.has(singular)) return 'PLACE';
  if (ORGANIZATION_KINDS.has(w) || ORGANIZATION_KINDS.has(singular)) return 'ORGANIZATION';
  return null;
}

function isBusinessRole(word: string, before: string, roles: RoleLexicon): boolean {
  if (word === OFFICER) return roles.heads.get(roleKey(before)) === 'business';
  return roles.heads.get(roleKey(word)) === 'business';
}
