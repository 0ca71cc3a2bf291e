import type { ErrorCode } from '../errors.js';
import type { Span } from './span.js';

/** Where a sentence sits on the page: the headline, or the article body. Boilerplate is never tokenized. */
export type Zone = 'title' | 'body';

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'PLACE' | 'EVENT';
/**
 * How a mention names its entity: by one of the entity types, or `NORP` for a nationality ("Russian
 * companies", "North Koreans"), as spaCy calls it: such a mention is no person or place of its own but
 * points at its country's entity.
 */
export type MentionType = EntityType | 'NORP';
/**
 * What the statistical tagger proposes before linking: CoNLL's four classes. The linker turns each into a
 * MentionType (LOC into COUNTRY or PLACE, MISC into EVENT or a demonym pointing at its country) or drops it.
 */
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name span the tagger found, before the linker decides its type and entity. */
export interface NerSpan {
  start: number;
  end: number;
  /** First token and one past the last, into the TokenTable. */
  tokenStart: number;
  tokenEnd: number;
  label: NerLabel;
  sentence: number;
  /** The tagger's confidence in [0,1]. */
  score: number;
}

export type FigureKind = 'PERCENT' | 'MONEY' | 'QUANTITY' | 'COUNT' | 'DURATION' | 'ORDINAL' | 'DATE';

export type Severity = 'error' | 'warning' | 'info';

/** A problem or a doubt about one document, with the place in the text it concerns when there is one. */
export interface Diagnostic {
  code: ErrorCode;
  severity: Severity;
  message: string;
  stage: string;
  start?: number;
  end?: number;
}

/** A metadata value found in the text keeps the span it was read from; one given by the input has none. */
export interface MetaField<T = string> extends Partial<Span> {
  value: T;
}

export interface Dateline extends Partial<Span> {
  place: string;
  agency: string | null;
}

export interface DocMeta {
  title: MetaField | null;
  /** ISO 8601 at the precision the page gives: `2019-04-25T16:28`, `2019-04-25`. */
  published: MetaField | null;
  author: MetaField | null;
  dateline: Dateline | null;
  section: MetaField | null;
  url: string | null;
}

export type BoilerplateKind =
  | 'metadata'
  | 'navigation'
  | 'share'
  | 'related'
  | 'newsletter'
  | 'tags'
  | 'footer'
  | 'motto'
  | 'advertisement'
  | 'other';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
  /** The id of the cleaning rule that marked it (see src/clean/rules.ts). */
  rule: string;
}

/**
 * Tokens as flat, parallel typed arrays (one slot per token) rather than an object per token:
 * the hot paths of every stage walk these.
 */
export interface TokenTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Index into POS_TAGS. */
  pos: Uint8Array;
  /** Index into TOKEN_KINDS. */
  kind: Uint8Array;
  /** TOKEN_FLAGS bits: where a line begins, where the tokenizer saw a sentence begin. */
  flags: Uint8Array;
  /** Index of the sentence the token belongs to; -1 until the sentences stage ran. */
  sentence: Int32Array;
}

export interface Sentence extends Span {
  /** First token index and one past the last, into the document's TokenTable. */
  tokenStart: number;
  tokenEnd: number;
  zone: Zone;
}

export interface Mention extends Span {
  id: string;
  entityId: string;
  type: MentionType;
  sentence: number;
  /** A title or role said with the name but not part of it ("President", "TV host"). */
  role?: string;
  /** A place named for the state or body that acts from it ("Pyongyang considers ..."). */
  metonymy?: boolean;
  /** How the mention was found (model, gazetteer, rule id). */
  source?: string;
}

export interface Entity {
  /** Stable across documents and runs: derived from kb_id when known, else from type and name. */
  id: string;
  type: EntityType;
  name: string;
  kbId: string | null;
  aliases: string[];
}

export interface Figure extends Span {
  id: string;
  kind: FigureKind;
  /** A number, or for DATE an ISO 8601 string at the precision the text gives. Null when unresolved. */
  value: number | string | null;
  unit: string | null;
  siValue: number | null;
  siUnit: string | null;
  entityId: string | null;
  sentence: number;
  qualifier?: 'about' | 'more_than' | 'less_than' | 'at_least' | 'at_most' | 'up_to' | null;
  low?: number | null;
  high?: number | null;
  /** Set when the figure could not be resolved (a relative date without an anchor). */
  unresolved?: boolean;
}

export type Polarity = 'asserted' | 'negated';
export type Modality = 'asserted' | 'reported' | 'hoped' | 'planned' | 'possible';

export interface Fact extends Span {
  id: string;
  predicate: string;
  subjectId: string;
  objectId: string | null;
  value: string | number | null;
  unit: string | null;
  time: string | null;
  placeId: string | null;
  confidence: number;
  rule: string;
  polarity: Polarity;
  modality: Modality;
}

export type DocStatus = 'ok' | 'error';

export interface Doc {
  id: string;
  /** Where the document came from: a path, `path:line` for JSONL, or `-` for stdin. */
  source: string;
  status: DocStatus;
  /** The input text exactly as given (for HTML: the text extracted from the page). Never rewritten. */
  text: string;
  meta: DocMeta;
  /** Publication date to resolve relative dates against: meta.published, else the run's --date. */
  anchorDate: string | null;
  /** Ranges of article body, sorted and disjoint. */
  body: Span[];
  boilerplate: Boilerplate[];
  tokens: TokenTable | null;
  sentences: Sentence[];
  /** Name spans proposed by the `ner` stage; the `link` stage turns them into mentions and entities. */
  nerSpans: NerSpan[];
  mentions: Mention[];
  entities: Entity[];
  figures: Figure[];
  facts: Fact[];
  diagnostics: Diagnostic[];
}
