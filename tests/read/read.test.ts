import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/pipeline/stage.js';
import { FileSource, sniffFormat } from '../../src/read/stage.js';
import { tempDir } from '../helpers.js';

const options = { textExtensions: ['.txt', '.text'], htmlExtensions: ['.html', '.htm'], jsonlExtensions: ['.jsonl'] };

async function readAll(inputs: string[], stdin?: Buffer): Promise<ReadResult[]> {
  const source = new FileSource(options, async () => stdin ?? Buffer.alloc(0));
  const out: ReadResult[] = [];
  for await (const r of source.documents(inputs)) out.push(r);
  return out;
}

const ARTICLE = 'Wind farms off the coast produced a record share of the country\'s power last month, the grid operator said.';

const HTML_PAGE = `<!doctype html><html><head><title>Wind record | The Coastal Times</title>
<meta property="article:published_time" content="2023-02-03T08:15:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Offshore wind sets a record</h1><p class="byline">By Maria Lund</p>
<p>Wind farms off the coast produced a record share of the country's power last month, the grid operator said on Thursday, as storms kept turbines turning for most of January.</p>
<p>The operator said offshore farms supplied nearly half of all electricity, beating the previous record set two winters ago, and that new cables to the mainland had cut the power wasted on windy nights.</p>
<p>Engineers expect the share to keep growing as three more farms come online before the end of next year, each with more than fifty turbines.</p></article>
<footer>Contact us | Privacy policy</footer></body></html>`;

describe('read: input formats', () => {
  it('reads a .txt article whole, with its id from the file name', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'wind-record.txt');
    writeFileSync(file, ARTICLE);
    const [r] = await readAll([file]);
    expect(r).toMatchObject({ ok: true, input: { id: 'wind-record', source: file, text: ARTICLE } });
  });

  it('extracts the article of an HTML page, paragraphs apart, with its metadata', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'page.html');
    writeFileSync(file, HTML_PAGE);
    const [r] = await readAll([file]);
    if (!r.ok) throw new Error(r.message);
    const { text, meta } = r.input;
    expect(text).toContain("Wind farms off the coast produced a record share of the country's power last month");
    expect(text).toContain('\n\nThe operator said offshore farms');
    expect(text).not.toContain('Privacy policy');
    expect(text).not.toMatch(/<p|<article/);
    expect(meta?.published?.value).toBe('2023-02-03T08:15:00Z');
    if (meta?.title?.start !== undefined) expect(text.slice(meta.title.start, meta.title.end)).toBe(meta.title.value);
  });

  it('reads a JSONL batch one article a line, with ids, titles and dates', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'batch.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a1', text: ARTICLE, title: 'Wind record', published: '2023-02-03', url: 'https://example.org/a1' }),
      '',
      JSON.stringify({ id: 7, text: 'Rain is expected across the north on Sunday.' }),
      JSON.stringify({ text: 'A third item has no id.' }),
    ].join('\n'));
    const rs = await readAll([file]);
    expect(rs.map((r) => r.ok && r.input.id)).toEqual(['a1', '7', 'batch-4']);
    const first = rs[0];
    if (!first.ok) throw new Error();
    expect(first.input.meta).toMatchObject({ title: { value: 'Wind record' }, published: { value: '2023-02-03' }, url: 'https://example.org/a1' });
    expect(first.input.source).toBe(`${file}:1`);
  });

  it('reads a folder recursively in name order and counts files that are not articles', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'sub', 'c.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'a.gold.json'), '{}');
    const source = new FileSource(options);
    const ids: string[] = [];
    for await (const r of source.documents([dir])) if (r.ok) ids.push(r.input.id);
    expect(ids).toEqual(['a', 'b', 'sub/c']);
    expect(source.skipped.count).toBe(1);
    expect([...source.skipped.extensions]).toEqual(['.json']);
  });

  it('reads standard input as text, HTML or JSONL by its first characters', async () => {
    const [t] = await readAll(['-'], Buffer.from(ARTICLE));
    expect(t).toMatchObject({ ok: true, input: { id: 'stdin', source: '-', text: ARTICLE } });
    const js = await readAll(['-'], Buffer.from(`${JSON.stringify({ id: 'x', text: ARTICLE })}\n${JSON.stringify({ id: 'y', text: ARTICLE })}\n`));
    expect(js.map((r) => r.ok && r.input.id)).toEqual(['x', 'y']);
    expect(sniffFormat(HTML_PAGE)).toBe('html');
    expect(sniffFormat('{"id": 1, "text": "x"}\n')).toBe('jsonl');
    expect(sniffFormat('{Not JSON} but an article')).toBe('text');
  });
});

describe('read: bad input gets a clear error for that document only', () => {
  const cases: [string, string | Buffer, string, RegExp][] = [
    ['empty.txt', '', 'read/empty', /empty/],
    ['blank.txt', ' \n\n \t', 'read/empty', /white space/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'read/binary', /binary/],
    ['latin1.txt', Buffer.from('Caf\xe9 society', 'latin1'), 'read/invalid-utf8', /not valid UTF-8.*byte 3/],
  ];
  it.each(cases)('%s: %s', async (name, content, code, message) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, name), content);
    writeFileSync(path.join(dir, 'z-good.txt'), ARTICLE);
    const rs = await readAll([dir]);
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ ok: false, code });
    if (!rs[0].ok) expect(rs[0].message).toMatch(message);
    expect(rs[1].ok).toBe(true);
  });

  it('a missing path is an error, and the next input is still read', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
    const rs = await readAll([path.join(dir, 'nope.txt'), path.join(dir, 'good.txt')]);
    expect(rs[0]).toMatchObject({ ok: false, code: 'read/not-found', id: 'nope' });
    expect(rs[1].ok).toBe(true);
  });

  it('a malformed JSONL line is an error for that line; the lines around it are read', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'b.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'ok1', text: ARTICLE }), '{"id": "broken", "text": ', JSON.stringify({ id: 'no-text' }), JSON.stringify({ id: 'ok2', text: ARTICLE })].join('\n'));
    const rs = await readAll([file]);
    expect(rs.map((r) => (r.ok ? r.input.id : `${r.code}@${r.source}`))).toEqual([
      'ok1',
      `read/jsonl-syntax@${file}:2`,
      `read/jsonl-shape@${file}:3`,
      'ok2',
    ]);
  });

  it('a JSONL line of invalid UTF-8 is an error for that line, not a silent replacement character', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from('{"id":"bad","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from(JSON.stringify({ id: 'good', text: ARTICLE }))]));
    const rs = await readAll([file]);
    expect(rs[0]).toMatchObject({ ok: false, code: 'read/invalid-utf8' });
    expect(rs[1]).toMatchObject({ ok: true });
  });

  it('an HTML page with no article is an error', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    const [r] = await readAll([dir]);
    expect(r).toMatchObject({ ok: false, code: 'read/html-no-article' });
  });
});
