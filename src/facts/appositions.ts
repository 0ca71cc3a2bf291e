import type { Mention } from '../doc/types.js';
import { objectAt, type Arg } from './clauses.js';
import { isPossessed, isPostWord, npExtent, type Resources } from './phrases.js';
import { PAST_POST_WORDS } from './posts.js';
import type { Discourse } from './pronouns.js';
import type { FactSink } from './sink.js';
import type { FactView } from './view.js';
import { KINSHIP_NOUNS, POSSESSIVE_PRONOUNS } from './words.js';

/**
 * Posts and relations said next to a name, without a verb:
 * - a title before the name: "US President Donald Trump", "TV host Pavel Zarubin", "Russia's Defence
 *   Minister, Sergey Shoygu", "North Korean leader Kim Jong-Un" (position_held; the country or body before
 *   the title, or after the name with "of", is the object);
 * - a post in apposition after the name: "Carlos Quispe, head of the National Civil Defence Institute",
 *   "Tan Wei Ming, chief economist at Straits Capital";
 * - a kinship noun in apposition: "his father, Kim Jong-Il" (relative_of, value "father");
 * - a name and "of" a body, with no post: "Tomasz Wrona of the Civic Coalition" (member_of).
 */

interface Role {
  from: number;
  to: number;
  head: string;
  past: boolean;
}

const OWNER_PREPOSITIONS = new Set(['of', 'for', 'at']);

/** The post words of [from, to): their text, head and whether a "former" makes the post a past one. */
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

/** Walks left from `end` over title words ("Defence Minister", "Transport Cabinet Secretary", "head of research"). */
function titleStart(v: FactView, r: Resources, end: number, min: number): number {
  let i = end;
  while (i > min && v.mentionAt[i - 1] < 0 && (isPostWord(v, r, i - 1) || (v.isPos(i - 1, 'PROPN') && v.isCapitalized(i - 1)) || PAST_POST_WORDS.has(v.lower(i - 1)))) i--;
  // "head of research, Noa Friedman": a title, "of", and a plain noun.
  if (i === end) {
    let j = end - 1;
    while (j > min && j > end - 4 && v.isPos(j, 'NOUN') && v.mentionAt[j] < 0) j--;
    if (j > min && v.lower(j) === 'of' && isPostWord(v, r, j - 1)) {
      i = j;
      while (i > min && v.mentionAt[i - 1] < 0 && isPostWord(v, r, i - 1)) i--;
    }
  }
  return i;
}

/** The body or country that owns a title ending its phrase at `from`: "Russia's", "US", "North Korean", "its". */
function ownerBefore(v: FactView, from: number, min: number, discourse: Discourse): Arg | null {
  let i = from - 1;
  if (i < min) return null;
  if (v.isPossessiveMark(i)) {
    const k = v.mentionEndingBefore(i);
    if (k >= 0) return argOf(v, k);
    return null;
  }
  const w = v.lower(i);
  if (POSSESSIVE_PRONOUNS.get(w) === 'thing') {
    const s = discourse.resolve('thing', i);
    return s ? { entityId: s.entityId, type: s.type, mention: -1, token: i, how: 'pronoun' } : null;
  }
  const k = v.mentionEndingBefore(from);
  if (k >= 0 && v.mentions[k].type !== 'PERSON') return argOf(v, k);
  return null;
}

/** "of the Gauteng High Court", "at Straits Capital", "for the National Prosecuting Authority": up to two phrases after a post. */
function ownerAfter(v: FactView, r: Resources, from: number, to: number, discourse: Discourse): Arg | null {
  let j = from;
  for (let n = 0; n < 2 && j < to; n++) {
    const w = v.lower(j);
    if (!OWNER_PREPOSITIONS.has(w) || !v.isPos(j, 'ADP')) return null;
    const o = objectAt(v, r, j + 1, to, discourse);
    const owner = o.args.find((a) => a.type !== 'PERSON');
    if (owner) return owner;
    // "a spokesman for the Mozambican armed forces": the country that qualifies an institution.
    const end = npExtent(v, j + 1, to);
    for (let i = j + 1; i < end; i++) {
      const k = v.mentionAt[i];
      if (k >= 0 && (v.mentions[k].type === 'COUNTRY' || v.mentions[k].type === 'ORGANIZATION')) return argOf(v, k);
    }
    j = end;
  }
  return null;
}

