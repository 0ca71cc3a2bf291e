import type { Doc, FigureKind } from '../doc/types.js';
import { KIND } from '../tokenize/tags.js';
import { countedNounAfter } from './counted-noun.js';
import type { CurrencyValue, FigureLexicon, SuffixValue, UnitDef } from './lexicon.js';
import { FIGURE_RULES, NUMBER_RULES, firstFailing, type NumberContext } from './not-figures.js';
import { ORDINAL_WORDS, SCALE_ABBREVIATIONS, TENS } from './number-words.js';
import { ordinalAt } from './ordinals.js';
import { qualifierBefore, type Qualifier } from './qualifiers.js';
import { canStartNumber, cleanNumber, readDigitsFrom, readNumber, type NumberRead } from './read-number.js';
import { rateAfter } from './per-unit.js';
import { connectorAt, isAfterBetween, isChangeFromTo } from './ranges.js';
import { TokenView } from './token-view.js';
import { AGE_WORDS, METRE_RACE_NOUNS, MIXED_UNIT_PAIRS, ONE_OF_CURRENCY_WORDS, isAgeApposition, isInchAt, poundsAreMoney, unitCountsAsOne } from './unit-rules.js';

/** A figure found in the tokens, before it gets its id. */
export interface Found {
  first: number;
  next: number;
  start: number;
  end: number;
  kind: FigureKind;
  value: number;
  unit: string | null;
  siValue: number | null;
  siUnit: string | null;
  qualifier: Qualifier | null;
  low: number | null;
  high: number | null;
  /** A unit, a currency, a percent sign or a counted noun said what the number is. */
  measured: boolean;
  /** The scale word's multiplier ("2 to 3 million": the first number borrows it). */
  scale: number;
  /** Value of one written unit of money in the reported currency: 0.01 for cents and pence, else 1. */
  factor: number;
  def: UnitDef | null;
}

interface Step {
  found: Found | null;
  next: number;
}

interface Sentence {
  from: number;
  to: number;
}

/** A suffix found after a number: what it is, where it ends, and how it was attached. */
interface Suffix {
  values: SuffixValue[];
  end: number;
  next: number;
  touching: boolean;
}

/** A currency code written against its number is what makes it money, not a code: "USD115 million", "USD1.2bn". */
const PREFIXED_NUMBER_RULES = NUMBER_RULES.filter((r) => r.id !== 'code-touching');
const CONTEXT_SCALES = new Map(SCALE_ABBREVIATIONS.filter((s) => s.when === 'context' || s.when === 'money').map((s) => [s.form, s]));
const OPENING_BRACKETS = new Set(['(', '[', '{', '<']);
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
/** Words that can start a figure although no number starts there. */
const START_WORDS: ReadonlySet<string> = new Set(['minus', 'a', 'an', 'aged', 'age', 'percent', 'per', 'percents', 'percentage', '%', 'half']);
const MINUS_TOKEN = /^minus-(\d+(?:\.\d+)?)$/i;
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Finds the figures of a document (everything but dates): PERCENT, MONEY, QUANTITY, COUNT, DURATION
 * and ORDINAL, over the flat token arrays, one sentence at a time.
 */
export function recognizeFigures(doc: Doc, lex: FigureLexicon): Found[] {
  const v = new TokenView(doc);
  const r = new Recognizer(v, lex);
  const out: Found[] = [];
  for (const s of doc.sentences) {
    const sentence = { from: s.tokenStart, to: s.tokenEnd };
    let i = sentence.from;
    while (i < sentence.to) {
      if (!r.isCandidate(i, sentence)) {
        i++;
        continue;
      }
      const step = r.figureAt(i, sentence, true);
      if (step.found) out.push(step.found);
      i = Math.max(i + 1, step.next);
    }
  }
  return out;
}

class Recognizer {
  constructor(
    private readonly v: TokenView,
    private readonly lex: FigureLexicon,
  ) {}

  isCandidate(i: number, s: Sentence): boolean {
    const v = this.v;
    const k = v.kind(i);
    if (k === KIND.number || k === KIND.ordinal || k === KIND.currency) return true;
    if (canStartNumber(v, i)) return true;
    if (k === KIND.word) {
      const w = v.lower(i);
      if (START_WORDS.has(w) || MINUS_TOKEN.test(w) || ordinalAt(v, i, s.from, s.to) !== null) return true;
      // "R50,000", "Rs40 crore": a letter sign against its number.
      if (this.gluedSignAt(i)) return true;
    }
    // A currency written before its number ("Rs 40", "USD 200", "HK $ 10", "₹40").
    const n = i + 1;
    return n < s.to && v.start(n) - v.end(i) <= 1 && (v.kind(n) === KIND.number || v.kind(n) === KIND.currency);
  }

