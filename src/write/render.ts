import { stringify } from 'csv-stringify/sync';
import type { Doc, Entity } from '../doc/types.js';
import { countWords } from '../tokenize/count.js';
import { CSV_CAST, csvRecords } from './csv-cells.js';
import { COLUMNS, type TableName } from './columns.js';
import { docRecord, docRows, documentRow, errorRows } from './rows.js';

export const FORMATS = ['csv', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

/** The tables that get rows per document; entities.csv is built from every document at the end. */
export const PER_DOC_TABLES = ['documents', 'mentions', 'figures', 'facts', 'errors'] as const satisfies readonly TableName[];
export type PerDocTable = (typeof PER_DOC_TABLES)[number];

/** What one document adds to the run's entity table. */
export interface EntityContribution {
  entity: Entity;
  mentions: number;
}

/**
 * A processed document as the text it adds to each output. Rendering happens where the document was
 * processed (a worker thread, or the main one), so that the writer only appends strings.
 */
export interface RenderedDoc {
  id: string;
  source: string;
  ok: boolean;
  words: number;
  /** Each table's rows as CSV text (no header): made where the document was processed, so a worker thread does it. */
  csv: Record<PerDocTable, string> | null;
  jsonl: string | null;
  entities: EntityContribution[];
}

export function renderDoc(doc: Doc, formats: readonly Format[]): RenderedDoc {
  const rows = docRows(doc);
  const perEntity = new Map<string, number>();
  for (const m of doc.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
  return {
    id: doc.id,
    source: doc.source,
    ok: doc.status === 'ok',
    words: doc.status === 'ok' ? countWords(doc) : 0,
    csv: formats.includes('csv')
      ? {
          documents: csvText('documents', [documentRow(doc)]),
          mentions: csvText('mentions', rows.mentions),
          figures: csvText('figures', rows.figures),
          facts: csvText('facts', rows.facts),
          errors: csvText('errors', errorRows(doc)),
        }
      : null,
    jsonl: formats.includes('jsonl') ? JSON.stringify(docRecord(doc, rows)) + '\n' : null,
    entities: doc.entities.map((entity) => ({ entity, mentions: perEntity.get(entity.id) ?? 0 })),
  };
}

/** One table's rows of a document as CSV text, cells in column order (no header): see csv-cells.ts. */
function csvText<T extends TableName>(table: T, rows: readonly Record<string, unknown>[]): string {
  return csvRecords(rows, COLUMNS[table]);
}

export function csvLines(table: TableName, rows: readonly object[], header = false): string {
  if (!rows.length && !header) return '';
  return stringify(rows as Record<string, unknown>[], { header, columns: [...COLUMNS[table]], cast: CSV_CAST });
}
