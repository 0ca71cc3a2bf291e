/**
 * How names and values are compared. Typography differs between a gold file and a pipeline (curly or
 * straight quotes, dashes, a leading "the", case), the thing named does not.
 */

const QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;

/** "the United States" = "United States"; "Kim Jong‑Un" = "kim jong-un". */
export function normName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/'s$/i, '')
    .toLowerCase();
}

/** A text value (a post, a quotation): as normName, and without the quotation marks and end punctuation around it. */
export function normValue(s: string): string {
  return normName(s).replace(/^["'\s]+|["'\s.,;:!?]+$/g, '').replace(/\s+/g, ' ');
}

export function numbersEqual(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A number as a value may arrive as a string ("2"). */
export function asNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(v.trim())) return Number(v);
  return null;
}

/** A quotation excerpt this long is distinctive enough to be found inside a longer quotation. */
export const MIN_EXCERPT = 20;

/**
 * A text value matches one of the gold's forms when both read the same, or when the gold gives a long
 * excerpt that the found value contains (a quotation the pipeline took whole).
 */
export function textValueMatches(found: string, gold: string | readonly string[]): boolean {
  const f = normValue(found);
  for (const g of typeof gold === 'string' ? [gold] : gold) {
    const n = normValue(g);
    if (f === n || (n.length >= MIN_EXCERPT && f.includes(n))) return true;
  }
  return false;
}

/** A value (a number, or text) against the gold's value. */
export function valueMatches(found: unknown, gold: number | string | readonly string[]): boolean {
  if (typeof gold === 'number') {
    const n = asNumber(found);
    return n !== null && numbersEqual(n, gold);
  }
  if (found === null || found === undefined) return false;
  return textValueMatches(String(found), gold);
}

/** Units: currency codes and symbols keep their case ("Mm" is not "mm"); nouns and time units do not. */
export function unitMatches(found: string | null | undefined, gold: string | readonly string[] | null | undefined, ignoreCase: boolean): boolean {
  if (gold === null || gold === undefined) return true;
  if (found === null || found === undefined) return false;
  const f = ignoreCase ? found.trim().toLowerCase() : found.trim();
  return (typeof gold === 'string' ? [gold] : gold).some((g) => (ignoreCase ? g.trim().toLowerCase() : g.trim()) === f);
}

/** A short readable rendering of a number for item keys: 1200000000 stays exact, 0.1 + 0.2 prints 0.3. */
export function showNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

export function quote(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 3)}...` : t}"`;
}
