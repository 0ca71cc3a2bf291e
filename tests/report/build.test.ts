import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/errors.js';
import { buildReport } from '../../src/report/build.js';
import { runCli, tempDir } from '../helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, 'fixtures', 'docs.jsonl');

function runDir(): string {
  const dir = tempDir('newsfacts-report-');
  copyFileSync(FIXTURE, path.join(dir, 'docs.jsonl'));
  return dir;
}

function loadIndexData(reportDir: string): any {
  const js = readFileSync(path.join(reportDir, 'data', 'index-data.js'), 'utf8');
  const sandbox: { NEWSFACTS_REPORT?: unknown } = {};
  new Function('window', js)(sandbox);
  return sandbox.NEWSFACTS_REPORT;
}

describe('buildReport', () => {
  it('writes the index, its data, the assets and one linked page per article', async () => {
    const dir = runDir();
    const s = await buildReport(dir);
    expect(s).toMatchObject({ dir: path.join(dir, 'report'), articles: 2, facts: 9, droppedSpans: 0 });
    const report = path.join(dir, 'report');
    expect(readdirSync(report).sort()).toEqual(['articles', 'assets', 'data', 'index.html']);
    expect(readdirSync(path.join(report, 'assets')).sort()).toEqual(['article.js', 'index.js', 'report.css']);
    const pages = readdirSync(path.join(report, 'articles')).sort();
    expect(pages).toEqual(['00001-port-visit-hanoi.html', '00002-hostile-.-script-window.__xss-doc_id-script.html']);
    const first = readFileSync(path.join(report, 'articles', pages[0]), 'utf8');
    expect(first).toContain(`<a rel="next" href="${pages[1]}"`);
    const data = loadIndexData(report);
    expect(data.docs.map((d: unknown[]) => d[3])).toEqual(pages);
    expect(data.run).toMatchObject({ documents: 2, facts: 9 });
    // Nothing of the build is left beside the report.
    expect(readdirSync(dir).sort()).toEqual(['docs.jsonl', 'report']);
  });

  it('replaces the report of an earlier run, page for page', async () => {
    const dir = runDir();
    await buildReport(dir);
    writeFileSync(path.join(dir, 'docs.jsonl'), readFileSync(FIXTURE, 'utf8').split('\n')[0] + '\n');
    await buildReport(dir);
    expect(readdirSync(path.join(dir, 'report', 'articles'))).toEqual(['00001-port-visit-hanoi.html']);
  });

  it('fails with report/no-docs when the run wrote no docs.jsonl, and report/bad-docs naming the line of a bad record', async () => {
    const empty = tempDir('newsfacts-report-');
    await expect(buildReport(empty)).rejects.toMatchObject({ code: 'report/no-docs' });
    const dir = runDir();
    await buildReport(dir);
    writeFileSync(path.join(dir, 'docs.jsonl'), readFileSync(FIXTURE, 'utf8') + '{"text": "no id"}\n');
    const err = await buildReport(dir).catch((e) => e);
    expect(err).toBeInstanceOf(NewsfactsError);
    expect(err).toMatchObject({ code: 'report/bad-docs' });
    expect(err.message).toMatch(/docs\.jsonl:3: /);
    // A failed build leaves the previous report whole and no work folder behind.
    expect(readdirSync(path.join(dir, 'report', 'articles'))).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(['docs.jsonl', 'report']);
  });
});

describe('newsfacts report (command line)', () => {
  it('writes the report and says where to open it', async () => {
    const dir = runDir();
    const r = await runCli(['report', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/report of 2 articles, \d+ entities, 9 facts in [\d.]+ s; open .*report[\\/]index\.html/);
    expect(existsSync(path.join(dir, 'report', 'index.html'))).toBe(true);
  });

  it('exits 2 on a usage error and 1 when there is no docs.jsonl', async () => {
    expect((await runCli(['report'])).status).toBe(2);
    expect((await runCli(['report', 'a', 'b'])).status).toBe(2);
    expect((await runCli(['report', runDir(), '--graph-nodes', 'many'])).status).toBe(2);
    const missing = await runCli(['report', tempDir('newsfacts-report-')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/report\/no-docs: .*docs\.jsonl does not exist/);
    expect((await runCli(['report', '--help'])).stdout).toMatch(/newsfacts report <output-dir>/);
  });

  it('run --report processes the articles, then writes the report of the run, hostile article included', async () => {
    const input = tempDir('newsfacts-report-in-');
    const articles = path.join(input, 'articles');
    mkdirSync(articles);
    copyFileSync(path.join(here, 'fixtures', 'hostile-review.txt'), path.join(articles, 'hostile-review.txt'));
    copyFileSync(path.join(here, 'fixtures', 'port-visit-hanoi.txt'), path.join(articles, 'port-visit-hanoi.txt'));
    const out = path.join(input, 'out');
    const r = await runCli(['run', articles, '--out', out, '--workers', '1', '--report']);
    expect(r.stderr).toMatch(/report of 2 articles/);
    const page = readFileSync(path.join(out, 'report', 'articles', '00001-hostile-review.html'), 'utf8');
    // The text, escaped, whatever spans the pipeline marks inside it.
    expect(page.replace(/<[^>]*>/g, '')).toContain('text &lt;script&gt;window.__xss = &#39;script&#39;&lt;/script&gt; and');
    expect(page).not.toMatch(/<script>window/);
    expect(page).not.toMatch(/<img /);
  });

  it('run --report refuses a --format without jsonl before processing anything', async () => {
    const out = path.join(tempDir('newsfacts-report-'), 'out');
    const r = await runCli(['run', path.join(here, 'fixtures', 'hostile-review.txt'), '--out', out, '--format', 'csv', '--report']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--report is built from docs\.jsonl/);
    expect(existsSync(out)).toBe(false);
  });
});
