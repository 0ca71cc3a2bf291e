/**
 * npm run bench:figures
 *
 * Scores the figures and dates stages on public test specs: for each file, the share of cases whose
 * expected values and units are all found exactly among the figures we produce. Reads
 * ../shared/eval/recognizers-text (Microsoft Recognizers-Text English specs, MIT) and
 * ../shared/eval/quantulum3/quantities.json (quantulum3 test cases, MIT); says so when they are absent.
 *
 * On real news it then scores the whole pipeline's figures and dates against the QUANTITY and DATETIME
 * labels of the News-Fair dev articles (inside their evaluation spans): a gold label is found when a
 * figure of ours overlaps it (a DATE for DATETIME, any other kind for QUANTITY; News-Fair marks the number,
 * "7,000", where we take "7,000 people"), and a figure of ours is right when it overlaps a gold label.
 * Exact spans are counted too. Last, it measures the words per second of the two stages on those articles.
 *
 * How a case is scored (the same for every file):
 * - Each expected result with a value must match one of our figures of the file's kinds: same value
 *   (relative difference under 1e-9, after the unit mapping below) and a unit the mapping accepts.
 *   A range of ours matches an expected value equal to its low end, its high end or its middle
 *   (the specs write "eight to 10 feet" as 10 feet, quantulum3 as the middle 9 with an uncertainty).
 * - Expected results without a value (a unit named alone: "convert 10 celsius to fahrenheit") ask
 *   for nothing. A case that expects no valued result passes when we produce no figure of the file's kinds.
 * - Extra figures are not failures; the `extra` column counts them (figures of the file's kinds that match
 *   no expected result), as a sign of precision.
 * - `supported` is the share over the cases the spec does not mark NotSupported (the cases the reference
 *   implementation itself passes); `all` over every case.
 *
 * Unit mapping (theirs -> ours), decided once here:
 * - Units: their English names to our symbols ("Kilometer"/"kilometre" = km, "Square kilometer" = km²,
 *   "Cubic foot" = ft³, "Metric ton"/"tonne" = t, "Ton" = ton or t (the spec writes it for "tons" and
 *   "tonnes" alike), "Pound" (a weight outside the currency spec) and
 *   "pound-mass" = lb, "Mile per hour" = mph, "C"/"degree Celsius" = °C, "Degree" = ° (a temperature or an
 *   angle without a scale), "Milliliter" = ml, and "cubic centimetre" = cm³ or ml (the same volume)).
 * - Durations: "Year"/"year" = year, likewise month, week, day, hour; Recognizers' "Age" (from "age 87") = year.
 * - Money: names with a country to their ISO 4217 code ("Canadian dollar" = CAD); the bare "Dollar" of
 *   Recognizers-Text (written for "$" and "dollars") = USD, "Pound" = GBP, "Franc" = any franc (CHF, FRF,
 *   BEF, XOF, XAF), "Rupee" = any rupee (INR, PKR, LKR, NPR). Minor units are converted to the major unit,
 *   as we report them: 50 "Cent" = 0.50 USD, 470 "Pence" = 4.70 GBP, 3 "dime" = 0.30 USD.
 * - quantulum3's "dimensionless" = a COUNT of anything (with or without a counted noun), or a DATE whose
 *   value is that year (we read years as dates, never as counts); "dozen" = a COUNT of 12 per dozen.
 * - Rates ("dollar per hour", "meter per millisecond", "joule per square metre per year", quantulum3's "count per week"
 *   for "four times per week"): the numerator's unit, then "/" and each denominator's symbol (USD/h, m/ms, J/m²/year, km/s², time/week).
 * - Any other unit of theirs (inverse femtobarn, candela second, ...) has
 *   no counterpart, so its case cannot pass; `mapped` scores only the cases whose units all map.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../src/doc/create.js';
import type { Doc, Figure, FigureKind } from '../src/doc/types.js';
import { datesStage } from '../src/dates/stage.js';
import { Pipeline } from '../src/pipeline/run.js';
import { figuresStage } from '../src/figures/stage.js';
import { countWords } from '../src/tokenize/count.js';
import { splitSentences } from '../src/tokenize/sentences.js';
import { tokenizeDoc } from '../src/tokenize/tokenize.js';

/** `--failures` lists every failing case (NotSupported ones too), as BENCH_VERBOSE=1 BENCH_ALL=1 do. */
const LIST_FAILURES = process.argv.includes('--failures');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.resolve(ROOT, '..', 'shared', 'eval');