  isMeasure = (j: number): boolean => {
    const m = this.lex.suffix.match(this.v.text, this.v.start(j));
    return m !== null && this.v.tokenEndingAt(j, m.end) !== -1;
  };

  /** The figure that starts at token i, or where to go on from when the tokens there are no figure. */
  figureAt(i: number, s: Sentence, allowRange: boolean): Step {
    const v = this.v;
    const money = this.moneyPrefixAt(i, s);
    if (money) return this.withRange(this.moneyAfterPrefix(i, money.prefix, money.numberAt, s), s, allowRange);
    const glued = this.gluedMoneyAt(i, s);
    if (glued) return this.withRange({ found: glued, next: glued.next }, s, allowRange);

    let negate = false;
    let n: NumberRead | null = null;
    const w = v.lower(i);
    const minus = MINUS_TOKEN.exec(w);
    if (minus) {
      n = { value: -Number(minus[1]), first: i, next: i + 1, start: v.start(i), end: v.end(i), words: false, plainDigits: null, fraction: false, vague: false, scale: 1 };
    } else if (w === 'minus' && i + 1 < s.to && canStartNumber(v, i + 1)) {
      n = readNumber(v, i + 1, s.to);
      // "plus or minus 3 percentage points" is a margin, not a negative number.
      negate = n !== null && !isPlusOrMinus(v, i - 2, s.from);
    } else if (TENS.has(w) && v.raw(i + 1) === '-' && ORDINAL_WORDS.has(v.lower(i + 2))) {
      // "twenty-first": an ordinal, read below.
    } else if (canStartNumber(v, i) && !this.isTouchingSign(i)) {
      n = readNumber(v, i, s.to);
    }
    if (!n) {
      const f = this.nonNumberFigure(i, s);
      return f ? this.withRange({ found: f, next: f.next }, s, false) : { found: null, next: i + 1 };
    }
    if (negate) {
      n.value = -n.value;
      n.first = i;
      n.start = v.start(i);
    }
    const ctx: NumberContext = { v, n, from: s.from, to: s.to, isMeasure: this.isMeasure };
    if (firstFailing(NUMBER_RULES, ctx)) return { found: null, next: n.next };
    const found = this.withMargin(this.withRate(this.withSmallerUnit(this.figureAfterNumber(n, s, null), s), s), s);
    if (!found) return { found: null, next: n.next };
    ctx.kind = found.kind;
    ctx.counted = found.measured;
    if (firstFailing(FIGURE_RULES, ctx)) return { found: null, next: found.next };
    return this.withRange({ found, next: found.next }, s, allowRange);
  }

  /** A sign token touching the word before it is a hyphen, not a minus: "3,000-4,000". */
  private isTouchingSign(i: number): boolean {
    const v = this.v;
    const c = v.firstCode(i);
    return (c === 45 || c === 0x2212 || c === 43) && v.end(i) - v.start(i) === 1 && i > 0 && v.gap(i) === 0;
  }

  private moneyPrefixAt(i: number, s: Sentence): { prefix: CurrencyValue; numberAt: number } | null {
    const v = this.v;
    const k = v.kind(i);
    if (k === KIND.number || k === KIND.ordinal) return null;
    // A sign or code is a prefix only right before a number (within the 3 tokens "US $" and the like
    // take): checking that first spares the matcher at almost every token.
    if (!numberWithin(v, i + 1, Math.min(s.to, i + 4))) return null;
    const m = this.lex.moneyPrefix.match(v.text, v.start(i)) ?? this.codeTouchingNumber(i, s);
    if (!m) return null;
    const last = v.tokenEndingAt(i, m.end);
    const at = last + 1;
    if (last === -1 || at >= s.to || v.start(at) - m.end > 1 || !canStartNumber(v, at)) return null;
    return { prefix: m.values[0], numberAt: at };
  }

