import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/eval.js';
import { DEFAULT_FIXTURES } from '../../src/eval/run.js';

/**
 * The gate over the project's own fixtures: a change to any stage that loses a fact, a figure, an entity or a
 * metadata field the baseline had fails here, with the report of what was lost. When the change is intended,
 * `newsfacts eval --update` (or `npx tsx src/cli.ts eval --update`) rewrites fixtures/baseline.json.
 */
describe('the fixtures', () => {
  it('score no lower than fixtures/baseline.json', async () => {
    let out = '';
    let err = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
    const status = await evalCommand([], io);
    const gate = out.slice(out.indexOf('\nGate:'));
    expect(status, `${err}${gate}`).toBe(0);
    expect(out).not.toContain('not scored (no gold file)');
  });

  it('cover what the evaluation issue asks for', () => {
    const files = readdirSync(DEFAULT_FIXTURES);
    const articles = files.filter((f) => /\.(txt|html)$/.test(f));
    expect(articles.length).toBeGreaterThanOrEqual(13);
    expect(files.filter((f) => f.endsWith('.html'))).not.toHaveLength(0);
    for (const a of articles) {
      expect(files, `${a} has a gold file`).toContain(a.replace(/\.(txt|html)$/, '.gold.json'));
      if (a.endsWith('.txt')) {
        const words = readFileSync(path.join(DEFAULT_FIXTURES, a), 'utf8').split(/\s+/).filter(Boolean).length;
        expect(words, a).toBeGreaterThanOrEqual(300);
        expect(words, a).toBeLessThanOrEqual(900);
      }
    }
    const batches = files.filter((f) => f.endsWith('.jsonl'));
    expect(batches).toHaveLength(1);
    const lines = readFileSync(path.join(DEFAULT_FIXTURES, batches[0]), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.length).toBeLessThanOrEqual(6);
    const hostile = articles.map((a) => readFileSync(path.join(DEFAULT_FIXTURES, a), 'utf8')).find((t) => t.includes('<script>alert(1)</script>'));
    expect(hostile).toContain('<img src=x onerror=alert(1)>');
    expect(hostile).toContain('javascript:');
  });
});
