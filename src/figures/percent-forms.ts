/** How a percentage is written after its number, and what it reports as its unit. */
export type PercentUnit = '%' | 'pp' | 'bp';

export interface PercentForm {
  form: string;
  unit: PercentUnit;
  /** Matched with its case. */
  exact?: boolean;
  example: string;
}

export const PERCENT_FORMS: readonly PercentForm[] = [
  { form: '%', unit: '%', example: '95%; 10.5 %' },
  { form: 'per cent', unit: '%', example: '95 per cent (British and Indian English)' },
  { form: 'per-cent', unit: '%', example: 'a 5 per-cent rise' },
  { form: 'percent', unit: '%', example: '100 percent' },
  { form: 'percents', unit: '%', example: 'one hundred percents' },
  { form: 'percentage', unit: '%', example: 'thirty percentage (a percentage that is not followed by points)' },
  { form: 'pc', unit: '%', exact: true, example: '95pc (British press; upper-case PC is a computer)' },
  { form: 'pct', unit: '%', example: '3.5 pct (agency copy)' },
  { form: 'percentage points', unit: 'pp', example: 'up 2 percentage points' },
  { form: 'percentage point', unit: 'pp', example: 'a 0.25 percentage point cut' },
  { form: 'percentage-point', unit: 'pp', example: 'a 0.25 percentage-point cut' },
  { form: 'per cent points', unit: 'pp', example: '3 per cent points' },
  { form: '% points', unit: 'pp', example: 'down 1.5% points' },
  { form: '% point', unit: 'pp', example: 'a 0.5% point rise' },
  { form: 'basis points', unit: 'bp', example: 'a cut of 25 basis points (hundredths of a percentage point)' },
  { form: 'basis point', unit: 'bp', example: 'a 50 basis point rise' },
  { form: 'bps', unit: 'bp', exact: true, example: 'raised rates by 25 bps' },
];
