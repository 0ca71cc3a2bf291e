import type { FactView } from './view.js';
import { isClauseOpener, type SentenceParse, type VerbGroup } from './clauses.js';

/**
 * The time of a fact: a resolved DATE figure in the verb's clause (after the verb first, "arrived in
 * Vladivostok yesterday", then before it, "In 2011 his father travelled"), else the sentence's only date.
 */
export function timeOf(v: FactView, parse: SentenceParse, g: VerbGroup | null): string | null {
  let only: string | null = null;
  let count = 0;
  let before: string | null = null;
  let after: string | null = null;
  let beforeDistance = Infinity;
  const [fFrom, fTo] = v.figuresIn(parse.sentence);
  for (let k = fFrom; k < fTo; k++) {
    const f = v.figures[k];
    // A clock time with no day ("T15:42") does not say when.
    if (f.kind !== 'DATE' || typeof f.value !== 'string' || f.unresolved || f.value.startsWith('T')) continue;
    const i = v.figureTokenStart[k];
    if (i < parse.from || i >= parse.to) continue;
    count++;
    only = f.value;
    if (!g) continue;
    if (i >= g.end && i < g.clauseEnd && after === null) after = f.value;
    else if (i < g.start && g.start - i < beforeDistance && !crossesClause(v, parse, i, g)) {
      before = f.value;
      beforeDistance = g.start - i;
    }
  }
  return after ?? before ?? (count === 1 ? only : null);
}

/** A subordinate clause ("Since he came to power in 2011, ...") lies between token i and the group. */
function crossesClause(v: FactView, parse: SentenceParse, i: number, g: VerbGroup): boolean {
  for (let j = i - 1; j >= parse.from && j > i - 8; j--) if (isClauseOpener(v, j)) return true;
  for (let j = i + 1; j < g.start; j++) {
    const gj = parse.groupAt[j - parse.from];
    if (gj >= 0 && parse.groups[gj] !== g && !g.governor) return true;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside']);

/**
 * Where the event happened: a place or country introduced by "in" or "at" in the verb's clause ("met Putin
 * in Vladivostok"), or the place a "where" clause hangs on ("Hanoi, where he had met Vietnamese officials").
 */
export function placeOf(v: FactView, parse: SentenceParse, g: VerbGroup, exclude: ReadonlySet<string>): string | null {
  for (let i = g.end; i < g.clauseEnd; i++) {
    if (!PLACE_PREPOSITIONS.has(v.lower(i)) || !v.isPos(i, 'ADP')) continue;
    let j = i + 1;
    while (j < g.clauseEnd && (v.isPos(j, 'DET') || v.isPos(j, 'ADJ'))) j++;
    const k = v.mentionStartingAt(j);
    if (k >= 0) {
      const m = v.mentions[k];
      if ((m.type === 'PLACE' || m.type === 'COUNTRY') && !exclude.has(m.entityId) && !m.metonymy) return m.entityId;
    }
  }
  if (g.opener === 'where' && g.openerToken > parse.from) {
    let j = g.openerToken - 1;
    if (v.isChar(j, ',')) j--;
    const k = j >= parse.from ? v.mentionAt[j] : -1;
    if (k >= 0 && v.mentionTokenEnd[k] === j + 1) {
      const m = v.mentions[k];
      if ((m.type === 'PLACE' || m.type === 'COUNTRY') && !exclude.has(m.entityId)) return m.entityId;
    }
  }
  return null;
}
