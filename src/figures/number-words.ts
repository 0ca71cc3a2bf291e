/**
 * English number words, as data. Each list says what it reads, with an example from news copy.
 */

/** Cardinals below twenty: "four people", "nineteen years". */
export const SMALL_CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Tens: "seventy years", "twenty-two" (with a hyphen or a space before the unit: "ninety five years"). */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * Multipliers inside a spelled-out or mixed number: "two hundred", "five million yen", "1.5 billion",
 * "Rs 40 crore", "25 lakh tonnes", "a dozen eggs". lakh and crore are the Indian 10^5 and 10^7.
 */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7], ['dozen', 12],
]);

/**
 * Abbreviated scales written after digits, with when they are a scale:
 * - `always`: "1.2bn", "$5bn", "3.5 mn", "€2tn".
 * - `touching`: only when written against the number: "€10M", "50million" is read as two tokens anyway.
 * - `context`: touching and said of money, a unit or a plural noun, otherwise they are units or names:
 *   "€300m", "1.5m tonnes", "3m people" against "a 100m sprint", "1.8m tall"; "£50k", "0.5k miles" against "a 5k run".
 * - `money`: touching, after a currency sign: "$1b", "€10B", "$2.174T".
 */
export type ScaleCondition = 'always' | 'touching' | 'context' | 'money';
export interface ScaleForm {
  form: string;
  factor: number;
  when: ScaleCondition;
  /** Matched with its case. */
  exact?: boolean;
}
export const SCALE_ABBREVIATIONS: readonly ScaleForm[] = [
  { form: 'bn', factor: 1e9, when: 'always' },
  { form: 'bln', factor: 1e9, when: 'always' },
  { form: 'mn', factor: 1e6, when: 'always' },
  { form: 'mln', factor: 1e6, when: 'always' },
  { form: 'tn', factor: 1e12, when: 'always' },
  { form: 'trn', factor: 1e12, when: 'always' },
  { form: 'M', factor: 1e6, when: 'touching', exact: true },
  { form: 'm', factor: 1e6, when: 'context', exact: true },
  { form: 'k', factor: 1e3, when: 'context' },
  { form: 'b', factor: 1e9, when: 'money' },
  { form: 'T', factor: 1e12, when: 'money', exact: true },
];

/**
 * Vague plural amounts, read as a lower bound of twice the unit: "dozens of homes" is at least 24,
 * "thousands of experts" at least 2,000. `needsOf` marks words that are amounts only before "of"
 * ("scores of people", not "test scores").
 */
export interface VagueAmount {
  word: string;
  least: number;
  needsOf?: boolean;
}
export const VAGUE_AMOUNTS: ReadonlyMap<string, VagueAmount> = new Map(
  [
    { word: 'dozens', least: 24 },
    { word: 'scores', least: 40, needsOf: true },
    { word: 'hundreds', least: 200 },
    { word: 'thousands', least: 2000 },
    { word: 'millions', least: 2e6 },
    { word: 'billions', least: 2e9 },
  ].map((v) => [v.word, v]),
);

/** "tens of thousands of people" is at least 20,000; "hundreds of thousands" at least 200,000. */
export const VAGUE_MULTIPLES: ReadonlyMap<string, number> = new Map([
  ['tens', 20],
  ['hundreds', 200],
]);

/**
 * Denominators of spelled fractions: "two thirds", "one-half miles", "three quarters". "second" is
 * left out: "one second" is a duration.
 */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10], ['hundredth', 100], ['hundredths', 100], ['thousandth', 1000], ['thousandths', 1000],
]);

/**
 * Fractions that news writes before a scale word: "half a million dollars", "a quarter million people",
 * "a quarter of a million pounds", "three quarters of a billion euros", "a third of a million".
 */
export const SCALE_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['quarter', 4], ['quarters', 4], ['third', 3], ['thirds', 3],
]);

/** Unicode vulgar fractions: "½ cup", "2½ miles". */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Ordinal words: "the first interview", "second largest", "the twenty-first century" (tens + "-" + unit). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
  ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90],
  ['hundredth', 100], ['thousandth', 1000], ['millionth', 1e6],
]);
