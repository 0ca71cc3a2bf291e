import type { Mention } from '../doc/types.js';
import { objectAt, type Arg } from './clauses.js';
import { isPossessed, isPostWord, isTimeWord, isTitleMention, npExtent, type Resources } from './phrases.js';
import { PAST_POST_WORDS } from './posts.js';
import type { Discourse } from './pronouns.js';
import { resolveDefinite } from './references.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';
import { KINSHIP_NOUNS, POSSESSIVE_PRONOUNS } from './words.js';

/**
 * Posts, memberships and kinship said next to a name, without a verb:
 * - a title before the name: "US President Donald Trump", "TV host Pavel Zarubin", "Russia's Defence
 *   Minister, Sergey Shoygu", "The chairperson of the African Union Commission, Amadou Keita";
 * - a post in apposition after the name: "Carlos Quispe, head of the National Civil Defence Institute",
 *   "Tan Wei Ming, chief economist at Straits Capital", "Wrona, a deputy in the Sejm";
 * - an occupation at a body: "Joanna Kurek, a political scientist at the Jagiellonian University" (works_for);
 * - a kinship noun in apposition: "his father, Kim Jong-Il" (relative_of, value "father");
 * - a team role: "the Milford goalkeeper, Daniel Price" (member_of);
 * - a name and "of" a body, with no post: "Tomasz Wrona of the Civic Coalition" (member_of).
 * The owner of a post is the country or body before the title ("Russia's", "US", "North Korean", "its"),
 * or after it with "of", "for", "at" ("spokesperson for the National Prosecuting Authority").
 * A title owned by a person ("his lawyer", "Mokoena's brother-in-law") is a relation, not a post.
 */

interface Role {
  from: number;
  to: number;
  head: string;
  past: boolean;
}

interface Owner {
  arg: Arg | null;
  /** The title belongs to a person ("his lawyer"): no post. */
  relational: boolean;
  /** The preposition that introduced it, when after the title. */
  via?: string;
}

const NO_OWNER: Owner = { arg: null, relational: false };

/**
 * Participles that give a body its head: "Van Dijk's board, chaired by Pieter de Graaf" makes him its
 * chair; the value is the post the verb names.
 */
export const HEADING_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['chaired', 'chair'],
  ['headed', 'head'],
  ['led', 'leader'],
  ['run', 'head'],
  ['directed', 'director'],
  ['managed', 'manager'],
  ['coached', 'coach'],
  ['founded', 'founder'],
]);
const OWNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'with']);

/** The post words of [from, to): their head, and whether "former" makes the post a past one. */
function roleIn(v: FactView, r: Resources, from: number, to: number): Role | null {
  let head = '';
  let past = false;
  let a = from;
  while (a < to && (v.isPos(a, 'DET') || PAST_POST_WORDS.has(v.lower(a)))) {
    if (PAST_POST_WORDS.has(v.lower(a))) past = true;
    a++;
  }
  for (let i = a; i < to; i++) {
    const w = v.lower(i).replace(/\.$/, '');
    if (PAST_POST_WORDS.has(w)) past = true;
    if (r.posts.heads.has(w)) head = w;
    else if (r.posts.notPosts.has(w)) return null;
  }
  return head ? { from: a, to, head, past } : null;
}

function isTitleToken(v: FactView, r: Resources, j: number): boolean {
  const k = v.mentionAt[j];
  if (k >= 0) return isTitleMention(v, r, k);
  return isPostWord(v, r, j) || PAST_POST_WORDS.has(v.lower(j));
}

/**
 * Walks left from `end` over a title: post words, a tagger's title-only mention, and up to two nouns of a
 * compound before a post word ("Housing Minister", "climate minister", "Transport Cabinet Secretary"), or
 * a post, "of" and a plain noun ("head of research").
 */