interface Expected {
  value: number | null;
  unit: string;
  uncertainty?: number;
}
interface Case {
  input: string;
  expected: Expected[];
  supported: boolean;
}
interface Accept {
  kinds: FigureKind[];
  units: (string | null)[] | 'any';
  /** Our value = their value * factor. */
  factor: number;
  /** Also accept a DATE figure of this year (quantulum3's dimensionless years). */
  year?: boolean;
}

const UNIT_NAMES: Record<string, string[]> = {
  meter: ['m'], metre: ['m'], kilometer: ['km'], kilometre: ['km'], centimeter: ['cm'], centimetre: ['cm'], millimeter: ['mm'], millimetre: ['mm'],
  decimeter: ['dm'], nanometre: ['nm'], nanometer: ['nm'], picometer: ['pm'], picometre: ['pm'], mile: ['mi'], inch: ['in'], foot: ['ft'], yard: ['yd'],
  'square meter': ['m²'], 'square kilometer': ['km²'], 'square kilometre': ['km²'], 'square mile': ['mi²'], 'cubic foot': ['ft³'], 'cubic kilometre': ['km³'],
  'cubic centimetre': ['cm³', 'ml'], acre: ['ac'], hectare: ['ha'], liter: ['L'], litre: ['L'], milliliter: ['ml'], centilitre: ['cl'], gallon: ['gal'],
  barrel: ['bbl'], cup: ['cup'], tablespoon: ['tbsp'], teaspoon: ['tsp'], pound: ['lb'], 'pound-mass': ['lb'], ounce: ['oz'], kilogram: ['kg'], gram: ['g'],
  milligram: ['mg'], microgram: ['µg'], 'metric ton': ['t'], tonne: ['t'], ton: ['ton', 't'], bit: ['bit'], byte: ['B'], megabit: ['Mb'], megabyte: ['MB'],
  exabyte: ['EB'], 'mile per hour': ['mph'], 'kilometer per hour': ['km/h'], 'kilometre per hour': ['km/h'], c: ['°C'], f: ['°F'], 'degree celsius': ['°C'],
  'degree fahrenheit': ['°F'], kelvin: ['K'], degree: ['°'], electronvolt: ['eV'], teraelectronvolt: ['TeV'], 'watt hour': ['Wh'], 'megawatt hour': ['MWh'],
  gigahertz: ['GHz'], milligray: ['mGy'], 'ton per day': ['t/d'], 'square metre': ['m²'], joule: ['J'], watt: ['W'],
};
/** Symbols of time units inside a rate ("dollar per hour" = USD/h), as the figures stage writes them (SI Brochure tables 2 and 8). */
const RATE_TIME_SYMBOLS: Record<string, string> = { 'square second': 's²', second: 's', millisecond: 'ms', minute: 'min', hour: 'h', day: 'd', week: 'week', month: 'month', year: 'year' };
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century']);
const CURRENCIES: Record<string, { codes: string[]; factor?: number }> = {
  dollar: { codes: ['USD'] }, 'united states dollar': { codes: ['USD'] }, 'canadian dollar': { codes: ['CAD'] }, 'hong kong dollar': { codes: ['HKD'] },
  'australian dollar': { codes: ['AUD'] }, 'new zealand dollar': { codes: ['NZD'] }, pound: { codes: ['GBP'] }, 'pound sterling': { codes: ['GBP'] },
  'british pound': { codes: ['GBP'] }, euro: { codes: ['EUR'] }, 'japanese yen': { codes: ['JPY'] }, 'chinese yuan': { codes: ['CNY'] },
  franc: { codes: ['CHF', 'FRF', 'BEF', 'XOF', 'XAF'] }, 'swiss franc': { codes: ['CHF'] }, 'finnish markka': { codes: ['FIM'] },
  'netherlands guilder': { codes: ['NLG'] }, peseta: { codes: ['ESP'] }, rupee: { codes: ['INR', 'PKR', 'LKR', 'NPR'] },
  'sri lankan rupee': { codes: ['LKR'] }, 'costa rican colón': { codes: ['CRC'] }, 'georgian lari': { codes: ['GEL'] }, 'lao kip': { codes: ['LAK'] },
  'turkish lira': { codes: ['TRY'] }, 'mexican peso': { codes: ['MXN'] }, cent: { codes: ['USD'], factor: 0.01 }, pence: { codes: ['GBP'], factor: 0.01 },
  penny: { codes: ['GBP'], factor: 0.01 }, dime: { codes: ['USD'], factor: 0.1 },
  bitcoin: { codes: ['BTC'] }, satoshi: { codes: ['BTC'], factor: 1e-8 },
};

