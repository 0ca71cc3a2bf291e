import type { SentenceParse } from './clauses.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';

/**
 * `located_in`: a place said to lie in (or near) another place or a country.
 * - right after the name: "the town of Macomia in northern Mozambique", "Buryatia near Lake Baikal"
 *   (value "near"), "Arequipa, Peru" (a place, a comma and a country closing the phrase; not in a dateline);
 * - in an apposition: "the Second Thomas Shoal, a reef in the South China Sea";
 * - with a verb of lying: "Jostedalsbreen covers about 458 square kilometres in the county of Vestland".
 */
export const LOCATION_PREPOSITIONS: readonly { word: string; value: string | null; example: string }[] = [
  { word: 'in', value: null, example: 'the town of Macomia in northern Mozambique' },
  { word: 'near', value: 'near', example: 'Buryatia near Lake Baikal' },
  { word: 'outside', value: 'near', example: 'a camp outside Goma' },
];

/** Verbs whose place subject lies where their "in" phrase says. */
export const LYING_VERBS: readonly { lemmas: readonly string[]; example: string }[] = [
  { lemmas: ['lie', 'sit', 'stand', 'cover', 'stretch', 'span', 'locate', 'situate', 'base'], example: 'The glacier covers 458 square kilometres in the county of Vestland.' },
];

/** Nouns of administrative units that name the place after "of" ("the county of Vestland"). */
const UNIT_NOUNS = new Set(['county', 'province', 'region', 'district', 'state', 'city', 'town', 'village', 'municipality', 'department', 'island', 'islands', 'prefecture', 'canton', 'oblast']);

const BY_WORD = new Map(LOCATION_PREPOSITIONS.map((p) => [p.word, p]));
const LYING = new Set(LYING_VERBS.flatMap((l) => l.lemmas));

/** Adjectives of direction or size allowed between the preposition and the place ("northern Mozambique"). */
function isPlaceAdjective(v: FactView, i: number): boolean {
  return v.isPos(i, 'ADJ') || v.isPos(i, 'DET') || /^(north|south|east|west)(ern|-?east(ern)?|-?west(ern)?)?$/.test(v.lower(i));
}

/** The place or country a location phrase names from token j: "northern Mozambique", "the county of Vestland". */
function placeAt(v: FactView, j: number, to: number): number {
  while (j < to && v.mentionAt[j] < 0 && isPlaceAdjective(v, j)) j++;
  if (j + 2 < to && v.mentionAt[j] < 0 && UNIT_NOUNS.has(v.lower(j)) && v.is(j + 1, 'of')) j += 2;
  const b = j < to ? v.mentionStartingAt(j) : -1;
  if (b < 0) return -1;
  const t = v.mentions[b].type;
  return (t === 'PLACE' || t === 'COUNTRY') && !v.isPossessiveMark(v.mentionTokenEnd[b]) ? b : -1;
}

export function locationFacts(v: FactView, parse: SentenceParse, sink: FactSink): void {
  const s = v.doc.sentences[parse.sentence];
  const emit = (a: number, b: number, value: string | null, rule: string, confidence: number) => {
    const ma = v.mentions[a];
    const mb = v.mentions[b];
    if (ma.entityId === mb.entityId || ma.metonymy || mb.metonymy) return;
    sink.add({ predicate: 'located_in', subjectId: ma.entityId, objectId: mb.entityId, value, unit: null, time: null, placeId: null, confidence, rule, polarity: 'asserted', modality: 'asserted', start: s.start, end: s.end });
  };
  const [mFrom, mTo] = v.mentionsIn(parse.sentence);
  for (let k = mFrom; k < mTo; k++) {
    const start = v.mentionTokenStart[k];
    if (start < s.tokenStart || start >= s.tokenEnd || v.mentionAt[start] !== k || v.mentions[k].type !== 'PLACE') continue;
    const end = v.mentionTokenEnd[k];
    if (end >= s.tokenEnd) continue;
    const w = v.lower(end);
    const prep = BY_WORD.get(w);
    if (prep && v.isPos(end, 'ADP')) {
      const b = placeAt(v, end + 1, s.tokenEnd);
      if (b >= 0) emit(k, b, prep.value, `location:${w}`, 0.8);
    } else if (w === ',' && end + 1 < s.tokenEnd) {
      const b = v.mentionStartingAt(end + 1);
      if (b >= 0 && v.mentions[b].type === 'COUNTRY') {
        const after = v.mentionTokenEnd[b];
        const closes = after >= s.tokenEnd || [',', '.', ';'].includes(v.raw(after));
        // A dateline ("AREQUIPA, Peru (Andes Press) –") says where the report was filed, not a fact of the article.
        const dateline = start === s.tokenStart || v.isChar(after, '(');
        // "Albania, Bosnia, Croatia, Iceland": a list of names, not a place and its country.
        const list = (start > s.tokenStart && v.isChar(start - 1, ',')) || (after + 1 < s.tokenEnd && v.isChar(after, ',') && (v.mentionAt[after + 1] >= 0 || v.is(after + 1, 'and')));
        if (closes && !dateline && !list) emit(k, b, null, 'location:comma-country', 0.75);
        continue;
      }
      // "the Second Thomas Shoal, a reef in the South China Sea".
      let j = end + 1;
      if (j < s.tokenEnd && (v.is(j, 'a') || v.is(j, 'an') || v.is(j, 'the'))) j++;
      const nounStart = j;
      while (j < s.tokenEnd && v.mentionAt[j] < 0 && (v.isPos(j, 'ADJ') || v.isPos(j, 'NOUN'))) j++;
      if (j > nounStart && v.isPos(j - 1, 'NOUN') && j < s.tokenEnd && BY_WORD.has(v.lower(j))) {
        const b = placeAt(v, j + 1, s.tokenEnd);
        if (b >= 0) emit(k, b, BY_WORD.get(v.lower(j))!.value, 'location:apposition', 0.75);
      }
    }
  }
  // A place subject of a verb of lying and its "in" phrase.
  for (const g of parse.groups) {
    if (!LYING.has(g.lemma) || g.subjects.length !== 1 || g.subjects[0].mention < 0) continue;
    const a = g.subjects[0].mention;
    if (v.mentions[a].type !== 'PLACE') continue;
    for (let i = g.end; i < g.clauseEnd; i++) {
      if (v.lower(i) !== 'in' || !v.isPos(i, 'ADP')) continue;
      const b = placeAt(v, i + 1, g.clauseEnd);
      if (b >= 0) emit(a, b, null, `location:verb:${g.lemma}`, 0.7);
      break;
    }
  }
}