function titleStart(v: FactView, r: Resources, end: number, min: number): number {
  let i = end;
  let compound = 0;
  while (i > min) {
    const j = i - 1;
    if (isTitleToken(v, r, j)) {
      if (v.mentionAt[j] >= 0) i = v.mentionTokenStart[v.mentionAt[j]];
      else i = j;
      compound = 0;
      continue;
    }
    const nounLike = v.isPos(j, 'NOUN') || v.isPos(j, 'PROPN') || (v.isPos(j, 'VERB') && /ing$/.test(v.lower(j)));
    if (i < end && nounLike && v.mentionAt[j] < 0 && !isTimeWord(v, j) && compound < 2 && !v.isPossessiveMark(j)) {
      i = j;
      compound++;
      continue;
    }
    break;
  }
  if (i === end) {
    let j = end - 1;
    while (j > min && j > end - 4 && v.isPos(j, 'NOUN') && v.mentionAt[j] < 0) j--;
    if (j > min && j < end - 1 && v.is(j, 'of') && isPostWord(v, r, j - 1)) {
      i = j;
      while (i > min && v.mentionAt[i - 1] < 0 && isPostWord(v, r, i - 1)) i--;
    }
  }
  return i;
}

function argOf(v: FactView, k: number, how: Arg['how'] = 'name'): Arg {
  const m = v.mentions[k];
  return { entityId: m.entityId, type: m.type, mention: k, token: v.mentionTokenStart[k], how };
}

/** The start of the plain noun phrase that ends before `end` ("the agency" of "the agency's"). */
function npStartBefore(v: FactView, end: number, min: number): number {
  let i = end;
  while (i > min && v.mentionAt[i - 1] < 0 && (v.isPos(i - 1, 'NOUN') || v.isPos(i - 1, 'ADJ') || v.isPos(i - 1, 'PROPN'))) i--;
  if (i > min && v.isPos(i - 1, 'DET')) i--;
  return i;
}

/** Who owns a title that starts at `from`: "Russia's", "US", "North Korean", "its", "the agency's", "his Philippine counterpart,". */
function ownerBefore(v: FactView, r: Resources, from: number, min: number, discourse: Discourse): Owner {
  const i = from - 1;
  if (i < min) return NO_OWNER;
  if (v.isPossessiveMark(i)) {
    const k = v.mentionEndingBefore(i);
    if (k >= 0) return v.mentions[k].type === 'PERSON' ? { arg: null, relational: true } : { arg: argOf(v, k), relational: false };
    const s = npStartBefore(v, i, min);
    return s < i ? { arg: resolveDefinite(v, discourse, s, i), relational: false } : NO_OWNER;
  }
  const kind = POSSESSIVE_PRONOUNS.get(v.lower(i));
  if (kind) {
    if (kind !== 'thing') return { arg: null, relational: true };
    const s = discourse.resolve('thing', i, undefined, true);
    return { arg: s ? { entityId: s.entityId, type: s.type, mention: -1, token: i, how: 'pronoun' } : null, relational: false };
  }
  const k = v.mentionEndingBefore(from);
  if (k >= 0 && v.mentions[k].type !== 'PERSON' && !isTitleMention(v, r, k)) return { arg: argOf(v, k), relational: false };
  // "his Philippine counterpart, Defence Secretary Ramon Villanueva": the counterpart's country.
  if (v.isChar(i, ',') && i - 1 >= min && r.posts.notPosts.has(v.lower(i - 1))) {
    for (let j = i - 2; j >= min && j > i - 5; j--) {
      const m = v.mentionAt[j];
      if (m >= 0 && (v.mentions[m].type === 'COUNTRY' || v.mentions[m].type === 'ORGANIZATION')) return { arg: argOf(v, m), relational: false };
      if (!(v.isPos(j, 'ADJ') || v.isPos(j, 'PRON') || v.isPos(j, 'DET'))) break;
    }
  }
  return NO_OWNER;
}

/** "of the Gauteng High Court", "at Straits Capital", "for the National Prosecuting Authority", "in the Sejm": up to two phrases after a post. */
function ownerAfter(v: FactView, r: Resources, from: number, to: number, discourse: Discourse): Owner {
  let j = from;
  for (let n = 0; n < 2 && j < to; n++) {
    const w = v.lower(j);
    if (!v.isPos(j, 'ADP') || !(OWNER_PREPOSITIONS.has(w) || w === 'in')) return NO_OWNER;
    const end = npExtent(v, j + 1, to);
    const o = objectAt(v, r, j + 1, to, discourse);
    const head = o.args.find((a) => a.type !== 'PERSON');
    // "in" only for bodies ("a deputy in the Sejm"): "coordinator in Pemba" says where, not whose.
    if (head && (w !== 'in' || head.type === 'ORGANIZATION')) return { arg: head, relational: false, via: w };
    if (w === 'in') return NO_OWNER;
    if (o.common) {
      const def = resolveDefinite(v, discourse, j + 1, end);
      if (def) return { arg: def, relational: false, via: w };
    }
    // "a spokesman for the Mozambican armed forces": the country that qualifies an institution.
    for (let i = j + 1; i < end; i++) {
      const k = v.mentionAt[i];
      if (k >= 0 && (v.mentions[k].type === 'COUNTRY' || v.mentions[k].type === 'ORGANIZATION')) return { arg: argOf(v, k), relational: false, via: w };
    }
    j = end;
  }
  return NO_OWNER;
}

