import { describe, expect, it } from 'vitest';
import { figureWithText } from './analyse.js';

describe('counts', () => {
  it.each([
    ['Delegates from 27 Nations signed the fisheries accord.', '27 Nations', 27, 'nation', null],
    ['At least four people were hurt when the crane fell.', 'four people', 4, 'person', 'at_least'],
    ['Seventy volunteers cleared the beach on Sunday.', 'Seventy volunteers', 70, 'volunteer', null],
    ['The bakery sells a dozen rolls for five euros.', 'a dozen rolls', 12, 'roll', null],
    ['Thousands of commuters were stranded by the strike.', 'Thousands of commuters', 2000, 'commuter', 'at_least'],
    ['Tens of thousands of fans lined the route.', 'Tens of thousands of fans', 20000, 'fan', 'at_least'],
    ['The census counted 816 000 residents in the region.', '816 000 residents', 816000, 'resident', null],
    ['The ministry hired 3m temporary workers for the harvest.', '3m temporary workers', 3e6, 'worker', null],
    ['Only one bidder remained after the deadline.', 'one bidder', 1, 'bidder', null],
    ['Twenty-two companies applied for the licence.', 'Twenty-two companies', 22, 'company', null],
    ['The court heard two of the defendants on Monday.', 'two of the defendants', 2, 'defendant', null],
    ['Roughly 1.5 million people live in the delta.', '1.5 million people', 1.5e6, 'person', 'about'],
    ['The club signed three new strikers in the winter window.', 'three new strikers', 3, 'striker', null],
    ['Two thirds of respondents backed the plan.', 'Two thirds of respondents', 2 / 3, 'respondent', null],
    // A hyphenated modifier, and a singular noun after the counted one.
    ['The carrier leased 18 wide-body jets for the summer.', '18 wide-body jets', 18, 'jet', null],
    ['Inspectors questioned 60 well-paid consultants.', '60 well-paid consultants', 60, 'consultant', null],
    ['The board counted 9,400 postal votes cast by Friday.', '9,400 postal votes', 9400, 'vote', null],
  ])('%s', (sentence, surface, value, unit, qualifier) => {
    const f = figureWithText(sentence, surface);
    expect(f.kind).toBe('COUNT');
    expect(f.value).toBeCloseTo(value as number, 9);
    expect(f).toMatchObject({ unit, qualifier });
  });

  it('keeps a bare number as a count without a unit', () => {
    expect(figureWithText('The committee voted and 42 were in favour.', '42')).toMatchObject({ kind: 'COUNT', value: 42, unit: null });
  });
});
