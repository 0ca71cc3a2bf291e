/**
 * An open-addressing table from 32-bit word hashes to small integers (0..65534), for looking words up
 * without strings: the tagger hashes each token once and reads its cluster and lexicon classes here.
 */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Uint16Array;
  private readonly shift: number;
  size = 0;

  /**
   * An empty table for `from` keys, or one over the arrays of another thread's `state()`. The arrays
   * live in SharedArrayBuffers, so that worker threads read the one copy the main thread loaded instead
   * of each holding its own.
   */
  constructor(from: number | IntTableState) {
    if (typeof from === 'number') {
      let bits = 10;
      while (1 << bits < from * 2) bits++;
      this.keys = new Int32Array(new SharedArrayBuffer(4 << bits));
      this.values = new Uint16Array(new SharedArrayBuffer(2 << bits));
    } else {
      this.keys = from.keys;
      this.values = from.values;
      this.size = from.size;
    }
    this.shift = 32 - Math.log2(this.keys.length);
  }

  /** What another thread needs to read this table: its shared arrays, passed by reference. */
  state(): IntTableState {
    return { keys: this.keys, values: this.values, size: this.size };
  }

  private slot(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** Sets the value of a key not yet present; a key already present keeps its first value. */
  add(h: number, value: number): boolean {
    const mask = this.keys.length - 1;
    for (let s = this.slot(h); ; s = (s + 1) & mask) {
      if (this.values[s] === 0) {
        this.keys[s] = h;
        this.values[s] = value + 1;
        this.size++;
        return true;
      }
      if (this.keys[s] === h) return false;
    }
  }

  /** Ors bits into the value of a key, adding it when absent. */
  or(h: number, bits: number): void {
    const mask = this.keys.length - 1;
    for (let s = this.slot(h); ; s = (s + 1) & mask) {
      if (this.values[s] === 0) {
        this.keys[s] = h;
        this.values[s] = bits + 1;
        this.size++;
        return;
      }
      if (this.keys[s] === h) {
        this.values[s] = ((this.values[s] - 1) | bits) + 1;
        return;
      }
    }
  }

  /** The value of a key, or `missing`. */
  get(h: number, missing: number): number {
    const mask = this.keys.length - 1;
    for (let s = this.slot(h); ; s = (s + 1) & mask) {
      const v = this.values[s];
      if (v === 0) return missing;
      if (this.keys[s] === h) return v - 1;
    }
  }

  /** Every key and value, in slot order. */
  *entries(): Iterable<[number, number]> {
    for (let s = 0; s < this.keys.length; s++) if (this.values[s] !== 0) yield [this.keys[s], this.values[s] - 1];
  }
}

export interface IntTableState {
  keys: Int32Array;
  values: Uint16Array;
  size: number;
}
