import type { EntityType } from '../../doc/types.js';
import type { KbEntry } from '../gazetteer/knowledge-base.js';
import type { Role } from './roles.js';

/** How a mention was found; stored as the mention's `source`. */
export type DraftSource = 'model' | 'gazetteer' | 'demonym' | 'description' | 'name-part';

/** A mention being built: its span, its type and what it may point at, before entities are formed. */
export interface Draft {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  type: EntityType;
  source: DraftSource;
  /** COUNTRY: the ISO codes it may mean, one once the article has settled it. */
  countries?: readonly string[];
  /** PLACE named after an ambiguous country name ("Korea") that the article did not settle. */
  role?: Role;
  metonymy?: boolean;
  /**
   * The mention's own type where it differs from its entity's: with the `country` reading of national
   * teams, "Australia" that plays is a COUNTRY mention (as CoNLL-2003 tags it) of a team, an ORGANIZATION.
   */
  mentionType?: EntityType;
  /** PERSON: name words (folded, split at spaces and hyphens). */
  words?: string[];
  kb?: KbEntry;
  /** ORGANIZATION named by a short form ("Halvorsen"): the folded full name it stands for ("halvorsen maritime"). */
  orgName?: string;
  /** Index of the entity it joins, set by the linker. */
  entity?: number;
}

/**
 * Every draft is built here, with every field and in one order, so that all drafts share one hidden
 * class in V8: drafts built as literals with only the fields each pass knew (and copied by spreads
 * that add more) came in dozens of shapes, and each new one deoptimised the linker, whose passes are
 * inlined into one function that took 100-200 ms to recompile each time (--trace-opt, 20 MB corpus).
 */
export function makeDraft(f: Draft): Draft {
  return {
    start: f.start,
    end: f.end,
    tokenStart: f.tokenStart,
    tokenEnd: f.tokenEnd,
    sentence: f.sentence,
    type: f.type,
    source: f.source,
    countries: f.countries,
    role: f.role,
    metonymy: f.metonymy,
    mentionType: f.mentionType,
    words: f.words,
    kb: f.kb,
    orgName: f.orgName,
    entity: f.entity,
  };
}

/** A copy of a draft with some fields changed; assigning fields it already has keeps its hidden class. */
export function changedDraft(d: Draft, changes: Partial<Draft>): Draft {
  return Object.assign(makeDraft(d), changes);
}
