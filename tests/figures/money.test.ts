import { describe, expect, it } from 'vitest';
import { figureWithText, figuresIn } from './analyse.js';

describe('money', () => {
  it.each([
    ['The port authority approved a $1.2bn expansion of the container terminal.', '$1.2bn', 1.2e9, 'USD'],
    ['Brussels set aside €300m for the flooded valleys.', '€300m', 3e8, 'EUR'],
    ['The airline lost 2.5 billion roubles in the first quarter.', '2.5 billion roubles', 2.5e9, 'RUB'],
    ['The state cleared a Rs 40 crore grant for the river front.', 'Rs 40 crore', 4e8, 'INR'],
    ['The miner raised US$150 million from pension funds.', 'US$150 million', 1.5e8, 'USD'],
    ['Shares in the ferry operator closed at HK$10.05 on Friday.', 'HK$10.05', 10.05, 'HKD'],
    ['The stadium roof cost C$16.4 million.', 'C$16.4 million', 16.4e6, 'CAD'],
    ['The council fined the landlord £8,500 for the damp flats.', '£8,500', 8500, 'GBP'],
    ['Tickets for the river cruise cost 15€ a head.', '15€', 15, 'EUR'],
    ['The co-op sold the harvest for 323 million euros.', '323 million euros', 3.23e8, 'EUR'],
    ['The tender was won with a bid of 10,000 Swiss francs.', '10,000 Swiss francs', 10000, 'CHF'],
    ['Exporters were paid 450,000 yen per container.', '450,000 yen', 450000, 'JPY'],
    ['The bakery charges 50p for a roll.', '50p', 0.5, 'GBP'],
    ['Bus fares went up by 35 cents.', '35 cents', 0.35, 'USD'],
    ['The bid was 470 pence a share.', '470 pence', 4.7, 'GBP'],
    ['The fund manager sold bonds worth USD 200 million.', 'USD 200 million', 2e8, 'USD'],
    ['Wages in the mill were 3 dollars 50 cents a day.', '3 dollars 50 cents', 3.5, 'USD'],
    ['The 1998 budget counted 420 million Finnish markka.', '420 million Finnish markka', 4.2e8, 'FIM'],
    ['The club paid a £50k signing-on fee.', '£50k', 50000, 'GBP'],
    ['Investors pumped millions of dollars into the start-up.', 'millions of dollars', 2e6, 'USD'],
    // A letter sign against its number, with a scale word after it or a separator in it.
    ['The municipality paid R12.4 million for the water tanks.', 'R12.4 million', 12.4e6, 'ZAR'],
    ['The clerk admitted taking R75,000 from the fund.', 'R75,000', 75000, 'ZAR'],
    ['The state released Rs25 crore for the flood relief.', 'Rs25 crore', 2.5e8, 'INR'],
  ])('%s', (sentence, surface, value, unit) => {
    const f = figureWithText(sentence, surface);
    expect(f).toMatchObject({ kind: 'MONEY', value, unit });
  });

  it('tells pounds of money from pounds of weight', () => {
    expect(figureWithText('The deal was worth 361 million pounds to the shipyard.', '361 million pounds')).toMatchObject({ kind: 'MONEY', unit: 'GBP' });
    expect(figureWithText('The boxer lost 25 pounds before the fight.', '25 pounds')).toMatchObject({ kind: 'QUANTITY', unit: 'lb', si: 11.33980925 });
  });

  it.each([
    ['ALL 5 proposals were rejected by the board.'],
    ['She worked as a real estate agent before politics.'],
    ['The ferry left at 5 and came back with 3 passengers.'],
    ['Trucks on the R21 and the R101 were stopped at the toll gate.'],
    ['The Rs2 code marks the second row of the grid.'],
  ])('reads no money in "%s"', (sentence) => {
    expect(figuresIn(sentence).filter((f) => f.kind === 'MONEY')).toEqual([]);
  });
});
