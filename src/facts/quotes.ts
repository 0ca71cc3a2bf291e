import type { Doc } from '../doc/types.js';

/** A quotation: offsets of its opening and closing marks in doc.text. */
export interface Quote {
  open: number;
  close: number;
}

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const STRAIGHT = 0x22; // "
const NEWLINE = 0x0a;

/**
 * The double-quoted passages of the headline and body. A quotation may run over several sentences
 * ("They came from three sides. People ran to the beach," Langa said) but not over a paragraph: an
 * unclosed mark is dropped at the end of its line. Curly marks say which end they are; straight ones
 * alternate within a line. Single quotes are left alone: they mark scare quotes and apostrophes far
 * more often than speech.
 */
export function findQuotes(doc: Doc): Quote[] {
  const quotes: Quote[] = [];
  const text = doc.text;
  const ranges = doc.sentences.length ? mergedLines(doc) : [];
  for (const [from, to] of ranges) {
    let open = -1;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        open = -1;
      } else if (c === OPEN_CURLY) {
        open = i;
      } else if (c === CLOSE_CURLY) {
        if (open >= 0) quotes.push({ open, close: i });
        open = -1;
      } else if (c === STRAIGHT) {
        if (open >= 0 && text.charCodeAt(open) === STRAIGHT) {
          quotes.push({ open, close: i });
          open = -1;
        } else open = i;
      }
    }
  }
  return quotes;
}

/** The character ranges the sentences cover, merged where they touch or share a line. */
function mergedLines(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const s of doc.sentences) {
    const last = out[out.length - 1];
    if (last && s.start <= last[1] + 2) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}

/** The quotation whose closing mark is at offset `close`, or whose opening mark is at `open`. */
export class QuoteIndex {
  private readonly byClose = new Map<number, Quote>();
  private readonly byOpen = new Map<number, Quote>();

  constructor(readonly quotes: readonly Quote[]) {
    for (const q of quotes) {
      this.byClose.set(q.close, q);
      this.byOpen.set(q.open, q);
    }
  }

  closingAt(offset: number): Quote | undefined {
    return this.byClose.get(offset);
  }

  openingAt(offset: number): Quote | undefined {
    return this.byOpen.get(offset);
  }

  /** A quotation that opens inside [from, to) and closes at or after `to`. */
  openingIn(from: number, to: number): Quote | undefined {
    for (const q of this.quotes) if (q.open >= from && q.open < to) return q;
    return undefined;
  }
}
