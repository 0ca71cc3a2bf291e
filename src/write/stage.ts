import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Doc } from '../doc/types.js';
import { NewsfactsError } from '../errors.js';
import type { RunSettings, Sink, SinkStage } from '../pipeline/stage.js';
import { COLUMNS, type TableName } from './columns.js';
import { EntityTable } from './entity-table.js';
import { docRecord, documentRow, errorRows, factRows, figureRows, mentionRows } from './rows.js';

export const FORMATS = ['csv', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

const WriteOptions = z
  .object({
    formats: z.array(z.enum(FORMATS)).min(1).default(['csv', 'jsonl']),
  })
  .strict();
type WriteOptions = z.infer<typeof WriteOptions>;

const PER_DOC_TABLES = ['documents', 'mentions', 'figures', 'facts', 'errors'] as const satisfies readonly TableName[];

/**
 * Writes the tables as documents finish, into a temporary folder beside the output, and moves each
 * finished table into place only when the run closes: an interrupted run never leaves a half table
 * that looks whole.
 */
export class TableSink implements Sink {
  private tmpDir = '';
  private outDir = '';
  private formats: Format[] = [];
  private readonly streams = new Map<string, WriteStream>();
  private readonly entities = new EntityTable();

  constructor(private readonly options: WriteOptions) {}

  async open(settings: RunSettings): Promise<void> {
    this.outDir = settings.outDir;
    this.formats = (settings.formats ?? this.options.formats) as Format[];
    for (const f of this.formats) {
      if (!FORMATS.includes(f)) throw new NewsfactsError('cli/usage', `unknown output format "${f}" (known: ${FORMATS.join(', ')})`);
    }
    await mkdir(this.outDir, { recursive: true });
    this.tmpDir = await mkdtemp(path.join(this.outDir, '.newsfacts-tmp-'));
    if (this.formats.includes('csv')) {
      for (const t of PER_DOC_TABLES) this.open1(`${t}.csv`, csvLines(t, [], true));
    }
    if (this.formats.includes('jsonl')) this.open1('docs.jsonl', '');
  }

  private open1(name: string, initial: string): void {
    const s = createWriteStream(path.join(this.tmpDir, name));
    if (initial) s.write(initial);
    this.streams.set(name, s);
  }

  async write(doc: Doc): Promise<void> {
    this.entities.add(doc);
    if (this.formats.includes('csv')) {
      await this.append('documents.csv', csvLines('documents', [documentRow(doc)]));
      await this.append('mentions.csv', csvLines('mentions', mentionRows(doc)));
      await this.append('figures.csv', csvLines('figures', figureRows(doc)));
      await this.append('facts.csv', csvLines('facts', factRows(doc)));
      await this.append('errors.csv', csvLines('errors', errorRows(doc)));
    }
    if (this.formats.includes('jsonl')) await this.append('docs.jsonl', JSON.stringify(docRecord(doc)) + '\n');
  }

  private async append(name: string, data: string): Promise<void> {
    if (!data) return;
    const s = this.streams.get(name)!;
    if (!s.write(data)) await new Promise<void>((resolve) => s.once('drain', resolve));
  }

  async close(): Promise<void> {
    if (this.formats.includes('csv')) this.open1('entities.csv', csvLines('entities', this.entities.rows(), true));
    await Promise.all([...this.streams.values()].map((s) => new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())))));
    for (const name of this.streams.keys()) await rename(path.join(this.tmpDir, name), path.join(this.outDir, name));
    this.streams.clear();
    await rm(this.tmpDir, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    for (const s of this.streams.values()) s.destroy();
    this.streams.clear();
    if (this.tmpDir) await rm(this.tmpDir, { recursive: true, force: true });
  }
}

function csvLines(table: TableName, rows: readonly Record<string, unknown>[], header = false): string {
  if (!rows.length && !header) return '';
  return stringify(rows as Record<string, unknown>[], { header, columns: [...COLUMNS[table]], cast: { number: (n) => String(n), boolean: (b) => (b ? 'true' : 'false') } });
}

export const writeStage: SinkStage<WriteOptions> = {
  kind: 'sink',
  name: 'write',
  description: 'Writes documents.csv, mentions.csv, entities.csv, figures.csv, facts.csv, errors.csv and docs.jsonl into the output folder, atomically.',
  options: WriteOptions,
  requires: ['text'],
  assigns: [],
  create: (options) => new TableSink(options),
};