function argOf(v: FactView, k: number): Arg {
  const m = v.mentions[k];
  return { entityId: m.entityId, type: m.type, mention: k, token: v.mentionTokenStart[k], how: 'name' };
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

export function appositionFacts(v: FactView, r: Resources, sentence: number, sink: FactSink, discourse: Discourse): void {
  const s = v.doc.sentences[sentence];
  const from = s.tokenStart;
  const to = s.tokenEnd;
  const emit = (predicate: string, person: Mention, objectId: string | null, value: string | null, confidence: number, rule: string) =>
    sink.add({ predicate, subjectId: person.entityId, objectId, value, unit: null, time: null, placeId: null, confidence, rule, polarity: 'asserted', modality: 'asserted', start: s.start, end: s.end });

  for (let k = 0; k < v.mentions.length; k++) {
    const nameStart = v.mentionTokenStart[k];
    if (nameStart < from || nameStart >= to || v.mentionAt[nameStart] !== k) continue;
    if (!isNameMention(v, r, k)) continue;
    const person = v.mentions[k];
    const nameEnd = v.mentionTokenEnd[k];

    // A title before the name, with or without a comma between.
    let end = nameStart;
    const comma = end - 1 >= from && v.raw(end - 1) === ',';
    if (comma) end--;
    let done = false;
    const d = descriptionBefore(v, k, end - 1);
    let roleFrom = -1;
    let roleTo = -1;
    if (d >= 0) {
      // The title sits inside the description mention, after its owner: "[Russia's] Defence Minister".
      roleFrom = v.mentionTokenStart[d];
      const inner = v.innerMentionAt[roleFrom];
      if (inner >= 0 && inner !== d) roleFrom = v.mentionTokenEnd[inner] + (isPossessed(v, inner) ? 1 : 0);
      roleTo = v.mentionTokenEnd[d];
    } else {
      roleFrom = titleStart(v, r, end, from);
      roleTo = end;
    }
    if (roleTo > roleFrom) {
      const role = roleIn(v, r, roleFrom, roleTo);
      if (role && !role.past) {
        const owner = ownerBefore(v, role.from, from, discourse) ?? (v.lower(nameEnd) === 'of' ? ownerAfter(v, r, nameEnd, to, discourse) : null);
        emit('position_held', person, owner?.entityId ?? null, person.role && !comma && d < 0 ? person.role : v.span(role.from, role.to), 0.9 * (owner?.how === 'pronoun' ? 0.85 : 1), 'apposition:title-before');
        done = true;
      }
    }
    // "his father, Kim Jong-Il": a kinship noun in apposition.
    const kin = end - 1 >= from ? v.lower(end - 1) : '';
    if (comma && KINSHIP_NOUNS.has(kin)) {
      const rel = relativeOwner(v, end - 1, from, discourse, person.entityId);
      if (rel) emit('relative_of', person, rel.entityId, kin, 0.85 * (rel.how === 'pronoun' ? 0.9 : 1), 'apposition:kin-before');
      done = true;
    }
    if (!done && person.role && !r.posts.notPosts.has(person.role.toLowerCase().split(/\s+/).pop() ?? '')) {
      emit('position_held', person, null, person.role, 0.75, 'apposition:linked-role');
      done = true;
    }

    // After the name: ", head of the National Civil Defence Institute", ", his son", " of the Civic Coalition".
    if (nameEnd < to && v.raw(nameEnd) === ',') {
      let j = nameEnd + 1;
      while (j < to && (v.isPos(j, 'DET') || v.isPos(j, 'NUM') || v.figureAt[j] >= 0) && !POSSESSIVE_PRONOUNS.has(v.lower(j))) j++;
      let owner: Arg | null = null;
      const ownerMention = v.mentionAt[j] >= 0 && isPossessed(v, v.mentionAt[j]) ? v.mentionAt[j] : -1;
      if (ownerMention >= 0) {
        owner = argOf(v, ownerMention);
        j = v.mentionTokenEnd[ownerMention] + 1;
      } else if (j < to && POSSESSIVE_PRONOUNS.has(v.lower(j))) {
        const kind = POSSESSIVE_PRONOUNS.get(v.lower(j))!;
        const res = discourse.resolve(kind, j);
        if (res && res.entityId !== person.entityId) owner = { entityId: res.entityId, type: res.type, mention: -1, token: j, how: 'pronoun' };
        j++;
      }
      let pe = j;
      while (pe < to && v.mentionAt[pe] < 0 && (isPostWord(v, r, pe) || PAST_POST_WORDS.has(v.lower(pe)) || (v.isPos(pe, 'ADJ') && isPostWord(v, r, pe + 1)))) pe++;
      const role = pe > j ? roleIn(v, r, j, pe) : null;
      const kin = j < to ? v.lower(j) : '';
      if (role && !role.past) {
        const after = ownerAfter(v, r, pe, to, discourse);
        const obj = after ?? (owner && owner.type !== 'PERSON' ? owner : null);
        if (closesApposition(v, r, pe, to)) emit('position_held', person, obj?.entityId ?? null, v.span(role.from, role.to), 0.85, 'apposition:post-after');
      } else if (KINSHIP_NOUNS.has(kin) && owner && owner.type === 'PERSON' && owner.entityId !== person.entityId) {
        emit('relative_of', person, owner.entityId, kin, 0.8, 'apposition:kin-after');
      }
    } else if (!done && nameEnd < to && v.lower(nameEnd) === 'of') {
      const o = objectAt(v, r, nameEnd + 1, to, discourse);
      const org = o.args.find((a) => a.type === 'ORGANIZATION');
      if (org) emit('member_of', person, org.entityId, null, 0.75, 'apposition:of-body');
    }
  }
}

/** A post apposition ends at a comma, the sentence end, a relative pronoun, or after its owner phrase. */
function closesApposition(v: FactView, r: Resources, pe: number, to: number): boolean {
  void r;
  if (pe >= to) return true;
  const w = v.raw(pe);
  return w === ',' || w === '.' || w === ';' || w === 'who' || v.isPos(pe, 'ADP') || v.isPos(pe, 'VERB') || v.isPos(pe, 'AUX');
}

/** Whose relative: "his" (the pronoun's person), or "Mokoena's". */
function relativeOwner(v: FactView, kinToken: number, min: number, discourse: Discourse, self: string): Arg | null {
  let i = kinToken - 1;
  while (i >= min && (v.isPos(i, 'ADJ') || v.isPos(i, 'DET'))) i--;
  if (i < min) return null;
  const w = v.lower(i);
  const kind = POSSESSIVE_PRONOUNS.get(w);
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