function accepts(unitName: string, domain: 'money' | 'measure'): Accept | null {
  const u = unitName.toLowerCase();
  // A rate ("dollar per hour", "watt per minute", "count per week"): ours is the numerator's unit, "/", each denominator's symbol.
  if (u.includes(' per ') && !UNIT_NAMES[u]) {
    const [top, ...bottoms] = u.split(' per ');
    const num = top === 'count' ? { kinds: ['COUNT'] as FigureKind[], units: ['time'], factor: 1 } : accepts(top, domain);
    const dens = bottoms.map((b) => RATE_TIME_SYMBOLS[b] ?? UNIT_NAMES[b]?.[0]);
    if (!num || num.units === 'any' || dens.some((d) => d === undefined)) return null;
    return { kinds: num.kinds.includes('DURATION') ? ['QUANTITY'] : num.kinds, units: num.units.map((x) => [x, ...dens].join('/')), factor: num.factor };
  }
  // "Pound" is sterling in the currency spec and a weight in the dimension spec.
  if (u === 'pound') return domain === 'money' ? { kinds: ['MONEY'], units: ['GBP'], factor: 1 } : { kinds: ['QUANTITY'], units: ['lb'], factor: 1 };
  if (u === 'dimensionless') return { kinds: ['COUNT'], units: 'any', factor: 1, year: true };
  if (u === 'dozen') return { kinds: ['COUNT'], units: 'any', factor: 12 };
  if (u === '%' || u === 'percentage') return { kinds: ['PERCENT'], units: ['%'], factor: 1 };
  if (u === 'age') return { kinds: ['DURATION'], units: ['year'], factor: 1 };
  if (DURATIONS.has(u)) return { kinds: ['DURATION'], units: [u], factor: 1 };
  const money = CURRENCIES[u];
  if (money) return { kinds: ['MONEY'], units: money.codes, factor: money.factor ?? 1 };
  const units = UNIT_NAMES[u];
  if (units) return { kinds: ['QUANTITY'], units, factor: 1 };
  return null;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function matches(f: Figure, e: Expected, a: Accept): boolean {
  if (e.value === null) return false;
  const want = e.value * a.factor;
  if (a.year && f.kind === 'DATE') return Number.isInteger(e.value) && f.value === String(e.value);
  if (!a.kinds.includes(f.kind)) return false;
  if (a.units !== 'any' && !a.units.includes(f.unit)) return false;
  if (typeof f.value !== 'number') return false;
  const values = [f.value];
  if (f.low != null && f.high != null) values.push(f.low, f.high, (f.low + f.high) / 2);
  if (e.uncertainty !== undefined && f.low != null && f.high != null) return close((f.low + f.high) / 2, want) && close((f.high - f.low) / 2, e.uncertainty * a.factor);
  return values.some((x) => close(x, want));
}

// The stages under test, built once, run on one document per case; the text is all body.
const runFigures = figuresStage.create({}, { pipelineDir: ROOT });
const runDates = datesStage.create({}, { pipelineDir: ROOT });
function analyse(text: string): Doc {
  const doc = createDoc({ id: 'case', source: 'bench', text, anchorDate: null });
  doc.body = [{ start: 0, end: text.length }];
  tokenizeDoc(doc);
  splitSentences(doc);
  runFigures(doc);
  runDates(doc);
  return doc;
}

interface Score {
  name: string;
  cases: number;
  supportedCases: number;
  passed: number;
  supportedPassed: number;
  mappedCases: number;
  mappedPassed: number;
  extra: number;
  target: number | null;
  failures: string[];
}

function score(name: string, cases: Case[], relevant: (f: Figure) => boolean, target: number | null, domain: 'money' | 'measure'): Score {
  const s: Score = { name, cases: 0, supportedCases: 0, passed: 0, supportedPassed: 0, mappedCases: 0, mappedPassed: 0, extra: 0, target, failures: [] };
  for (const c of cases) {
    const doc = analyse(c.input);
    const ours = doc.figures.filter(relevant);
    const valued = c.expected.filter((e) => e.value !== null);
    const used = new Set<Figure>();
    let ok = true;
    let mapped = true;
    for (const e of valued) {
      const a = accepts(e.unit, domain);
      if (!a) {
        ok = false;
        mapped = false;
        continue;
      }
      const hit = doc.figures.find((f) => !used.has(f) && matches(f, e, a));
      if (hit) used.add(hit);
      else ok = false;
    }
    if (valued.length === 0 && ours.length > 0) ok = false;
    s.extra += ours.filter((f) => !used.has(f)).length;
    s.cases++;
    if (ok) s.passed++;
    if (c.supported) {
      s.supportedCases++;
      if (ok) s.supportedPassed++;
    }
    if (mapped) {
      s.mappedCases++;
      if (ok) s.mappedPassed++;
    }
    if (!ok && (c.supported || process.env.BENCH_ALL || LIST_FAILURES)) {
      const got = doc.figures.map((f) => `${f.kind} ${JSON.stringify(c.input.slice(f.start, f.end))}=${f.value}${f.unit ? ` ${f.unit}` : ''}`).join('; ');
      s.failures.push(`${c.input.slice(0, 110)}\n      want ${valued.map((e) => `${e.value} ${e.unit}`).join('; ') || '(nothing)'}\n      got  ${got || '(nothing)'}`);
    }
  }
  return s;
}

interface RtResult {
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
}
interface RtCase {
  Input: string;
  Results?: RtResult[];
  NotSupported?: string;
}

function recognizersCases(file: string, defaultUnit: string | null): Case[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RtCase[];
  return raw.map((c) => ({
    input: c.Input,
    supported: !c.NotSupported,
    expected: (c.Results ?? []).map((r) => {
      const v = r.Resolution?.value;
      const value = v === null || v === undefined || v === 'null' ? null : Number(String(v).replace('%', ''));
      return { value: value !== null && Number.isFinite(value) ? value : null, unit: r.Resolution?.unit ?? defaultUnit ?? '' };
    }),
  }));
}

function quantulumCases(file: string): Case[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { req: string; res: { value: number; unit: string; uncertainty?: number }[] }[];
  return raw.map((c) => ({ input: c.req, supported: true, expected: c.res.map((r) => ({ value: r.value, unit: r.unit, uncertainty: r.uncertainty })) }));
}

// Recognizers-Text splits measures between its Dimension and Temperature models: temperatures are
// scored with the Temperature file only, as Dimension's cases expect no temperature ("24 degrees").
const TEMPERATURE_UNITS = new Set(['°C', '°F', 'K', '°']);
const SPECS: { file: string; label: string; cases: () => Case[]; relevant: (f: Figure) => boolean; target: number | null }[] = [
  { file: 'recognizers-text/Number_English/PercentModel.json', label: 'Recognizers-Text PercentModel', cases: () => recognizersCases(path.join(EVAL, 'recognizers-text/Number_English/PercentModel.json'), '%'), relevant: (f) => f.kind === 'PERCENT', target: 0.9 },
  { file: 'recognizers-text/NumberWithUnit_English/DimensionModel.json', label: 'Recognizers-Text DimensionModel', cases: () => recognizersCases(path.join(EVAL, 'recognizers-text/NumberWithUnit_English/DimensionModel.json'), null), relevant: (f) => f.kind === 'QUANTITY' && !TEMPERATURE_UNITS.has(f.unit ?? ''), target: 0.9 },
  { file: 'recognizers-text/NumberWithUnit_English/CurrencyModel.json', label: 'Recognizers-Text CurrencyModel', cases: () => recognizersCases(path.join(EVAL, 'recognizers-text/NumberWithUnit_English/CurrencyModel.json'), null), relevant: (f) => f.kind === 'MONEY', target: 0.8 },
  { file: 'recognizers-text/NumberWithUnit_English/TemperatureModel.json', label: 'Recognizers-Text TemperatureModel', cases: () => recognizersCases(path.join(EVAL, 'recognizers-text/NumberWithUnit_English/TemperatureModel.json'), null), relevant: (f) => f.kind === 'QUANTITY' && TEMPERATURE_UNITS.has(f.unit ?? ''), target: null },
  { file: 'recognizers-text/NumberWithUnit_English/AgeModel.json', label: 'Recognizers-Text AgeModel', cases: () => recognizersCases(path.join(EVAL, 'recognizers-text/NumberWithUnit_English/AgeModel.json'), null), relevant: (f) => f.kind === 'DURATION', target: null },
  { file: 'quantulum3/quantities.json', label: 'quantulum3 quantities', cases: () => quantulumCases(path.join(EVAL, 'quantulum3/quantities.json')), relevant: (f) => f.kind !== 'DATE' && f.kind !== 'ORDINAL', target: 0.8 },
];

function main(): void {
  if (!existsSync(EVAL)) {
    console.log(`bench:figures: the evaluation data is absent (${EVAL} not found); nothing was measured.`);
    return;
  }
  const rows: Score[] = [];
  for (const spec of SPECS) {
    const file = path.join(EVAL, spec.file);
    if (!existsSync(file)) {
      console.log(`bench:figures: ${spec.file} is absent; skipped.`);
      continue;
    }
    rows.push(score(spec.label, spec.cases(), spec.relevant, spec.target, spec.label.includes('Currency') ? 'money' : 'measure'));
  }
  const pct = (a: number, b: number) => (b === 0 ? '   -' : (a / b).toFixed(2));
  console.log(`\nFigures benchmark (${EVAL})\n`);
  console.log('| spec file | supported | all | mapped units | extra | target |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const main = r.name.startsWith('quantulum3') ? pct(r.passed, r.cases) : pct(r.supportedPassed, r.supportedCases);
    const reached = r.target === null ? '' : Number(main) >= r.target ? ` (met: ${r.target.toFixed(2)})` : ` (missed: ${r.target.toFixed(2)})`;
    console.log(
      `| ${r.name} | ${pct(r.supportedPassed, r.supportedCases)} (${r.supportedPassed}/${r.supportedCases}) | ${pct(r.passed, r.cases)} (${r.passed}/${r.cases}) | ${pct(r.mappedPassed, r.mappedCases)} (${r.mappedPassed}/${r.mappedCases}) | ${r.extra} | ${r.target === null ? '-' : r.target.toFixed(2)}${reached} |`,
    );
  }
  console.log('\nsupported: cases not marked NotSupported (quantulum3 marks none); all: every case; mapped units: cases whose expected units all have a counterpart here; extra: figures of the file\'s kinds that match nothing expected.');
  if (process.env.BENCH_VERBOSE || LIST_FAILURES) {
    for (const r of rows) {
      if (!r.failures.length) continue;
      console.log(`\n## ${r.name}: failing cases`);
      for (const f of r.failures) console.log(`  - ${f}`);
    }
  } else console.log('Pass --failures (npm run bench:figures -- --failures) to list every failing case; BENCH_VERBOSE=1 lists the supported ones.');
  newsFair();
  speed();
}

interface NewsFairArticle {
  title: string;
  text: string;
  evaluation_span: [number, number];
  labels: { span: [number, number]; type: string }[];
}

/** Figures and dates of the whole pipeline against News-Fair dev's QUANTITY and DATETIME labels (see the header). */
function newsFair(): void {
  const file = path.join(EVAL, 'news-fair', 'dev.jsonl');
  if (!existsSync(file)) return;
  const pipeline = Pipeline.load();
  const classes = [
    { label: 'DATETIME', ours: (k: FigureKind) => k === 'DATE' },
    { label: 'QUANTITY', ours: (k: FigureKind) => k !== 'DATE' },
  ];
  const totals = classes.map(() => ({ gold: 0, found: 0, exact: 0, ours: 0, right: 0 }));
  const misses: string[] = [];
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const a = JSON.parse(line) as NewsFairArticle;
    const m = /^(\d{4})(\d{2})(\d{2})/.exec(a.title);
    const doc = pipeline.process(a.text, { id: 'nf', date: m ? `${m[1]}-${m[2]}-${m[3]}` : undefined });
    const [from, to] = a.evaluation_span;
    classes.forEach((c, k) => {
      const t = totals[k];
      const gold = a.labels.filter((l) => l.type === c.label && l.span[0] >= from && l.span[1] <= to);
      const ours = doc.figures.filter((f) => c.ours(f.kind) && f.start >= from && f.end <= to);
      const overlaps = (f: Figure, g: { span: [number, number] }) => f.start < g.span[1] && g.span[0] < f.end;
      for (const g of gold) {
        t.gold++;
        if (ours.some((f) => overlaps(f, g))) t.found++;
        else misses.push(`${c.label} "${a.text.slice(g.span[0], g.span[1])}"`);
        if (ours.some((f) => f.start === g.span[0] && f.end === g.span[1])) t.exact++;
      }
      for (const f of ours) {
        t.ours++;
        if (gold.some((g) => overlaps(f, g))) t.right++;
      }
    });
  }
  const r = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
  console.log('\nNews-Fair dev, whole pipeline, QUANTITY and DATETIME labels inside the evaluation spans (overlap; exact spans in the last column):');
  console.log('| labels | gold | recall | precision | exact-span recall |');
  console.log('|---|---|---|---|---|');
  classes.forEach((c, k) => {
    const t = totals[k];
    console.log(`| ${c.label} | ${t.gold} | ${r(t.found, t.gold)} (${t.found}) | ${r(t.right, t.ours)} (${t.right}/${t.ours}) | ${r(t.exact, t.gold)} (${t.exact}) |`);
  });
  if (LIST_FAILURES) for (const miss of misses) console.log(`  missed ${miss}`);
}

