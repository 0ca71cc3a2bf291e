import type { Boilerplate, DocMeta, Diagnostic } from '../doc/types.js';
import type { Line } from './lines.js';
import { parsePublishedDate, type ParsedDate } from './published-date.js';
import { BYLINE, DATE_PREFIXES } from './rules.js';

export interface HeaderResult {
  meta: Partial<DocMeta>;
  boilerplate: Boilerplate[];
  diagnostics: Diagnostic[];
  /** The publication date as read, with its alternative reading when day and month are ambiguous. */
  publishedDate: ParsedDate | null;
}

/**
 * Reads the lines above the article body: publication date, section, headline, byline; everything else
 * there (share links, menus) is boilerplate. Metadata given with the input is never overwritten.
 */
export function readHeader(text: string, header: readonly Line[], given: DocMeta): HeaderResult {
  const meta: Partial<DocMeta> = {};
  const boilerplate: Boilerplate[] = [];
  const diagnostics: Diagnostic[] = [];
  let publishedDate: ParsedDate | null = null;
  const titleCandidates: Line[] = [];

  for (const line of header) {
    const s = text.slice(line.start, line.end);
    const mark = (kind: Boilerplate['kind'], rule: string) => boilerplate.push({ start: line.start, end: line.end, kind, rule });
    if (line.furniture) {
      mark(line.furniture.kind, line.furniture.id);
      continue;
    }
    const date = dateLine(s);
    if (date) {
      if (!publishedDate) {
        publishedDate = { ...date, start: line.start + date.start, end: line.start + date.end };
        if (!given.published) meta.published = { value: date.iso, start: publishedDate.start, end: publishedDate.end };
      }
      mark('metadata', 'header-date');
      continue;
    }
    const by = BYLINE.exec(s);
    if (by && line.words <= 12) {
      if (!given.author && !meta.author) {
        const start = line.start + s.indexOf(by[1]);
        meta.author = { value: by[1].replace(/[\s,]+$/, ''), start, end: start + by[1].replace(/[\s,]+$/, '').length };
      }
      mark('metadata', 'header-byline');
      continue;
    }
    if (isSectionLine(s, line)) {
      if (!given.section && !meta.section) meta.section = { value: s, start: line.start, end: line.end };
      mark('metadata', 'header-section');
      continue;
    }
    titleCandidates.push(line);
  }

  // The headline: the longest remaining header line; the others are page furniture.
  let title: Line | null = null;
  for (const c of titleCandidates) if (c.words >= 3 && (!title || c.words > title.words)) title = c;
  if (given.title) {
    const at = text.indexOf(given.title.value);
    if (at !== -1 && (given.title.start === undefined)) meta.title = { value: given.title.value, start: at, end: at + given.title.value.length };
  } else if (title) {
    meta.title = { value: text.slice(title.start, title.end), start: title.start, end: title.end };
  }
  for (const c of titleCandidates) {
    const isTitle = c === title || (given.title && text.slice(c.start, c.end) === given.title.value);
    if (!isTitle) boilerplate.push({ start: c.start, end: c.end, kind: 'navigation', rule: 'header-other' });
  }
  if (publishedDate?.alternative) {
    diagnostics.push({
      code: 'clean/ambiguous-date',
      severity: 'warning',
      stage: 'clean',
      message: `publication date "${text.slice(publishedDate.start, publishedDate.end)}" reads as ${publishedDate.iso} (day first) or ${publishedDate.alternative} (month first)`,
      start: publishedDate.start,
      end: publishedDate.end,
    });
  }
  return { meta, boilerplate, diagnostics, publishedDate };
}

/** A line that is a date, optionally introduced by "Published:" and the like, and little else. */
export function dateLine(s: string): ParsedDate | null {
  const prefix = DATE_PREFIXES.exec(s);
  const rest = prefix ? s.slice(prefix[0].length) : s;
  const d = parsePublishedDate(rest);
  if (!d) return null;
  const leftover = (rest.slice(0, d.start) + rest.slice(d.end)).replace(/[\s,|·•\-–—()]+/g, '');
  if (leftover.length > 12) return null;
  const shift = prefix ? prefix[0].length : 0;
  return { ...d, start: d.start + shift, end: d.end + shift };
}

/** A kicker or section label: a few words in capitals ("RUSSIA - NORTH KOREA", "WORLD | ASIA"). */
function isSectionLine(s: string, line: Line): boolean {
  if (line.words === 0 || line.words > 6 || line.endsSentence) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
