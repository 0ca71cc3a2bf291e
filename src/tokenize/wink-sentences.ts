import model from 'wink-eng-lite-web-model';
import type { WinkCache } from './wink-raw.js';

/**
 * wink-nlp's sentence splitter, run here over the tokens instead of inside readDoc. wink-nlp's `sbd`
 * pass turns every token into a symbol through its lexicon (two or three property look-ups a token) and
 * then walks a state machine whose states are objects keyed by those symbols; it was a fifth of the time
 * readDoc took. The same machine, read from the same model file, runs here over small integer symbols
 * found from the token's text, and gives the same sentence starts: every line of the 20 MB bench corpus,
 * of CoNLL-2003 train and testa, AIDA and News-Fair dev and of the fixtures, and 40,000 random lines of
 * the punctuation and abbreviations the machine reads, checked against wink-nlp's own pass
 * (tests/tokenize/wink-sentences.test.ts keeps that check).
 *
 * The symbols and the matching follow wink-eng-lite-web-model 1.x (dist/sbd-transformers.js) and
 * wink-nlp 2.x (src/automaton.js, `recognize`), both MIT.
 */

/** wink-nlp's numbering of the machine's events: a hint is `HINT_BASE + n`. */
const HINT_BASE = 1_080_000;
const END_OF_INPUT = 2_070_000;
const OTHERWISE = 2_070_003;
/** Hints the transformer rewrites: an ambiguous quote after white space, and abbreviations. */
const AMBIGUOUS_QUOTE = 4;
const SPACED_AMBIGUOUS_QUOTE = 6;
const LIKELY_END = 7;
const NOT_END = 8;
/** wink-eng-lite-web-model's isAbbrev feature. */
const ABBREVIATION = /[a-z].*\.$/i;
/** Symbol 0 is any token the machine has no event for; symbol 1 the end of the input. */
const OTHER = 0;
const END = 1;

interface Machine {
  symbolCount: number;
  next: Int32Array;
  otherwise: Int32Array;
  /** 1: a sentence ends inside the match; 2: a pattern that says no sentence ends here. */
  terminal: Uint8Array;
  /** Where in the match the sentence's last token is, counted from the match's first token. */
  lastTokenAt: Int32Array;
}

type SbdModel = { sbd(): { machines: string[] } };

export class WinkSentenceSplitter {
  private readonly machine: Machine;
  /** Symbol of each text the lexicon gives a hint or the machine names. */
  private readonly symbolByText = new Map<string, number>();
  /** Symbols of one-character tokens, by character code (below 0x3000). */
  private readonly singleChar = new Int16Array(0x3000);
  private readonly spacedQuote: number;
  private readonly ambiguousQuote: number;
  private readonly likelyEnd: number;
  private readonly notEnd: number;
  /** The symbol of each hinted text of two characters or more that does not end in ".". */
  private readonly wordSymbol = new Map<string, number>();
  /** For each ASCII first character, a bit for each length (up to 31) of a word in wordSymbol. */
  private readonly wordLengths = new Uint32Array(128);
  /** First characters of the hinted words (as wordSymbol) written in lower case ("btw"). */
  private readonly lowerWordStarts = new Set<number>();

  /** Built from the model wink-nlp loaded and from one wink-nlp lexicon cache (to read each lexeme's hint). */
  constructor(cache: WinkCache) {
    const machines = (model as unknown as SbdModel).sbd().machines;
    const json = JSON.parse(machines[0]) as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];
    const [, lastState, fsm, terminals, marks] = json;
    const symbolOfEvent = new Map<number, number>([[END_OF_INPUT, END]]);
    for (const row of Object.values(fsm)) {
      for (const key of Object.keys(row)) {
        const event = Number(key);
        if (event !== OTHERWISE && !symbolOfEvent.has(event)) symbolOfEvent.set(event, symbolOfEvent.size + 1);
      }
    }
    const symbolCount = symbolOfEvent.size + 1;
    const stateCount = lastState + 1;
    const machine: Machine = {
      symbolCount,
      next: new Int32Array(stateCount * symbolCount),
      otherwise: new Int32Array(stateCount),
      terminal: new Uint8Array(stateCount),
      lastTokenAt: new Int32Array(stateCount),
    };
    for (const [state, row] of Object.entries(fsm)) {
      for (const [key, to] of Object.entries(row)) {
        const event = Number(key);
        if (event === OTHERWISE) machine.otherwise[Number(state)] = to;
        else machine.next[Number(state) * symbolCount + (symbolOfEvent.get(event) as number)] = to;
      }
    }
    for (const [state, name] of Object.entries(terminals)) machine.terminal[Number(state)] = name === '0' ? 2 : 1;
    for (const [state, mark] of Object.entries(marks)) machine.lastTokenAt[Number(state)] = mark[0];
    this.machine = machine;

