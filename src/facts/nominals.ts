import type { Modality, Polarity } from '../doc/types.js';
import { POS } from '../tokenize/tags.js';
import { objectAt, type Arg, type SentenceParse, type VerbGroup } from './clauses.js';
import { HOW_WEIGHT } from './events.js';
import { stanceOf } from './modality.js';
import { isPossessed, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { FactSink } from './sink.js';
import type { Predicate } from './vocabulary.js';
import type { FactView } from './view.js';

/**
 * Events named by a noun rather than a verb: "Kim Jong-Un's visit to Russia", "negotiations with US
 * President Donald Trump", "an attack on Macomia by insurgents", "the Kim-Trump meeting".
 */
export interface NominalRule {
  nouns: readonly string[];
  predicate: Predicate;
  /** The preposition that introduces the object. */
  via: readonly string[];
  example: string;
}

export const NOMINAL_RULES: readonly NominalRule[] = [
  { nouns: ['visit', 'trip', 'journey', 'tour'], predicate: 'traveled_to', via: ['to'], example: "The premier's visit to Jakarta was cut short." },
  { nouns: ['talks', 'meeting', 'meetings'], predicate: 'met', via: ['with'], example: "The envoy's talks with Rwandan officials lasted two hours." },
  { nouns: ['negotiations', 'negotiation'], predicate: 'negotiated_with', via: ['with'], example: 'The visit follows negotiations with the union last month.' },
  { nouns: ['attack', 'attacks', 'raid', 'raids', 'assault', 'offensive'], predicate: 'attacked', via: ['on', 'against'], example: 'The raid on Beni by rebels killed nine.' },
  { nouns: ['takeover', 'acquisition', 'purchase'], predicate: 'acquired', via: ['of'], example: "Arcadia's takeover of Lumen Media closed in May." },
];

const BY_NOUN: ReadonlyMap<string, NominalRule> = new Map(NOMINAL_RULES.flatMap((r) => r.nouns.map((n) => [n, r] as const)));

/** The group whose clause holds token i: the nearest group before it whose clause reaches past it. */
function governingGroup(parse: SentenceParse, i: number): VerbGroup | null {
  for (let k = parse.groups.length - 1; k >= 0; k--) {
    const g = parse.groups[k];
    if (g.end <= i && g.clauseEnd > i) return g;
  }
  return null;
}

function argOf(v: FactView, k: number, how: Arg['how'] = 'name'): Arg {
  const m = v.mentions[k];
  return { entityId: m.entityId, type: m.type, mention: k, token: v.mentionTokenStart[k], how };
}

/** The possessor of the subject phrase of a group whose subject is a common noun ("Kim Jong-Un's visit ... follows"). */
function subjectPossessor(v: FactView, parse: SentenceParse, g: VerbGroup): Arg | null {
  for (let i = g.start - 1; i >= parse.from && i > g.start - 12; i--) {
    if (v.isPossessiveMark(i)) {
      const k = v.mentionEndingBefore(i);
      if (k >= 0) return argOf(v, k, 'governor');
    }
    if (v.isChar(i, ',') || parse.groupAt[i - parse.from] >= 0) break;
  }
  return null;
}

export function nominalFacts(v: FactView, r: Resources, parse: SentenceParse, sink: FactSink, discourse: Discourse): void {
  const s = v.doc.sentences[parse.sentence];
  for (let i = parse.from; i < parse.to; i++) {
    if (v.t.pos[i] !== POS.NOUN || v.mentionAt[i] >= 0) continue;
    const rule = BY_NOUN.get(v.lower(i));
    if (!rule) continue;

    // The agent: "Kim Jong-Un's visit", "the Kim-Trump meeting", or "by X" after the object.
    const agents: Arg[] = [];
    let j = i - 1;
    while (j >= parse.from && (v.isPos(j, 'ADJ') || v.isPos(j, 'NUM'))) j--;
    if (j >= parse.from && v.isPossessiveMark(j)) {
      const k = v.mentionEndingBefore(j);
      if (k >= 0) agents.push(argOf(v, k));
    } else {
      const k = v.mentionEndingBefore(j + 1);
      if (k >= 0 && isPossessed(v, k) === false && v.mentionTokenStart[k] >= 2) {
        const dash = v.mentionTokenStart[k] - 1;
        const k0 = v.mentionEndingBefore(dash);
        if (v.isChar(dash, '-') && k0 >= 0) agents.push(argOf(v, k0), argOf(v, k));
      }
    }
    let objects: Arg[] = [];
    let after = i + 1;
    if (after < parse.to && rule.via.includes(v.lower(after))) {
      const o = objectAt(v, r, after + 1, parse.to, discourse);
      objects = o.args;
      after = o.end;
    }
    if (after < parse.to && v.is(after, 'by') && agents.length === 0) agents.push(...objectAt(v, r, after + 1, parse.to, discourse).args);

    const gov = governingGroup(parse, i);
    let stance: { polarity: Polarity; modality: Modality } = { polarity: 'asserted', modality: 'asserted' };
    if (gov && gov.end <= i) stance = stanceOf(gov);
    if (agents.length === 0 && objects.length && gov) {
      const fromClause = gov.subjects.length ? gov.subjects : gov.commonSubject ? [subjectPossessor(v, parse, gov)].filter((a): a is Arg => a !== null) : [];
      agents.push(...fromClause.map((a) => ({ ...a, how: 'governor' as const })));
    }
    if (agents.length === 0) continue;
    // "the Kim-Trump meeting": the two agents meet each other.
    const pairs: [Arg, Arg][] = objects.length ? agents.flatMap((a) => objects.map((o) => [a, o] as [Arg, Arg])) : agents.length === 2 && rule.predicate === 'met' ? [[agents[0], agents[1]]] : [];
    let time: string | null = null;
    const [fFrom, fTo] = v.figuresIn(parse.sentence);
    for (let k = fFrom; k < fTo; k++) {
      const f = v.figures[k];
      const at = v.figureTokenStart[k];
      if (f.kind === 'DATE' && typeof f.value === 'string' && !f.unresolved && at > i && at <= after + 3 && at < parse.to) time = f.value;
    }
    for (const [a, o] of pairs) {
      sink.add({
        predicate: rule.predicate,
        subjectId: a.entityId,
        objectId: o.entityId,
        value: null,
        unit: null,
        time,
        placeId: null,
        confidence: 0.75 * HOW_WEIGHT[a.how] * HOW_WEIGHT[o.how],
        rule: `nominal:${rule.nouns[0]}`,
        polarity: stance.polarity,
        modality: stance.modality,
        start: s.start,
        end: s.end,
      });
    }
  }
}
