import { DENOMINATORS, MULTIPLIERS, SCALE_ABBREVIATIONS, SCALE_FRACTIONS, SMALL_CARDINALS, TENS, VAGUE_AMOUNTS, VAGUE_MULTIPLES, VULGAR_FRACTIONS } from './number-words.js';
import type { TokenView } from './token-view.js';

/** A number read from one or more tokens, before anything says what it counts or measures. */
export interface NumberRead {
  value: number;
  /** First token of the number and the token after it. */
  first: number;
  next: number;
  start: number;
  end: number;
  /** Spelled out ("seventy", "a dozen"), not digits. */
  words: boolean;
  /** The digits when the number is a bare run of digits ("2011", "020"), else null. */
  plainDigits: string | null;
  /** A fraction or a mixed number ("1/4", "2 1/2", "two thirds"). */
  fraction: boolean;
  /** A vague plural ("thousands of"): `value` is its lower bound. */
  vague: boolean;
  /** The multiplier a scale word applied ("1.5 million": 1e6), 1 when none. */
  scale: number;
  /** Both ends of a range written as one token ("3-5", "10-15"). */
  low?: number;
  high?: number;
}

/** Rounds away the binary noise of decimal arithmetic: 1.1 * 1e6 is 1100000, not 1100000.0000000002. */
export function cleanNumber(x: number): number {
  return Number.isInteger(x) ? x : parseFloat(x.toPrecision(12));
}

