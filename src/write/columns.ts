/** The columns of every table, in order. The README documents each; tests check the headers against these. */
export const COLUMNS = {
  documents: ['doc_id', 'source', 'status', 'error', 'title', 'published', 'author', 'dateline', 'section', 'characters', 'words', 'sentences'],
  mentions: ['doc_id', 'mention_id', 'entity_id', 'type', 'text', 'start', 'end', 'sentence'],
  entities: ['entity_id', 'type', 'name', 'kb_id', 'aliases', 'mentions', 'documents', 'same_as'],
  figures: ['doc_id', 'figure_id', 'kind', 'text', 'start', 'end', 'value', 'unit', 'si_value', 'si_unit', 'entity_id', 'sentence'],
  facts: ['doc_id', 'fact_id', 'predicate', 'subject_id', 'subject', 'object_id', 'object', 'value', 'unit', 'time', 'place_id', 'confidence', 'start', 'end', 'evidence', 'rule'],
  errors: ['source', 'doc_id', 'code', 'message'],
} as const;

export type TableName = keyof typeof COLUMNS;
export type Row<T extends TableName> = Record<(typeof COLUMNS)[T][number], string | number | null>;
