import { POS } from '../tokenize/tags.js';
import { objectAt, type Arg, type SentenceParse } from './clauses.js';
import { HOW_WEIGHT } from './events.js';
import { stanceOf } from './modality.js';
import { isHeadMention, isModifier, npExtent, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import { resolveDefinite } from './references.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';

/**
 * Ranked trade relations stated with a copula or an apposition:
 * "Russia is North Korea's second largest trading partner" (rank 2), "China remained the country's
 * biggest trading partner", "making the EU the largest trading partner of Africa" (rank 1),
 * "the United States, Vietnam's largest export market".
 */
export const TRADE_RELATIONS: readonly { noun: string; before: readonly string[]; example: string }[] = [
  { noun: 'partner', before: ['trading', 'trade', 'commercial', 'economic'], example: 'Russia is North Korea\'s second largest trading partner.' },
  { noun: 'market', before: ['export'], example: 'The United States, Vietnam\'s largest export market.' },
  { noun: 'destination', before: ['export'], example: 'Germany is Poland\'s main export destination.' },
  { noun: 'supplier', before: [], example: 'Norway became the largest gas supplier of the EU.' },
];

/** Words that make the relation the first of its kind ("largest", "biggest", "top"). */
const SUPERLATIVES = new Set(['largest', 'biggest', 'top', 'leading', 'greatest', 'most', 'main', 'principal', 'chief', 'foremost', 'major', 'key', 'important']);
/** Only these rank it first; "main" and "key" say it matters, not that it is first. */
const FIRST_RANK = new Set(['largest', 'biggest', 'top', 'leading', 'greatest', 'most']);
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

const BY_NOUN = new Map(TRADE_RELATIONS.map((t) => [t.noun, t]));

export function rankFacts(v: FactView, r: Resources, parse: SentenceParse, sink: FactSink, discourse: Discourse): void {
  const s = v.doc.sentences[parse.sentence];
  for (let i = parse.from; i < parse.to; i++) {
    if (v.t.pos[i] !== POS.NOUN) continue;
    const w0 = v.lower(i);
    const rel = BY_NOUN.get(w0) ?? (w0.endsWith('s') ? BY_NOUN.get(w0.slice(0, -1)) : undefined);
    if (!rel || v.mentionAt[i] >= 0) continue;
    if (rel.before.length && !(i > parse.from && rel.before.includes(v.lower(i - 1)))) continue;
    // Read the phrase leftwards: [owner's | the] [second] [largest] [trading] partner.
    let j = rel.before.length ? i - 2 : i - 1;
    let rank: number | null = null;
    let superlative = false;
    let owner: Arg | null = null;
    while (j >= parse.from) {
      const w = v.lower(j);
      const f = v.figureAt[j];
      if (f >= 0 && v.figures[f].kind === 'ORDINAL' && typeof v.figures[f].value === 'number') {
        rank = v.figures[f].value as number;
        j = v.figureTokenStart[f] - 1;
        continue;
      }
      if (ORDINAL_WORDS.has(w)) rank = ORDINAL_WORDS.get(w)!;
      else if (SUPERLATIVES.has(w)) superlative ||= FIRST_RANK.has(w);
      else if (/^\d+(st|nd|rd|th)$/.test(w)) rank = parseInt(w, 10);
      else if (!(v.isPos(j, 'ADJ') || v.isPos(j, 'ADV'))) break;
      j--;
    }
    if (rank === null && superlative) rank = 1;
    if (j >= parse.from && v.isPossessiveMark(j)) {
      const k = v.mentionEndingBefore(j);
      if (k >= 0) {
        owner = { entityId: v.mentions[k].entityId, type: v.mentions[k].type, mention: k, token: v.mentionTokenStart[k], how: 'name' };
        j = v.mentionTokenStart[k] - 1;
      } else {
        // "the country's biggest trading partner".
        let q = j;
        while (q > parse.from && (v.isPos(q - 1, 'NOUN') || v.isPos(q - 1, 'ADJ'))) q--;
        if (q > parse.from && v.is(q - 1, 'the')) owner = resolveDefinite(v, discourse, q - 1, j);
        j = q - 1;
      }
      if (j >= parse.from && v.is(j, 'the')) j--;
    } else if (j >= parse.from && (v.is(j, 'the') || v.is(j, 'a'))) {
      j--;
    } else continue;
    // "one of the largest partners": no rank.
    if (j >= parse.from + 1 && v.is(j, 'of') && v.is(j - 1, 'one')) {
      rank = null;
      j -= 2;
    }
    if (!owner && i + 1 < parse.to && v.is(i + 1, 'of')) {
      const o = objectAt(v, r, i + 2, parse.to, discourse);
      owner = o.args[0] ?? null;
      if (!owner) {
        const end = npExtent(v, i + 2, parse.to);
        for (let q = i + 2; q < end; q++) {
          const k = v.mentionAt[q];
          if (k >= 0 && isModifier(v, k) && v.mentions[k].type === 'COUNTRY') owner = { entityId: v.mentions[k].entityId, type: 'COUNTRY', mention: k, token: q, how: 'name' };
        }
      }
    }
    if (!owner) continue;

    // Who holds the relation: the copula's subject, the name "making" takes, or the name in apposition before.
    let holders: Arg[] = [];
    let stanceGroup = null;
    const g = j >= parse.from ? parse.groupAt[j - parse.from] : -1;
    if (g >= 0 && r.lexicon.copulas.has(parse.groups[g].lemma)) {
      holders = parse.groups[g].subjects;
      stanceGroup = parse.groups[g];
    } else if (j >= parse.from) {
      const k = v.mentionEndingBefore(j + 1);
      const kc = v.isChar(j, ',') ? v.mentionEndingBefore(j) : -1;
      if (k >= 0 && j - (v.mentionTokenEnd[k] - v.mentionTokenStart[k]) >= parse.from) {
        const before = v.mentionTokenStart[k] - 1;
        const gb = before >= parse.from ? parse.groupAt[before - parse.from] : -1;
        if (gb >= 0 && /^mak/.test(parse.groups[gb].lemma)) {
          holders = [{ entityId: v.mentions[k].entityId, type: v.mentions[k].type, mention: k, token: v.mentionTokenStart[k], how: 'name' }];
          stanceGroup = parse.groups[gb];
        }
      } else if (kc >= 0 && isHeadMention(v, kc)) {
        holders = [{ entityId: v.mentions[kc].entityId, type: v.mentions[kc].type, mention: kc, token: v.mentionTokenStart[kc], how: 'apposition' }];
      }
    }
    const stance = stanceGroup ? stanceOf(stanceGroup) : { polarity: 'asserted' as const, modality: 'asserted' as const };
    for (const h of holders) {
      if (h.entityId === owner.entityId) continue;
      sink.add({
        predicate: 'trade_partner',
        subjectId: h.entityId,
        objectId: owner.entityId,
        value: rank,
        unit: null,
        time: null,
        placeId: null,
        confidence: 0.85 * HOW_WEIGHT[h.how] * (owner.how === 'pronoun' ? 0.8 : 1),
        rule: `rank:${rel.noun}`,
        polarity: stance.polarity,
        modality: stance.modality,
        start: s.start,
        end: s.end,
      });
    }
  }
}