    const hintSymbol = (hint: number) => symbolOfEvent.get(HINT_BASE + hint) ?? OTHER;
    this.spacedQuote = hintSymbol(SPACED_AMBIGUOUS_QUOTE);
    this.ambiguousQuote = hintSymbol(AMBIGUOUS_QUOTE);
    this.likelyEnd = hintSymbol(LIKELY_END);
    this.notEnd = hintSymbol(NOT_END);
    for (let id = 0; id < cache.intrinsicSize(); id++) {
      const hint = cache.property(id, 'sbdHint') as number;
      if (hint) this.symbolByText.set(cache.value(id) as string, hintSymbol(hint));
    }
    // Tokens the machine names themselves (",", "-", dashes) are events under their lexeme id.
    for (const [event, symbol] of symbolOfEvent) {
      if (event < HINT_BASE) {
        const text = cache.value(event);
        if (text !== undefined && !this.symbolByText.has(text)) this.symbolByText.set(text, symbol);
      }
    }
    // A word (no final ".") is read by its own text: each hinted text gets the symbol its lower-cased
    // form would give first. Only a word whose lower-cased form is itself hinted needs lower-casing.
    for (const text of this.symbolByText.keys()) {
      if (text.length < 2 || text.endsWith('.')) continue;
      this.wordSymbol.set(text, this.lookUp(text, text.toLowerCase()));
      const c = text.charCodeAt(0);
      if (c < 128) this.wordLengths[c] |= 1 << Math.min(text.length, 31);
      if (text === text.toLowerCase()) this.lowerWordStarts.add(text.charCodeAt(0));
    }
    for (let c = 0; c < this.singleChar.length; c++) {
      const ch = String.fromCharCode(c);
      this.singleChar[c] = this.lookUp(ch, ch.toLowerCase());
    }
  }

  /**
   * The symbol of a token: its lower-cased text's hint, else its own text's hint (wink-nlp reads the
   * token's normal form first, then the lexeme), else an abbreviation's kind, else the token itself.
   */
  private lookUp(text: string, lower: string): number {
    const s = this.symbolByText.get(lower) ?? this.symbolByText.get(text);
    if (s !== undefined) return s;
    if (ABBREVIATION.test(lower)) return lower.length === 2 ? this.notEnd : this.likelyEnd;
    return OTHER;
  }

  /** The machine's symbol for a token with this text, after white space or not. */
  symbolOf(text: string, spaceBefore: boolean): number {
    const n = text.length;
    const c = text.charCodeAt(0);
    let s: number;
    if (n === 1 && c < this.singleChar.length) s = this.singleChar[c];
    else if (text.charCodeAt(n - 1) === 46 || c >= 128) s = this.lookUp(text, text.toLowerCase());
    else {
      s = (this.wordLengths[c] & (1 << Math.min(n, 31))) !== 0 ? (this.wordSymbol.get(text) ?? OTHER) : OTHER;
      if (s === OTHER && this.lowerWordStarts.has(c >= 65 && c <= 90 ? c + 32 : c)) s = this.lookUp(text, text.toLowerCase());
    }
    return s === this.ambiguousQuote && spaceBefore ? this.spacedQuote : s;
  }

  /**
   * Sets `starts[i]` to 1 for each token that begins a sentence (the first token always does), from the
   * symbols of `count` tokens; `starts` is cleared first.
   */
  markStarts(symbols: Int32Array, count: number, starts: Uint8Array): void {
    starts.fill(0, 0, count);
    if (count > 0) starts[0] = 1;
    this.recognize(symbols, count, starts);
  }

  /**
   * wink-nlp's greedy matching (src/automaton.js `recognize`, without the pattern swaps the sentence
   * machine does not use): from each token, follow the machine as far as it goes; a terminal state ends a
   * match; a dead end falls back to the last state that had an "otherwise" way out.
   */
  private recognize(symbols: Int32Array, count: number, starts: Uint8Array): void {
    const { next, otherwise, terminal, lastTokenAt, symbolCount } = this.machine;
    let state = 0;
    let first = 0;
    let fallbackIndex = 0;
    let fallbackState = 0;
    const found = (from: number, at: number) => {
      if (terminal[at] === 2) return;
      const last = from + lastTokenAt[at];
      if (last + 1 < count) starts[last + 1] = 1;
    };
    for (let i = 0; i <= count; i++) {
      for (let j = i; j <= count; j++) {
        const symbol = j === count ? END : symbols[j];
        const to = next[state * symbolCount + symbol];
        if (state === 0 && to !== 0) first = j;
        if (terminal[to] !== 0) {
          found(first, to);
          i = j;
          state = 0;
          fallbackState = 0;
          break;
        }
        if (to === 0) {
          if (fallbackState !== 0) {
            found(first, fallbackState);
            i = fallbackIndex;
            fallbackState = 0;
          }
          state = 0;
          break;
        }
        state = to;
        if (otherwise[state] !== 0) {
          fallbackIndex = j;
          fallbackState = otherwise[state];
        }
      }
    }
  }
}
