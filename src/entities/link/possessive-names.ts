import { foldName } from '../gazetteer/fold.js';
import { POS } from '../../tokenize/tags.js';
import type { NerSpan } from '../../doc/types.js';
import type { Draft } from './draft.js';
import type { TokenView } from './view.js';

/** What may follow a name's own "'s" where no possessed noun does: an auxiliary ("was"), punctuation, a preposition or a conjunction; not a verb, as the tagger reads many possessed nouns as verbs ("Europe's leading", "Cleveland's lead"). */
const AFTER_STANDALONE: ReadonlySet<number> = new Set([POS.AUX, POS.PUNCT, POS.ADP, POS.CCONJ, POS.SCONJ]);

/**
 * Names that end in "'s" ("Boatmen's", "Lord's", "Sainsbury's"): an organisation or place name followed by
 * a touching "'s" that no noun follows ("Boatmen's was the prize", "a bid for Boatmen's.", "at Lord's,
 * London") is written with its "'s", and so is every other mention of it in the article followed by one
 * ("Boatmen's stock"). A plain possessive is followed by what is possessed ("NationsBank's bid"); people
 * and countries are left alone. Changes `drafts` in place.
 */
export function takeInNameEndingInPossessive(view: TokenView, drafts: Draft[]): void {
  const candidates = drafts.filter((d) => (d.type === 'ORGANIZATION' || d.type === 'PLACE') && possessiveAfter(view, d) !== -1).map((d) => ({ d, name: foldName(view.span(d.tokenStart, d.tokenEnd)) }));
  if (!candidates.length) return;
  const names = new Set<string>();
  for (const { d, name } of candidates) {
    // The token after the name's "'s" (which is token d.tokenEnd).
    const next = d.tokenEnd + 1;
    if (next >= view.count || view.sentence(next) !== d.sentence || (AFTER_STANDALONE.has(view.tokens.pos[next]) && view.text(next) !== '-')) names.add(name);
  }
  for (const { d, name } of candidates) {
    if (!names.has(name)) continue;
    d.tokenEnd++;
    d.end = view.tokens.end[d.tokenEnd - 1];
  }
}

/**
 * The token of a "'s" right after the draft, in its sentence, or -1. Written against the name in running
 * text; one space apart in text that was tokenized before it came (CoNLL-2003's "Boatmen 's").
 */
function possessiveAfter(view: TokenView, d: Draft): number {
  const s = d.tokenEnd;
  if (s >= view.count || view.sentence(s) !== d.sentence || view.tokens.start[s] - view.tokens.end[s - 1] > 1) return -1;
  return isPossessiveMark(view.text(s)) ? s : -1;
}

/**
 * A possessive inside a tagger span ends the name before it: "the African Union's Peace and Security
 * Council" is the Union and its council, not one place. The part after the "'s" is given back to the
 * passes that find names cut short (its tokens are uncovered); the part before keeps the span's label.
 */
export function splitAtInnerPossessive(view: TokenView, spans: NerSpan[], covered: Uint8Array): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    let at = -1;
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 1; k++) if (isPossessiveMark(view.text(k))) at = k;
    if (at === -1) {
      out.push(s);
      continue;
    }
    covered.fill(0, at, s.tokenEnd);
    out.push({ ...s, tokenEnd: at, end: view.tokens.end[at - 1] });
  }
  return out;
}

function isPossessiveMark(token: string): boolean {
  return token === "'s" || token === '\u2019s';
}