/** A person's name, not a description ("the North Korean leader") the linker attached to them. */
function isNameMention(v: FactView, r: Resources, k: number): boolean {
  const m = v.mentions[k];
  if (m.type !== 'PERSON') return false;
  const last = v.mentionTokenEnd[k] - 1;
  return !isPostWord(v, r, last) && !KINSHIP_NOUNS.has(v.lower(last)) && v.isCapitalized(v.mentionTokenStart[k]);
}

/** A description mention of the same person right before the name ("Russia's Defence Minister, Sergey Shoygu"). */
function descriptionBefore(v: FactView, k: number, at: number): number {
  const d = at >= 0 ? v.mentionAt[at] : -1;
  return d >= 0 && d !== k && v.mentions[d].entityId === v.mentions[k].entityId && v.mentionTokenEnd[d] === at + 1 ? d : -1;
}

/** The body a ", chaired by" hangs on: a body named right before the comma, or the possessor of the noun there ("Van Dijk's board"). */
function headedBody(v: FactView, comma: number, min: number): Arg | null {
  const k = v.mentionEndingBefore(comma);
  if (k >= 0) return v.mentions[k].type === 'ORGANIZATION' ? argOf(v, k) : null;
  let i = comma - 1;
  while (i >= min && v.mentionAt[i] < 0 && (v.isPos(i, 'NOUN') || v.isPos(i, 'ADJ'))) i--;
  if (i >= min && i < comma - 1 && v.isPossessiveMark(i)) {
    const owner = v.mentionEndingBefore(i);
    if (owner >= 0 && v.mentions[owner].type === 'ORGANIZATION') return argOf(v, owner);
  }
  return null;
}

/** Whose relative: "his" (the pronoun's person), or "Mokoena's". */
function relativeOwner(v: FactView, kinToken: number, min: number, discourse: Discourse, self: string): Arg | null {
  let i = kinToken - 1;
  while (i >= min && (v.isPos(i, 'ADJ') || v.isPos(i, 'DET'))) i--;
  if (i < min) return null;
  const kind = POSSESSIVE_PRONOUNS.get(v.lower(i));
  if (kind && kind !== 'thing') {
    const s = discourse.resolve(kind, i, self);
    return s ? { entityId: s.entityId, type: s.type, mention: -1, token: i, how: 'pronoun' } : null;
  }
  if (v.isPossessiveMark(i)) {
    const k = v.mentionEndingBefore(i);
    if (k >= 0 && v.mentions[k].type === 'PERSON' && v.mentions[k].entityId !== self) return argOf(v, k);
  }
  return null;
}

/** A post apposition ends at a comma, the sentence end, a relative pronoun, a preposition or a verb. */
function closesApposition(v: FactView, pe: number, to: number): boolean {
  if (pe >= to) return true;
  const w = v.raw(pe);
  return w === ',' || w === '.' || w === ';' || w === 'who' || v.isPos(pe, 'ADP') || v.isPos(pe, 'VERB') || v.isPos(pe, 'AUX') || v.isPos(pe, 'CCONJ');
}

