import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { TagScorer } from './decode.js';
import { FEATURE_VERSION } from './features.js';
import { TAG_COUNT, TAGS } from './labels.js';
import type { IntTableState } from './int-table.js';
import { WordLexicon } from './lexicon.js';

/** What is stored with the weights: enough to refuse a file built for other features or tags. */
export interface ModelHeader {
  format: 'newsfacts-ner';
  featureVersion: number;
  tags: string[];
  /** The weight table has 2^bucketBits rows; a feature hash picks its row by its low bits. */
  bucketBits: number;
  /** A stored weight w means w * scale. */
  scale: number;
  rows: number;
  /** Where the word classes stored in the file come from, and how many words they cover. */
  lexicon: { source: string; words: number } | null;
  training: Record<string, unknown>;
}

const MAGIC = 'NFNER\u0001';

/**
 * The trained tagger: one row of integer weights per hashed feature, one weight per tag. Held as one dense
 * Int16Array so that scoring a token is a few dozen array reads and additions, with no lookup structure.
 */
export class NerModel implements TagScorer {
  readonly mask: number;
  constructor(
    readonly header: ModelHeader,
    readonly weights: Int16Array,
    readonly lexicon: WordLexicon,
  ) {
    this.mask = (1 << header.bucketBits) - 1;
  }