/**
 * Words per second of the figures and dates stages alone, on the News-Fair dev articles repeated ten times
 * (about 217,000 words), tokenized beforehand: the median of five passes on one core.
 */
function speed(): void {
  const file = path.join(EVAL, 'news-fair', 'dev.jsonl');
  if (!existsSync(file)) {
    console.log(`
speed: ${file} is absent; not measured.`);
    return;
  }
  const articles = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; title: string });
  const docs: Doc[] = [];
  for (let r = 0; r < 10; r++) {
    for (const a of articles) {
      const m = /^(\d{4})(\d{2})(\d{2})/.exec(a.title);
      const doc = createDoc({ id: 'speed', source: 'bench', text: a.text, anchorDate: m ? `${m[1]}-${m[2]}-${m[3]}` : null });
      doc.body = [{ start: 0, end: a.text.length }];
      tokenizeDoc(doc);
      splitSentences(doc);
      docs.push(doc);
    }
  }
  const words = docs.reduce((n, d) => n + countWords(d), 0);
  console.log(`
Speed on ${words.toLocaleString('en')} words (News-Fair dev articles x10, tokenized beforehand; median of 5 passes):`);
  for (const [name, run] of [
    ['figures', (d: Doc) => runFigures(d)],
    ['dates', (d: Doc) => runDates(d)],
    ['figures + dates', (d: Doc) => (runFigures(d), runDates(d))],
  ] as const) {
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      for (const d of docs) run(d);
      times.push(performance.now() - t0);
    }
    const ms = times.sort((a, b) => a - b)[2];
    console.log(`  ${name}: ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s`);
  }
}

main();
