import { POS } from '../tokenize/tags.js';
import { isClauseOpener, objectAt, type Arg, type SentenceParse, type VerbGroup } from './clauses.js';
import { HOW_WEIGHT } from './events.js';
import { npForward, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { Quote, QuoteIndex } from './quotes.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';
import { placeOf, timeOf } from './when-where.js';

/**
 * `said`: a speaker is quoted. The value is always a quotation the article prints in double quotes:
 * - the quotation the attribution follows: `"They came from three sides. ...," Langa told Meridian News`,
 *   `"...," said Maria Lopes`, whole even when it runs over several sentences;
 * - the quotation right after the verb: `said: "..."`, `called the package "a first down payment"`;
 * - each quotation inside the reported clause: `Villanueva said the pact was "not directed at any
 *   country"`, `he said he hoped "to bring the warmth of our people to Russia ..."`.
 * Reported speech without quotation marks gives no `said` fact (it still makes the facts inside it
 * `reported`).
 */

const OPEN_MARKS = new Set(['"', '“']);
const CLOSE_MARKS = new Set(['"', '”']);

/** The words quoted, without the comma that hands over to the attribution (`"We will not leave," she said`). */
/** A quotation mark token of the given set (checked on punctuation only, without slicing every token). */
function isQuoteMark(v: FactView, i: number, marks: ReadonlySet<string>): boolean {
  return v.t.pos[i] === POS.PUNCT && v.t.end[i] - v.t.start[i] === 1 && marks.has(v.raw(i));
}

function quoteText(v: FactView, q: Quote): string {
  return v.text.slice(q.open + 1, q.close).trim().replace(/[,;:]+$/, '');
}

/** The quotation that ends right before the speaker and the verb; only the speaker's phrase may stand between. */
function quoteBefore(v: FactView, parse: SentenceParse, g: VerbGroup, quotes: QuoteIndex): Quote | undefined {
  for (let i = g.start - 1, steps = 0; i >= parse.from && steps < 12; i--, steps++) {
    if (isQuoteMark(v, i, CLOSE_MARKS)) return quotes.closingAt(v.t.start[i]);
    if (parse.groupAt[i - parse.from] >= 0 || v.isChar(i, ';') || isClauseOpener(v, i) || v.isPos(i, 'CCONJ')) return undefined;
  }
  return undefined;
}

/** "said Maria Lopes, the agency's coordinator", "said Dr Priya Raghavan": the speaker after the verb. */
function invertedSpeaker(v: FactView, r: Resources, g: VerbGroup, to: number): Arg[] {
  const res = npForward(v, r, g.end, to);
  if (res.kind !== 'entity') return [];
  const m = v.mentions[res.mention];
  return [{ entityId: m.entityId, type: m.type, mention: res.mention, token: v.mentionTokenStart[res.mention], how: 'inverted' }];
}

/** Where the reported content starts: past the hearer of "tell" or the thing "called", adverbials, a colon, "that". */
function contentStart(v: FactView, r: Resources, parse: SentenceParse, g: VerbGroup, discourse: Discourse): number {
  let j = g.end;
  const to = parse.to;
  if ((g.lemma === 'tell' || g.lemma === 'call' || g.lemma === 'describe') && j < to && !OPEN_MARKS.has(v.raw(j))) j = Math.max(j, objectAt(v, r, j, to, discourse).end);
  for (let guard = 0; guard < 6 && j < to; guard++) {
    const w = v.lower(j);
    if (v.isPos(j, 'ADV')) j++;
    else if (v.isPos(j, 'ADP') && w !== 'that') {
      j++;
      while (j < to && !OPEN_MARKS.has(v.raw(j)) && (v.isPos(j, 'DET') || v.isPos(j, 'ADJ') || v.isPos(j, 'NOUN') || v.isPos(j, 'PROPN') || v.isPos(j, 'NUM') || v.mentionAt[j] >= 0)) j++;
    } else if (w === ',' || w === ':') j++;
    else break;
  }
  if (j < to && v.is(j, 'that') && !v.isPos(j, 'DET')) j++;
  return j;
}

/** Where the reported clause of group gi ends: at the next speech verb, ", but", ";" or the sentence end. */
function contentEnd(v: FactView, r: Resources, parse: SentenceParse, gi: number, from: number): number {
  for (let i = from; i < parse.to; i++) {
    if (v.isChar(i, ';')) return i;
    if (v.is(i, 'but') && i > from && v.isChar(i - 1, ',')) return i;
    const g = parse.groupAt[i - parse.from];
    if (g > gi && r.lexicon.speechVerbs.has(parse.groups[g].lemma) && !parse.groups[g].infinitive) return i;
  }
  return parse.to;
}

export function speechFacts(v: FactView, r: Resources, parse: SentenceParse, gi: number, quotes: QuoteIndex, sink: FactSink, discourse: Discourse): void {
  const g = parse.groups[gi];
  if (g.passive || g.infinitive || g.gerund) return;
  const s = v.doc.sentences[parse.sentence];
  const before = quoteBefore(v, parse, g, quotes);
  let speakers = g.subjects;
  // `"...," said Maria Lopes`: the verb follows the quotation (and its comma) directly.
  const rightAfterQuote = before !== undefined && v.t.start[g.start] - before.close <= 3;
  if (rightAfterQuote || (g.subjects.length === 0 && !g.commonSubject)) {
    const inv = invertedSpeaker(v, r, g, parse.to);
    if (inv.length) speakers = inv;
  }
  if (!speakers.length) return;

  const found: { quote: Quote; rule: string }[] = [];
  if (before) found.push({ quote: before, rule: 'speech:quote-before' });
  else {
    const j = contentStart(v, r, parse, g, discourse);
    const end = contentEnd(v, r, parse, gi, j);
    for (let i = j; i < end; i++) {
      if (!isQuoteMark(v, i, OPEN_MARKS)) continue;
      const q = quotes.openingAt(v.t.start[i]);
      if (!q) continue;
      found.push({ quote: q, rule: i === j ? 'speech:quote-after' : 'speech:quote-inside' });
      // Skip past the quotation's closing mark.
      while (i + 1 < end && v.t.start[i + 1] <= q.close) i++;
    }
  }
  if (!found.length) return;

  const time = timeOf(v, parse, g);
  const place = placeOf(v, parse, g, new Set(speakers.map((a) => a.entityId)));
  for (const { quote, rule } of found) {
    const value = quoteText(v, quote);
    // Inside reported speech, a word or two in quotation marks is a scare quote ("the 'bump'"), not a quotation.
    if (value.length < 2 || (rule === 'speech:quote-inside' && value.split(/\s+/).length < 3)) continue;
    for (const sp of speakers) {
      sink.add({
        predicate: 'said',
        subjectId: sp.entityId,
        objectId: null,
        value,
        unit: null,
        time,
        placeId: place,
        confidence: 0.9 * HOW_WEIGHT[sp.how] * (rule === 'speech:quote-inside' ? 0.9 : 1),
        rule,
        polarity: g.negated ? 'negated' : 'asserted',
        modality: 'asserted',
        start: s.start,
        end: s.end,
      });
    }
  }
}