  scoreInto(features: Int32Array, count: number, scores: Float64Array): void {
    const w = this.weights;
    const mask = this.mask;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = 0; k < count; k++) {
      const r = (features[k] & mask) * 9;
      s0 += w[r];
      s1 += w[r + 1];
      s2 += w[r + 2];
      s3 += w[r + 3];
      s4 += w[r + 4];
      s5 += w[r + 5];
      s6 += w[r + 6];
      s7 += w[r + 7];
      s8 += w[r + 8];
    }
    const sc = this.header.scale;
    scores[0] = s0 * sc;
    scores[1] = s1 * sc;
    scores[2] = s2 * sc;
    scores[3] = s3 * sc;
    scores[4] = s4 * sc;
    scores[5] = s5 * sc;
    scores[6] = s6 * sc;
    scores[7] = s7 * sc;
    scores[8] = s8 * sc;
  }

  /**
   * Builds a model from real-valued weights (a trained perceptron's averages): quantizes them to 16-bit
   * integers and drops rows whose every weight rounds below `pruneBelow` units, which are the bulk of the
   * hashed table and change no decision.
   */
  static fromFloat(weights: Float32Array | Float64Array, bucketBits: number, lexicon: { lexicon: WordLexicon; source: string } | null, training: Record<string, unknown>, pruneBelow = 1): NerModel {
    let max = 0;
    for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(weights.length);
    let rows = 0;
    for (let r = 0; r < weights.length / TAG_COUNT; r++) {
      let keep = false;
      for (let t = 0; t < TAG_COUNT; t++) {
        const v = Math.round(weights[r * TAG_COUNT + t] / scale);
        if (Math.abs(v) >= pruneBelow) keep = true;
      }
      if (!keep) continue;
      rows++;
      for (let t = 0; t < TAG_COUNT; t++) q[r * TAG_COUNT + t] = Math.round(weights[r * TAG_COUNT + t] / scale);
    }
    const header: ModelHeader = { format: 'newsfacts-ner', featureVersion: FEATURE_VERSION, tags: [...TAGS], bucketBits, scale, rows, lexicon: lexicon ? { source: lexicon.source, words: lexicon.lexicon.size } : null, training };
    return new NerModel(header, q, lexicon?.lexicon ?? WordLexicon.none());
  }

  /**
   * The file: magic, header length, JSON header, then the kept rows as delta-coded row numbers (varints)
   * followed by their weights (Int16, little-endian), then the lexicon's word hashes (Int32) and classes
   * (Uint16); all of it gzipped.
   */
  serialize(): Buffer {
    const header = Buffer.from(JSON.stringify(this.header), 'utf8');
    const rows: number[] = [];
    const n = this.weights.length / TAG_COUNT;
    for (let r = 0; r < n; r++) {
      for (let t = 0; t < TAG_COUNT; t++) {
        if (this.weights[r * TAG_COUNT + t] !== 0) {
          rows.push(r);
          break;
        }
      }
    }
    const ids = Buffer.alloc(rows.length * 5);
    let p = 0;
    let last = -1;
    for (const r of rows) {
      let d = r - last - 1;
      last = r;
      while (d >= 0x80) {
        ids[p++] = (d & 0x7f) | 0x80;
        d >>>= 7;
      }
      ids[p++] = d;
    }
    const w = Buffer.alloc(rows.length * TAG_COUNT * 2);
    rows.forEach((r, i) => {
      for (let t = 0; t < TAG_COUNT; t++) w.writeInt16LE(this.weights[r * TAG_COUNT + t], (i * TAG_COUNT + t) * 2);
    });
    const lex = [...this.lexicon.table.entries()].sort((a, b) => a[0] - b[0]);
    const words = Buffer.alloc(4 + lex.length * 6);
    words.writeUInt32LE(lex.length, 0);
    lex.forEach(([h, bits], i) => {
      words.writeInt32LE(h, 4 + i * 4);
      words.writeUInt16LE(bits, 4 + lex.length * 4 + i * 2);
    });
    const head = Buffer.alloc(MAGIC.length + 8);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(header.length, MAGIC.length);
    head.writeUInt32LE(rows.length, MAGIC.length + 4);
    return gzipSync(Buffer.concat([head, header, ids.subarray(0, p), w, words]), { level: 9 });
  }

  static deserialize(file: Buffer, where = 'model'): NerModel {
    const buf = gunzipSync(file);
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${where}: not a newsfacts NER model`);
    const headerLength = buf.readUInt32LE(MAGIC.length);
    const rowCount = buf.readUInt32LE(MAGIC.length + 4);
    let p = MAGIC.length + 8;
    const header = JSON.parse(buf.toString('utf8', p, p + headerLength)) as ModelHeader;
    p += headerLength;
    if (header.format !== 'newsfacts-ner' || header.featureVersion !== FEATURE_VERSION || header.tags.join() !== TAGS.join()) {
      throw new Error(`${where}: built for features v${header.featureVersion} and tags ${header.tags.join(',')}; this code has v${FEATURE_VERSION} and ${TAGS.join(',')}: retrain with npm run train:ner`);
    }
    const rows = new Int32Array(rowCount);
    let last = -1;
    for (let i = 0; i < rowCount; i++) {
      let d = 0;
      let shift = 0;
      let b: number;
      do {
        b = buf[p++];
        d |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      last = last + 1 + d;
      rows[i] = last;
    }
    // Shared, so that worker threads score with this copy (see NerModel.share).
    const weights = new Int16Array(new SharedArrayBuffer((1 << header.bucketBits) * TAG_COUNT * 2));
    for (let i = 0; i < rowCount; i++) {
      const base = rows[i] * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) weights[base + t] = buf.readInt16LE(p + (i * TAG_COUNT + t) * 2);
    }
    p += rowCount * TAG_COUNT * 2;
    const lexiconSize = buf.readUInt32LE(p);
    const entries: [number, number][] = [];
    for (let i = 0; i < lexiconSize; i++) entries.push([buf.readInt32LE(p + 4 + i * 4), buf.readUInt16LE(p + 4 + lexiconSize * 4 + i * 2)]);
    return new NerModel(header, weights, new WordLexicon(entries, lexiconSize));
  }

  static load(file: string): NerModel {
    return NerModel.deserialize(readFileSync(file), file);
  }

  /** What a worker thread needs to score with this model without a copy of its own (see `adopt`). */
  share(): SharedNerModel {
    return { header: this.header, weights: this.weights, lexicon: this.lexicon.table.state() };
  }

  static adopt(shared: SharedNerModel): NerModel {
    return new NerModel(shared.header, shared.weights, WordLexicon.adopt(shared.lexicon));
  }
}

/** A model as sent to a worker thread: the weights and lexicon arrays are SharedArrayBuffer views. */
export interface SharedNerModel {
  header: ModelHeader;
  weights: Int16Array;
  lexicon: IntTableState;
}
