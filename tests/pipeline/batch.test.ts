import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTIAL_DIR } from '../../src/write/stage.js';
import { tempDir } from '../helpers.js';

const CLI = path.resolve('dist/cli.js');
const TABLES = ['documents.csv', 'mentions.csv', 'entities.csv', 'figures.csv', 'facts.csv', 'errors.csv', 'docs.jsonl'];

const CITIES = ['Lisbon', 'Nairobi', 'Osaka', 'Quito', 'Tbilisi', 'Perth', 'Accra', 'Bergen'];
const PEOPLE = ['Maria Santos', 'John Mwangi', 'Aiko Tanaka', 'Luis Ortega', 'Nino Beridze', 'Grace Hill'];

/** A JSONL batch of varied short articles, with a few bad lines among them. */
function batch(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 13) {
      lines.push('{"id": "broken", ');
      continue;
    }
    const city = CITIES[i % CITIES.length];
    const person = PEOPLE[i % PEOPLE.length];
    lines.push(JSON.stringify({
      id: `n${i}`,
      published: `2021-0${1 + (i % 9)}-1${i % 10}`,
      text: `${person} arrived in ${city} on Tuesday for talks on a ${10 + (i % 40)} million dollar port project.\n\nOfficials said ${i % 50} per cent of the work was done and that the mayor of ${city} hoped to open it next year.`,
    }));
  }
  return lines.join('\n') + '\n';
}

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, 'run', ...args, '--quiet'], { encoding: 'utf8' });
}

const tables = (dir: string) => Object.fromEntries(TABLES.map((t) => [t, readFileSync(path.join(dir, t), 'utf8')]));

describe('batch runs', () => {
  it('writes the same tables, row for row, on two workers as on one', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'batch.jsonl'), batch(300));
    const one = path.join(tempDir(), 'one');
    const two = path.join(tempDir(), 'two');
    expect(run([dir, '--out', one, '--workers', '1']).status).toBe(1);
    expect(run([dir, '--out', two, '--workers', '2']).status).toBe(1);
    const a = tables(one);
    const b = tables(two);
    for (const t of TABLES) expect(b[t], t).toBe(a[t]);
    expect(a['documents.csv'].split('\n').filter(Boolean)).toHaveLength(301);
  });

  it('resumes a run killed with SIGKILL and ends with the tables of an uninterrupted run', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'batch.jsonl'), batch(4000));
    const pipelineFile = path.join(dir, 'pipeline.json');
    const pipeline = JSON.parse(readFileSync('pipelines/news.json', 'utf8'));
    pipeline.stages[pipeline.stages.length - 1].options = { ...pipeline.stages[pipeline.stages.length - 1].options, flushDocuments: 5 };
    writeFileSync(pipelineFile, JSON.stringify(pipeline));
    const whole = path.join(dir, 'whole');
    expect(run([path.join(dir, 'batch.jsonl'), '--out', whole, '--pipeline', pipelineFile, '--workers', '1']).status).toBe(1);

    const out = path.join(dir, 'resumed');
    const args = [CLI, 'run', path.join(dir, 'batch.jsonl'), '--out', out, '--pipeline', pipelineFile, '--quiet', '--workers', '2'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const journal = path.join(out, PARTIAL_DIR, 'progress.jsonl');
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // The journal's last line may be half written when it is read (or when the kill lands): the last
    // whole line is what counts, as it is for --resume.
    const lastDocs = (): number => {
      const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean);
      for (let k = lines.length - 1; k >= 0; k--) {
        try {
          return (JSON.parse(lines[k]) as { docs: number }).docs;
        } catch {
          // half a line: try the one before
        }
      }
      return 0;
    };
    // Kill it once some documents are written and while others are still to come.
    for (let i = 0; i < 3000; i++) {
      await new Promise((r) => setTimeout(r, 10));
      if (existsSync(journal) && lastDocs() >= 100) break;
    }
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(path.join(out, 'documents.csv'))).toBe(false);
    const done = lastDocs();
    expect(done).toBeGreaterThanOrEqual(100);
    expect(done).toBeLessThan(4000);

    const resumed = spawnSync(process.execPath, [...args, '--resume'].filter((a) => a !== '--quiet'), { encoding: 'utf8' });
    expect(resumed.stderr).toMatch(/resumed an interrupted run after its first \d+ documents/);
    expect(resumed.status).toBe(1);
    const a = tables(whole);
    const b = tables(out);
    for (const t of TABLES) expect(b[t], t).toBe(a[t]);
    expect(existsSync(path.join(out, PARTIAL_DIR))).toBe(false);
  }, 240_000);

  it('refuses to resume with other inputs, and starts over without --resume', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.jsonl'), batch(20));
    writeFileSync(path.join(dir, 'b.jsonl'), batch(30));
    const out = path.join(dir, 'o');
    // Leave a partial run behind, as an interrupted run would.
    const partial = path.join(out, PARTIAL_DIR);
    run([path.join(dir, 'a.jsonl'), '--out', out, '--workers', '1']);
    spawnSync('mkdir', ['-p', partial]);
    writeFileSync(path.join(partial, 'manifest.json'), '{"inputs":["elsewhere"]}');
    writeFileSync(path.join(partial, 'progress.jsonl'), '{"docs":0,"failed":0,"words":0,"lastId":null,"sizes":{}}\n');
    const refused = run([path.join(dir, 'b.jsonl'), '--out', out, '--resume', '--workers', '1']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/write\/resume-mismatch/);
    const fresh = spawnSync(process.execPath, [CLI, 'run', path.join(dir, 'b.jsonl'), '--out', out, '--workers', '1'], { encoding: 'utf8' });
    expect(fresh.stderr).toMatch(/partial tables of an interrupted run were found and discarded/);
    expect(readFileSync(path.join(out, 'documents.csv'), 'utf8').split('\n').filter(Boolean)).toHaveLength(31);
  });
});
