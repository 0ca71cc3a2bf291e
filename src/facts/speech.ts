import { POS } from '../tokenize/tags.js';
import { isClauseOpener, objectAt, type Arg, type SentenceParse, type VerbGroup } from './clauses.js';
import { HOW_WEIGHT } from './events.js';
import { isHeadMention, npExtent, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { Quote, QuoteIndex } from './quotes.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';
import { placeOf, timeOf } from './when-where.js';

const OPEN_MARKS = new Set(['"', '“']);
const CLOSE_MARKS = new Set(['"', '”']);

function quoteText(v: FactView, q: Quote): string {
  return v.text.slice(q.open + 1, q.close).trim();
}

/**
 * The quotation that ends right before the speaker and the verb: `"...," Langa told Meridian News`,
 * `"...," said Maria Lopes`. Only the speaker's phrase may stand between the closing mark and the verb.
 */
function quoteBefore(v: FactView, parse: SentenceParse, g: VerbGroup, quotes: QuoteIndex): Quote | undefined {
  for (let i = g.start - 1, steps = 0; i >= parse.from && steps < 12; i--, steps++) {
    const w = v.raw(i);
    if (CLOSE_MARKS.has(w)) return quotes.closingAt(v.t.start[i]);
    if (parse.groupAt[i - parse.from] >= 0 || w === ';' || isClauseOpener(v, i)) return undefined;
  }
  return undefined;
}

/** "said Maria Lopes, the agency's coordinator": the speaker after the verb, in a quotation's attribution. */
function invertedSpeaker(v: FactView, g: VerbGroup): Arg[] {
  const k = g.end < v.count ? v.mentionStartingAt(g.end) : -1;
  if (k < 0 || !isHeadMention(v, k)) return [];
  const m = v.mentions[k];
  return [{ entityId: m.entityId, type: m.type, mention: k, token: g.end, how: 'inverted' }];
}

/**
 * Where the reported content starts after a speech verb: past the hearer of "tell" ("told reporters"),
 * adverbial phrases ("on Wednesday", "in a statement"), a colon or comma, and "that".
 */
function contentStart(v: FactView, r: Resources, g: VerbGroup, discourse: Discourse): number {
  let j = g.end;
  const to = v.doc.sentences[v.t.sentence[g.head]].tokenEnd;
  if (g.lemma === 'tell' && j < to && !OPEN_MARKS.has(v.raw(j))) j = Math.max(j, objectAt(v, r, j, to, discourse).end);
  for (let guard = 0; guard < 6 && j < to; guard++) {
    const w = v.lower(j);
    if (v.isPos(j, 'ADV')) j++;
    else if (v.isPos(j, 'ADP') && w !== 'that') j = Math.max(j + 1, npExtent(v, j + 1, to));
    else if (w === ',' || w === ':') j++;
    else break;
  }
  if (j < to && v.lower(j) === 'that' && !v.isPos(j, 'DET')) j++;
  return j;
}

/**
 * `said` facts: a speaker (the subject of a speech verb, or the name after it in an attribution) and
 * what they said: the quotation next to the verb (the whole of it, across sentences), or else the
 * clause the verb introduces, to the end of the sentence (and to the end of a quotation that opens in it).
 */
export function speechFacts(v: FactView, r: Resources, parse: SentenceParse, g: VerbGroup, quotes: QuoteIndex, sink: FactSink, discourse: Discourse): void {
  if (g.passive || g.infinitive) return;
  const s = v.doc.sentences[parse.sentence];
  const before = quoteBefore(v, parse, g, quotes);
  let speakers = g.subjects;
  if (before || (g.subjects.length === 0 && !g.commonSubject)) {
    const inv = invertedSpeaker(v, g);
    if (inv.length) speakers = inv;
  }
  if (!speakers.length) return;

  let value: string | null = null;
  let rule = 'speech:clause';
  if (before) {
    value = quoteText(v, before);
    rule = 'speech:quote-before';
  } else {
    const j = contentStart(v, r, g, discourse);
    if (j < parse.to && OPEN_MARKS.has(v.raw(j))) {
      const q = quotes.openingAt(v.t.start[j]);
      if (q) {
        value = quoteText(v, q);
        rule = 'speech:quote-after';
      }
    }
    if (value === null && j < parse.to && startsClause(v, parse, j)) {
      let endOffset = s.end;
      const q = quotes.openingIn(v.t.start[j], s.end);
      if (q && q.close > s.end) endOffset = q.close + 1;
      value = v.text.slice(v.t.start[j], endOffset).replace(/[\s.,;:]+$/, '').trim();
    }
  }
  if (!value || value.length < 3) return;

  const time = timeOf(v, parse, g);
  const place = placeOf(v, parse, g, new Set(speakers.map((a) => a.entityId)));
  for (const sp of speakers) {
    sink.add({
      predicate: 'said',
      subjectId: sp.entityId,
      objectId: null,
      value,
      unit: null,
      time,
      placeId: place,
      confidence: 0.9 * HOW_WEIGHT[sp.how] * (rule === 'speech:clause' ? 0.95 : 1),
      rule,
      polarity: g.negated ? 'negated' : 'asserted',
      modality: 'asserted',
      start: s.start,
      end: s.end,
    });
  }
}

/** Reported content begins a clause: a subject and a verb ("the pact was not directed at any country"), or a quotation. */
function startsClause(v: FactView, parse: SentenceParse, j: number): boolean {
  if (OPEN_MARKS.has(v.raw(j))) return true;
  for (let i = j; i < parse.to && i < j + 14; i++) {
    if (parse.groupAt[i - parse.from] >= 0) return i > j || v.isPos(i, 'AUX');
    const p = v.t.pos[i];
    if (p === POS.PUNCT && !OPEN_MARKS.has(v.raw(i))) return false;
  }
  return false;
}
