import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/run.js';
import { docRecord } from '../../src/write/rows.js';

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

describe('a document read after others', () => {
  it('gives the same record as read first: nothing one document teaches the process changes another', () => {
    const texts = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
    // Possessives against punctuation, which wink-nlp used to learn as words ("Valdoria's" whole).
    const teacher = "Exports grew faster than Valdoria's. The fund (Kestrelton's) paid out. At Marwick's, prices rose.";
    const probe = "Valdoria's leader met Kestrelton's mayor and Marwick's board on Monday, the Valdoria Herald said.";
    const record = (p: Pipeline, text: string) => JSON.stringify(docRecord(p.process(text, { id: 'probe', date: '2024-03-01' })));
    const first = new Pipeline(Pipeline.load().spec);
    const alone = [probe, ...texts].map((t) => record(first, t));
    const later = new Pipeline(Pipeline.load().spec);
    record(later, teacher);
    for (const t of [...texts].reverse()) record(later, t);
    expect(record(later, probe)).toBe(alone[0]);
    [...texts].forEach((t, k) => expect(record(later, t), `fixture ${k}`).toBe(alone[k + 1]));
  });
});
