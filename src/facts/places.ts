import type { FactSink } from './sink.js';
import type { Resources } from './phrases.js';
import type { FactView } from './view.js';

/**
 * `located_in`: a place said to lie in (or near) another place or a country.
 * - "the town of Macomia in northern Mozambique", "Buryatia near Lake Baikal" (value "near");
 * - "Arequipa, Peru", "KRAKÓW, Poland": a place name, a comma and a country, closing the phrase.
 */
export const LOCATION_PREPOSITIONS: readonly { word: string; value: string | null; example: string }[] = [
  { word: 'in', value: null, example: 'the town of Macomia in northern Mozambique' },
  { word: 'near', value: 'near', example: 'Buryatia near Lake Baikal' },
  { word: 'outside', value: 'near', example: 'a camp outside Goma' },
];

const BY_WORD = new Map(LOCATION_PREPOSITIONS.map((p) => [p.word, p]));

/** Adjectives of direction or size allowed between the preposition and the place ("northern Mozambique"). */
function isPlaceAdjective(v: FactView, i: number): boolean {
  return v.isPos(i, 'ADJ') || v.isPos(i, 'DET') || /^(north|south|east|west)(ern|-?east(ern)?|-?west(ern)?)?$/.test(v.lower(i));
}

export function locationFacts(v: FactView, r: Resources, sentence: number, sink: FactSink): void {
  const s = v.doc.sentences[sentence];
  const emit = (a: number, b: number, value: string | null, rule: string, confidence: number) => {
    const ma = v.mentions[a];
    const mb = v.mentions[b];
    if (ma.entityId === mb.entityId || ma.metonymy || mb.metonymy) return;
    sink.add({ predicate: 'located_in', subjectId: ma.entityId, objectId: mb.entityId, value, unit: null, time: null, placeId: null, confidence, rule, polarity: 'asserted', modality: 'asserted', start: s.start, end: s.end });
  };
  for (let k = 0; k < v.mentions.length; k++) {
    const start = v.mentionTokenStart[k];
    if (start < s.tokenStart || start >= s.tokenEnd || v.mentionAt[start] !== k || v.mentions[k].type !== 'PLACE') continue;
    const end = v.mentionTokenEnd[k];
    if (end >= s.tokenEnd) continue;
    const w = v.lower(end);
    const prep = BY_WORD.get(w);
    if (prep && v.isPos(end, 'ADP')) {
      let j = end + 1;
      while (j < s.tokenEnd && v.mentionAt[j] < 0 && isPlaceAdjective(v, j)) j++;
      const b = j < s.tokenEnd ? v.mentionStartingAt(j) : -1;
      if (b >= 0 && (v.mentions[b].type === 'PLACE' || v.mentions[b].type === 'COUNTRY') && !v.isPossessiveMark(v.mentionTokenEnd[b])) {
        emit(k, b, prep.value, `location:${w}`, 0.8);
      }
    } else if (w === ',' && end + 1 < s.tokenEnd) {
      const b = v.mentionStartingAt(end + 1);
      if (b < 0 || v.mentions[b].type !== 'COUNTRY') continue;
      const after = v.mentionTokenEnd[b];
      const closes = after >= s.tokenEnd || [',', '(', ')', '.', ';', '–', '—'].includes(v.raw(after));
      if (closes) emit(k, b, null, 'location:comma-country', 0.8);
    }
  }
  void r;
}
