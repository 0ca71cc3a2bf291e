/**
 * Words that name a day relative to the day of publication, with its offset in days. "tonight" is the
 * day of publication: "will be broadcast tonight" in an article of 25 April is 25 April.
 */
export interface RelativeDay {
  words: string[];
  days: number;
  example: string;
}

export const RELATIVE_DAYS: readonly RelativeDay[] = [
  { words: ['the', 'day', 'before', 'yesterday'], days: -2, example: 'the day before yesterday' },
  { words: ['the', 'day', 'after', 'tomorrow'], days: 2, example: 'the day after tomorrow' },
  { words: ['yesterday'], days: -1, example: 'arrived in Vladivostok yesterday' },
  { words: ['last', 'night'], days: -1, example: 'said last night' },
  { words: ['today'], days: 0, example: 'the talks open today' },
  { words: ['tonight'], days: 0, example: 'will be broadcast tonight' },
  { words: ['this', 'morning'], days: 0, example: 'landed this morning' },
  { words: ['this', 'afternoon'], days: 0, example: 'this afternoon' },
  { words: ['this', 'evening'], days: 0, example: 'this evening' },
  { words: ['tomorrow'], days: 1, example: 'the summit ends tomorrow' },
];

/**
 * Periods named relative to the publication date: "last week", "this year", "next month", "earlier
 * this month", "late last year". `offset` counts periods from the one that holds the publication date.
 */
export type PeriodUnit = 'week' | 'month' | 'year' | 'weekend';
export const PERIOD_UNITS: ReadonlyMap<string, PeriodUnit> = new Map([
  ['week', 'week'], ['month', 'month'], ['year', 'year'], ['weekend', 'weekend'],
]);
export const PERIOD_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['next', 1], ['coming', 1],
]);
/** Words before "this month" or "last year" that narrow the period without moving it: "earlier this month", "late last year". */
export const PERIOD_NARROWERS: ReadonlySet<string> = new Set(['earlier', 'later', 'early', 'late', 'mid']);

/** Modifiers of a weekday or a month: "last February", "next Thursday", "this Friday". */
export type Relation = 'last' | 'next' | 'this' | 'bare';
export const RELATIONS: ReadonlyMap<string, Relation> = new Map([
  ['last', 'last'], ['past', 'last'], ['previous', 'last'], ['next', 'next'], ['coming', 'next'], ['this', 'this'],
]);

/** "two weeks ago": units that "ago" counts back, with the precision of the date they give. */
export const AGO_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
  ['decade', 'year'], ['decades', 'year'],
]);
