import type { Doc, Mention } from '../doc/types.js';
import { POS } from '../tokenize/tags.js';
import { TokenView } from './token-view.js';

/**
 * Which entity a figure describes, from the clause it stands in: the clause's subject, when the
 * subject is a mention ("China alone taking 95 per cent", "Russia is North Korea's second largest
 * trading partner", "Apple's 5 per cent stake"). Each list below says why a word matters.
 */

/** Words that open a new clause after a comma: a figure after them belongs to that clause's subject. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'which', 'who', 'and', 'with', 'as', 'after', 'before', 'because', 'since', 'when', 'where', 'whilst']);
/** Signs that end a clause by themselves. */
export const CLAUSE_SIGNS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);
/** Verbs of saying: "Reuters reported that 35 people died" does not make 35 people Reuters'. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'according', 'announced', 'announces', 'claimed', 'claims', 'noted', 'notes',
  'added', 'estimated', 'estimates', 'stated', 'wrote', 'writes', 'warned', 'warns', 'predicted', 'forecast', 'believes', 'believed', 'thinks',
]);
/** The farthest a subject may stand from its figure, in tokens. */
export const MAX_SUBJECT_DISTANCE = 12;

/** First token whose start is at or after `offset` (binary search). */
function tokenAtOrAfter(v: TokenView, offset: number): number {
  let lo = 0;
  let hi = v.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isPossessive(v: TokenView, k: number): boolean {
  if (k >= v.count) return false;
  const w = v.lower(k);
  return w === "'s" || w === '’s' || w === "'" || w === '’';
}

interface Placed {
  mention: Mention;
  first: number;
  last: number;
}

/** Sets `entityId` on the figures whose clause names the entity they describe. */
export function attachFigures(doc: Doc): void {
  if (!doc.tokens || doc.mentions.length === 0 || doc.figures.length === 0) return;
  const v = new TokenView(doc);
  const bySentence = new Map<number, Placed[]>();
  for (const m of doc.mentions) {
    const first = tokenAtOrAfter(v, m.start);
    const last = tokenAtOrAfter(v, m.end) - 1;
    if (first > last) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ mention: m, first, last });
    bySentence.set(m.sentence, list);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.first - b.first);
  for (const f of doc.figures) {
    if (f.kind === 'DATE' || f.entityId) continue;
    const mentions = bySentence.get(f.sentence);
    const sentence = doc.sentences[f.sentence];
    if (!mentions || !sentence) continue;
    const first = tokenAtOrAfter(v, f.start);
    const subject = subjectOf(v, mentions, first, sentence.tokenStart, f.kind === 'ORDINAL');
    if (subject) f.entityId = subject.entityId;
  }
}

/** How far back a clause is looked for: a subject farther than this is no subject anyway. */
const CLAUSE_WINDOW = 40;

function clauseStart(v: TokenView, first: number, from: number): number {
  from = Math.max(from, first - CLAUSE_WINDOW);
  for (let k = first - 1; k > from; k--) {
    const w = v.lower(k);
    if (CLAUSE_SIGNS.has(w)) return k + 1;
    if (CLAUSE_OPENERS.has(w) && v.raw(k - 1) === ',') return k + 1;
  }
  return from;
}

/** The mentions that start at or after token `from` and end before token `before` (the list is sorted by start). */
function mentionsBetween(mentions: Placed[], from: number, before: number): Placed[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Placed[] = [];
  for (let k = lo; k < mentions.length && mentions[k].first < before; k++) if (mentions[k].last < before) out.push(mentions[k]);
  return out;
}

function subjectOf(v: TokenView, all: Placed[], figureFirst: number, from: number, isRank: boolean): Mention | null {
  const mentions = mentionsBetween(all, Math.max(from, figureFirst - CLAUSE_WINDOW), figureFirst);
  // "China's 95 per cent share", "Apple's 5% stake": a possessive right before the figure. Not for a rank:
  // in "Russia is North Korea's second largest partner" the possessor is what Russia is ranked in.
  for (const p of mentions) {
    if (isRank) break;
    if (isPossessive(v, p.last + 1) && (p.last + 2 === figureFirst || (p.last + 3 === figureFirst && v.pos(p.last + 2) === POS.ADJ))) return p.mention;
  }
  const start = clauseStart(v, figureFirst, from);
  let subject: Placed | null = null;
  for (const p of mentions) {
    if (p.first < start || p.last >= figureFirst) continue;
    const possessive = isPossessive(v, p.last + 1);
    // The object of a preposition ("in Ohio") is no subject, nor is a possessive modifier ("North Korea's partner").
    const adjunct = p.first - 1 >= start && v.pos(p.first - 1) === POS.ADP;
    if (!subject) {
      if (!possessive && !adjunct) subject = p;
    } else if (!possessive) {
      // Another name between the subject and the figure may be what the figure is about: leave it.
      return null;
    }
  }
  if (!subject || figureFirst - subject.last > MAX_SUBJECT_DISTANCE) return null;
  for (let k = subject.last + 1; k < figureFirst; k++) if (REPORTING_WORDS.has(v.lower(k))) return null;
  return subject.mention;
}
