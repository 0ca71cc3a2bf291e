import type { MentionType } from '../doc/types.js';
import type { Arg } from './clauses.js';
import { isPossessed } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { FactView } from './view.js';

/**
 * Definite descriptions that stand for a body or a country the article named before: "the company's
 * largest shareholder", "the country's biggest trading partner", "deputy director of the statistics
 * office", "a glaciologist at the directorate". The head noun says which type; the referent is an entity
 * whose name ends in that head and holds the description's other words ("the statistics office" is the
 * General Statistics Office). Only a generic head ("the company", "the agency", "the country") may
 * also stand for the last body of that type named with a possessive ("Van Dijk's board") or, failing
 * that, the last one that was a subject: "the directorate" is a directorate, not any body.
 */
interface DefiniteHead {
  type: MentionType;
  generic: boolean;
}

function heads(words: readonly string[], type: MentionType, generic: boolean): [string, DefiniteHead][] {
  return words.map((w) => [w, { type, generic }]);
}

export const DEFINITE_HEADS: ReadonlyMap<string, DefiniteHead> = new Map([
  ...heads(['country', 'nation'], 'COUNTRY', true),
  ...heads(['company', 'group', 'firm', 'agency', 'organisation', 'organization', 'body', 'business', 'carrier', 'airline', 'lender', 'operator', 'team', 'club', 'side'], 'ORGANIZATION', true),
  ...heads(['bank', 'party', 'ministry', 'office', 'authority', 'directorate', 'institute', 'institution', 'union', 'council', 'commission', 'board', 'regulator',
    'court', 'university', 'foundation', 'department', 'unit', 'monitor', 'insurer', 'manufacturer', 'developer', 'service'], 'ORGANIZATION', false),
]);

/** How many sentences back a possessive naming ("Van Dijk's board") still counts. */
const POSSESSIVE_WINDOW = 3;

export function resolveDefinite(v: FactView, discourse: Discourse, from: number, to: number): Arg | null {
  // The head: the last plain noun of the phrase.
  let head = -1;
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    if (v.mentionAt[i] >= 0) return null;
    if (v.isPos(i, 'NOUN') || v.isPos(i, 'PROPN')) head = i;
    if (v.isPos(i, 'NOUN') || v.isPos(i, 'PROPN') || v.isPos(i, 'ADJ')) words.push(v.lower(i));
  }
  if (head < 0) return null;
  const headWord = v.lower(head);
  const head$ = DEFINITE_HEADS.get(headWord);
  if (!head$) return null;
  const type = head$.type;
  const others = words.filter((w) => w !== headWord);

  if (type === 'ORGANIZATION') {
    const named = [...v.entities.values()].filter((e) => {
      if (e.type !== 'ORGANIZATION') return false;
      const n = e.name.toLowerCase().split(/\s+/);
      return n[n.length - 1] === headWord && others.every((w) => n.includes(w));
    });
    if (named.length === 1) return { entityId: named[0].id, type: 'ORGANIZATION', mention: -1, token: head, how: 'apposition' };
  }

  if (!head$.generic) return null;
  const sentence = v.t.sentence[from];
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const at = v.mentionTokenStart[k];
    if (at >= from) continue;
    if (v.t.sentence[at] < sentence - POSSESSIVE_WINDOW) break;
    const m = v.mentions[k];
    if (m.type === type && isPossessed(v, k)) return { entityId: m.entityId, type, mention: k, token: from, how: 'pronoun' };
  }
  const s = discourse.lastOfType(type, from);
  return s ? { entityId: s.entityId, type, mention: -1, token: from, how: 'pronoun' } : null;
}
