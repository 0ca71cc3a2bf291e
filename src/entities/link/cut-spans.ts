import type { NerSpan } from '../../doc/types.js';
import type { TokenView } from './view.js';

/**
 * Two spans side by side, one space or a hyphen apart, that together are part of a longer name the
 * article writes whole ("Charles" + "Schwab Cup" where it also names "the Charles Schwab Cup Championship",
 * "Insta" + "Gator" where it names "Insta-Gator Ranch") are one name the tagger cut: they become one span, with the label the whole name got. People are left to the
 * person pass (mergeCutNames), which knows given names from surnames.
 */
/** What may stand between the two parts: one space, or a hyphen written against both ("Insta" + "Gator"). */
const JOINS: ReadonlySet<string> = new Set([' ', '-']);

export function joinCutSpans(view: TokenView, spans: NerSpan[]): NerSpan[] {
  if (spans.length < 3) return spans;
  const text = view.doc.text;
  const longer = spans.filter((s) => s.tokenEnd - s.tokenStart > 2);
  if (!longer.length) return spans;
  const out: NerSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    if (!b || !(b.tokenStart === a.tokenEnd || b.tokenStart === a.tokenEnd + 1) || b.sentence !== a.sentence || a.label === 'PER' || b.label === 'PER' || !JOINS.has(text.slice(a.end, b.start))) {
      out.push(a);
      continue;
    }
    const joined = text.slice(a.start, b.end);
    const whole = longer.find((s) => s !== a && s !== b && s.end - s.start > joined.length && containsWords(text.slice(s.start, s.end), joined));
    if (!whole) {
      out.push(a);
      continue;
    }
    out.push({ ...a, end: b.end, tokenEnd: b.tokenEnd, label: whole.label });
    k++;
  }
  return out;
}

/** `part` is in `name` between word boundaries: "Charles Schwab Cup" in "Charles Schwab Cup Championship". */
function containsWords(name: string, part: string): boolean {
  for (let at = name.indexOf(part); at !== -1; at = name.indexOf(part, at + 1)) {
    const end = at + part.length;
    if ((at === 0 || name[at - 1] === ' ') && (end === name.length || name[end] === ' ')) return true;
  }
  return false;
}
