import { describe, expect, it } from 'vitest';
import { analyse } from '../figures/analyse.js';

/** Dates of a text, as "surface=value", resolved against Friday 12 March 2021 unless said otherwise. */
function dates(text: string, anchor: string | null = '2021-03-12'): string[] {
  return analyse(text, anchor, 'dates').figures.map((f) => `${f.text}=${f.value}`);
}

describe('dates resolved against the publication date (Friday 2021-03-12)', () => {
  it.each([
    ['The minister arrived yesterday by ferry.', 'yesterday=2021-03-11'],
    ['The interview will be broadcast tonight.', 'tonight=2021-03-12'],
    ['The strike ends tomorrow, the union said.', 'tomorrow=2021-03-13'],
    ['The mayor resigned last night.', 'last night=2021-03-11'],
    ['Dock workers walked out on Thursday.', 'Thursday=2021-03-11'],
    ['Dock workers walked out on Friday.', 'Friday=2021-03-12'],
    ['The two leaders will meet on Monday.', 'Monday=2021-03-15'],
    ['The port reopened last Friday.', 'last Friday=2021-03-05'],
    ['The vote is due next Tuesday.', 'next Tuesday=2021-03-16'],
    ['Talks with the unions broke down last February.', 'last February=2021-02'],
    ['The bridge was closed last March.', 'last March=2020-03'],
    ['The fleet returned in June.', 'June=2020-06'],
    ['The new terminal will open in June.', 'June=2021-06'],
    ['He came to power in 2011.', '2011=2011'],
    ['Exports collapsed last year.', 'last year=2020'],
    ['Growth will be weak this year.', 'this year=2021'],
    ['Fares go up next month.', 'next month=2021-04'],
    ['The board met this week.', 'this week=2021-W10'],
    ['The board met last week.', 'last week=2021-W09'],
    ['The ship sank two weeks ago.', 'two weeks ago=2021-W08'],
    ['The ship sank three days ago.', 'three days ago=2021-03-09'],
    ['The museum opened a decade ago.', 'a decade ago=2011'],
    ['The contract was signed on 18/04/2019.', '18/04/2019=2019-04-18'],
    ['The contract was signed on 4/25/2019.', '4/25/2019=2019-04-25'],
    ['The contract was signed on 2019-04-25.', '2019-04-25=2019-04-25'],
    ['The contract was signed on 25 April 2019.', '25 April 2019=2019-04-25'],
    ['The contract was signed on April 25, 2019.', 'April 25, 2019=2019-04-25'],
    ['The season ended on Sept. 26.', 'Sept. 26=2020-09-26'],
    ['The regatta starts on March 14.', 'March 14=2021-03-14'],
    ['Unemployment soared in the 1990s.', 'the 1990s=199X'],
    ['The club won the league in the 2013-14 season.', '2013-14=2013/2014'],
    ['Work stopped in mid-2019.', 'mid-2019=2019'],
    ['Prices peaked in early 2019.', 'early 2019=2019'],
    ['The ferry sailed on Thursday, March 11.', 'Thursday, March 11=2021-03-11'],
    ['Fans gathered in the square at the weekend.', 'the weekend=2021-W09'],
    ['The plan was shelved in May.', 'May=2020-05'],
    ['The summit was held on June 11-13, 2019.', 'June 11-13, 2019=2019-06-11/2019-06-13'],
    ['The fair ran February 2-5 in the old hall.', 'February 2-5=2021-02-02/2021-02-05'],
    // The next century's years, after a word that introduces a year: projections name them so.
    ['The reef could be gone by 2100, the study found.', '2100=2100'],
  ])('%s', (sentence, expected) => {
    expect(dates(sentence)).toEqual([expected]);
  });

  it('reads an ambiguous numeric date the way nearest the publication date', () => {
    expect(dates('The warning was issued on 04/03/2021.')).toEqual(['04/03/2021=2021-03-04']);
  });

  it('takes the nearest month when the clause is in the present', () => {
    expect(dates('The festival includes concerts in April.')).toEqual(['April=2021-04']);
  });

  it.each([
    // The present of a plural subject looks at the nearest date, as a fixture list does.
    ['The two clubs play each other again on Sunday.', 'Sunday=2021-03-14'],
    ['Both finalists meet the press on Sunday evening.', 'Sunday=2021-03-14'],
    // Irregular pasts, participles after "were", and verbs whose past is their base form stay in the past.
    ['The two clubs drew on Sunday.', 'Sunday=2021-03-07'],
    ['The new ministers were sworn in on Sunday.', 'Sunday=2021-03-07'],
    ['The two clubs beat their rivals on Sunday.', 'Sunday=2021-03-07'],
  ])('reads the tense of a bare verb: %s', (sentence, expected) => {
    expect(dates(sentence)).toEqual([expected]);
  });

  it.each([
    ['Theresa May visited the port.'],
    ['The talks may resume soon.'],
    ['Thousands joined a march on the capital.'],
    ['Shoppers queued for Black Friday deals.'],
    ['Jan Kowalski chairs the harbour board.'],
    ['The index closed at 2150 after a quiet day.'],
  ])('reads no date in "%s"', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});

describe('dates without a publication date', () => {
  it('keeps relative dates unresolved, flags them and never uses the day the program runs', () => {
    const { doc, figures } = analyse('He arrived yesterday, left on Monday and first came in 2011.', null, 'dates');
    expect(figures.map((f) => [f.text, f.value, f.unresolved, f.unit])).toEqual([
      ['yesterday', null, true, 'day'],
      ['Monday', null, true, 'day'],
      ['2011', '2011', false, 'year'],
    ]);
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['dates/no-anchor', 'info']]);
  });

  it('still resolves dates the text fixes', () => {
    expect(dates('The treaty was signed on 25 April 2019 and ratified on 18/04/2020.', null)).toEqual(['25 April 2019=2019-04-25', '18/04/2020=2020-04-18']);
  });
});
