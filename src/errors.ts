/**
 * Every problem newsfacts reports carries one of these codes. A code names the stage family that found
 * the problem and what went wrong; messages may change, codes do not.
 */
export type ErrorCode =
  // reading input
  | 'read/not-found'
  | 'read/unreadable'
  | 'read/empty'
  | 'read/binary'
  | 'read/invalid-utf8'
  | 'read/unsupported'
  | 'read/jsonl-syntax'
  | 'read/jsonl-shape'
  | 'read/html-no-article'
  | 'read/duplicate-id'
  // pipeline files
  | 'pipeline/not-found'
  | 'pipeline/syntax'
  | 'pipeline/shape'
  | 'pipeline/unknown-stage'
  | 'pipeline/bad-options'
  | 'pipeline/unmet-requirement'
  | 'pipeline/order'
  // processing a document
  | 'stage/failed'
  | 'tokenize/offset-mismatch'
  | 'tokenize/wink-internals'
  | 'ner/model-unreadable'
  | 'clean/ambiguous-date'
  | 'clean/no-body'
  | 'dates/no-anchor'
  // command line
  | 'cli/usage'
  // evaluation against gold files
  | 'eval/bad-gold'
  | 'eval/bad-baseline'
  | 'eval/no-fixtures'
  // the HTML report (newsfacts report)
  | 'report/no-docs'
  | 'report/bad-docs'
  // writing
  | 'write/failed'
  | 'write/resume-mismatch'
  | 'write/resume-order';

export class NewsfactsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsfactsError';
    this.code = code;
  }
}

export function errorCodeOf(err: unknown): ErrorCode {
  return err instanceof NewsfactsError ? err.code : 'stage/failed';
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