  /**
   * "R18.6 million", "R50,000", "Rs40 crore": a letter sign written against its number in one word
   * (data/currencies.json `gluedSigns`), money only with a scale word after the number or a separator in it.
   */
  private gluedMoneyAt(i: number, s: Sentence): Found | null {
    const v = this.v;
    if (v.kind(i) !== KIND.word) return null;
    const glued = this.gluedSignAt(i);
    if (!glued || (i > 0 && v.gap(i) === 0 && /[\p{L}\p{N}]$/u.test(v.raw(i - 1)))) return null;
    const { prefix, length } = glued;
    const n = readDigitsFrom(v, i, v.start(i) + length, s.to);
    if (!n || n.value <= 0) return null;
    const digits = v.text.slice(n.start, n.end);
    if (n.scale === 1 && !/[,.]\d/.test(digits)) return null;
    return this.withRate(this.money(i, n.next, v.start(i), n.end, n, prefix.code, prefix.factor), s);
  }

  /** The letter sign a word starts with when a digit follows it in the same word ("R" of "R50"), read without slicing the word. */
  private gluedSignAt(i: number): { prefix: CurrencyValue; length: number } | null {
    const text = this.v.text;
    const start = this.v.start(i);
    const end = this.v.end(i);
    let k = start;
    while (k < end && k - start < 3 && isAsciiLetter(text.charCodeAt(k))) k++;
    if (k === start || k >= end) return null;
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return null;
    const prefix = this.lex.gluedSigns.get(text.slice(start, k));
    return prefix ? { prefix, length: k - start } : null;
  }

  /** "USD115 million", "EUR2.5bn": an ISO 4217 code written against its number (the matcher never ends a form inside a word). */
  private codeTouchingNumber(i: number, s: Sentence): { values: CurrencyValue[]; end: number } | null {
    const v = this.v;
    const raw = v.raw(i);
    if (raw.length !== 3 || i + 1 >= s.to || v.gap(i + 1) !== 0 || v.kind(i + 1) !== KIND.number || !/^[A-Z]{3}$/.test(raw)) return null;
    const m = this.lex.moneyPrefix.match(raw, 0);
    return m && m.end === 3 ? { values: m.values, end: v.end(i) } : null;
  }

  private moneyAfterPrefix(i: number, prefix: CurrencyValue, at: number, s: Sentence): Step {
    const v = this.v;
    const n = readNumber(v, at, s.to);
    if (!n || n.words && n.vague) return { found: null, next: at };
    const ctx: NumberContext = { v, n, from: s.from, to: s.to, isMeasure: this.isMeasure };
    if (firstFailing(PREFIXED_NUMBER_RULES, ctx)) return { found: null, next: n.next };
    this.applyContextScale(n, s, true);
    let next = n.next;
    let end = n.end;
    // "$ 10 dollars", "US$ 5 USD": the currency said twice; not a sign that opens the next amount ("$ 20,000.00 $ 37,305.97").
    const again = this.suffixAt(n.end, n.next, s);
    const opensNext = again !== null && again.next < s.to && v.start(again.next) - again.end <= 1 && canStartNumber(v, again.next);
    if (again && !opensNext && again.values.some((x) => x.type === 'currency')) {
      next = again.next;
      end = again.end;
    }
    const found = this.withRate(this.money(i, next, v.start(i), end, n, prefix.code, prefix.factor), s)!;
    return { found, next: found.next };
  }

  /**
   * "3.2 ± 0.4 °C", "9.83e-3 +/- 1e-5 km/s2", "48% plus or minus 3": a value with its margin is one figure whose
   * `value` is the stated value and `low`/`high` its bounds; a bare first number takes the margin's unit.
   */
  private withMargin(f: Found | null, s: Sentence): Found | null {
    const v = this.v;
    if (!f || f.low !== null || (f.measured && f.kind === 'COUNT') || f.kind === 'ORDINAL' || f.kind === 'DURATION') return f;
    const j = f.next;
    let at = -1;
    if (j < s.to && v.raw(j) === '±') at = j + 1;
    else if (j + 2 < s.to && v.raw(j) === '+' && v.raw(j + 1) === '/' && v.raw(j + 2) === '-' && v.touchesNext(j) && v.touchesNext(j + 1)) at = j + 3;
    else if (j + 2 < s.to && isPlusOrMinus(v, j, s.from)) at = j + 3;
    if (at === -1 || at >= s.to || !canStartNumber(v, at)) return f;
    const m = f.measured ? null : this.figureAt(at, s, false).found;
    if (f.measured) {
      const n = readNumber(v, at, s.to);
      if (!n || n.vague || n.value < 0) return f;
      // "48% +/- 3" or "48% +/- 3%": the margin is in the value's unit.
      const again = this.suffixAt(n.end, n.next, s);
      const same = again?.values.some((x) => (x.type === 'percent' && f.kind === 'PERCENT') || (x.type === 'unit' && x.def === f.def));
      const margin = n.value * f.factor * (f.kind === 'MONEY' ? f.scale : 1);
      return this.margined(f, margin, same && again ? again.next : n.next, same && again ? again.end : n.end);
    }
    if (!m || !m.measured || m.low !== null || m.value < 0 || m.kind === 'COUNT' || m.kind === 'ORDINAL' || m.kind === 'DURATION') return f;
    const value = cleanNumber(f.value * m.factor);
    const joined: Found = { ...f, kind: m.kind, unit: m.unit, def: m.def, siUnit: m.siUnit, factor: m.factor, measured: true, value };
    return this.margined(joined, m.value, m.next, m.end);
  }

