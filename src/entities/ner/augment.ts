import type { LabelledSpan } from './labels-from-spans.js';
import { mulberry32 } from './random.js';

/**
 * Headlines are written in capitals or in Title Case, and there the capital letters that mark names in
 * running text say nothing. The training corpus has few such lines, so the trainer also sees copies of
 * its documents in which some sentences are rewritten in capitals or in Title Case, with the same names.
 * Every rewrite keeps each character's offset, so the names' spans still hold.
 */
export interface AugmentOptions {
  seed: number;
  /** Share of sentences (lines) rewritten in capitals. */
  upper: number;
  /** Share of sentences rewritten in Title Case. */
  title: number;
}

export function augmentCase(text: string, names: readonly LabelledSpan[], options: AugmentOptions): { text: string; names: readonly LabelledSpan[] } {
  const random = mulberry32(options.seed);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const r = random();
    if (r < options.upper) out.push(sameLength(line, (s) => s.toUpperCase()));
    else if (r < options.upper + options.title) out.push(line.replace(/(^|\s)(\p{Ll})/gu, (m, space: string, c: string) => space + sameLength(c, (x) => x.toUpperCase())));
    else out.push(line);
  }
  return { text: out.join('\n'), names };
}

/** The transformed string when it keeps the length (so offsets hold), else the input. */
function sameLength(s: string, f: (s: string) => string): string {
  const t = f(s);
  if (t.length === s.length) return t;
  let r = '';
  for (const ch of s) {
    const u = f(ch);
    r += u.length === ch.length ? u : ch;
  }
  return r;
}
