import type { FigureLexicon, UnitDef } from './lexicon.js';
import type { TokenView } from './token-view.js';

/**
 * Rates: a figure followed by "/" or "per" and a unit is an amount per that unit ("$15.4/hour",
 * "$350 per kg", "50 centimetres per millisecond", "-1e-3 W/min", "20 J/m^2 per year", "four times per
 * week"). The figure keeps its value; its unit becomes the compound symbol ("USD/h", "USD/kg", "cm/ms",
 * "W/min", "J/m²/year", "time/week") and a quantity's SI value is divided by the denominator's factor.
 * "a"/"an" means per only after "times" ("three times a week"): after other figures it is too often
 * an article ("5 grams a day" is kept as grams, as the fixtures and most style guides write it).
 */

/** Kinds a rate can be "per": a time ("/hour"), a length ("/km"), an area ("/m²"), a volume ("/barrel"), a mass ("/kg"). */
const DENOMINATOR_KINDS: ReadonlySet<string> = new Set(['time', 'length', 'area', 'volume', 'mass']);

/**
 * Time symbols read only right after "/", where they cannot be a letter of a name or a plural "s":
 * "km/s", "W/min", "$15/h", "50 km/ms". Symbols from the SI Brochure (9th ed.), tables 2 and 8.
 */
const SLASH_TIME_SYMBOLS: Readonly<Record<string, string>> = { s: 'second', ms: 'millisecond', h: 'hour', d: 'day', min: 'minute' };

/** The symbol a time unit takes inside a compound unit (SI Brochure tables 2 and 8); other units keep their symbol. */
const TIME_SYMBOL: Readonly<Record<string, string>> = { second: 's', millisecond: 'ms', minute: 'min', hour: 'h', day: 'd' };

/** Counted nouns that "per" or "a" turns into a frequency: "four times per week", "twice ... three times a day". */
const FREQUENCY_NOUNS: ReadonlySet<string> = new Set(['time']);

export interface Rate {
  /** Token after the rate. */
  next: number;
  end: number;
  unit: string;
  /** SI factor of one of the compound unit, or null when the numerator has none (money, counts). */
  si: number | null;
  siUnit: string | null;
}

export interface RateBase {
  kind: string;
  unit: string | null;
  def: UnitDef | null;
  next: number;
  end: number;
}

const symbolOf = (def: UnitDef) => TIME_SYMBOL[def.unit] ?? def.unit;

/** The rate a figure continues into, or null: "per"/"/" then a unit, up to twice ("J/m^2 per year"). */
export function rateAfter(v: TokenView, lex: FigureLexicon, f: RateBase, to: number): Rate | null {
  let unit: string;
  let si: number | null;
  let siUnit: string | null;
  if (f.kind === 'QUANTITY' && f.def && f.def.si !== null && f.def.kind !== 'temperature' && f.unit) {
    unit = f.unit;
    si = f.def.si;
    siUnit = f.def.siUnit;
  } else if (f.kind === 'MONEY' && f.unit) {
    unit = f.unit;
    si = null;
    siUnit = null;
  } else if (f.kind === 'COUNT' && f.unit && FREQUENCY_NOUNS.has(f.unit)) {
    unit = f.unit;
    si = null;
    siUnit = null;
  } else return null;
  let rate: Rate | null = null;
  let j = f.next;
  for (let round = 0; round < 2 && j + 1 < to; round++) {
    const sep = v.raw(j);
    const slash = sep === '/' && v.start(j) === (rate?.end ?? f.end) && v.touchesNext(j);
    const article = (sep === 'a' || sep === 'an') && f.kind === 'COUNT';
    if (!slash && v.lower(j) !== 'per' && !article) break;
    const den = denominatorAt(v, lex, j + 1, to, slash);
    if (!den) break;
    unit = `${unit}/${den.symbol}`;
    si = si === null ? null : si / den.si;
    siUnit = siUnit === null || den.siUnit === null ? null : `${siUnit}/${den.siUnit}`;
    rate = { next: den.next, end: den.end, unit, si, siUnit };
    j = den.next;
  }
  return rate;
}

interface Denominator {
  symbol: string;
  si: number;
  siUnit: string | null;
  next: number;
  end: number;
}

function denominatorAt(v: TokenView, lex: FigureLexicon, j: number, to: number, slash: boolean): Denominator | null {
  const m = lex.suffix.match(v.text, v.start(j));
  if (m) {
    const last = v.tokenEndingAt(j, m.end);
    for (const x of m.values) {
      if (x.type !== 'unit' || x.def.si === null || !DENOMINATOR_KINDS.has(x.def.kind) || last === -1 || last >= to) continue;
      return { symbol: symbolOf(x.def), si: x.def.si, siUnit: x.def.siUnit, next: last + 1, end: m.end };
    }
  }
  if (!slash) return null;
  // "km/s", "W/min", "km/s2" (per second squared: an acceleration). The tokenizer keeps a sentence's full stop on its last word: "at 2.4 km/s."
  const t = /^([a-z]+)([2²]?)\.?$/.exec(v.raw(j));
  const time = t ? SLASH_TIME_SYMBOLS[t[1]] : undefined;
  const def = time ? lex.units.get(time) : undefined;
  if (!t || !def || def.si === null) return null;
  const squared = t[2] !== '';
  return {
    symbol: squared ? `${symbolOf(def)}²` : symbolOf(def),
    si: squared ? def.si * def.si : def.si,
    siUnit: def.siUnit === null ? null : squared ? `${def.siUnit}²` : def.siUnit,
    next: j + 1,
    end: v.start(j) + t[1].length + t[2].length,
  };
}
