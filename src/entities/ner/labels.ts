import type { NerLabel } from '../../doc/types.js';

/** The entity types, in the order their B-/I- tags take in TAGS. Type 0 is "outside any name". */
export const TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The tag set, BIO over the four CoNLL types: tag 0 is O, tag 2t-1 is B-type t, tag 2t is I-type t
 * (t = 1..4). A tag is a small integer so that weight rows and label histories are flat arrays.
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;

/** Entity type of a tag: 0 for O, 1..4 for PER, ORG, LOC, MISC. */
export function typeOf(tag: number): number {
  return (tag + 1) >> 1;
}

export function isBegin(tag: number): boolean {
  return (tag & 1) === 1;
}

export function beginTag(type: number): number {
  return type * 2 - 1;
}

export function insideTag(type: number): number {
  return type * 2;
}

export function labelOfType(type: number): NerLabel {
  return TYPES[type - 1];
}

export function typeOfLabel(label: string): number {
  const i = TYPES.indexOf(label as NerLabel);
  return i + 1;
}

/** BIO: an I- tag may only continue a name of the same type. */
export function allowedAfter(prev: number, tag: number): boolean {
  return tag === 0 || isBegin(tag) || typeOf(prev) === typeOf(tag);
}
