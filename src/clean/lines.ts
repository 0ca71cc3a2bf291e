import type { Span } from '../doc/span.js';
import { trimSpan } from '../doc/span.js';
import { ENGLISH_FUNCTION_WORDS, FURNITURE_RULES, type FurnitureRule } from './rules.js';

export interface Line extends Span {
  /** Index of the blank-line-separated block the line belongs to. */
  block: number;
  words: number;
  /** Share of the line's words that are English function words. */
  functionShare: number;
  endsSentence: boolean;
  furniture: FurnitureRule | null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

function isWordStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return LETTER_OR_DIGIT.test(s[i]);
}

/** Apostrophes, dots and hyphens go on inside a word: "Jong-Un", "U.S.", "Korea's". */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}
const SENTENCE_END_MARKS = new Set([...'.!?…:;'].map((c) => c.charCodeAt(0)));
const CLOSING_MARKS = new Set([...'"”’\'»)]'].map((c) => c.charCodeAt(0)));

/**
 * The line ends a sentence: a full stop, question or exclamation mark, ellipsis, colon or semicolon, then
 * only closing quotes and brackets (/[.!?…:;]["”’'»)\]]*$/, read from the end: the regular expression
 * tried every position of every line).
 */
function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSING_MARKS.has(s.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_END_MARKS.has(s.charCodeAt(i));
}

/** The non-blank lines of a text, trimmed, with what the cleaning rules need to know of each. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let lineStart = 0;
  let blank = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    const span = trimSpan(text, { start: lineStart, end: i });
    if (span.end > span.start) {
      if (blank && lines.length) block++;
      lines.push(describe(text, span, block));
      blank = false;
    } else blank = true;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return lines;
}

/** Function words by a hash of their letters: looked up with no string made per word (see functionWordHash). */
const FUNCTION_WORD_BY_HASH: ReadonlyMap<number, string> = new Map([...ENGLISH_FUNCTION_WORDS].map((w) => [functionWordHash(w, 0, w.length), w]));

/** Hash of s[from, to) in lower case, or -1 when it holds anything but ASCII letters and "'" (as no function word does). */
function functionWordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) {
    let c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || c === 39)) return -1;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & 0x7fffffff;
}

/** s[from, to) is an English function word, in any case: the same as ENGLISH_FUNCTION_WORDS.has(slice.toLowerCase()). */
function isFunctionWord(s: string, from: number, to: number): boolean {
  const h = functionWordHash(s, from, to);
  if (h === -1) return false;
  const w = FUNCTION_WORD_BY_HASH.get(h);
  if (w === undefined || w.length !== to - from) return false;
  for (let k = 0; k < w.length; k++) {
    let c = s.charCodeAt(from + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}

function describe(text: string, span: Span, block: number): Line {
  const s = text.slice(span.start, span.end);
  let words = 0;
  let functional = 0;
  // A word starts at a letter or digit and runs on through letters, digits, apostrophes, dots and
  // hyphens (the WORD pattern); scanned by hand, as this runs over every line of every page.
  for (let i = 0; i < s.length; ) {
    if (!isWordStart(s, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < s.length && (isWordStart(s, i) || isJoiner(s.charCodeAt(i)))) i++;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && isFunctionWord(s, start, i)) functional++;
  }
  // Fields written out, not spread from the span: spreading cost four times the rest of this function.
  return {
    start: span.start,
    end: span.end,
    block,
    words,
    functionShare: words ? functional / words : 0,
    endsSentence: endsSentence(s),
    furniture: words <= MOST_FURNITURE_WORDS ? matchFurniture(s, words) : null,
  };
}

export function normalizeForRules(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'©:\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ \d+$/, '');
}

/** Furniture is short: no rule looks at a longer line (and a huge line costs nothing here). */
const LONGEST_FURNITURE = 400;
/** The word limit of a furniture rule that sets none. */
const DEFAULT_MAX_WORDS = 12;
const MOST_FURNITURE_WORDS = Math.max(...FURNITURE_RULES.map((r) => r.maxWords ?? DEFAULT_MAX_WORDS));

/** No rule but a `contains` one looks at a line of more words than this. */
const MOST_WHOLE_LINE_WORDS = Math.max(...FURNITURE_RULES.filter((r) => r.match !== 'contains').map((r) => r.maxWords ?? DEFAULT_MAX_WORDS));

/**
 * For each `contains` phrase, its longest word: normalizing keeps letters, digits and "©" as they are but
 * for case, so a line whose normal form holds the phrase holds that word in lower case.
 */
const CONTAINS_KEYS: readonly string[] = FURNITURE_RULES.filter((r) => r.match === 'contains').flatMap((r) =>
  r.phrases.map((p) => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a))),
);
if (CONTAINS_KEYS.some((k) => !/^[\p{L}\p{N}©]+$/u.test(k))) throw new Error('clean/rules: a contains phrase word that normalizing may change');

export function matchFurniture(line: string, words: number): FurnitureRule | null {
  if (line.length > LONGEST_FURNITURE) return null;
  // Most lines of prose are longer than any whole-line rule: only a `contains` phrase could match, and
  // without its word in the line, there is nothing to normalize.
  if (words > MOST_WHOLE_LINE_WORDS) {
    const lower = line.toLowerCase();
    if (!CONTAINS_KEYS.some((k) => lower.includes(k))) return null;
  }
  const norm = normalizeForRules(line);
  const bare = norm.replace(/:$/, '');
  for (const rule of FURNITURE_RULES) {
    if (rule.maxWords !== undefined && words > rule.maxWords) continue;
    for (const phrase of rule.phrases) {
      if (rule.match === 'line' ? bare === phrase : rule.match === 'prefix' ? startsWithWord(norm, phrase) : norm.includes(phrase)) {
        return rule;
      }
    }
  }
  return null;
}

function startsWithWord(s: string, phrase: string): boolean {
  if (!s.startsWith(phrase)) return false;
  if (s.length === phrase.length || phrase.endsWith(':')) return true;
  return !/[\p{L}\p{N}]/u.test(s[phrase.length]);
}

/** Article prose: a sentence of some length, written in English. */
export function isProse(line: Line): boolean {
  if (line.furniture) return false;
  if (line.functionShare < 0.12) return false;
  return (line.words >= 8 && line.endsSentence) || line.words >= 25;
}
