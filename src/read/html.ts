import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NewsfactsError } from '../errors.js';
import type { DocMeta, MetaField } from '../doc/types.js';

const MIN_PARAGRAPH_WORDS = 8;

export interface ExtractedPage {
  /** The article as plain text: headline, byline, date, then one paragraph per block, blank lines between. */
  text: string;
  meta: Partial<DocMeta>;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'MAIN', 'NAV',
]);

/**
 * The article of an HTML page, found by Mozilla's Readability (the reader view of Firefox), turned into
 * text whose paragraphs stay apart, so that sentences never run across two blocks.
 */
export function extractHtml(html: string, what: string): ExtractedPage {
  const { document } = parseHTML(html);
  const metaTag = (...names: string[]): string | null => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const publishedRaw = metaTag('article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const url = metaTag('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const section = metaTag('article:section');

  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  if (!article || !article.content) {
    throw new NewsfactsError('read/html-no-article', `${what}: no article text found in the HTML page`);
  }
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = blockTexts(content.body as unknown as DomNode);
  // Readability falls back to whatever text a page has; a menu alone is not an article.
  if (!blocks.some((b) => b.split(/\s+/).length >= MIN_PARAGRAPH_WORDS)) {
    throw new NewsfactsError('read/html-no-article', `${what}: no article text found in the HTML page (no paragraph of ${MIN_PARAGRAPH_WORDS} words or more)`);
  }

  // Headline and byline become the first lines of the text, so that their spans point into it.
  const parts: string[] = [];
  let length = 0;
  const field = (value: string): MetaField => {
    const start = length;
    parts.push(value);
    length += value.length + 2;
    return { value, start, end: start + value.length };
  };
  const meta: Partial<DocMeta> = { url };
  const title = clean(article.title ?? '');
  if (title && !blocks[0].startsWith(title)) meta.title = field(title);
  const byline = clean(article.byline ?? '');
  if (byline) {
    const author = byline.replace(/^by\s+/i, '');
    const line = field(author === byline ? `By ${byline}` : byline);
    meta.author = { value: author, start: line.end! - author.length, end: line.end };
  }
  if (publishedRaw) meta.published = { value: publishedRaw };
  if (section) meta.section = { value: section };
  for (const b of blocks) parts.push(b);
  return { text: parts.join('\n\n'), meta };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The little of the DOM that text extraction reads. */
interface DomNode {
  nodeType: number;
  tagName?: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  textContent: string | null;
}

function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = clean(current);
    if (t) out.push(t);
    current = '';
  };
  const walk = (node: DomNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child.tagName ?? '').toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
        else if (tag === 'TD' || tag === 'TH') current += ' ';
      }
    }
  };
  walk(root);
  flush();
  return out;
}
