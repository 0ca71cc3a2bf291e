import type { Boilerplate, DocMeta, Diagnostic } from '../doc/types.js';
import type { Line } from './lines.js';
import { parsePublishedDate, type ParsedDate } from './published-date.js';
import { placeName } from './dateline.js';
import { BYLINE, BYLINE_NAME, BYLINE_ROLE, DATE_PREFIXES } from './rules.js';

export interface HeaderResult {
  meta: Partial<DocMeta>;
  boilerplate: Boilerplate[];
  diagnostics: Diagnostic[];
  /** The publication date as read, with its alternative reading when day and month are ambiguous. */
  publishedDate: ParsedDate | null;
  /**
   * Header lines that are article text: a dateline ("KHASAVYURT, Russia 1996-08-31"), and what follows the
   * headline or a dateline before the first paragraph of prose (a standfirst, captions, a table of results).
   */
  content: Line[];
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
  const content: Line[] = [];
  // Where article text starts among the header lines: at a dateline or a line of figures ("1. Anna Berg
  // ( Italy ) 3:31.526"). No headline is looked for past it.
  let contentStarted = false;

  for (const line of header) {
    const s = text.slice(line.start, line.end);
    const mark = (kind: Boilerplate['kind'], rule: string) => boilerplate.push({ start: line.start, end: line.end, kind, rule });
    if (line.furniture) {
      mark(line.furniture.kind, line.furniture.id);
      continue;
    }
    const dated = readDateLine(s);
    if (dated) {
      const { date, place } = dated;
      if (!publishedDate) {
        publishedDate = { ...date, start: line.start + date.start, end: line.start + date.end };
        if (!given.published) meta.published = { value: date.iso, start: publishedDate.start, end: publishedDate.end };
      }
      if (place) {
        if (!given.dateline && !meta.dateline) meta.dateline = { place: placeName(place.text), agency: null, start: line.start + place.start, end: line.start + place.end };
        content.push(line);
        contentStarted = true;
      } else mark('metadata', 'header-date');
      continue;
    }
    const authors = line.words <= 16 ? readByline(s) : null;
    if (authors) {
      if (!given.author && !meta.author) meta.author = { value: authors.names, start: line.start + authors.start, end: line.start + authors.end };
      mark('metadata', 'header-byline');
      continue;
    }
    if (!contentStarted && isSectionLine(s, line)) {
      if (!given.section && !meta.section) meta.section = { value: s, start: line.start, end: line.end };
      mark('metadata', 'header-section');
      continue;
    }
    if (!contentStarted && isFiguresLine(s, line)) contentStarted = true;
    if (contentStarted) content.push(line);
    else titleCandidates.push(line);
  }

  // The headline: the longest remaining header line before the article text; those after it are article
  // text too (a standfirst, captions), those before it page furniture.
  let title: Line | null = null;
  for (const c of titleCandidates) if (c.words >= 3 && (!title || c.words > title.words)) title = c;
  if (given.title) {
    const at = text.indexOf(given.title.value);
    if (at !== -1 && (given.title.start === undefined)) meta.title = { value: given.title.value, start: at, end: at + given.title.value.length };
  } else if (title) {
    meta.title = { value: text.slice(title.start, title.end), start: title.start, end: title.end };
  }
  let afterTitle = false;
  const standfirst: Line[] = [];
  for (const c of titleCandidates) {
    const isTitle = c === title || (given.title && text.slice(c.start, c.end) === given.title.value);
    if (isTitle) afterTitle = true;
    else if (afterTitle && c.words >= MIN_STANDFIRST_WORDS) standfirst.push(c);
    else boilerplate.push({ start: c.start, end: c.end, kind: 'navigation', rule: 'header-other' });
  }
  content.push(...standfirst);
  content.sort((a, b) => a.start - b.start);
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
  return { meta, boilerplate, diagnostics, publishedDate, content };
}

/** Menu items and labels are short: a line under the headline with this many words or more is article text. */
const MIN_STANDFIRST_WORDS = 4;

/**
 * The place before the date of a dateline line: "LONDON 1996-08-22", "KHASAVYURT , Russia 1996-08-31",
 * "Paris, 12 May 2021": capitalised words, perhaps two names joined by a comma, and nothing else before the
 * date. Null for a plain date line ("Published: 12 May 2021", "Monday, 12 May").
 */
export function datelinePlace(s: string, date: ParsedDate): { text: string; start: number; end: number } | null {
  const before = s.slice(0, date.start);
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s*,?\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*,?\s*$/u.exec(before);
  if (!m || DATE_PREFIXES.test(before) || WEEKDAY_OR_MONTH.test(m[1])) return null;
  // The city is the place; a region or country after a comma only says where the city is.
  const city = m[1].split(',')[0].trimEnd();
  return { text: city, start: 0, end: city.length };
}

/**
 * A line that is a date (`dateLine`), with the place of a dateline before it when it has one; or a
 * dateline line whose place is too long for `dateLine` ("KHASAVYURT , Russia 1996-08-31").
 */
function readDateLine(s: string): { date: ParsedDate; place: ReturnType<typeof datelinePlace> } | null {
  const plain = dateLine(s);
  if (plain) return { date: plain, place: datelinePlace(s, plain) };
  if (s.length > 80) return null;
  const date = parsePublishedDate(s);
  if (!date || /[\p{L}\p{N}]/u.test(s.slice(date.end))) return null;
  const place = datelinePlace(s, date);
  return place ? { date, place } : null;
}

const WEEKDAY_OR_MONTH = /\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/**
 * A line of figures: results, scores, a table row ("1. Anna Berg ( Italy ) 3:31.526", "Leeds 2 Hull 1").
 * A headline has a figure or two; a row of a table has a figure for every few words, or a time or a score.
 */
function isFiguresLine(s: string, line: Line): boolean {
  if (line.words < 2) return false;
  if (/\d+:\d\d|\b\d+-\d+\b/.test(s)) return true;
  let figures = 0;
  for (const w of s.split(/\s+/)) if (/\d/.test(w)) figures++;
  return figures / line.words >= 0.3;
}

/**
 * The writers a byline names: "By Linh Tran and Oliver Grant", "By Miguel Santos in Manila and Yuki Mori
 * in Tokyo" (the places are where they filed from), "By Meera Iyer, Health Correspondent" (a job, not a
 * name). The span runs from the first name to the end of the last.
 */
export function readByline(s: string): { names: string; start: number; end: number } | null {
  const m = BYLINE.exec(s);
  if (!m) return null;
  const names: string[] = [];
  let start = -1;
  let end = -1;
  const restAt = s.length - m[1].length;
  for (const part of m[1].matchAll(/[^,;&]+/g)) {
    for (const piece of part[0].split(/\s+and\s+/)) {
      const name = piece.replace(/\s+in\s+\p{Lu}.*$/u, '').trim();
      if (!name || BYLINE_ROLE.test(name) || !BYLINE_NAME.test(name)) continue;
      const at = s.indexOf(name, restAt + part.index!);
      names.push(name);
      if (start === -1) start = at;
      end = at + name.length;
    }
  }
  return names.length ? { names: names.join(names.length === 2 ? ' and ' : ', '), start, end } : null;
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
