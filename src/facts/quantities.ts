import type { SentenceParse, VerbGroup } from './clauses.js';
import { HOW_WEIGHT } from './events.js';
import { stanceOf } from './modality.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';

/**
 * `has_quantity`: a figure that is the direct object of a verb of employing, owning or owing whose subject
 * is an entity ("Van Dijk employs 1,900 people"; "the group runs 14 terminals"). "have" is left out: it
 * states too many things that are not the entity's size ("have an interest", "had 38 cases before the
 * courts"). The figures stage's own attachment (`figure.entityId`) is not enough on its own: it attaches
 * "thousands of experts" to the States of "35 States" in the same sentence.
 */
export const QUANTITY_VERBS: readonly { lemmas: readonly string[]; example: string }[] = [
  { lemmas: ['employ', 'deploy', 'number', 'field', 'station'], example: 'Trade unions in Rotterdam, where the operator employs 1,900 people.' },
  { lemmas: ['own', 'operate', 'run', 'manage'], example: 'The group runs 14 terminals in six countries.' },
  { lemmas: ['owe', 'borrow', 'spend', 'budget', 'invest'], example: 'The country owed China about $6.3 billion.' },
];

const QUANTITY_LEMMAS: ReadonlySet<string> = new Set(QUANTITY_VERBS.flatMap((q) => q.lemmas));
const COUNTABLE = new Set(['COUNT', 'MONEY', 'QUANTITY']);

/** The group whose direct object starts at token `at`: only adverbs, determiners or "some", "about" between. */
function directObjectOf(v: FactView, parse: SentenceParse, at: number): VerbGroup | null {
  for (let k = parse.groups.length - 1; k >= 0; k--) {
    const g = parse.groups[k];
    if (g.end > at) continue;
    for (let i = g.end; i < at; i++) if (!(v.isPos(i, 'ADV') || v.isPos(i, 'DET') || v.isPos(i, 'ADP'))) return null;
    return g.clauseEnd >= at ? g : null;
  }
  return null;
}

export function quantityFacts(v: FactView, parse: SentenceParse, sink: FactSink): void {
  const s = v.doc.sentences[parse.sentence];
  const [fFrom, fTo] = v.figuresIn(parse.sentence);
  for (let f = fFrom; f < fTo; f++) {
    const fig = v.figures[f];
    if (!COUNTABLE.has(fig.kind) || typeof fig.value !== 'number') continue;
    const at = v.figureTokenStart[f];
    if (at < parse.from || at >= parse.to) continue;
    const add = (subjectId: string, confidence: number, rule: string, g: VerbGroup) => {
      const stance = stanceOf(g);
      sink.add({ predicate: 'has_quantity', subjectId, objectId: null, value: fig.value, unit: fig.unit, time: null, placeId: null, confidence, rule, polarity: stance.polarity, modality: stance.modality, start: s.start, end: s.end });
    };
    const g = directObjectOf(v, parse, at);
    if (!g || !QUANTITY_LEMMAS.has(g.lemma) || g.passive) continue;
    for (const a of g.subjects) add(a.entityId, 0.75 * HOW_WEIGHT[a.how], `quantity:${g.lemma}`, g);
  }
}

export const QUANTITY_LEMMA_LIST: readonly string[] = [...QUANTITY_LEMMAS];