  private margined(f: Found, margin: number, next: number, end: number): Found {
    const low = cleanNumber(f.value - margin);
    const high = cleanNumber(f.value + margin);
    const si = (x: number) => (f.def && f.def.si !== null ? cleanNumber(x * f.def.si + f.def.offset) : null);
    return { ...f, next, end, low, high, siValue: si(f.value) };
  }

  /** "6ft 2in", "5 feet and 2 inches", "7lb 3oz": one measure in the larger unit (see MIXED_UNIT_PAIRS). */
  private withSmallerUnit(f: Found | null, s: Sentence): Found | null {
    const v = this.v;
    const smaller = f?.def ? MIXED_UNIT_PAIRS.get(f.def.unit) : undefined;
    if (!f || f.kind !== 'QUANTITY' || !f.def || f.def.si === null || !smaller || f.low !== null) return f;
    let j = f.next;
    if (j < s.to && v.lower(j) === 'and') j++;
    if (j >= s.to || v.kind(j) !== KIND.number && !canStartNumber(v, j)) return f;
    const n = readNumber(v, j, s.to);
    if (!n || n.scale !== 1 || n.vague || n.fraction || n.low !== undefined || n.value < 0) return f;
    let def: UnitDef | null = null;
    let next = n.next;
    let end = n.end;
    // After feet, "in" is inches whatever follows: "5 ft 2 in more or less".
    if (f.def.unit === 'ft' && n.next < s.to && /^in\.?$/.test(v.raw(n.next)) && v.start(n.next) - n.end <= 1) {
      def = this.lex.units.get('in') ?? null;
      next = n.next + 1;
      end = v.start(n.next) + 2;
    } else {
      const suffix = this.suffixAt(n.end, n.next, s);
      const x = suffix?.values.find((u) => u.type === 'unit' && smaller.has(u.def.unit));
      if (suffix && x && x.type === 'unit') {
        def = x.def;
        next = suffix.next;
        end = suffix.end;
      }
    }
    if (!def || def.si === null || def.si >= f.def.si) return f;
    const value = cleanNumber(f.value + (n.value * def.si) / f.def.si);
    return { ...f, value, next, end, siValue: cleanNumber(value * f.def.si + f.def.offset) };
  }

  /** "$15.4/hour", "50 km/ms", "four times per week": the figure as a rate (see per-unit.ts). */
  private withRate(f: Found | null, s: Sentence): Found | null {
    if (!f) return f;
    const rate = rateAfter(this.v, this.lex, f, s.to);
    if (!rate) return f;
    const def: UnitDef | null = f.def && rate.si !== null ? { ...f.def, unit: rate.unit, kind: 'rate', si: rate.si, offset: 0, siUnit: rate.siUnit } : null;
    return { ...f, next: rate.next, end: rate.end, unit: rate.unit, def, siValue: rate.si === null ? null : cleanNumber(f.value * rate.si), siUnit: rate.siUnit };
  }

  private money(first: number, next: number, start: number, end: number, n: NumberRead, code: string | null, factor: number): Found {
    const scaled = (x: number | undefined) => (x === undefined ? null : cleanNumber(x * factor));
    return {
      first, next, start, end, kind: 'MONEY', value: cleanNumber(n.value * factor), unit: code, siValue: null, siUnit: null, qualifier: null,
      low: scaled(n.low), high: scaled(n.high), measured: true, scale: n.scale, factor, def: null,
    };
  }

