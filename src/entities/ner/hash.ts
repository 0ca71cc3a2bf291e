/**
 * 32-bit integer hashing for the tagger's features. Features are never strings: a feature is the hash of a
 * template id and the hashes of the token properties it looks at, so extracting one costs a few integer
 * multiplications and no allocation.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over `text[start, end)`, exactly as written. */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** FNV-1a of a string; the same value `hashRange` gives for the same characters. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Folds one more character code into an FNV-1a hash. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

export const HASH_START = FNV_OFFSET | 0;

/** Combines two hashes into one that depends on their order (a feature template and its value, or two values). */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 16)) | 0;
}

/** Lower case of one UTF-16 code, fast for ASCII. */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * The hash of a word in the form the tagger looks words up by: lower case, every digit read as 0. The
 * same value as `TokenProperties.lower` for a token with these characters.
 */
export function normalizedHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c >= 48 && c <= 57 ? 48 : lowerCode(c)), FNV_PRIME);
  }
  return h | 0;
}
