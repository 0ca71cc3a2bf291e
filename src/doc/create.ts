import type { Doc, DocMeta } from './types.js';

export interface DocInput {
  id: string;
  source: string;
  text: string;
  meta?: Partial<DocMeta>;
  anchorDate?: string | null;
}

export function emptyMeta(): DocMeta {
  return { title: null, published: null, author: null, dateline: null, section: null, url: null };
}

export function createDoc(input: DocInput): Doc {
  const meta = { ...emptyMeta(), ...input.meta };
  return {
    id: input.id,
    source: input.source,
    status: 'ok',
    text: input.text,
    meta,
    anchorDate: input.anchorDate ?? null,
    body: [],
    boilerplate: [],
    tokens: null,
    sentences: [],
    nerSpans: [],
    mentions: [],
    entities: [],
    figures: [],
    facts: [],
    diagnostics: [],
  };
}

/** A document that could not be read or processed: it still gets a row, with its error. */
export function failedDoc(id: string, source: string, text = ''): Doc {
  const doc = createDoc({ id, source, text });
  doc.status = 'error';
  return doc;
}
