import type { TokenView } from './token-view.js';

/**
 * Words and signs between two numbers that make one range of them: "3 to 5 years", "3.5–4.0 TeV",
 * "8- to 16-meter", "five or six people", "between $2m and $3m". "and" joins a range only after
 * "between"; otherwise "45 and 50 mg" are two figures that share a unit.
 */
export interface Connector {
  words: string[];
  /** A range only after "between". */
  needsBetween?: boolean;
  /** Joins two figures that share a unit, but never into a range. */
  listOnly?: boolean;
  /** The first number must be the smaller ("3-1" is a score, "285 to 272" a tally), unless both are below zero ("-18 °C to -34 °C"). */
  ordered?: boolean;
  example: string;
}

export const CONNECTORS: readonly Connector[] = [
  { words: ['-', 'to'], example: 'an 8- to 16-meter telescope' },
  { words: ['to'], ordered: true, example: '3 to 5 years; 44 mg to 50 mg (but "by 285 to 272 votes" is a tally)' },
  { words: ['-'], ordered: true, example: '3 - 5 years; $2m-$3m' },
  { words: ['–'], ordered: true, example: '3.5–4.0 TeV' },
  { words: ['—'], ordered: true, example: '10—15 km' },
  { words: ['or'], ordered: true, example: 'five or six people' },
  { words: ['and'], needsBetween: true, example: 'between 44 and 50 mg' },
  { words: ['and'], listOnly: true, example: 'they were given 45 and 50 mg' },
  { words: ['from'], listOnly: true, example: 'the lead grew to 10 from four percentage points' },
];

/**
 * Verbs of change before "from X to Y": the two figures are a before and an after, not a range.
 * "unemployment fell from 5% to 4%" gives 5% and 4%.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'increase', 'increased', 'increases', 'increasing',
  'decrease', 'decreased', 'decreases', 'decreasing', 'grow', 'grew', 'grown', 'grows', 'growing', 'drop', 'dropped', 'drops', 'dropping',
  'climb', 'climbed', 'climbs', 'decline', 'declined', 'declines', 'jump', 'jumped', 'jumps', 'slip', 'slipped', 'slips', 'plunge', 'plunged',
  'soar', 'soared', 'surge', 'surged', 'cut', 'cuts', 'raise', 'raised', 'raises', 'reduce', 'reduced', 'reduces', 'lower', 'lowered',
  'change', 'changed', 'changes', 'shrink', 'shrank', 'shrunk', 'slide', 'slid', 'tumble', 'tumbled', 'widen', 'widened', 'narrow', 'narrowed',
  'swell', 'swelled', 'up', 'down', 'moved', 'went', 'gone', 'boost', 'boosted', 'hike', 'hiked', 'slash', 'slashed', 'revised', 'upgraded', 'downgraded',
]);

/** The connector that starts at token j, longest first, and the token after it. */
export function connectorAt(v: TokenView, j: number, to: number): { connector: Connector; next: number }[] {
  const found: { connector: Connector; next: number }[] = [];
  for (const c of CONNECTORS) {
    const n = c.words.length;
    if (j + n >= to) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = v.lower(j + k) === c.words[k];
    if (ok) found.push({ connector: c, next: j + n });
  }
  return found;
}

/** "fell from 5% to 4%": a verb of change shortly before "from" that opens the first figure. */
export function isChangeFromTo(v: TokenView, first: number, from: number): boolean {
  if (first - 1 < from || v.lower(first - 1) !== 'from') return false;
  for (let k = first - 2; k >= from && k >= first - 5; k--) if (CHANGE_VERBS.has(v.lower(k))) return true;
  return false;
}

export function isAfterBetween(v: TokenView, first: number, from: number): boolean {
  return first - 1 >= from && v.lower(first - 1) === 'between';
}
