import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { NewsfactsError, errorCodeOf, messageOf } from '../errors.js';
import type { ReadResult, Source, SourceStage } from '../pipeline/stage.js';
import { decodeArticle } from './decode.js';
import { extractHtml } from './html.js';
import { idFromPath } from './ids.js';
import { readJsonlFile, readJsonlText } from './jsonl.js';

const ReadOptions = z
  .object({
    textExtensions: z.array(z.string().startsWith('.')).default(['.txt', '.text']),
    htmlExtensions: z.array(z.string().startsWith('.')).default(['.html', '.htm', '.xhtml']),
    jsonlExtensions: z.array(z.string().startsWith('.')).default(['.jsonl', '.ndjson']),
  })
  .strict();
export type ReadOptions = z.infer<typeof ReadOptions>;

type Format = 'text' | 'html' | 'jsonl';

/** Files a folder holds that are not articles (gold files, notes); counted and reported, never read. */
export interface SkippedFiles {
  count: number;
  extensions: Set<string>;
}

export class FileSource implements Source {
  readonly skipped: SkippedFiles = { count: 0, extensions: new Set() };
  constructor(private readonly options: ReadOptions, private readonly stdin: () => Promise<Buffer> = readStdin) {}

  async *documents(inputs: readonly string[], options: { exclude?: readonly string[] } = {}): AsyncIterable<ReadResult> {
    const exclude = new Set((options.exclude ?? []).map((d) => path.resolve(d)));
    for (const input of inputs) {
      if (input === '-') {
        yield* this.fromStdin();
        continue;
      }
      let info;
      try {
        info = await stat(input);
      } catch {
        yield { ok: false, id: idFromPath(input, null), source: input, code: 'read/not-found', message: `no such file or folder: ${input}` };
        continue;
      }
      if (info.isDirectory()) {
        for await (const file of walk(input, exclude)) {
          const format = this.formatOf(file);
          if (!format) {
            this.skipped.count++;
            this.skipped.extensions.add(path.extname(file) || '(none)');
            continue;
          }
          yield* this.fromFile(file, format, input);
        }
      } else {
        // A file named on the command line is read even with an unknown extension: as plain text.
        yield* this.fromFile(input, this.formatOf(input) ?? 'text', null);
      }
    }
  }

  private formatOf(file: string): Format | null {
    const ext = path.extname(file).toLowerCase();
    if (this.options.textExtensions.includes(ext)) return 'text';
    if (this.options.htmlExtensions.includes(ext)) return 'html';
    if (this.options.jsonlExtensions.includes(ext)) return 'jsonl';
    return null;
  }

  private async *fromFile(file: string, format: Format, root: string | null): AsyncIterable<ReadResult> {
    const id = idFromPath(file, root);
    if (format === 'jsonl') {
      try {
        yield* readJsonlFile(file, id);
      } catch (err) {
        yield { ok: false, id, source: file, code: 'read/unreadable', message: `${file}: ${messageOf(err)}` };
      }
      return;
    }
    let text: string;
    try {
      text = decodeArticle(await readFile(file), file);
    } catch (err) {
      const code = err instanceof NewsfactsError ? err.code : 'read/unreadable';
      yield { ok: false, id, source: file, code, message: messageOf(err) };
      return;
    }
    yield textToResult(text, format, id, file);
  }

  private async *fromStdin(): AsyncIterable<ReadResult> {
    let text: string;
    try {
      text = decodeArticle(await this.stdin(), 'standard input');
    } catch (err) {
      yield { ok: false, id: 'stdin', source: '-', code: errorCodeOf(err), message: messageOf(err) };
      return;
    }
    const format = sniffFormat(text);
    if (format === 'jsonl') yield* readJsonlText(text, '-', 'stdin');
    else yield textToResult(text, format, 'stdin', '-');
  }
}

function textToResult(text: string, format: Format, id: string, source: string): ReadResult {
  if (format === 'html') {
    try {
      const page = extractHtml(text, source);
      return { ok: true, input: { id, source, text: page.text, meta: page.meta } };
    } catch (err) {
      return { ok: false, id, source, code: errorCodeOf(err), message: messageOf(err) };
    }
  }
  return { ok: true, input: { id, source, text } };
}

/** Standard input carries no file name: an HTML page starts with a tag, a JSONL batch with an object. */
export function sniffFormat(text: string): Format {
  const head = text.trimStart();
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  if (head.startsWith('{')) {
    const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'text';
    }
  }
  return 'text';
}

/** Files below a folder in name order; folders in `exclude` (the run's own output) are not entered. */
async function* walk(dir: string, exclude: ReadonlySet<string>): AsyncIterable<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!exclude.has(path.resolve(full))) yield* walk(full, exclude);
    } else if (e.isFile()) yield full;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const readStage: SourceStage<ReadOptions> = {
  kind: 'source',
  name: 'read',
  description: 'Reads articles from .txt and .html files, .jsonl batches (one article a line), folders (recursively) and standard input (-).',
  options: ReadOptions,
  requires: [],
  assigns: ['text', 'meta'],
  create: (options) => new FileSource(options),
};
