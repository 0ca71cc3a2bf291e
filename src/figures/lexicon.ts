import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PERCENT_FORMS, type PercentUnit } from './percent-forms.js';
import { SurfaceMatcher, type SurfaceForm } from './surface-matcher.js';
import { DATA_DIR } from '../lexicon/data-dir.js';

const require = createRequire(import.meta.url);
/** The package folder: this file sits in src/figures/ or dist/figures/. */

/** SI unit of each kind of quantity, when the unit's entry does not name its own. */
const SI_UNIT_OF_KIND: Readonly<Record<string, string | null>> = {
  length: 'm', area: 'm²', volume: 'm³', mass: 'kg', speed: 'm/s', temperature: 'K', energy: 'J', power: 'W', pressure: 'Pa',
  frequency: 'Hz', voltage: 'V', data: 'B', 'data rate': 'B/s', radioactivity: 'Bq', time: 's', degree: null, concentration: null,
};

export interface UnitDef {
  /** The symbol a figure reports: "km", "°C", "km²"; for time units the singular name: "year". */
  unit: string;
  kind: string;
  /** Factor to the SI unit; null when the unit has no SI value ("°" may be an angle or a temperature). */
  si: number | null;
  offset: number;
  siUnit: string | null;
  /** The entry's name in the singular, for rules that name units ("inch", "pound"). */
  name: string;
  /** Read only after digits: "a 16-bit chip", but "not one bit". */
  digitsOnly: boolean;
}

export type SuffixValue =
  | { type: 'unit'; def: UnitDef; form: 'symbol' | 'name'; adjacentOnly: boolean }
  | { type: 'currency'; code: string | null; factor: number; needsScale: boolean; adjacentOnly: boolean }
  | { type: 'percent'; unit: PercentUnit };

export interface CurrencyValue {
  code: string | null;
  factor: number;
}

export interface FigureLexicon {
  /** What can follow a number: units, currencies and percent forms. */
  suffix: SurfaceMatcher<SuffixValue>;
  /** What can come before a number and make it money: signs and codes. */
  moneyPrefix: SurfaceMatcher<CurrencyValue>;
  /** Letter signs that may be written against their number in one word ("R50,000", "Rs40 crore"), by their exact form. */
  gluedSigns: ReadonlyMap<string, CurrencyValue>;
  /** Unit definitions by their reported symbol. */
  units: ReadonlyMap<string, UnitDef>;
}

interface UnitEntry {
  unit: string;
  kind: string;
  si: number | null;
  offset?: number;
  siUnit?: string;
  symbols: string[];
  adjacentSymbols?: string[];
  names: string[];
  plurals?: string[];
  noPlural?: boolean;
  powers?: boolean;
  digitsOnly?: boolean;
}

interface CurrencyFile {
  signs: { form: string; code: string; factor?: number }[];
  names: { name: string; plural?: string; code: string | null; needsScale?: boolean }[];
  minorUnits: { name: string; plural?: string; code: string; factor: number; adjacent?: boolean }[];
  withdrawn: { code: string; names: string[]; plurals?: string[] }[];
  codesThatAreWords: { codes: string[] };
  codeScalePrefixes?: { prefix: string; factor: number; except?: string[] }[];
  gluedSigns?: { signs: { form: string; code: string; factor?: number }[] };
}

export interface WorldCountry {
  cca2: string;
  currencies?: Record<string, { name: string; symbol: string }>;
}

let sources: { currencies: CurrencyFile; world: WorldCountry[] } | null = null;

/** data/currencies.json and world-countries' currencies, read once per process (the lexicon and currency-of-country.ts read them). */
export function currencySources(): { currencies: CurrencyFile; world: WorldCountry[] } {
  sources ??= {
    currencies: JSON.parse(readFileSync(path.join(DATA_DIR, 'currencies.json'), 'utf8')) as CurrencyFile,
    world: require('world-countries/countries.json') as WorldCountry[],
  };
  return sources;
}

let cached: FigureLexicon | null = null;

/** Loads the unit and currency lexicons once per process. */
export function figureLexicon(): FigureLexicon {
  if (!cached) {
    const { currencies, world } = currencySources();
    cached = buildLexicon(JSON.parse(readFileSync(path.join(DATA_DIR, 'units.json'), 'utf8')).units as UnitEntry[], currencies, world);
  }
  return cached;
}

function pluralsOf(e: { names: string[]; plurals?: string[]; noPlural?: boolean }): string[] {
  if (e.noPlural) return e.names;
  return [...e.names, ...(e.plurals ?? e.names.map((n) => `${n}s`))];
}