export function appositionFacts(v: FactView, r: Resources, sentence: number, sink: FactSink, discourse: Discourse): void {
  const s = v.doc.sentences[sentence];
  const from = s.tokenStart;
  const to = s.tokenEnd;
  const emit = (predicate: string, person: Mention, objectId: string | null, value: string | null, confidence: number, rule: string) =>
    sink.add({ predicate, subjectId: person.entityId, objectId, value, unit: null, time: null, placeId: null, confidence, rule, polarity: 'asserted', modality: 'asserted', start: s.start, end: s.end });

  /** A post with its owner: position_held, and member_of for team roles. */
  const emitPost = (person: Mention, role: Role, owner: Owner, confidence: number, rule: string) => {
    if (role.past || owner.relational) return;
    const arg = owner.arg && owner.arg.type !== 'PERSON' ? owner.arg : null;
    const weight = arg?.how === 'pronoun' ? 0.85 : 1;
    const membership = r.posts.membership.get(role.head);
    if (membership !== undefined) {
      if (arg && arg.type === 'ORGANIZATION') emit('member_of', person, arg.entityId, null, confidence * weight, `${rule}:member`);
      if (!membership) return;
    }
    emit('position_held', person, arg?.entityId ?? null, v.span(role.from, role.to), confidence * weight, rule);
    if (owner.via === 'at' && arg?.type === 'ORGANIZATION') emit('works_for', person, arg.entityId, v.span(role.from, role.to), confidence * weight, `${rule}:at`);
  };

  const [mFrom, mTo] = v.mentionsIn(sentence);
  for (let k = mFrom; k < mTo; k++) {
    const nameStart = v.mentionTokenStart[k];
    if (nameStart < from || nameStart >= to || v.mentionAt[nameStart] !== k) continue;
    if (!isNameMention(v, r, k)) continue;
    const person = v.mentions[k];
    const nameEnd = v.mentionTokenEnd[k];

    // A title before the name, with or without a comma between.
    let end = nameStart;
    const comma = end - 1 >= from && v.isChar(end - 1, ',');
    if (comma) end--;
    let done = false;
    let roleFrom = end;
    let roleTo = end;
    let owner: Owner | null = null;
    const d = descriptionBefore(v, k, end - 1);
    if (d >= 0) {
      // The title sits inside the description mention, after its owner: "[Russia's] Defence Minister".
      roleFrom = v.mentionTokenStart[d];
      const inner = v.innerMentionAt[roleFrom];
      if (inner >= 0 && inner !== d) {
        owner = { arg: v.mentions[inner].type !== 'PERSON' ? argOf(v, inner) : null, relational: v.mentions[inner].type === 'PERSON' };
        roleFrom = v.mentionTokenEnd[inner] + (isPossessed(v, inner) ? 1 : 0);
      }
      roleTo = v.mentionTokenEnd[d];
    } else {
      const body = comma ? v.mentionEndingBefore(end) : -1;
      let j = body >= 0 ? v.mentionTokenStart[body] - 1 : -1;
      if (j >= from && v.is(j, 'the')) j--;
      if (body >= 0 && j >= from && v.is(j, 'of') && v.mentions[body].type !== 'PERSON') {
        // "The chairperson of the African Union Commission, Amadou Keita".
        roleTo = j;
        roleFrom = titleStart(v, r, j, from);
        owner = { arg: argOf(v, body), relational: false, via: 'of' };
      } else {
        roleFrom = titleStart(v, r, end, from);
      }
    }
    const role = roleTo > roleFrom ? roleIn(v, r, roleFrom, roleTo) : null;
    if (role) {
      owner ??= ownerBefore(v, r, role.from, from, discourse);
      if (!owner.arg && !owner.relational && v.is(nameEnd, 'of')) owner = ownerAfter(v, r, nameEnd, to, discourse);
      emitPost(person, role, owner, 0.9, comma ? 'apposition:title-comma' : 'apposition:title-before');
      done = true;
    }
    // "Van Dijk's board, chaired by Pieter de Graaf": the body before the participle.
    if (!role && nameStart - 3 >= from && v.is(nameStart - 1, 'by') && HEADING_PARTICIPLES.has(v.lower(nameStart - 2)) && v.isChar(nameStart - 3, ',')) {
      const body = headedBody(v, nameStart - 3, from);
      if (body) emit('position_held', person, body.entityId, HEADING_PARTICIPLES.get(v.lower(nameStart - 2))!, 0.75, 'apposition:headed-by');
    }
    // "his father, Kim Jong-Il": a kinship noun in apposition.
    const kin = end - 1 >= from ? v.lower(end - 1) : '';
    if (comma && KINSHIP_NOUNS.has(kin)) {
      const rel = relativeOwner(v, end - 1, from, discourse, person.entityId);
      if (rel) emit('relative_of', person, rel.entityId, kin, 0.85 * (rel.how === 'pronoun' ? 0.9 : 1), 'apposition:kin-before');
      done = true;
    }
    if (!done && person.role) {
      const head = person.role.toLowerCase().split(/\s+/).pop() ?? '';
      if (r.posts.heads.has(head) && !r.posts.membership.has(head) && !(nameStart > from && POSSESSIVE_PRONOUNS.has(v.lower(nameStart - 1)))) {
        emit('position_held', person, null, person.role, 0.7, 'apposition:linked-role');
      }
    }

    // After the name: ", head of the National Civil Defence Institute", ", his son", " of the Civic Coalition".
    if (nameEnd < to && v.isChar(nameEnd, ',')) {
      let j = nameEnd + 1;
      // An age in between: "Jan Pretorius, 54, the owner of ...".
      if (j + 1 < to && (v.isPos(j, 'NUM') || v.figureAt[j] >= 0) && v.isChar(j + 1, ',')) j += 2;
      while (j < to && v.isPos(j, 'DET') && !POSSESSIVE_PRONOUNS.has(v.lower(j))) j++;
      let after: Owner = NO_OWNER;
      const ownerMention = j < to && v.mentionAt[j] >= 0 && isPossessed(v, v.mentionAt[j]) ? v.mentionAt[j] : -1;
      if (ownerMention >= 0) {
        after = v.mentions[ownerMention].type === 'PERSON' ? { arg: argOf(v, ownerMention), relational: true } : { arg: argOf(v, ownerMention), relational: false };
        j = v.mentionTokenEnd[ownerMention] + 1;
      } else if (j < to && POSSESSIVE_PRONOUNS.has(v.lower(j))) {
        const kind = POSSESSIVE_PRONOUNS.get(v.lower(j))!;
        const res = discourse.resolve(kind, j, person.entityId, kind === 'thing');
        const arg: Arg | null = res ? { entityId: res.entityId, type: res.type, mention: -1, token: j, how: 'pronoun' } : null;
        after = { arg, relational: kind !== 'thing' };
        j++;
      } else {
        // "the agency's coordinator".
        let q = j;
        while (q < to && q < j + 4 && v.mentionAt[q] < 0 && !v.isPossessiveMark(q) && (v.isPos(q, 'NOUN') || v.isPos(q, 'ADJ'))) q++;
        if (q > j && q < to && v.isPossessiveMark(q)) {
          const def = resolveDefinite(v, discourse, j > nameEnd + 1 && v.isPos(j - 1, 'DET') ? j - 1 : j, q);
          if (def) after = { arg: def, relational: false };
          j = q + 1;
        }
      }
      let pe = j;
      while (pe < to && (isTitleToken(v, r, pe) || (v.mentionAt[pe] < 0 && v.isPos(pe, 'ADJ') && pe + 1 < to && isPostWord(v, r, pe + 1)))) {
        pe = v.mentionAt[pe] >= 0 ? v.mentionTokenEnd[v.mentionAt[pe]] : pe + 1;
      }
      const role = pe > j ? roleIn(v, r, j, pe) : null;
      const kinWord = j < to ? v.lower(j) : '';
      if (role && closesApposition(v, pe, to)) {
        const post = ownerAfter(v, r, pe, to, discourse);
        emitPost(person, role, post.arg ? post : after, 0.85, 'apposition:post-after');
      } else if (KINSHIP_NOUNS.has(kinWord) && after.arg && after.arg.type === 'PERSON' && after.arg.entityId !== person.entityId) {
        emit('relative_of', person, after.arg.entityId, kinWord, 0.8, 'apposition:kin-after');
      } else if (!role) {
        // "a political scientist at the Jagiellonian University": an occupation at a body.
        let q = j;
        while (q < to && v.mentionAt[q] < 0 && (v.isPos(q, 'NOUN') || v.isPos(q, 'ADJ'))) q++;
        if (q > j && v.isPos(q - 1, 'NOUN') && q < to && v.is(q, 'at')) {
          const at = ownerAfter(v, r, q, to, discourse);
          if (at.arg && at.arg.type === 'ORGANIZATION') emit('works_for', person, at.arg.entityId, v.span(j, q), 0.8, 'apposition:occupation-at');
        }
      }
    } else if (!done && nameEnd < to && v.is(nameEnd, 'of')) {
      const o = objectAt(v, r, nameEnd + 1, to, discourse);
      const org = o.args.find((a) => a.type === 'ORGANIZATION');
      if (org) emit('member_of', person, org.entityId, null, 0.75, 'apposition:of-body');
    }
  }
}
