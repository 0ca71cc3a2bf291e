import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/eval.js';
import { BaselineFile, compareWithBaseline, toBaseline } from '../../src/eval/baseline.js';
import { runEval } from '../../src/eval/run.js';

function capture() {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    out: () => out,
    err: () => err,
  };
}

// A pipeline of the reading and cleaning stages only: its metadata is what these tests gate on, so they do not
// move when other stages of the default pipeline change.
const PIPELINE = { name: 'metadata-only', stages: [{ stage: 'read' }, { stage: 'clean' }] };
const ARTICLE = `Published: 3 March 2023
Harbour strike ends after nine days
By Lea Brandt

HAMBURG (Elbe Wire) – Dock workers in Hamburg ended a nine-day strike on Thursday after the port operator agreed to raise wages by 7 per cent.
`;
const GOLD = {
  metadata: { title: 'Harbour strike ends after nine days', published: '2023-03-03', author: 'Lea Brandt', dateline: { place: 'Hamburg', agency: 'Elbe Wire' } },
  entities: [{ type: 'PLACE', name: 'Hamburg' }],
};

describe('the regression gate', () => {
  let dir: string;
  let pipeline: string;
  let baseline: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-eval-'));
    pipeline = path.join(dir, 'pipeline.json');
    baseline = path.join(dir, 'baseline.json');
    writeFileSync(pipeline, JSON.stringify(PIPELINE));
    writeFileSync(path.join(dir, 'strike.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'strike.gold.json'), JSON.stringify(GOLD));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a baseline with --update, then passes against it when nothing changed', async () => {
    const first = capture();
    expect(await evalCommand([dir, '--pipeline', pipeline, '--update'], first.io)).toBe(0);
    const written = BaselineFile.parse(JSON.parse(readFileSync(baseline, 'utf8')));
    expect(written.fixtures.strike.metadata.found).toEqual(['author: "Lea Brandt"', 'dateline: "Hamburg (Elbe Wire)"', 'published: "2023-03-03"', 'title: "Harbour strike ends after nine days"']);
    const again = capture();
    expect(await evalCommand([dir, '--pipeline', pipeline], again.io)).toBe(0);
    expect(again.out()).toContain('Gate: PASSED');
  });

  it('fails when a score is below the baseline, and lists what was lost with the gold evidence', async () => {
    const doctored = BaselineFile.parse(JSON.parse(readFileSync(baseline, 'utf8')));
    // The baseline claims the fact was found once: this run misses it, so facts recall drops from 1 to 0.
    const gold = { ...GOLD, facts: [{ subject: 'Hamburg', predicate: 'has_quantity', value: 7, unit: '%', evidence: 'raise wages by 7 per cent' }] };
    writeFileSync(path.join(dir, 'strike.gold.json'), JSON.stringify(gold));
    doctored.fixtures.strike.facts = { precision: 1, recall: 1, f1: 1, found: ['Hamburg has_quantity = 7 %'], wrong: [] };
    const other = path.join(dir, 'doctored.json');
    writeFileSync(other, JSON.stringify(doctored));
    const run = capture();
    expect(await evalCommand([dir, '--pipeline', pipeline, '--baseline', other], run.io)).toBe(1);
    expect(run.out()).toContain('Gate: FAILED');
    expect(run.out()).toContain('strike facts: precision 1.0000 -> 0.0000, recall 1.0000 -> 0.0000, f1 1.0000 -> 0.0000');
    expect(run.out()).toMatch(/- Hamburg has_quantity = 7 %\n\s+evidence: "raise wages by 7 per cent"/);
    writeFileSync(path.join(dir, 'strike.gold.json'), JSON.stringify(GOLD));
  });

  it('fails when a fixture of the baseline is no longer scored', async () => {
    const doctored = BaselineFile.parse(JSON.parse(readFileSync(baseline, 'utf8')));
    doctored.fixtures.vanished = doctored.fixtures.strike;
    const other = path.join(dir, 'vanished.json');
    writeFileSync(other, JSON.stringify(doctored));
    const run = capture();
    expect(await evalCommand([dir, '--pipeline', pipeline, '--baseline', other], run.io)).toBe(1);
    expect(run.out()).toContain('vanished: in the baseline but not scored');
  });

  it('reports gained items and passes when scores rise', async () => {
    const report = await runEval({ dir, pipelineFile: pipeline });
    const lower = toBaseline(report);
    lower.fixtures.strike.metadata = { precision: 0.5, recall: 0.5, f1: 0.5, found: ['title: "Harbour strike ends after nine days"'], wrong: ['author: "Staff"'] };
    lower.layers.metadata = { ...lower.layers.metadata, precision: 0.5, recall: 0.5, f1: 0.5 };
    const gate = compareWithBaseline(report, lower);
    expect(gate.passed).toBe(true);
    expect(gate.changes).toHaveLength(1);
    expect(gate.changes[0].gained.map((i) => i.key).sort()).toEqual(['author: "Lea Brandt"', 'dateline: "Hamburg (Elbe Wire)"', 'published: "2023-03-03"']);
    expect(gate.changes[0].noLongerWrong.map((i) => i.key)).toEqual(['author: "Staff"']);
  });

  it('refuses gold that does not fit its article, with exit status 2 and the place of each problem', async () => {
    writeFileSync(path.join(dir, 'strike.gold.json'), JSON.stringify({ ...GOLD, dates: [{ value: '2023-03-02', text: 'on Wednesday' }] }));
    const run = capture();
    expect(await evalCommand([dir, '--pipeline', pipeline], run.io)).toBe(2);
    expect(run.err()).toContain('strike.gold.json: dates[0].text: "on Wednesday" is not in the article text');
    writeFileSync(path.join(dir, 'strike.gold.json'), JSON.stringify(GOLD));
  });

  it('prints the report as JSON with --json', async () => {
    const run = capture();
    expect(await evalCommand([dir, '--pipeline', pipeline, '--json'], run.io)).toBe(0);
    const json = JSON.parse(run.out());
    expect(json.totals.metadata).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(json.gate.passed).toBe(true);
    expect(json.fixtures[0].layers.entities.missed).toEqual([{ key: 'PLACE Hamburg' }]);
  });
});