function buildLexicon(unitEntries: UnitEntry[], currencies: CurrencyFile, world: WorldCountry[]): FigureLexicon {
  const suffix: SurfaceForm<SuffixValue>[] = [];
  const units = new Map<string, UnitDef>();
  const addUnit = (def: UnitDef, symbols: string[], names: string[], adjacentSymbols: string[] = []) => {
    units.set(def.unit, def);
    for (const s of symbols) suffix.push({ form: s, exact: true, value: { type: 'unit', def, form: 'symbol', adjacentOnly: false } });
    for (const s of adjacentSymbols) suffix.push({ form: s, exact: true, value: { type: 'unit', def, form: 'symbol', adjacentOnly: true } });
    for (const n of names) suffix.push({ form: n, exact: false, value: { type: 'unit', def, form: 'name', adjacentOnly: false } });
  };
  for (const e of unitEntries) {
    const siUnit = e.siUnit ?? SI_UNIT_OF_KIND[e.kind] ?? null;
    const def: UnitDef = { unit: e.unit, kind: e.kind, si: e.si, offset: e.offset ?? 0, siUnit: e.si === null ? null : siUnit, name: e.names[0] ?? e.unit, digitsOnly: e.digitsOnly ?? false };
    addUnit(def, e.symbols, pluralsOf(e), e.adjacentSymbols);
    if (e.powers && e.si !== null) {
      // Areas and volumes of a length unit: "square kilometres", "sq km", "km2", "km²", "km^2"; "cubic feet", "m³".
      const names = pluralsOf(e);
      const symbols = [...e.symbols, ...(e.unit === 'in' ? ['in'] : [])];
      for (const [power, word, short, sup, kind] of [
        [2, 'square', 'sq', '²', 'area'],
        [3, 'cubic', 'cu', '³', 'volume'],
      ] as const) {
        const powered: UnitDef = { unit: `${e.unit}${sup}`, kind, si: e.si ** power, offset: 0, siUnit: SI_UNIT_OF_KIND[kind] ?? null, name: `${word} ${def.name}`, digitsOnly: false };
        const after = power === 2 ? 'squared' : 'cubed';
        addUnit(
          powered,
          symbols.flatMap((s) => [`${s}${sup}`, `${s}${power}`, `${s}^${power}`, `${short} ${s}`, `${short}. ${s}`]),
          names.flatMap((n) => [`${word} ${n}`, `${short} ${n}`, `${short}. ${n}`, `${n} ${after}`]).concat(symbols.map((s) => `${s} ${after}`)),
        );
      }
    }
  }
  for (const p of PERCENT_FORMS) suffix.push({ form: p.form, exact: p.exact ?? false, value: { type: 'percent', unit: p.unit } });

  // Currencies: ISO codes and English names of current currencies from world-countries, then this project's data.
  const wordCodes = new Set(currencies.codesThatAreWords.codes);
  const codes = new Map<string, string>();
  const currencyNames: { name: string; code: string | null; factor: number; needsScale: boolean; adjacentOnly: boolean }[] = [];
  for (const w of world) {
    for (const [code, c] of Object.entries(w.currencies ?? {})) {
      codes.set(code, code);
      // "Australian dollar" names a currency; a bare "krone" or "lari" (no country in the name) is left to the data file.
      if (/\s/.test(c.name)) for (const n of [c.name, `${c.name}s`]) currencyNames.push({ name: n, code, factor: 1, needsScale: false, adjacentOnly: false });
    }
  }
  for (const n of currencies.names) {
    for (const form of [n.name, n.plural ?? `${n.name}s`]) currencyNames.push({ name: form, code: n.code, factor: 1, needsScale: n.needsScale ?? false, adjacentOnly: false });
  }
  for (const n of currencies.minorUnits) {
    for (const form of [n.name, n.plural ?? `${n.name}s`]) currencyNames.push({ name: form, code: n.code, factor: n.factor, needsScale: false, adjacentOnly: n.adjacent ?? false });
  }
  for (const w of currencies.withdrawn) {
    codes.set(w.code, w.code);
    for (const form of [...w.names, ...(w.plurals ?? w.names.map((n) => `${n}s`))]) currencyNames.push({ name: form, code: w.code, factor: 1, needsScale: false, adjacentOnly: false });
  }
  // A later entry for the same form wins: the data file corrects the package ("rupees" is INR, not ambiguous).
  const byName = new Map<string, (typeof currencyNames)[number]>();
  for (const c of currencyNames) byName.set(c.name.toLowerCase(), c);
  for (const [name, c] of byName) {
    // A one-letter minor unit ("50p") is matched with its case, so that "50 P" is not money.
    suffix.push({ form: name, exact: name.length === 1, value: { type: 'currency', code: c.code, factor: c.factor, needsScale: c.needsScale, adjacentOnly: c.adjacentOnly } });
  }

  const prefix: SurfaceForm<CurrencyValue>[] = [];
  for (const code of codes.keys()) {
    if (wordCodes.has(code)) continue;
    prefix.push({ form: code, exact: true, value: { code, factor: 1 } });
    suffix.push({ form: code, exact: true, value: { type: 'currency', code, factor: 1, needsScale: false, adjacentOnly: false } });
    // "MEUR 120", "30 MUSD": a scale letter before the code.
    for (const p of currencies.codeScalePrefixes ?? []) {
      if (p.except?.includes(`${p.prefix}${code}`)) continue;
      prefix.push({ form: `${p.prefix}${code}`, exact: true, value: { code, factor: p.factor } });
      suffix.push({ form: `${p.prefix}${code}`, exact: true, value: { type: 'currency', code, factor: p.factor, needsScale: false, adjacentOnly: false } });
    }
  }
  for (const s of currencies.signs) {
    // Signs made only of letters ("Rs", "RM", "zł") keep their case; the others ("US$", "c $") may be lower-cased copy.
    const lettersOnly = /^\p{L}+$/u.test(s.form);
    const value: CurrencyValue = { code: s.code, factor: s.factor ?? 1 };
    prefix.push({ form: s.form, exact: lettersOnly, value });
    suffix.push({ form: s.form, exact: lettersOnly, value: { type: 'currency', code: s.code, factor: s.factor ?? 1, needsScale: false, adjacentOnly: false } });
  }
  const gluedSigns = new Map<string, CurrencyValue>();
  for (const s of [...currencies.signs, ...(currencies.gluedSigns?.signs ?? [])]) {
    if (/^\p{L}+$/u.test(s.form)) gluedSigns.set(s.form, { code: s.code, factor: s.factor ?? 1 });
  }
  return { suffix: new SurfaceMatcher(suffix), moneyPrefix: new SurfaceMatcher(prefix), gluedSigns, units };
}
