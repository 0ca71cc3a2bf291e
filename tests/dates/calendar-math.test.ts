import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, isoWeek, parseAnchor, weekdayOf } from '../../src/dates/calendar-math.js';

describe('calendar arithmetic', () => {
  it.each([
    ['2021-03-12', '2021-W10'],
    ['2021-01-01', '2020-W53'],
    ['2019-12-30', '2020-W01'],
    ['2019-04-25', '2019-W17'],
  ])('the ISO week of %s is %s', (day, week) => {
    const a = parseAnchor(day)!;
    expect(isoWeek(a.n)).toBe(week);
  });

  it('knows weekdays and month arithmetic', () => {
    expect(weekdayOf(dayNumber(2021, 3, 12))).toBe(5);
    expect(weekdayOf(dayNumber(2021, 3, 14))).toBe(7);
    expect(addMonths(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
    expect(addMonths(2021, 12, 1)).toEqual({ year: 2022, month: 1 });
  });

  it('accepts a publication date with a time and refuses an impossible one', () => {
    expect(parseAnchor('2019-04-25T16:28')?.day).toBe(25);
    expect(parseAnchor('2019-02-30')).toBeNull();
    expect(parseAnchor(null)).toBeNull();
  });
});
