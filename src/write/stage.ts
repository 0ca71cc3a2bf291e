import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NewsfactsError } from '../errors.js';
import type { OpenResult, RunSettings, Sink, SinkStage } from '../pipeline/stage.js';
import { EntityTable } from './entity-table.js';
import { FORMATS, PER_DOC_TABLES, csvLines, type EntityContribution, type Format, type RenderedDoc } from './render.js';

export { FORMATS, type Format } from './render.js';

const WriteOptions = z
  .object({
    formats: z.array(z.enum(FORMATS)).min(1).default(['csv', 'jsonl']),
    /** Buffered output is written out (and the resume journal advanced) after this many documents... */
    flushDocuments: z.number().int().min(1).default(64),
    /** ...or once this many bytes wait, whichever comes first. */
    flushBytes: z.number().int().min(1024).default(4 * 1024 * 1024),
  })
  .strict();
type WriteOptions = z.infer<typeof WriteOptions>;

/** The folder, inside the output folder, where a run's tables grow until the run ends. */
export const PARTIAL_DIR = '.newsfacts-partial';
const JOURNAL = 'progress.jsonl';
const MANIFEST = 'manifest.json';
const ENTITY_PARTS = 'entities.parts.jsonl';

interface JournalEntry {
  docs: number;
  failed: number;
  words: number;
  lastId: string | null;
  sizes: Record<string, number>;
}

/**
 * Writes the tables as documents finish. They grow in a partial folder inside the output folder and
 * are moved into place only when the run ends, so an interrupted run never leaves a half table that
 * looks whole. After each flush a journal line records how many documents are complete and how long
 * each file then was: `--resume` cuts the files back to the last such line and goes on from there.
 */
export class TableSink implements Sink {
  private dir = '';
  private outDir = '';
  private files: string[] = [];
  private readonly fds = new Map<string, number>();
  private readonly buffers = new Map<string, Buffer[]>();
  private readonly sizes = new Map<string, number>();
  private buffered = 0;
  private pendingDocs = 0;
  private docs = 0;
  private failed = 0;
  private words = 0;
  private lastId: string | null = null;
  private journalFd = -1;
  private readonly entities = new EntityTable();
  formats: Format[] = [];

  constructor(private readonly options: WriteOptions) {}