const DIGITS = /[+\-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3},\d{1,2}(?!\d)|\d+(?:\.\d+)?|\.\d+)(?:[eE][+\-−]?\d+)?/y;
const RANGE_TOKEN = /(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)/y;
const FRACTION_TOKEN = /(\d{1,3})\/(\d{1,3})/y;
const THREE_DIGITS = /^\d{3}(?:\.\d+)?$/;
const SCIENTIFIC_TAIL = /\s?[×x]\s?10\^?([+\-−⁻]?)(\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/y;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Spaces that separate groups of thousands in "816 000": a space, a no-break space, a (narrow) thin space. */
const GROUP_SPACES = new Set([32, 0xa0, 0x2009, 0x202f]);

function parseDigits(s: string): number {
  let t = s.replace('−', '-');
  // A comma followed by one or two digits only is a decimal comma ("10,5%"); otherwise commas group digits.
  if (/^[+-]?\d{1,3},\d{1,2}$/.test(t)) t = t.replace(',', '.');
  else t = t.replace(/,/g, '');
  return Number(t);
}

/** Reads a number written in digits that starts at token i. */
function readDigits(v: TokenView, i: number, s = v.start(i)): NumberRead | null {
  const text = v.text;
  DIGITS.lastIndex = s;
  const m = DIGITS.exec(text);
  let first = i;
  if (m) {
    let end = s + m[0].length;
    let last = v.tokenEndingAt(i, end);
    if (last !== -1) {
      let value = parseDigits(m[0]);
      let fraction = false;
      const plain = /^\d+$/.test(m[0]) ? m[0] : null;
      // "816 000": groups of three digits after single spaces.
      if (/^\d{1,3}$/.test(m[0])) {
        let k = last;
        let grouped = m[0];
        while (k + 1 < v.count && v.start(k + 1) - v.end(k) === 1 && GROUP_SPACES.has(text.charCodeAt(v.end(k))) && THREE_DIGITS.test(v.raw(k + 1))) {
          k++;
          grouped += v.raw(k);
        }
        if (k > last) {
          value = Number(grouped);
          last = k;
          end = v.end(k);
        }
      }
      // "2 1/2 miles", "2½ miles".
      if (Number.isInteger(value) && last + 1 < v.count) {
        const f = readFractionToken(v, last + 1);
        if (f !== null && v.start(last + 1) - end <= 1) {
          value += f;
          fraction = true;
          last++;
          end = v.end(last);
        }
      }
      // "2.48×10−5".
      SCIENTIFIC_TAIL.lastIndex = end;
      const sci = SCIENTIFIC_TAIL.exec(text);
      if (sci) {
        const tailEnd = end + sci[0].length;
        const k = v.tokenEndingAt(last + 1, tailEnd);
        if (k !== -1) {
          const digits = /^\d+$/.test(sci[2]) ? sci[2] : [...sci[2]].map((c) => SUPERSCRIPT.indexOf(c)).join('');
          const sign = sci[1] && sci[1] !== '+' ? -1 : 1;
          value = cleanNumber(value * 10 ** (sign * Number(digits)));
          last = k;
          end = tailEnd;
        }
      }
      if (!Number.isFinite(value)) return null;
      return { value, first, next: last + 1, start: s, end, words: false, plainDigits: plain && last === first ? plain : null, fraction, vague: false, scale: 1 };
    }
  }
  RANGE_TOKEN.lastIndex = s;
  const r = RANGE_TOKEN.exec(text);
  if (r && v.end(i) === s + r[0].length) {
    const low = Number(r[1]);
    const high = Number(r[2]);
    return { value: low, first, next: i + 1, start: s, end: v.end(i), words: false, plainDigits: null, fraction: false, vague: false, scale: 1, low, high };
  }
  const f = readFractionToken(v, i);
  if (f !== null) return { value: f, first, next: i + 1, start: s, end: v.end(i), words: false, plainDigits: null, fraction: true, vague: false, scale: 1 };
  return null;
}

/** "1/4", "½": a proper fraction in one token, or null. "1/0" and "4/25/2019" are not fractions. */
function readFractionToken(v: TokenView, i: number): number | null {
  const raw = v.raw(i);
  const vulgar = VULGAR_FRACTIONS.get(raw);
  if (vulgar !== undefined) return vulgar;
  FRACTION_TOKEN.lastIndex = v.start(i);
  const m = FRACTION_TOKEN.exec(v.text);
  if (!m || v.start(i) + m[0].length !== v.end(i)) return null;
  const n = Number(m[1]);
  const d = Number(m[2]);
  return d > 1 && n > 0 && n < d ? n / d : null;
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/** Reads a spelled-out number ("seventy", "twenty-two", "a hundred and two", "two and a half million"). */
function readWords(v: TokenView, i: number, limit: number): NumberRead | null {
  let j = i;
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let any = false;
  const w0 = v.lower(i);
  const fractionOfScale = readScaleFraction(v, i, limit);
  if (fractionOfScale) return fractionOfScale;
  if ((w0 === 'a' || w0 === 'an') && i + 1 < limit && MULTIPLIERS.has(v.lower(i + 1))) {
    current = 1;
    last = 'unit';
    any = true;
    j++;
  }
  while (j < limit) {
    const w = v.lower(j);
    const small = SMALL_CARDINALS.get(w);
    if (small !== undefined) {
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && (small === 0 || small >= 10)) break;
      current += small;
      last = small < 10 ? 'unit' : 'teen';
      any = true;
      j++;
      continue;
    }
    const tens = TENS.get(w);
    if (tens !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      current += tens;
      last = 'tens';
      any = true;
      // "twenty-two"
      if (j + 2 < limit && v.raw(j + 1) === '-' && v.touchesNext(j) && v.touchesNext(j + 1)) {
        const u = SMALL_CARDINALS.get(v.lower(j + 2));
        if (u !== undefined && u > 0 && u < 10) {
          current += u;
          last = 'unit';
          j += 3;
          continue;
        }
      }
      j++;
      continue;
    }
    const mult = MULTIPLIERS.get(w);
    if (mult !== undefined && any) {
      if (mult === 100) {
        if (last === 'hundred' || last === 'scale') break;
        current = (current || 1) * 100;
        last = 'hundred';
      } else if (mult === 12) {
        current = (current || 1) * 12;
        last = 'scale';
      } else {
        total += (current || 1) * mult;
        current = 0;
        last = 'scale';
      }
      j++;
      continue;
    }
    if (w === 'and' && any && j + 1 < limit) {
      const n = v.lower(j + 1);
      // "a hundred and two"
      if ((last === 'hundred' || last === 'scale') && (SMALL_CARDINALS.has(n) || TENS.has(n))) {
        j++;
        continue;
      }
      // "two and a half (million)"
      if (n === 'a' && j + 2 < limit && v.lower(j + 2) === 'half' && last !== 'scale') {
        current += 0.5;
        j += 3;
        const m = j < limit ? MULTIPLIERS.get(v.lower(j)) : undefined;
        if (m !== undefined && m >= 1000) {
          total += current * m;
          current = 0;
          j++;
        }
        break;
      }
    }
    break;
  }
  if (!any) return null;
  let value = total + current;
  // "two thirds", "one-half miles": a cardinal and a denominator.
  if (last === 'unit' || last === 'teen' || last === 'tens') {
    let k = j;
    if (k + 1 < limit && v.raw(k) === '-' && v.touchesNext(k - 1) && v.touchesNext(k)) k++;
    const d = k < limit ? DENOMINATORS.get(v.lower(k)) : undefined;
    if (d !== undefined && total === 0) {
      const r = wordsResult(v, i, k + 1, cleanNumber(current / d));
      r.fraction = true;
      return r;
    }
  }
  return wordsResult(v, i, j, cleanNumber(value));
}

/** "half a million", "a quarter million", "a quarter of a million", "three quarters of a billion" (see SCALE_FRACTIONS). */
function readScaleFraction(v: TokenView, i: number, limit: number): NumberRead | null {
  let k = i;
  let numerator = 1;
  const w0 = v.lower(k);
  if (w0 === 'a' || w0 === 'an') k++;
  else if (SMALL_CARDINALS.has(w0) && (SMALL_CARDINALS.get(w0) ?? 0) > 1) {
    numerator = SMALL_CARDINALS.get(w0)!;
    k++;
  }
  const den = k < limit ? SCALE_FRACTIONS.get(v.lower(k)) : undefined;
  // "three quarters" needs the plural, "a quarter" the singular.
  if (den === undefined || (numerator > 1) !== v.lower(k).endsWith('s')) return null;
  k++;
  if (k < limit && v.lower(k) === 'of') k++;
  if (k < limit && (v.lower(k) === 'a' || v.lower(k) === 'an')) k++;
  const scale = k < limit ? MULTIPLIERS.get(v.lower(k)) : undefined;
  // "half a dozen" is six; "half a hundred" is not how news writes fifty.
  if (scale === undefined || scale === 100) return null;
  const r = wordsResult(v, i, k + 1, cleanNumber((numerator / den) * scale));
  if (scale >= 1000) r.scale = scale;
  return r;
}

function wordsResult(v: TokenView, first: number, next: number, value: number): NumberRead {
  return { value, first, next, start: v.start(first), end: v.end(next - 1), words: true, plainDigits: null, fraction: false, vague: false, scale: 1 };
}

/** "thousands of", "tens of thousands of", "dozens": a vague amount read as its lower bound. */
function readVague(v: TokenView, i: number, limit: number): NumberRead | null {
  const w = v.lower(i);
  const multiple = VAGUE_MULTIPLES.get(w);
  if (multiple !== undefined && i + 2 < limit && v.lower(i + 1) === 'of') {
    const inner = VAGUE_AMOUNTS.get(v.lower(i + 2));
    if (inner && inner.least >= 2000) {
      const r = wordsResult(v, i, i + 3, (multiple * inner.least) / 2);
      r.vague = true;
      return r;
    }
  }
  const a = VAGUE_AMOUNTS.get(w);
  if (!a) return null;
  const ofNext = i + 1 < limit && v.lower(i + 1) === 'of';
  if (a.needsOf && !ofNext) return null;
  const r = wordsResult(v, i, i + 1, a.least);
  r.vague = true;
  return r;
}

/**
 * Reads the number that starts at token i (digits, words, a vague amount), with the scale words that
 * always belong to it ("1.5 million", "$5bn", "Rs 40 crore"). Scales that depend on what follows
 * ("€300m" against "a 100m sprint") are left to the caller. `limit` is the end of the sentence.
 */
export function readNumber(v: TokenView, i: number, limit: number): NumberRead | null {
  const c = v.firstCode(i);
  let n: NumberRead | null = null;
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 0x2212 || c === 46) n = readDigits(v, i);
  else if (VULGAR_FRACTIONS.has(v.raw(i))) n = readDigits(v, i);
  else {
    n = readVague(v, i, limit);
    if (n) return n;
    n = readWords(v, i, limit);
  }
  if (!n || n.next > limit) return null;
  return applyScales(v, n, limit);
}