  /** "€300m", "1.5m tonnes", "3m people", "£50k", "$1b": a scale letter that depends on what follows. */
  private applyContextScale(n: NumberRead, s: Sentence, isMoney: boolean): void {
    const v = this.v;
    const j = n.next;
    if (j >= s.to || v.start(j) !== n.end || n.scale !== 1) return;
    // "$2.174T." ends a sentence: the tokenizer keeps the full stop on the letter.
    const raw = v.raw(j).replace(/(?<=^\p{L})\.$/u, '');
    const form = CONTEXT_SCALES.get(raw) ?? CONTEXT_SCALES.get(raw.toLowerCase());
    if (!form || (form.exact && form.form !== raw)) return;
    let applies = isMoney;
    if (!applies) {
      const after = this.suffixAt(v.end(j), j + 1, s);
      if (form.when === 'money') applies = !!after?.values.some((x) => x.type === 'currency');
      else {
        const race = form.form.toLowerCase() === 'm' && j + 1 < s.to && METRE_RACE_NOUNS.has(v.lower(j + 1));
        applies = !!after?.values.some((x) => x.type === 'currency' || (x.type === 'unit' && x.def.kind !== 'time')) || (!race && countedNounAfter(v, j + 1, s.to, 2) !== null);
      }
    }
    if (!applies) return;
    n.value = cleanNumber(n.value * form.factor);
    if (n.low !== undefined) n.low = cleanNumber(n.low * form.factor);
    if (n.high !== undefined) n.high = cleanNumber(n.high * form.factor);
    n.scale = form.factor;
    n.next = j + 1;
    n.end = v.start(j) + raw.length;
  }

  /** A unit, currency or percent form after offset `end` (token `j` is the next token): touching, after a space, a hyphen or an opening bracket. */
  private suffixAt(end: number, j: number, s: Sentence): Suffix | null {
    const v = this.v;
    if (j >= s.to) return null;
    const gap = v.start(j) - end;
    if (gap > 1 || (gap === 1 && !/\s/.test(v.text[end]))) return null;
    const direct = this.suffixFrom(j, s, gap === 0);
    if (direct) return direct;
    const raw = v.raw(j);
    if (raw === '-' && gap === 0 && v.touchesNext(j)) return this.suffixFrom(j + 1, s, true);
    if (OPENING_BRACKETS.has(raw) && v.touchesNext(j)) {
      const inner = this.suffixFrom(j + 1, s, true);
      if (inner && inner.next < s.to && v.raw(inner.next) === CLOSING[raw] && v.start(inner.next) === inner.end) {
        return { ...inner, end: v.end(inner.next), next: inner.next + 1 };
      }
    }
    return null;
  }

  private suffixFrom(j: number, s: Sentence, touching: boolean): Suffix | null {
    const v = this.v;
    const m = this.lex.suffix.match(v.text, v.start(j));
    if (!m) return null;
    const last = this.tokenEndingNear(j, m.end);
    if (last === -1 || last >= s.to) return null;
    return { values: m.values, end: m.end, next: last + 1, touching };
  }

  /** The token ending at `offset`, or the one ending just after it with a full stop ("3 hrs.", "2 in.", "$2.174T." as the tokenizer keeps them). */
  private tokenEndingNear(j: number, offset: number): number {
    const v = this.v;
    const last = v.tokenEndingAt(j, offset);
    if (last !== -1) return last;
    const withPoint = v.tokenEndingAt(j, offset + 1);
    return withPoint !== -1 && v.text[offset] === '.' ? withPoint : -1;
  }