  async open(settings: RunSettings): Promise<OpenResult> {
    this.outDir = settings.outDir;
    this.formats = [...((settings.formats ?? this.options.formats) as Format[])];
    for (const f of this.formats) {
      if (!(FORMATS as readonly string[]).includes(f)) throw new NewsfactsError('cli/usage', `unknown output format "${f}" (known: ${FORMATS.join(', ')})`);
    }
    this.files = [...(this.formats.includes('csv') ? PER_DOC_TABLES.map((t) => `${t}.csv`) : []), ...(this.formats.includes('jsonl') ? ['docs.jsonl'] : []), ENTITY_PARTS];
    this.dir = path.join(this.outDir, PARTIAL_DIR);
    mkdirSync(this.outDir, { recursive: true });
    const manifest = JSON.stringify({ ...settings.manifest, formats: this.formats });
    const found = existsSync(this.dir);
    if (found && settings.resume) {
      const resumed = this.tryResume(manifest);
      if (resumed) return { resumedDocs: resumed.docs, resumedFailed: resumed.failed, resumedWords: resumed.words, lastId: resumed.lastId, discardedPartial: false };
    }
    if (found) rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir);
    writeFileSync(path.join(this.dir, MANIFEST), manifest);
    for (const f of this.files) {
      const fd = openSync(path.join(this.dir, f), 'w');
      this.fds.set(f, fd);
      this.sizes.set(f, 0);
      this.buffers.set(f, []);
      if (f.endsWith('.csv')) this.append(f, csvLines(f.slice(0, -4) as (typeof PER_DOC_TABLES)[number], [], true));
    }
    this.journalFd = openSync(path.join(this.dir, JOURNAL), 'w');
    this.flush();
    return { resumedDocs: 0, resumedFailed: 0, resumedWords: 0, lastId: null, discardedPartial: found };
  }

  private tryResume(manifest: string): JournalEntry | null {
    const manifestFile = path.join(this.dir, MANIFEST);
    if (!existsSync(manifestFile) || !existsSync(path.join(this.dir, JOURNAL))) return null;
    if (readFileSync(manifestFile, 'utf8') !== manifest) {
      throw new NewsfactsError('write/resume-mismatch', `${this.dir} holds an interrupted run of other inputs, pipeline or formats; run the same command to resume it, or run without --resume to start again`);
    }
    const entries = readFileSync(path.join(this.dir, JOURNAL), 'utf8').split('\n');
    let last: JournalEntry | null = null;
    for (const line of entries) {
      try {
        if (line.trim()) last = JSON.parse(line) as JournalEntry;
      } catch {
        // A line torn by the interruption: the one before it stands.
      }
    }
    if (!last || this.files.some((f) => last!.sizes[f] === undefined)) return null;
    for (const f of this.files) {
      const fd = openSync(path.join(this.dir, f), 'r+');
      ftruncateSync(fd, last.sizes[f]);
      this.fds.set(f, fd);
      this.sizes.set(f, last.sizes[f]);
      this.buffers.set(f, []);
    }
    const partsFile = path.join(this.dir, ENTITY_PARTS);
    for (const line of readFileSync(partsFile, 'utf8').split('\n')) if (line) this.entities.add(JSON.parse(line) as EntityContribution[]);
    this.journalFd = openSync(path.join(this.dir, JOURNAL), 'a');
    this.docs = last.docs;
    this.failed = last.failed;
    this.words = last.words;
    this.lastId = last.lastId;
    return last;
  }

  async write(doc: RenderedDoc): Promise<void> {
    if (doc.csv) for (const t of PER_DOC_TABLES) this.append(`${t}.csv`, doc.csv[t]);
    if (doc.jsonl) this.append('docs.jsonl', doc.jsonl);
    if (doc.entities.length) {
      this.entities.add(doc.entities);
      this.append(ENTITY_PARTS, JSON.stringify(doc.entities) + '\n');
    }
    this.docs++;
    if (!doc.ok) this.failed++;
    this.words += doc.words;
    this.lastId = doc.id;
    if (++this.pendingDocs >= this.options.flushDocuments || this.buffered >= this.options.flushBytes) this.flush();
  }

  /**
   * Encoded as it arrives, not when the batch is written: a string waiting in the batch outlived several
   * young-generation collections and was copied by each, then promoted (first 4,000 bench documents,
   * one worker: scavenges 847 ms with the strings kept, 348 ms encoded at once; README, ninth session).
   * An encoded Buffer's bytes live outside the JavaScript heap.
   */
  private append(file: string, data: string): void {
    if (!data) return;
    const bytes = Buffer.from(data, 'utf8');
    this.buffers.get(file)!.push(bytes);
    this.buffered += bytes.length;
  }

  /** Writes out what waits, then records in the journal how far every file is complete. */
  private flush(): void {
    for (const [file, parts] of this.buffers) {
      if (!parts.length) continue;
      const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      // Written at the recorded length, explicitly: a resumed file is open at position 0.
      writeSync(this.fds.get(file)!, bytes, 0, bytes.length, this.sizes.get(file)!);
      this.sizes.set(file, this.sizes.get(file)! + bytes.length);
      parts.length = 0;
    }
    this.buffered = 0;
    this.pendingDocs = 0;
    const entry: JournalEntry = { docs: this.docs, failed: this.failed, words: this.words, lastId: this.lastId, sizes: Object.fromEntries(this.sizes) };
    writeSync(this.journalFd, JSON.stringify(entry) + '\n');
  }

  async close(): Promise<void> {
    this.flush();
    for (const fd of this.fds.values()) closeSync(fd);
    closeSync(this.journalFd);
    // Closed here, so that an abort after a failure below does not close them again (EBADF would hide the failure).
    this.journalFd = -1;
    this.fds.clear();
    if (this.formats.includes('csv')) writeFileSync(path.join(this.dir, 'entities.csv'), csvLines('entities', this.entities.rows(), true));
    const finished = this.files.filter((f) => f !== ENTITY_PARTS);
    if (this.formats.includes('csv')) finished.push('entities.csv');
    for (const f of finished) renameSync(path.join(this.dir, f), path.join(this.outDir, f));
    rmSync(this.dir, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
    if (this.journalFd >= 0) closeSync(this.journalFd);
    this.journalFd = -1;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

export const writeStage: SinkStage<WriteOptions> = {
  kind: 'sink',
  name: 'write',
  description: 'Writes documents.csv, mentions.csv, entities.csv, figures.csv, facts.csv, errors.csv and docs.jsonl into the output folder as documents finish; tables appear whole when the run ends, and an interrupted run can be resumed.',
  options: WriteOptions,
  requires: ['text'],
  assigns: [],
  create: (options) => new TableSink(options),
};
