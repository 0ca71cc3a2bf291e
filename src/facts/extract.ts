import type { Doc } from '../doc/types.js';
import { POS } from '../tokenize/tags.js';
import { appositionFacts } from './appositions.js';
import { parseSentence } from './clauses.js';
import { rankFacts } from './copulas.js';
import { verbFacts, verbObjectFacts } from './events.js';
import { nominalFacts } from './nominals.js';
import type { Resources } from './phrases.js';
import { locationFacts } from './places.js';
import { Discourse } from './pronouns.js';
import { quantityFacts } from './quantities.js';
import { findQuotes, QuoteIndex } from './quotes.js';
import { shareFacts } from './shares.js';
import { FactSink } from './sink.js';
import { speechFacts } from './speech.js';
import { FactView } from './view.js';
import { SUBJECT_PRONOUNS } from './words.js';

/**
 * Only sentences that name something, or that carry a pronoun a fact could hang on ("He said ..."), are
 * read: the others cannot state a fact with an entity in it.
 */
function isCandidate(v: FactView, sentence: number): boolean {
  if (v.sentenceHasMention[sentence]) return true;
  const s = v.doc.sentences[sentence];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (v.t.pos[i] === POS.PRON && SUBJECT_PRONOUNS.has(v.lower(i))) return true;
  }
  return false;
}

/** Bodies and countries named in the sentence, for a later "its" ("Its head, Sipho Radebe"). */
function registerNamed(v: FactView, sentence: number, discourse: Discourse): void {
  const s = v.doc.sentences[sentence];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const k = v.mentionAt[i];
    if (k < 0 || v.mentionTokenStart[k] !== i) continue;
    const m = v.mentions[k];
    if ((m.type === 'ORGANIZATION' || m.type === 'COUNTRY') && !m.metonymy) discourse.register(m.entityId, m.type, i, 'named');
  }
}

/** Reads one document's facts into doc.facts. */
export function extractFacts(doc: Doc, r: Resources): void {
  doc.facts = [];
  if (!doc.tokens || doc.tokens.count === 0 || doc.sentences.length === 0) return;
  const v = new FactView(doc);
  const sink = new FactSink(v);
  const discourse = new Discourse();
  let quotes: QuoteIndex | null = null;
  for (let si = 0; si < doc.sentences.length; si++) {
    if (!isCandidate(v, si)) continue;
    const parse = parseSentence(v, r, si, discourse);
    appositionFacts(v, r, si, sink, discourse);
    parse.groups.forEach((g, gi) => {
      const rules = r.lexicon.verbRules.get(g.lemma);
      if (rules) for (const rule of rules) verbFacts(v, r, parse, g, rule, sink, discourse);
      const objectRules = r.lexicon.verbObjectRules.get(g.lemma);
      if (objectRules) for (const rule of objectRules) verbObjectFacts(v, r, parse, g, rule, sink, discourse);
      if (r.lexicon.speechVerbs.has(g.lemma)) {
        quotes ??= new QuoteIndex(findQuotes(doc));
        speechFacts(v, r, parse, gi, quotes, sink, discourse);
      }
    });
    nominalFacts(v, r, parse, sink, discourse);
    rankFacts(v, r, parse, sink, discourse);
    shareFacts(v, r, parse, sink, discourse);
    quantityFacts(v, parse, sink);
    locationFacts(v, parse, sink);
    registerNamed(v, si, discourse);
  }
  doc.facts = sink.finish();
}