  /** What a number is, from what follows it: a percent, money, a measure, a duration, a count. */
  private figureAfterNumber(n: NumberRead, s: Sentence, ageWord: number | null): Found | null {
    const v = this.v;
    this.applyContextScale(n, s, false);
    // "thousands of experts": at least 2,000.
    const qualifier = n.vague ? ('at_least' as const) : null;
    // Each figure is written out field by field: spreading a common part and adding fields it lacks is
    // V8's slow path (microseconds an object, on every number of every article).
    const figure = (next: number, end: number, kind: 'PERCENT' | 'COUNT', unit: string | null, measured: boolean): Found => ({
      first: n.first, start: n.start, qualifier, scale: n.scale, factor: 1,
      next, end, kind, value: n.value, unit, siValue: null, siUnit: null, low: n.low ?? null, high: n.high ?? null, measured, def: null,
    });
    const suffix = this.suffixAt(n.end, n.next, s);
    if (suffix) {
      const choice = this.chooseSuffix(suffix, n, s);
      if (choice) {
        const { value: x } = choice;
        if (x.type === 'percent') {
          return figure(suffix.next, suffix.end, 'PERCENT', x.unit, true);
        }
        if (x.type === 'currency') return this.withMinorUnits(this.money(n.first, suffix.next, n.start, suffix.end, n, x.code, x.factor), s);
        if (x.type === 'unit') return this.measure(n, x.def, suffix.next, suffix.end, s);
      }
    }
    // "2 1/2 in thick": the symbol "in" is read only where a preposition cannot be.
    if (n.next < s.to && v.start(n.next) - n.end <= 1 && isInchAt(v, n.next, s.to)) {
      const inch = this.lex.units.get('in');
      if (inch) return this.measure(n, inch, n.next + 1, v.start(n.next) + 2, s);
    }
    if (ageWord !== null) {
      const year = this.lex.units.get('year')!;
      const f = this.measure(n, year, n.next, n.end, s);
      if (f) {
        f.first = ageWord;
        f.start = v.start(ageWord);
      }
      return f;
    }
    // "1/4" alone may be a date or a score; a fraction in words ("two thirds") or one before "of" is a share.
    if (n.fraction && !n.words && !(n.next < s.to && v.lower(n.next) === 'of')) return null;
    // "millions of dollars": a vague amount of money.
    if (n.vague && n.next + 1 < s.to && v.lower(n.next) === 'of') {
      const money = this.suffixAt(v.end(n.next), n.next + 1, s);
      const currency = money?.values.find((x) => x.type === 'currency');
      if (money && currency && currency.type === 'currency') {
        const f = this.money(n.first, money.next, n.start, money.end, n, currency.code, currency.factor);
        f.qualifier = 'at_least';
        return f;
      }
    }
    // "Kate, 35, attended": an age in apposition to a name.
    if (isAgeApposition(v, n, s.from, s.to)) {
      const year = this.lex.units.get('year')!;
      return this.measure(n, year, n.next, n.end, s);
    }
    const counted = countedNounAfter(v, n.next, s.to, n.value);
    if (counted) {
      return figure(counted.next, v.end(counted.next - 1), 'COUNT', counted.lemma, true);
    }
    return figure(n.next, n.end, 'COUNT', null, n.vague);
  }

  /** "3 dollars 50 cents", "thirteen dollars and forty-five cents": one sum of money. */
  private withMinorUnits(f: Found, s: Sentence): Found {
    const v = this.v;
    if (f.factor !== 1 || f.unit === null) return f;
    let j = f.next;
    if (j < s.to && v.lower(j) === 'and') j++;
    if (j >= s.to || !canStartNumber(v, j)) return f;
    const n = readNumber(v, j, s.to);
    if (!n || n.scale !== 1 || n.vague) return f;
    const suffix = this.suffixAt(n.end, n.next, s);
    const minor = suffix?.values.find((x) => x.type === 'currency' && x.code === f.unit && x.factor < 1);
    if (!suffix || !minor || minor.type !== 'currency') return f;
    return { ...f, value: cleanNumber(f.value + n.value * minor.factor), next: suffix.next, end: suffix.end };
  }

  private chooseSuffix(suffix: Suffix, n: NumberRead, s: Sentence): { value: SuffixValue } | null {
    let unit: SuffixValue | null = null;
    let currency: SuffixValue | null = null;
    for (const x of suffix.values) {
      if (x.type === 'percent') return { value: x };
      if (x.type === 'currency') {
        if (x.adjacentOnly && !suffix.touching) continue;
        if (x.needsScale && n.scale < 1e6) continue;
        currency ??= x;
      } else {
        if (x.adjacentOnly && !suffix.touching) continue;
        if (x.def.digitsOnly && n.words) continue;
        unit ??= x;
      }
    }
    if (unit && currency) {
      // "361 million pounds" is money, "he lost 25 pounds" a weight.
      return { value: poundsAreMoney(this.v, n.scale, suffix.next, s.to) ? currency : unit };
    }
    const value = currency ?? unit;
    return value ? { value } : null;
  }

