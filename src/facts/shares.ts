import { objectAt, type Arg, type SentenceParse, type VerbGroup } from './clauses.js';
import { HOW_WEIGHT } from './events.js';
import { stanceOf } from './modality.js';
import { isPossessed, npExtent, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';

/**
 * Shares: a percentage that an entity takes, holds or accounts for, of a whole that belongs to another
 * ("the volume represents only 1.5 per cent of the overall trade, with China alone taking 95 per cent";
 * "24 per cent of Vietnam's total trade"; "Havenfonds, which holds 18.5 per cent").
 */

/** Verbs whose object percentage is the subject's share. */
export const SHARE_VERBS: readonly { lemmas: readonly string[]; example: string }[] = [
  { lemmas: ['represent', 'account', 'make', 'constitute', 'comprise'], example: 'The volume represents only 1.5 per cent of the overall trade.' },
  { lemmas: ['take', 'hold', 'have', 'own', 'control', 'capture', 'command'], example: 'With China alone taking 95 per cent; Havenfonds holds 18.5 per cent.' },
  { lemmas: ['win', 'get', 'receive', 'obtain', 'secure', 'garner'], example: 'The mayor won the runoff with 51.6 per cent of the vote.' },
];

/**
 * Nouns that stand for the previous clause's subject's quantity ("Russia is its partner, but the volume
 * represents 1.5 per cent"): their share is that subject's share.
 */
const QUANTITY_ANAPHORS = new Set(['volume', 'share', 'trade', 'exports', 'imports', 'turnover', 'stake', 'figure', 'amount', 'value', 'it', 'this', 'that', 'which']);

const SHARE_LEMMAS: ReadonlySet<string> = new Set(SHARE_VERBS.flatMap((s) => s.lemmas));

function argOf(v: FactView, k: number, how: Arg['how']): Arg {
  const m = v.mentions[k];
  return { entityId: m.entityId, type: m.type, mention: k, token: v.mentionTokenStart[k], how };
}

/** The group a percentage is the object of: the nearest group before it in its clause, with at most an adverb or "with", "for", "up" between. */
function governingGroup(v: FactView, parse: SentenceParse, at: number): VerbGroup | null {
  for (let k = parse.groups.length - 1; k >= 0; k--) {
    const g = parse.groups[k];
    if (g.end > at) continue;
    if (g.clauseEnd < at) return null;
    for (let i = g.end; i < at; i++) {
      const w = v.lower(i);
      if (!(v.isPos(i, 'ADV') || w === 'for' || w === 'up' || w === 'with' || w === 'about' || w === 'almost' || w === 'nearly' || v.isPos(i, 'DET') || v.isPos(i, 'NOUN') || v.isPos(i, 'PROPN') || v.isPos(i, 'ADP') || v.mentionAt[i] >= 0 || v.raw(i) === ',')) return null;
    }
    return g;
  }
  return null;
}

/** Who owns the whole: the owner named in "of Vietnam's total trade", else a possessor named earlier in the sentence ("North Korea's ... partner"). */
function wholeOwner(v: FactView, r: Resources, parse: SentenceParse, figEnd: number, holder: string, discourse: Discourse): Arg | null {
  if (figEnd < parse.to && v.lower(figEnd) === 'of') {
    const end = npExtent(v, figEnd + 1, parse.to);
    for (let i = figEnd + 1; i < end; i++) {
      const k = v.mentionAt[i];
      if (k >= 0 && isPossessed(v, k) && v.mentions[k].entityId !== holder) return argOf(v, k, 'name');
    }
    const o = objectAt(v, r, figEnd + 1, parse.to, discourse);
    const head = o.args.find((a) => a.entityId !== holder && a.type !== 'PERSON');
    if (head) return head;
  }
  for (let i = parse.from; i < parse.to; i++) {
    const k = v.mentionAt[i];
    if (k < 0 || v.mentionTokenStart[k] !== i) continue;
    if (isPossessed(v, k) && v.mentions[k].entityId !== holder && v.mentions[k].type !== 'PERSON') return argOf(v, k, 'governor');
  }
  return null;
}

export function shareFacts(v: FactView, r: Resources, parse: SentenceParse, sink: FactSink, discourse: Discourse): void {
  const s = v.doc.sentences[parse.sentence];
  for (let f = 0; f < v.figures.length; f++) {
    const fig = v.figures[f];
    if (fig.kind !== 'PERCENT' || typeof fig.value !== 'number') continue;
    const at = v.figureTokenStart[f];
    if (at < parse.from || at >= parse.to) continue;
    const g = governingGroup(v, parse, at);
    if (!g || !SHARE_LEMMAS.has(g.lemma)) continue;

    let holders: Arg[] = g.subjects;
    if (fig.entityId && v.entities.has(fig.entityId)) {
      const e = v.entities.get(fig.entityId)!;
      holders = [{ entityId: e.id, type: e.type, mention: -1, token: at, how: 'name' }];
    } else if (!holders.length && g.commonSubject) {
      // "the volume represents ...": the subject of the clause before.
      let i = g.start - 1;
      while (i >= parse.from && (v.isPos(i, 'ADV') || v.isPos(i, 'ADJ') || v.isPos(i, 'DET'))) i--;
      if (i >= parse.from && QUANTITY_ANAPHORS.has(v.lower(i))) {
        const idx = parse.groups.indexOf(g);
        for (let k = idx - 1; k >= 0; k--) {
          if (parse.groups[k].subjects.length) {
            holders = parse.groups[k].subjects.map((a) => ({ ...a, how: 'coordination' as const }));
            break;
          }
        }
      }
    }
    if (!holders.length) continue;
    const stance = stanceOf(g);
    const figEnd = v.figureTokenEnd[f];
    for (const h of holders) {
      const owner = wholeOwner(v, r, parse, figEnd, h.entityId, discourse);
      sink.add({
        predicate: 'share_of',
        subjectId: h.entityId,
        objectId: owner?.entityId ?? null,
        value: fig.value,
        unit: '%',
        time: null,
        placeId: null,
        confidence: 0.8 * HOW_WEIGHT[h.how] * (owner ? (owner.how === 'name' ? 1 : 0.9) : 0.8),
        rule: `share:${g.lemma}`,
        polarity: stance.polarity,
        modality: stance.modality,
        start: s.start,
        end: s.end,
      });
    }
  }
}
