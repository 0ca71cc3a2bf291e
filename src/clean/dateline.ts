import type { Dateline } from '../doc/types.js';

const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const DATE_BIT = String.raw`(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+[\p{L}.]+(?:\s+\d{4})?)?`;
/** "Moscow (AsiaNews) –", "LONDON, April 25 (Reuters) -", "Paris, France (AP) —". */
const WITH_AGENCY = new RegExp(String.raw`^(${PLACE})(?:,\s*(${PLACE}))?${DATE_BIT}\s*\(([\p{L}\p{N}][\p{L}\p{N} .&'’/-]{0,30})\)\s*[-–—:]\s+`, 'u');
/** "WASHINGTON —", "KYIV, Ukraine —" (all capitals before a dash: a bare dateline). */
const CAPS_ONLY = new RegExp(String.raw`^(\p{Lu}[\p{Lu}'’. -]{1,30}\p{Lu})(?:,\s*(${PLACE}))?${DATE_BIT}\s*[-–—]\s+`, 'u');

/** The dateline that opens a wire story: the place it was filed from and the agency, if it names one. */
export function findDateline(text: string, paragraphStart: number, paragraphEnd: number): Dateline | null {
  const head = text.slice(paragraphStart, Math.min(paragraphEnd, paragraphStart + 120));
  let m = WITH_AGENCY.exec(head);
  if (m) {
    const agency = m[3].trim();
    return { place: placeName(m[1]), agency, start: paragraphStart, end: paragraphStart + m[0].trimEnd().length };
  }
  m = CAPS_ONLY.exec(head);
  if (m && m[1].length >= 3) {
    return { place: placeName(m[1]), agency: null, start: paragraphStart, end: paragraphStart + m[0].trimEnd().length };
  }
  return null;
}

/** WASHINGTON reads as Washington; a name already in mixed case is kept as printed. */
export function placeName(s: string): string {
  const t = s.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