  private measure(n: NumberRead, def: UnitDef, next: number, end: number, s: Sentence): Found | null {
    const v = this.v;
    const isTime = def.kind === 'time';
    // "two weeks ago" is a date: the dates stage reads it.
    if (isTime && next < s.to && v.lower(next) === 'ago') return null;
    let last = next;
    let stop = end;
    if (isTime) {
      // "a 39-year-old businessman", "five years old", "three years of age": an age.
      if (last + 1 < s.to && v.raw(last) === '-' && v.lower(last + 1) === 'old' && v.start(last) === stop && v.touchesNext(last)) {
        stop = v.end(last + 1);
        last += 2;
      } else if (last < s.to && v.lower(last) === 'old') {
        stop = v.end(last);
        last += 1;
      } else if (last + 1 < s.to && v.lower(last) === 'of' && v.lower(last + 1) === 'age') {
        stop = v.end(last + 1);
        last += 2;
      }
    }
    const si = (x: number) => (def.si === null ? null : cleanNumber(x * def.si + def.offset));
    return {
      first: n.first, next: last, start: n.start, end: stop, kind: isTime ? 'DURATION' : 'QUANTITY', value: n.value, unit: def.unit,
      siValue: si(n.value), siUnit: def.siUnit, qualifier: null, low: n.low ?? null, high: n.high ?? null, measured: true, scale: n.scale, factor: 1, def,
    };
  }

  /** Figures that start with a word and no number: "a gallon", "aged 39", "per cent of twenty-two", an ordinal. */
  private nonNumberFigure(i: number, s: Sentence): Found | null {
    const v = this.v;
    const w = v.lower(i);
    if ((w === 'a' || w === 'an') && i + 1 < s.to) return this.oneUnit(i, s);
    if (AGE_WORDS.has(w)) {
      // "aged 48", "at the age of 48"
      const at = i + 1 < s.to && v.lower(i + 1) === 'of' ? i + 2 : i + 1;
      if (at >= s.to || !canStartNumber(v, at)) return null;
      const n = readNumber(v, at, s.to);
      if (n && !this.suffixAt(n.end, n.next, s)) return this.figureAfterNumber(n, s, i);
      return null;
    }
    if (w === 'per' || w === 'percent' || w === 'percents' || w === 'percentage' || w === '%') return this.percentOf(i, s);
    const o = ordinalAt(v, i, s.from, s.to);
    if (o) {
      return {
        first: o.first, next: o.next, start: v.start(o.first), end: v.end(o.next - 1), kind: 'ORDINAL', value: o.value, unit: o.rank ? 'rank' : null,
        siValue: null, siUnit: null, qualifier: null, low: null, high: null, measured: o.rank, scale: 1, factor: 1, def: null,
      };
    }
    return null;
  }

  /** "a gallon of beer", "a mile away", "a penny": one of a unit, unless "a" means "per" after a figure ("$60 a barrel"). */
  private oneUnit(i: number, s: Sentence): Found | null {
    const v = this.v;
    if (i - 1 >= s.from && (v.kind(i - 1) === KIND.number || v.lower(i - 1) === 'per' || this.endsFigure(i - 1))) return null;
    const suffix = this.suffixFrom(i + 1, s, false);
    if (!suffix) return null;
    const one: NumberRead = { value: 1, first: i, next: i + 1, start: v.start(i), end: v.end(i), words: true, plainDigits: null, fraction: false, vague: false, scale: 1 };
    for (const x of suffix.values) {
      if (x.type === 'unit' && x.form === 'name' && unitCountsAsOne(x.def) && !/s$/i.test(v.raw(suffix.next - 1))) return this.measure(one, x.def, suffix.next, suffix.end, s);
      if (x.type === 'currency' && x.code !== null && ONE_OF_CURRENCY_WORDS.has(v.lower(i + 1))) return this.money(i, suffix.next, one.start, suffix.end, one, x.code, x.factor);
    }
    return null;
  }

  /** Token k ends a figure ("$60 a barrel": "60"; "30 miles an hour": "miles"). */
  private endsFigure(k: number): boolean {
    const v = this.v;
    for (let j = k; j >= 0 && j > k - 3; j--) {
      if (v.kind(j) !== KIND.number) continue;
      if (j === k) return true;
      const m = this.lex.suffix.match(v.text, v.start(j + 1));
      return m !== null && m.end === v.end(k);
    }
    return false;
  }

