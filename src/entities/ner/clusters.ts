import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { normalizedHash } from './hash.js';
import { IntTable, type IntTableState } from './int-table.js';

/** Returned for a word that has no cluster. */
export const NO_CLUSTER = 0xffff;

/**
 * How common a word is, by its rank in the corpus the clusters come from: a capitalised word whose lower
 * case is among the commonest words ("Ready", "Look") is seldom a name, while a rare one often is.
 */
export const FREQUENCY_BANDS = [1_000, 5_000, 20_000, 80_000] as const;

function frequencyBand(rank: number): number {
  let b = 0;
  while (b < FREQUENCY_BANDS.length && rank >= FREQUENCY_BANDS[b]) b++;
  return b + 1;
}

/**
 * Word clusters: groups of words used alike in a large corpus (names with names, towns with towns),
 * which let the tagger generalise from a name seen in training to one never seen. A word's leaf cluster
 * number, read in the mixed radix of `levels`, also gives its coarser clusters.
 *
 * Stored as a gzipped TSV whose `#` header states the source, then `word<TAB>leaf` a line. Held in an
 * open-addressing table keyed by the word's normalized hash (see `normalizedHash`).
 */
export class WordClusters {
  private readonly table: IntTable;
  readonly levels: number[];
  /** Divisor that turns a leaf number into its top-level cluster. */
  readonly coarseDivisor: number;
  readonly header: string[];

  constructor(entries: readonly [string, number][], levels: number[], header: string[] = [], capacity = entries.length) {
    this.table = new IntTable(capacity);
    this.levels = levels;
    this.coarseDivisor = coarseDivisorOf(levels);
    this.header = header;
    if (levels.reduce((a, b) => a * b, 1) > 1024) throw new Error('word clusters: at most 1024 leaves');
    entries.forEach(([word, leaf], rank) => this.add(word, leaf, rank));
  }

  /**
   * The first entry for a key wins: the file lists words from the most frequent. The value packs the
   * leaf (10 bits) with the word's frequency band (see FREQUENCY_BANDS) above it.
   */
  private add(word: string, leaf: number, rank: number): void {
    this.table.add(normalizedHash(word), leaf | (frequencyBand(rank) << 10));
  }

  get size(): number {
    return this.table.size;
  }

  /** Leaf cluster and frequency band of the word with this normalized hash (`leaf | band << 10`), or NO_CLUSTER. */
  lookup(h: number): number {
    return this.table.get(h, NO_CLUSTER);
  }

  /**
   * Reads the file in two passes over the text (count, then add) rather than through arrays of lines
   * and pairs, which every thread that loads the tagger paid for in resident memory it kept (measured:
   * peak RSS after building the pipeline 200 MB -> 156 MB, load time 213 ms -> 155 ms).
   */
  static parse(tsv: string): WordClusters {
    const header: string[] = [];
    let levels: number[] = [];
    let count = 0;
    forEachLine(tsv, (start, end) => {
      if (tsv.charCodeAt(start) === 35 /* # */) {
        const line = tsv.slice(start, end);
        header.push(line);
        const m = /^#\s*levels:\s*([\d,\s]+)$/.exec(line);
        if (m) levels = m[1].split(',').map((x) => Number(x.trim()));
        return;
      }
      const tab = tsv.indexOf('\t', start);
      if (tab > start && tab < end) count++;
    });
    if (!levels.length) throw new Error('word clusters: the header has no "# levels:" line');
    const clusters = new WordClusters([], levels, header, count);
    let rank = 0;
    forEachLine(tsv, (start, end) => {
      if (tsv.charCodeAt(start) === 35) return;
      const tab = tsv.indexOf('\t', start);
      if (tab > start && tab < end) clusters.add(tsv.slice(start, tab), Number(tsv.slice(tab + 1, end)), rank++);
    });
    return clusters;
  }

  static load(file: string): WordClusters {
    return WordClusters.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  }

  /** What a worker thread needs to read these clusters without a copy of its own (see `adopt`). */
  share(): SharedWordClusters {
    return { table: this.table.state(), levels: this.levels, header: this.header };
  }

  static adopt(shared: SharedWordClusters): WordClusters {
    const c = Object.create(WordClusters.prototype) as { table: IntTable; levels: number[]; coarseDivisor: number; header: string[] };
    c.table = new IntTable(shared.table);
    c.levels = shared.levels;
    c.coarseDivisor = coarseDivisorOf(shared.levels);
    c.header = shared.header;
    return c as unknown as WordClusters;
  }

  /** An empty table: every word is without a cluster (for models trained without clusters). */
  static none(): WordClusters {
    return new WordClusters([], [1]);
  }
}

/** What a leaf number is divided by to give its top-level cluster: the leaves under one top cluster. */
function coarseDivisorOf(levels: readonly number[]): number {
  return levels.slice(1).reduce((a, b) => a * b, 1);
}

/** Calls `visit` with the bounds of every line of `text` (without its `\n`). */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    visit(start, end);
    start = end + 1;
  }
}

/** Word clusters as sent to a worker thread: the table's arrays are SharedArrayBuffer views. */
export interface SharedWordClusters {
  table: IntTableState;
  levels: number[];
  header: string[];
}
