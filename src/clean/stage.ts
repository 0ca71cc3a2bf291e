import { z } from 'zod';
import type { Span } from '../doc/span.js';
import type { Boilerplate, BoilerplateKind, Doc } from '../doc/types.js';
import type { DocStage } from '../pipeline/stage.js';
import { findDateline } from './dateline.js';
import { dateLine, readHeader } from './header.js';
import { isProse, splitLines, type Line } from './lines.js';
import { parsePublishedDate } from './published-date.js';

const CleanOptions = z
  .object({
    /** Prose that resumes after the page's tail began (a list, a newsletter box) is article text again
     * only when at least this many consecutive prose lines hold at least `resumeWords` words. */
    resumeLines: z.number().int().min(1).default(2),
    resumeWords: z.number().int().min(1).default(50),
  })
  .strict();
type CleanOptions = z.infer<typeof CleanOptions>;

/** Finds the metadata and the article body of a page and marks the rest as boilerplate. */
export function cleanDoc(doc: Doc, options: CleanOptions): void {
  const text = doc.text;
  const lines = splitLines(text);
  let first = lines.findIndex(isProse);
  if (first === -1) first = 0;

  const header = readHeader(text, lines.slice(0, first), doc.meta);
  const boilerplate: Boilerplate[] = [...header.boilerplate];
  const bodyLines: Line[] = [...header.content];
  let tail: BoilerplateKind | null = null;
  let tailRule = '';
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const mark = (kind: BoilerplateKind, rule: string) => boilerplate.push({ start: line.start, end: line.end, kind, rule });
    if (tail && isProse(line) && resumes(lines, i, options)) tail = null;
    if (line.furniture) {
      mark(line.furniture.kind, line.furniture.id);
      if (line.furniture.endsBody && bodyLines.length) {
        tail = line.furniture.kind;
        tailRule = line.furniture.id;
      }
    } else if (tail) {
      if (/^["“”«‘']/.test(text[line.start])) mark('motto', 'tail-quotation');
      else if (dateLine(text.slice(line.start, line.end))) mark(tail, 'tail-date');
      else mark(tail, `after-${tailRule}`);
    } else bodyLines.push(line);
  }

  doc.body = mergeLines(text, bodyLines);
  boilerplate.sort((a, b) => a.start - b.start);
  doc.boilerplate = boilerplate;
  doc.diagnostics.push(...header.diagnostics);
  Object.assign(doc.meta, header.meta);

  if (header.publishedDate?.alternative && header.meta.published) settleAmbiguousDate(doc, lines, header.publishedDate);

  if (!doc.meta.dateline && doc.body.length) {
    const firstParagraphs = bodyLines.slice(0, 3);
    for (const p of firstParagraphs) {
      const d = findDateline(text, p.start, p.end);
      if (d) {
        doc.meta.dateline = d;
        break;
      }
    }
  }
  if (!doc.body.length) {
    doc.diagnostics.push({ code: 'clean/no-body', severity: 'warning', stage: 'clean', message: 'no article body found: every line looks like page furniture' });
  }
  const published = doc.meta.published?.value;
  if (published) {
    const parsed = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? parsePublishedDate(published)?.iso.slice(0, 10);
    if (parsed) doc.anchorDate = parsed;
  }
}

/**
 * `04/05/2019` alone cannot be read. Other dates on the same page written the same way, whose values
 * do decide the order, settle it; without them the date stays unread and the warning stands.
 */
function settleAmbiguousDate(doc: Doc, lines: readonly Line[], date: { iso: string; alternative?: string; start: number; end: number }): void {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const line of lines) {
    for (const m of doc.text.slice(line.start, line.end).matchAll(/\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/g)) {
      const a = +m[1];
      const b = +m[2];
      if (a > 12 && b <= 12) dayFirst++;
      else if (b > 12 && a <= 12) monthFirst++;
    }
  }
  const chosen = dayFirst > monthFirst ? date.iso : monthFirst > dayFirst ? date.alternative! : null;
  doc.meta.published = chosen ? { value: chosen, start: date.start, end: date.end } : null;
  if (chosen) {
    doc.diagnostics.push({
      code: 'clean/ambiguous-date',
      severity: 'info',
      stage: 'clean',
      message: `read as ${chosen}: the page's other dates put the ${dayFirst > monthFirst ? 'day' : 'month'} first (${Math.max(dayFirst, monthFirst)} to ${Math.min(dayFirst, monthFirst)})`,
      start: date.start,
      end: date.end,
    });
  }
}

function resumes(lines: readonly Line[], i: number, options: CleanOptions): boolean {
  let count = 0;
  let words = 0;
  for (let k = i; k < lines.length && isProse(lines[k]); k++) {
    count++;
    words += lines[k].words;
  }
  return count >= options.resumeLines && words >= options.resumeWords;
}

/** Consecutive body lines of one block become one range; blocks stay apart. */
function mergeLines(text: string, lines: readonly Line[]): Span[] {
  const out: Span[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && prev && prev.block === line.block && onlySpaceBetween(text, last.end, line.start)) last.end = line.end;
    else out.push({ start: line.start, end: line.end });
    prev = line;
  }
  return out;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).trim() === '';
}

export const cleanStage: DocStage<CleanOptions> = {
  kind: 'doc',
  name: 'clean',
  description: 'Finds title, publication date, author, dateline and section, and the article body; marks menus, share links, related-headline lists, newsletter boxes, tags and footers as boilerplate.',
  options: CleanOptions,
  requires: ['text'],
  assigns: ['meta', 'body'],
  create: (options) => (doc) => cleanDoc(doc, options),
};