const ALWAYS_SCALES = new Map(SCALE_ABBREVIATIONS.filter((s) => s.when === 'always').map((s) => [s.form, s.factor]));
const TOUCHING_SCALES = new Map(SCALE_ABBREVIATIONS.filter((s) => s.when === 'touching').map((s) => [s.form, s.factor]));

function applyScales(v: TokenView, n: NumberRead, limit: number): NumberRead {
  if (n.vague || n.fraction) return n;
  let j = n.next;
  let applied = 0;
  while (j < limit && applied < 2 && v.start(j) - n.end <= 1) {
    const w = v.lower(j);
    let f = n.words ? undefined : (MULTIPLIERS.get(w) ?? ALWAYS_SCALES.get(w));
    if (f === undefined && !n.words && v.start(j) === n.end) f = TOUCHING_SCALES.get(v.raw(j));
    if (f === undefined || f === 12 && applied > 0) break;
    n.value = cleanNumber(n.value * f);
    if (n.low !== undefined) n.low = cleanNumber(n.low * f);
    if (n.high !== undefined) n.high = cleanNumber(n.high * f);
    n.scale *= f;
    n.next = j + 1;
    n.end = v.end(j);
    applied++;
    j++;
  }
  return n;
}

/**
 * The number written in digits from text offset `at` inside token i ("50,000" of "R50,000"; wink-nlp cuts
 * "R18.6" into "R18", ".", "6"), with the scale words after it; null unless it ends where a token ends.
 */
export function readDigitsFrom(v: TokenView, i: number, at: number, limit: number): NumberRead | null {
  const n = readDigits(v, i, at);
  if (!n || n.next > limit) return null;
  return applyScales(v, n, limit);
}

/** Whether a token can start a number: a digit, a sign, a fraction sign or a number word. */
export function canStartNumber(v: TokenView, i: number): boolean {
  const c = v.firstCode(i);
  if (c >= 48 && c <= 57) return true;
  if (c === 43 || c === 45 || c === 0x2212 || c === 46) return i + 1 < v.count && ((v.text.charCodeAt(v.start(i) + 1) >= 48 && v.text.charCodeAt(v.start(i) + 1) <= 57));
  const w = v.lower(i);
  return SMALL_CARDINALS.has(w) || TENS.has(w) || VAGUE_AMOUNTS.has(w) || VAGUE_MULTIPLES.has(w) || VULGAR_FRACTIONS.has(w) || w === 'a' || w === 'an' || w === 'half' || w === 'quarter';
}
