import { describe, expect, it } from 'vitest';
import { analyse } from '../figures/analyse.js';

/** Clock times of a text (DATE figures whose value holds a "T"), as "surface=value", against Friday 2021-03-12. */
function times(text: string, anchor: string | null = '2021-03-12'): string[] {
  return analyse(text, anchor, 'dates')
    .figures.filter((f) => typeof f.value === 'string' && f.value.includes('T'))
    .map((f) => `${f.text}=${f.value}`);
}

describe('clock times', () => {
  it.each([
    // A time alone: ISO 8601 time of day, no day is guessed.
    ['The quake struck at 3.42 pm local time, officials said.', '3.42 pm local time=T15:42'],
    ["The bells rang at 7 o'clock in the morning.", "7 o'clock=T07:00"],
    ['The hearing ended at 10:30am.', '10:30am=T10:30'],
    ['The ferry leaves at 2.15pm and returns at dusk.', '2.15pm=T14:15'],
    ['The last bus leaves at 11.45pm from the depot.', '11.45pm=T23:45'],
    ['The curfew starts at 12 a.m. in the capital.', '12 a.m.=T00:00'],
    // A fixed zone gives its offset; a 24-hour time needs a zone, a wire-service time a fixed one.
    ['Flights resume at 06:30 CET, the airline said.', '06:30 CET=T06:30+01:00'],
    ['Shares were flat by 1350 GMT in Milan.', '1350 GMT=T13:50+00:00'],
    // An ambiguous zone is kept in the text but gives no offset.
    ['The game starts at 7 p.m. CST in the arena.', '7 p.m. CST=T19:00'],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual([expected]);
  });

  it.each([
    // The day of a date next to the time, before or after it, with only joining words between.
    ['Polls closed on Tuesday at 8 p.m. across the state.', ['8 p.m.=2021-03-09T20:00']],
    ['Markets closed at 1600 GMT on Thursday.', ['1600 GMT=2021-03-11T16:00+00:00']],
    ['They met on Monday and at 3 pm on Wednesday.', ['3 pm=2021-03-10T15:00']],
    // A second time joined to the first takes its day.
    ['The film aired on Sunday at 10 p.m. and 2 a.m. on cable.', ['10 p.m.=2021-03-07T22:00', '2 a.m.=2021-03-07T02:00']],
  ])('takes its day: %s', (text, expected) => {
    expect(times(text)).toEqual(expected);
  });

  it('gives a regional clock the offset it has on that day (summer time from the IANA zone)', () => {
    expect(times('Polls closed on Tuesday at 8 p.m. ET across the state.')).toEqual(['8 p.m. ET=2021-03-09T20:00-05:00']);
    expect(times('The rocket lifted off on July 4, 2021 at 9 p.m. Eastern time.')).toEqual(['9 p.m. Eastern time=2021-07-04T21:00-04:00']);
    // Without a day the offset of a regional clock is not known.
    expect(times('The show airs at 10 p.m. ET.')).toEqual(['10 p.m. ET=T22:00']);
  });

  it.each([
    ['a number with a point', 'The index rose 16.28 points to close higher.'],
    ['a 24-hour time with no zone', 'The train left at 16:30 from the main station.'],
    ['a four-digit number with no zone', 'About 1600 people marched through the town.'],
    ['a number before "am" the verb', 'The last of 12 I am sure of.'],
    ['an hour past twelve before a meridiem', 'He scored 14 pm points in the game.'],
  ])('no time in %s', (_why, text) => {
    expect(times(text)).toEqual([]);
  });
});
