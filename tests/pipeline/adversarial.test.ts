import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/run.js';

const pipeline = Pipeline.load();

/**
 * Inputs built to make a regular expression backtrack or a name matcher go quadratic. They are guarded
 * by the test timeout only: speed is measured by `npm run bench`, not here.
 */
describe('adversarial input', () => {
  const cases: [string, () => string][] = [
    ['a 1 MB line of capitalised words', () => Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' ')],
    ['a 1 MB run of digits and commas', () => '1,'.repeat(500_000)],
    ['a 1 MB run of digits, dots and spaces', () => '12.5 '.repeat(200_000)],
    // wink-nlp spends about ten times longer per character on hyphen runs than on prose: 200 KB is enough.
    ['a 200 KB line of hyphenated capitals', () => 'Kim-Jong-'.repeat(22_000)],
    ['a 1 MB line of quotes and brackets', () => '"(['.repeat(350_000)],
    ['a 1 MB line of per cent signs and currency', () => '$ % € per cent '.repeat(70_000)],
  ];
  it.each(cases)('%s finishes', (_, make) => {
    const text = make();
    const doc = pipeline.process(text);
    expect(doc.text.length).toBe(text.length);
    expect(doc.status).toBe('ok');
  }, 60_000);
});
