import type { Figure } from '../doc/types.js';
import type { TokenView } from './token-view.js';

export type Qualifier = NonNullable<Figure['qualifier']>;

/**
 * Words before a figure that make it an approximation or a bound. Longer phrases are tried first, so
 * "no more than" is `at_most` and not `more_than`. `notForDurations` marks words that, before a duration,
 * say when rather than how much: "spread over three years" is not "more than three years".
 */
export interface QualifierRule {
  phrase: string;
  qualifier: Qualifier;
  example: string;
  notForDurations?: boolean;
  /** Only before a number in digits or words, never before a currency sign ("some $5m" is rare; "some" is a determiner). */
  numberOnly?: boolean;
}

export const QUALIFIER_RULES: readonly QualifierRule[] = [
  { phrase: 'about', qualifier: 'about', example: 'about 17 km from Ambur' },
  { phrase: 'around', qualifier: 'about', example: 'around 80,000 spectators' },
  { phrase: 'approximately', qualifier: 'about', example: 'approximately 50% of cases' },
  { phrase: 'approx.', qualifier: 'about', example: 'approx. 3 km' },
  { phrase: 'roughly', qualifier: 'about', example: 'roughly 4,500 tonnes' },
  { phrase: 'some', qualifier: 'about', example: 'some 325 kilometres northwest of Bucharest', numberOnly: true },
  { phrase: 'an estimated', qualifier: 'about', example: 'an estimated £8.10 million' },
  { phrase: 'estimated', qualifier: 'about', example: 'estimated 2 million people' },
  { phrase: 'nearly', qualifier: 'about', example: 'nearly 3,000 people: near the value, from below' },
  { phrase: 'almost', qualifier: 'about', example: 'almost 70 years' },
  { phrase: 'close to', qualifier: 'about', example: 'close to 45 degrees' },
  { phrase: 'circa', qualifier: 'about', example: 'circa 500 troops' },
  { phrase: '~', qualifier: 'about', example: '~40 km' },
  { phrase: 'more than', qualifier: 'more_than', example: 'more than 100 people' },
  { phrase: 'over', qualifier: 'more_than', example: 'over two pounds', notForDurations: true },
  { phrase: 'just over', qualifier: 'more_than', example: 'just over 5 per cent', notForDurations: true },
  { phrase: 'well over', qualifier: 'more_than', example: 'well over $1bn', notForDurations: true },
  { phrase: 'above', qualifier: 'more_than', example: 'above 40C' },
  { phrase: 'in excess of', qualifier: 'more_than', example: 'in excess of 30 million dollars' },
  { phrase: 'upwards of', qualifier: 'more_than', example: 'upwards of 10,000 people' },
  { phrase: 'at least', qualifier: 'at_least', example: 'at least four people' },
  { phrase: 'no fewer than', qualifier: 'at_least', example: 'no fewer than 12 ministers' },
  { phrase: 'no less than', qualifier: 'at_least', example: 'no less than $5bn' },
  { phrase: 'a minimum of', qualifier: 'at_least', example: 'a minimum of 10 years' },
  { phrase: 'less than', qualifier: 'less_than', example: 'less than 15% of the total' },
  { phrase: 'fewer than', qualifier: 'less_than', example: 'fewer than 200 people' },
  { phrase: 'under', qualifier: 'less_than', example: 'under 5 per cent', notForDurations: true },
  { phrase: 'just under', qualifier: 'less_than', example: 'just under 2 million', notForDurations: true },
  { phrase: 'below', qualifier: 'less_than', example: 'below 2%' },
  { phrase: 'at most', qualifier: 'at_most', example: 'at most 20 minutes' },
  { phrase: 'no more than', qualifier: 'at_most', example: 'no more than 3 per cent' },
  { phrase: 'a maximum of', qualifier: 'at_most', example: 'a maximum of 12 years' },
  { phrase: 'up to', qualifier: 'up_to', example: 'up to 4,000 km' },
  { phrase: 'as many as', qualifier: 'up_to', example: 'as many as 500 troops' },
  { phrase: 'as much as', qualifier: 'up_to', example: 'as much as $2.50' },
  { phrase: 'as high as', qualifier: 'up_to', example: 'as high as 40C' },
];

const RULES = [...QUALIFIER_RULES]
  .map((r) => ({ ...r, words: r.phrase.split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);

/** The qualifier whose phrase ends just before token `first` (within the sentence starting at `from`). */
export function qualifierBefore(v: TokenView, first: number, from: number, isDuration: boolean, startsWithNumber: boolean): Qualifier | null {
  for (const r of RULES) {
    const n = r.words.length;
    if (first - n < from) continue;
    if (isDuration && r.notForDurations) continue;
    if (r.numberOnly && !startsWithNumber) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = v.lower(first - n + k) === r.words[k];
    // "17-under 267" (golf): a word hyphenated to the one before it is part of a compound, not a qualifier.
    const q = first - n;
    if (ok && q > from && v.raw(q - 1) === '-' && v.gap(q) === 0) ok = false;
    if (ok) return r.qualifier;
  }
  return null;
}
