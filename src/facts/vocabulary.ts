import { z } from 'zod';
import type { MentionType } from '../doc/types.js';

/**
 * The fact vocabulary. A predicate that is not listed here is never emitted: every rule names its
 * predicate through `Predicate`, and the stage checks each fact against it before writing.
 *
 * Version history:
 * - 1: the nineteen predicates of the facts issue, plus `acquired`, `sentenced` and `defeated`, the event
 *   verbs the fixture articles need (takeovers, court rulings, elections and matches).
 */
export const VOCABULARY_VERSION = 1;

export const PREDICATES = [
  'position_held',
  'member_of',
  'works_for',
  'relative_of',
  'met',
  'traveled_to',
  'said',
  'located_in',
  'trade_partner',
  'share_of',
  'has_quantity',
  'negotiated_with',
  'signed',
  'attacked',
  'accused',
  'elected',
  'appointed',
  'died',
  'killed_in',
  'acquired',
  'sentenced',
  'defeated',
] as const;

export const Predicate = z.enum(PREDICATES);
export type Predicate = z.infer<typeof Predicate>;

type Arg = MentionType | 'text' | 'number' | 'rank' | 'date';

export interface PredicateDefinition {
  definition: string;
  subject: readonly MentionType[];
  /** What `objectId` may point at; empty when the predicate takes no object entity. */
  object: readonly MentionType[];
  /** What `value` holds (with `unit` for numbers), or null when the predicate has none. */
  value: Arg | null;
  /** "A met B" is "B met A". */
  symmetric?: true;
}

const ACTOR: readonly MentionType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];
const WHERE: readonly MentionType[] = ['PLACE', 'COUNTRY'];

/** One line of definition per predicate and the argument types it takes. */
export const VOCABULARY: Readonly<Record<Predicate, PredicateDefinition>> = {
  position_held: { definition: 'a person holds a post (value: "Defence Minister", "TV host") in an organisation or country (object, when said)', subject: ['PERSON'], object: ['ORGANIZATION', 'COUNTRY', 'PLACE'], value: 'text' },
  member_of: { definition: 'a person belongs to an organisation (a party, a club, a body) without a post being named', subject: ['PERSON', 'COUNTRY', 'ORGANIZATION'], object: ['ORGANIZATION'], value: null },
  works_for: { definition: 'a person is employed by an organisation (value: the job when said)', subject: ['PERSON'], object: ['ORGANIZATION'], value: 'text' },
  relative_of: { definition: 'the subject is the object\'s relative; value names the subject\'s relation ("father": the subject is the object\'s father)', subject: ['PERSON'], object: ['PERSON'], value: 'text' },
  met: { definition: 'two people or bodies meet or hold talks (symmetric), with place and time where given', subject: ACTOR, object: ACTOR, value: null, symmetric: true },
  traveled_to: { definition: 'a person or body goes to a place or country (travelled, visited, arrived in, flew to), with time where given', subject: ACTOR, object: WHERE, value: null },
  said: { definition: 'a person or body is quoted; value is the quotation, as printed between double quotes', subject: ACTOR, object: [], value: 'text' },
  located_in: { definition: 'a place lies in (or, value "near", near) a place or country', subject: ['PLACE', 'ORGANIZATION'], object: ['PLACE', 'COUNTRY'], value: 'text' },
  trade_partner: { definition: 'a country or bloc is a trading partner of another; value is the rank where given ("second largest" is 2)', subject: ['COUNTRY', 'ORGANIZATION', 'PLACE'], object: ['COUNTRY', 'ORGANIZATION', 'PLACE'], value: 'rank' },
  share_of: { definition: 'an entity\'s share (value, unit "%") of a whole that belongs to the object ("China taking 95 per cent" of North Korea\'s trade)', subject: ACTOR, object: ['COUNTRY', 'ORGANIZATION', 'PLACE', 'EVENT'], value: 'number' },
  has_quantity: { definition: 'an entity and a figure that describes it (value and unit: troops, employees, a budget, a debt)', subject: [...ACTOR, 'PLACE', 'EVENT'], object: [], value: 'number' },
  negotiated_with: { definition: 'two parties negotiate (symmetric)', subject: ACTOR, object: ACTOR, value: null, symmetric: true },
  signed: { definition: 'a party signs an agreement (value: the agreement) with another party (object, when said)', subject: ACTOR, object: [...ACTOR, 'EVENT'], value: 'text' },
  attacked: { definition: 'a party attacks another party or a place', subject: ACTOR, object: [...ACTOR, 'PLACE'], value: null },
  accused: { definition: 'a party accuses another', subject: ACTOR, object: ACTOR, value: null },
  elected: { definition: 'a person is elected (value: the post, object: where or by whom, when said)', subject: ['PERSON', 'ORGANIZATION'], object: ['ORGANIZATION', 'COUNTRY', 'PLACE'], value: 'text' },
  appointed: { definition: 'a person is appointed to a post (value) in an organisation or country (object)', subject: ['PERSON'], object: ['ORGANIZATION', 'COUNTRY', 'PLACE'], value: 'text' },
  died: { definition: 'a person dies, with place and time where given', subject: ['PERSON'], object: [], value: null },
  killed_in: { definition: 'a person is killed in an event or a place', subject: ['PERSON'], object: ['EVENT', 'PLACE', 'COUNTRY'], value: null },
  acquired: { definition: 'a body buys or takes over another body', subject: ['ORGANIZATION', 'PERSON', 'COUNTRY'], object: ['ORGANIZATION'], value: null },
  sentenced: { definition: 'a person is sentenced; value and unit the term (12, "year"), or its words when no figure gives it', subject: ['PERSON'], object: ['ORGANIZATION'], value: 'number' },
  defeated: { definition: 'a party beats another in an election, a match or a battle (value: the score, "3-1", when said)', subject: ACTOR, object: ACTOR, value: 'text' },
};

export function isPredicate(p: string): p is Predicate {
  return (PREDICATES as readonly string[]).includes(p);
}