  /** "per cent of twenty-two", "percent of 10": a share written before its number. */
  private percentOf(i: number, s: Sentence): Found | null {
    const v = this.v;
    if (!ofWithin(v, i + 1, Math.min(s.to, i + 5))) return null;
    const m = this.lex.suffix.match(v.text, v.start(i));
    if (!m || !m.values.some((x) => x.type === 'percent')) return null;
    const last = v.tokenEndingAt(i, m.end);
    if (last === -1 || last + 2 >= s.to || v.lower(last + 1) !== 'of') return null;
    if (i - 1 >= s.from && (v.kind(i - 1) === KIND.number || canStartNumber(v, i - 1))) return null;
    const n = readNumber(v, last + 2, s.to);
    if (!n || n.vague || n.next < s.to && (v.isNoun(n.next) || this.isMeasure(n.next))) return null;
    if (firstFailing(NUMBER_RULES, { v, n, from: s.from, to: s.to, isMeasure: this.isMeasure })) return null;
    const unit = m.values.find((x) => x.type === 'percent')!;
    return {
      first: i, next: n.next, start: v.start(i), end: n.end, kind: 'PERCENT', value: n.value, unit: unit.type === 'percent' ? unit.unit : '%',
      siValue: null, siUnit: null, qualifier: null, low: null, high: null, measured: true, scale: n.scale, factor: 1, def: null,
    };
  }

  /** Joins "3 to 5 years" into one range and lends "45 and 50 mg" its unit; adds the qualifier before the figure. */
  private withRange(step: Step, s: Sentence, allowRange: boolean): Step {
    const f = step.found;
    if (!f) return step;
    if (allowRange && f.kind !== 'ORDINAL') {
      for (const { connector, next } of connectorAt(this.v, f.next, s.to)) {
        const second = this.figureAt(next, s, false).found;
        if (!second || second.kind === 'ORDINAL' || second.low !== null) continue;
        this.borrowUnit(f, second);
        if (f.kind !== second.kind || f.unit !== second.unit) continue;
        if (connector.listOnly) break;
        if (connector.needsBetween && !isAfterBetween(this.v, f.first, s.from)) continue;
        if (isChangeFromTo(this.v, f.first, s.from)) break;
        if (connector.ordered && !(f.value < second.value) && !(f.value < 0 && second.value < 0)) break;
        const low = Math.min(f.value, second.value);
        const high = Math.max(f.value, second.value);
        Object.assign(f, {
          next: second.next, end: second.end, value: low, low, high,
          siValue: f.def && f.def.si !== null ? cleanNumber(low * f.def.si + f.def.offset) : f.siValue,
        });
        if (f.siValue !== null && f.def === null) f.siValue = null;
        break;
      }
    }
    const isDuration = f.kind === 'DURATION';
    const startsWithNumber = canStartNumber(this.v, f.first);
    f.qualifier = qualifierBefore(this.v, f.first, s.from, isDuration, startsWithNumber) ?? f.qualifier;
    return { found: f, next: f.next };
  }

  /** "3 to 5 years", "2 to 3 million people", "$2 to $3 million": the first number takes the second's unit and scale. */
  private borrowUnit(first: Found, second: Found): void {
    if (first.measured && !(first.kind === second.kind && first.unit === second.unit)) return;
    if (first.measured && first.scale >= second.scale) return;
    const mantissa = first.value / first.scale / first.factor;
    const scale = first.scale === 1 && second.scale > 1 && mantissa <= second.value / second.scale / second.factor ? second.scale : first.scale;
    const value = cleanNumber(mantissa * scale * second.factor);
    first.factor = second.factor;
    first.kind = second.kind;
    first.unit = second.unit;
    first.def = second.def;
    first.siUnit = second.siUnit;
    first.value = value;
    first.scale = scale;
    first.siValue = second.def && second.def.si !== null ? cleanNumber(value * second.def.si + second.def.offset) : null;
    first.measured = true;
  }
}

/** "plus or minus" starting at token k: a margin ("a margin of error of plus or minus 3 points"). */
function isPlusOrMinus(v: TokenView, k: number, from: number): boolean {
  return k >= from && v.lower(k) === 'plus' && v.lower(k + 1) === 'or' && v.lower(k + 2) === 'minus';
}

function numberWithin(v: TokenView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (canStartNumber(v, j)) return true;
  return false;
}

function ofWithin(v: TokenView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (v.lower(j) === 'of') return true;
  return false;
}
