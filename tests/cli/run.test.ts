import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/write/columns.js';
import { SCRAPED_PAGE, csvHeader, readCsv, readJsonl, runCli, tempDir } from '../helpers.js';

const ARTICLE = 'Farmers in the south of the country expect a smaller wheat harvest this year after a dry spring, the agriculture ministry said on Monday.\n\nThe ministry cut its forecast for the third time since March.';

function corpus(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'harbour.txt'), SCRAPED_PAGE);
  writeFileSync(path.join(dir, 'wheat.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'batch.jsonl'), [
    JSON.stringify({ id: 'j1', text: ARTICLE, title: 'Wheat forecast cut', published: '2022-05-09' }),
    'not json at all',
    JSON.stringify({ id: 'j2', text: 'Storms closed schools across the region on Tuesday.\nClasses resume on Thursday.' }),
  ].join('\n'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'notes.md'), 'not an article');
  return dir;
}

describe('newsfacts run', () => {
  it('writes every table with its documented header, and a row per document', async () => {
    const dir = corpus();
    const out = path.join(tempDir(), 'out');
    const r = await runCli(['run', dir, '--out', out]);
    expect(r.status).toBe(1);
    for (const table of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
      expect(csvHeader(path.join(out, `${table}.csv`))).toEqual([...COLUMNS[table]]);
    }
    const docs = readCsv(path.join(out, 'documents.csv'));
    expect(docs.map((d) => `${d.doc_id}:${d.status}`)).toEqual(['j1:ok', 'batch-2:error', 'j2:ok', 'empty:error', 'harbour:ok', 'wheat:ok']);
    const harbour = docs.find((d) => d.doc_id === 'harbour')!;
    expect(harbour).toMatchObject({ title: 'Harbour strike in Rotterdam enters its third week', published: '2021-03-12T09:45', author: 'Annelies de Vries', dateline: 'Rotterdam (Reuters)', section: 'WORLD - EUROPE' });
    expect(Number(harbour.words)).toBeGreaterThan(80);
    expect(Number(harbour.sentences)).toBeGreaterThan(3);
    expect(readCsv(path.join(out, 'errors.csv'))).toEqual([
      expect.objectContaining({ doc_id: 'batch-2', code: 'read/jsonl-syntax', source: `${path.join(dir, 'batch.jsonl')}:2` }),
      expect.objectContaining({ doc_id: 'empty', code: 'read/empty' }),
    ]);
    expect(readJsonl(path.join(out, 'docs.jsonl'))).toHaveLength(6);
    expect(r.stderr).toMatch(/6 documents: 4 ok, 2 failed/);
    expect(r.stderr).toMatch(/words\/s/);
    expect(r.stderr).toMatch(/1 files in input folders were not articles.*\.md/);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('keeps every span of every output an exact [start, end) of the input text', async () => {
    const out = path.join(tempDir(), 'out');
    await runCli(['run', corpus(), '--out', out]);
    const records = readJsonl(path.join(out, 'docs.jsonl'));
    let spans = 0;
    for (const rec of records) {
      const text: string = rec.text;
      const visit = (node: unknown, where: string) => {
        if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
        if (!node || typeof node !== 'object') return;
        const o = node as Record<string, unknown>;
        if (typeof o.start === 'number' && typeof o.end === 'number') {
          spans++;
          expect(0 <= o.start && o.start <= o.end && o.end <= text.length, `${rec.doc_id} ${where}`).toBe(true);
          const s = text.slice(o.start, o.end);
          expect(s.trim(), `${rec.doc_id} ${where} has no text or untrimmed edges`).toBe(s);
          expect(s.length).toBeGreaterThan(0);
          if (typeof o.text === 'string') expect(o.text, `${rec.doc_id} ${where}`).toBe(s);
          if (typeof o.evidence === 'string') expect(o.evidence).toBe(s);
        }
        for (const [k, v] of Object.entries(o)) if (k !== 'text') visit(v, `${where}.${k}`);
      };
      const { text: _t, ...rest } = rec;
      visit(rest, rec.doc_id);
    }
    expect(spans).toBeGreaterThan(30);
    // The CSV tables carry the same spans: their text column is the slice of the input.
    const texts = new Map(records.map((r) => [r.doc_id, r.text as string]));
    for (const row of readCsv(path.join(out, 'mentions.csv'))) expect(row.text).toBe(texts.get(row.doc_id)!.slice(+row.start, +row.end));
    for (const row of readCsv(path.join(out, 'figures.csv'))) expect(row.text).toBe(texts.get(row.doc_id)!.slice(+row.start, +row.end));
    for (const row of readCsv(path.join(out, 'facts.csv'))) expect(row.evidence).toBe(texts.get(row.doc_id)!.slice(+row.start, +row.end));
  });

  it('never reads its own output folder when it lies inside an input folder', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'wheat.txt'), ARTICLE);
    const out = path.join(dir, 'tables');
    expect((await runCli(['run', dir, '--out', out])).status).toBe(0);
    // A second run over the same folder would otherwise read tables/docs.jsonl as a batch of articles.
    const again = await runCli(['run', dir, '--out', out]);
    expect(again.status).toBe(0);
    expect(readCsv(path.join(out, 'documents.csv')).map((d) => d.doc_id)).toEqual(['wheat']);
  });

  it('writes only the formats asked for', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'wheat.txt'), ARTICLE);
    const out = path.join(tempDir(), 'out');
    expect((await runCli(['run', dir, '--out', out, '--format', 'jsonl'])).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['docs.jsonl']);
  });

  it('exits 0 when every document succeeded, and prints no bar when stderr is not a terminal', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
    const r = await runCli(['run', dir, '--out', path.join(tempDir(), 'o')]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('\r');
    const tty = await runCli(['run', dir, '--out', path.join(tempDir(), 'o')], { tty: true });
    expect(tty.stderr).toContain('\r');
  });

  it('exits 2 on a usage error, with a message saying what to do', async () => {
    for (const args of [['run'], ['run', 'x', '--date', '25/04/2019'], ['run', 'x', '--format', 'xml'], ['run', 'x', '--bogus'], ['frobnicate'], []]) {
      const r = await runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
    }
    expect((await runCli(['run', 'x', '--date', '25/04/2019'])).stderr).toMatch(/cli\/usage: --date wants YYYY-MM-DD/);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'p.json'), '{"name": "p", "stages": [{"stage": "nope"}]}');
    const bad = await runCli(['run', 'x', '--pipeline', path.join(dir, 'p.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/pipeline\/unknown-stage: .*p\.json: stages\[0\] "nope"/);
  });

  it('prints the seconds of every stage with --timings, even with --quiet, and nothing of the kind without it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const timed = await runCli(['run', dir, '--out', path.join(tempDir(), 'o'), '--workers', '1', '--quiet', '--timings']);
    expect(timed.status).toBe(0);
    expect(timed.stderr).toMatch(/^newsfacts: seconds per stage \(the run took [0-9.]+ s\):\n/);
    for (const stage of ['clean', 'tokenize', 'ner', 'link', 'facts', 'render', 'write']) expect(timed.stderr).toMatch(new RegExp(`\\n  ${stage} +[0-9]+\\.[0-9]{3} +[0-9.]+ %`));
    const plain = await runCli(['run', dir, '--out', path.join(tempDir(), 'o'), '--workers', '1']);
    expect(plain.stderr).not.toMatch(/seconds per stage/);
  });

  it('explains every option with an example', async () => {
    const main = await runCli(['--help']);
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/newsfacts run/);
    const run = await runCli(['run', '--help']);
    for (const opt of ['--out', '--pipeline', '--date', '--format']) expect(run.stdout).toMatch(new RegExp(`${opt}[^\\n]*\\n[^]*?e\\.g\\. ${opt}`));
  });

  it('resolves against --date only where the page gives no date', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'dated.txt'), SCRAPED_PAGE);
    const out = path.join(tempDir(), 'o');
    await runCli(['run', dir, '--out', out, '--date', '2022-05-09']);
    const anchors = Object.fromEntries(readJsonl(path.join(out, 'docs.jsonl')).map((r) => [r.doc_id, r.anchor_date]));
    expect(anchors).toEqual({ dated: '2021-03-12', plain: '2022-05-09' });
  });

  it('leaves the previous tables whole when a run fails before it finishes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const out = path.join(tempDir(), 'o');
    await runCli(['run', dir, '--out', out]);
    const before = readFileSync(path.join(out, 'documents.csv'), 'utf8');
    // A pipeline whose sink cannot open its output folder (a file stands where the folder should be).
    const blocked = path.join(out, 'documents.csv', 'sub');
    const r = await runCli(['run', dir, '--out', blocked]);
    expect(r.status).not.toBe(0);
    expect(readFileSync(path.join(out, 'documents.csv'), 'utf8')).toBe(before);
    expect(existsSync(blocked)).toBe(false);
  });
});
