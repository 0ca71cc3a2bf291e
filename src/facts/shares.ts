import { isClauseOpener, isHardBreak, objectAt, type Arg, type SentenceParse, type VerbGroup } from './clauses.js';
import { resolveDefinite } from './references.js';
import { HOW_WEIGHT } from './events.js';
import { stanceOf } from './modality.js';
import { isModifier, isPossessed, npExtent, type Resources } from './phrases.js';
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

/**
 * The group a percentage belongs to: the nearest group before it in its clause. Between them may stand its
 * object and adjuncts ("took almost 40 per cent", "remained the biggest partner, with two-way trade of
 * $171.2 billion, or 24 per cent of Vietnam's total trade"), but no other verb or clause.
 */
function governingGroup(v: FactView, parse: SentenceParse, at: number): VerbGroup | null {
  for (let k = parse.groups.length - 1; k >= 0; k--) {
    const g = parse.groups[k];
    if (g.end > at) continue;
    for (let i = g.end; i < at; i++) {
      if (isClauseOpener(v, i) || isHardBreak(v, i) || v.is(i, 'but')) return null;
    }
    return g;
  }
  return null;
}

/** A percentage of change, not of a whole: "rose 7.8 per cent", "up 14.4 per cent", "by 22 per cent". */
function isChange(v: FactView, g: VerbGroup, at: number): boolean {
  const before = at - 1 >= 0 ? v.lower(at - 1) : '';
  if (before === 'by' || before === 'up' || before === 'down' || before === 'from' || before === 'to') return true;
  return CHANGE_LEMMAS.has(g.lemma) && g.end >= at - 3;
}

/** Verbs of change: their percentage is a rate, not a share. */
const CHANGE_LEMMAS: ReadonlySet<string> = new Set(['rise', 'fall', 'grow', 'jump', 'drop', 'increase', 'decrease', 'decline', 'climb', 'gain', 'lose', 'slip', 'surge', 'plunge', 'weaken', 'strengthen', 'cut', 'raise', 'widen', 'narrow', 'shrink', 'expand', 'lower', 'reduce', 'soar', 'slump']);

/**
 * Who owns the whole: the owner named in "of Vietnam's total trade", else a body or country named with a
 * possessive earlier in the sentence ("North Korea's ... partner"), or a definite one ("the company's
 * largest shareholder"), else one named as a modifier ("the largest buyer of Vietnamese rice").
 */
function wholeOwner(v: FactView, r: Resources, parse: SentenceParse, figEnd: number, holder: string, discourse: Discourse): Arg | null {
  if (figEnd < parse.to && v.is(figEnd, 'of')) {
    const end = npExtent(v, figEnd + 1, parse.to);
    for (let i = figEnd + 1; i < end; i++) {
      const k = v.mentionAt[i];
      if (k >= 0 && isPossessed(v, k) && v.mentions[k].entityId !== holder) return argOf(v, k, 'name');
    }
    const o = objectAt(v, r, figEnd + 1, parse.to, discourse);
    const head = o.args.find((a) => a.entityId !== holder && a.type !== 'PERSON');
    if (head) return head;
  }
  let modifier: Arg | null = null;
  for (let i = parse.from; i < parse.to; i++) {
    const k = v.mentionAt[i];
    if (v.isPossessiveMark(i) && k < 0 && i > parse.from && v.mentionAt[i - 1] < 0) {
      let s = i;
      while (s > parse.from && (v.isPos(s - 1, 'NOUN') || v.isPos(s - 1, 'ADJ'))) s--;
      if (s > parse.from && v.is(s - 1, 'the')) {
        const def = resolveDefinite(v, discourse, s - 1, i);
        if (def && def.entityId !== holder) return def;
      }
    }
    if (k < 0 || v.mentionTokenStart[k] !== i) continue;
    const m = v.mentions[k];
    if (m.entityId === holder || m.type === 'PERSON' || m.metonymy) continue;
    if (isPossessed(v, k)) return argOf(v, k, 'governor');
    if (!modifier && isModifier(v, k) && m.type === 'COUNTRY') modifier = argOf(v, k, 'governor');
  }
  return modifier;
}

/** "gets 40 per cent of its income from tours": a breakdown of the holder's own whole, not a share of another's. */
function ofOwnWhole(v: FactView, figEnd: number, to: number): boolean {
  return figEnd + 1 < to && v.is(figEnd, 'of') && (v.is(figEnd + 1, 'its') || v.is(figEnd + 1, 'their') || v.is(figEnd + 1, 'his') || v.is(figEnd + 1, 'her'));
}

export function shareFacts(v: FactView, r: Resources, parse: SentenceParse, sink: FactSink, discourse: Discourse): void {
  const s = v.doc.sentences[parse.sentence];
  const [fFrom, fTo] = v.figuresIn(parse.sentence);
  for (let f = fFrom; f < fTo; f++) {
    const fig = v.figures[f];
    if (fig.kind !== 'PERCENT' || typeof fig.value !== 'number') continue;
    const at = v.figureTokenStart[f];
    if (at < parse.from || at >= parse.to) continue;
    const g = governingGroup(v, parse, at);
    if (!g || g.passive || isChange(v, g, at)) continue;
    const figEnd = v.figureTokenEnd[f];
    // Any verb when the percentage restates a quantity of the whole ("..., or 24 per cent of Vietnam's total trade").
    const restated = at > parse.from && (v.is(at - 1, 'or') || v.isChar(at - 1, ',')) && figEnd < parse.to && v.is(figEnd, 'of');
    if ((!SHARE_LEMMAS.has(g.lemma) && !restated) || ofOwnWhole(v, figEnd, parse.to)) continue;

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
    for (const h of holders) {
      const owner = wholeOwner(v, r, parse, figEnd, h.entityId, discourse);
      // A share of a whole nobody owns ("51.6 per cent of the vote") has no object.
      sink.add({
        predicate: 'share_of',
        subjectId: h.entityId,
        objectId: owner?.entityId ?? null,
        value: fig.value,
        unit: '%',
        time: null,
        placeId: null,
        confidence: 0.8 * HOW_WEIGHT[h.how] * (owner ? (owner.how === 'name' ? 1 : 0.9) : 0.9),
        rule: owner ? `share:${g.lemma}` : `share:${g.lemma}:no-owner`,
        polarity: stance.polarity,
        modality: stance.modality,
        start: s.start,
        end: s.end,
      });
    }
  }
}
