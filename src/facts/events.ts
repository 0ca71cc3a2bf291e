import { POS } from '../tokenize/tags.js';
import { objectAt, type Arg, type ArgHow, type SentenceParse, type VerbGroup } from './clauses.js';
import { stanceOf } from './modality.js';
import { npExtent, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { FactSink } from './sink.js';
import type { VerbObjectRule, VerbRule } from './verbs.js';
import { VOCABULARY } from './vocabulary.js';
import { placeOf, timeOf } from './when-where.js';
import type { FactView } from './view.js';

/** How much an argument found one way is trusted, relative to a name right next to the verb. */
export const HOW_WEIGHT: Readonly<Record<ArgHow, number>> = {
  name: 1,
  apposition: 0.95,
  inverted: 0.95,
  relative: 0.9,
  governor: 0.9,
  control: 0.85,
  coordination: 0.85,
  participle: 0.8,
  pronoun: 0.8,
};

/** A verb rule's object: the phrase its preposition (or none, for a direct object) introduces within the clause. */
export function findObject(v: FactView, r: Resources, g: VerbGroup, via: readonly string[], from: number, discourse: Discourse): { args: Arg[]; end: number } {
  let j = from;
  let first = true;
  while (j < g.clauseEnd) {
    const p = v.t.pos[j];
    const w = v.lower(j);
    if (p === POS.ADV || (p === POS.PART && w !== 'to')) {
      j++;
      continue;
    }
    if (p === POS.ADP || (w === 'to' && p === POS.PART)) {
      const end = npExtent(v, j + 1, g.clauseEnd);
      if (via.includes(w)) {
        const o = objectAt(v, r, j + 1, g.clauseEnd, discourse);
        return { args: o.args, end: o.end };
      }
      // A particle before the real preposition ("fly on to Jakarta"): read past it.
      j = end;
      first = false;
      continue;
    }
    if (v.isChar(j, ',') || p === POS.PUNCT || p === POS.CCONJ || p === POS.SCONJ) return { args: [], end: j };
    // A direct object.
    if (first && via.includes('')) {
      const o = objectAt(v, r, j, g.clauseEnd, discourse);
      if (o.args.length) return o;
      j = Math.max(j + 1, o.end);
      first = false;
      continue;
    }
    const end = npExtent(v, j, g.clauseEnd);
    j = Math.max(j + 1, end);
    first = false;
  }
  return { args: [], end: j };
}

/** The agent of a passive verb: "by" and the phrase after it. */
function passiveAgent(v: FactView, r: Resources, g: VerbGroup, discourse: Discourse): Arg[] {
  for (let j = g.end; j < g.clauseEnd; j++) {
    if (v.is(j, 'by') && v.isPos(j, 'ADP')) return objectAt(v, r, j + 1, g.clauseEnd, discourse).args;
  }
  return [];
}

/**
 * A post named after an appointee or the elected: "as governor of the Bank of Ghana" (past an apposition
 * about the person: "Ama Owusu, a former deputy finance minister, as governor"), "mayor of Braga".
 */
function postAfter(v: FactView, r: Resources, g: VerbGroup, from: number, discourse: Discourse): { post: string | null; owner: Arg | null } {
  let j = from;
  const atPost = (i: number) => i < g.clauseEnd && (r.posts.heads.has(v.lower(i)) || r.posts.modifiers.has(v.lower(i)));
  if (!atPost(j) && !(v.isPos(j, 'DET') && atPost(j + 1))) {
    for (let i = from; i < g.clauseEnd; i++) {
      if (v.is(i, 'as') || (v.is(i, 'to') && v.isPos(i, 'ADP'))) {
        j = i + 1;
        break;
      }
    }
  }
  while (j < g.clauseEnd && (v.isPos(j, 'DET') || v.isChar(j, ','))) j++;
  const start = j;
  while (j < g.clauseEnd && v.mentionAt[j] < 0 && (r.posts.heads.has(v.lower(j)) || r.posts.modifiers.has(v.lower(j)))) j++;
  if (j === start) return { post: null, owner: null };
  const post = v.span(start, j);
  let owner: Arg | null = null;
  if (j < g.clauseEnd && (v.is(j, 'of') || v.is(j, 'at'))) owner = objectAt(v, r, j + 1, g.clauseEnd, discourse).args[0] ?? null;
  return { post, owner };
}

/**
 * Facts stated by a verb of VERB_RULES: its subject and object from the clause, active or passive, with
 * its stance (negated, planned, reported ...), time and place.
 */
export function verbFacts(v: FactView, r: Resources, parse: SentenceParse, g: VerbGroup, rule: VerbRule, sink: FactSink, discourse: Discourse): void {
  let after = g.end;
  if (rule.particle) {
    if (after >= g.clauseEnd || v.lower(after) !== rule.particle) return;
    after++;
  }
  if (rule.passiveOnly && !g.passive) return;
  // A participle used as an adjective ("the highly regarded President") states nothing.
  if (g.gerund && g.subjects.length === 0) return;

  let subjects: Arg[];
  let objects: Arg[] = [];
  let value: string | number | null = null;
  let unit: string | null = null;
  let objectEnd = after;
  if (rule.patient) {
    if (g.passive) {
      subjects = g.subjects;
      if (rule.objectVia.length) objects = findObject(v, r, g, rule.objectVia, after, discourse).args;
    } else {
      const o = findObject(v, r, g, [''], after, discourse);
      subjects = o.args.filter((a) => a.type === 'PERSON');
      objectEnd = o.end;
    }
    if (rule.predicate === 'appointed' || rule.predicate === 'elected') {
      const p = postAfter(v, r, g, g.passive ? after : objectEnd, discourse);
      value = p.post;
      if (p.owner) objects = [p.owner];
    }
    if (rule.predicate === 'sentenced') {
      const term = sentenceTerm(v, g, after);
      if (term) [value, unit] = [term.value, term.unit];
    }
  } else if (g.passive) {
    subjects = passiveAgent(v, r, g, discourse);
    objects = g.subjects;
  } else {
    subjects = g.subjects;
    if (rule.objectVia.length) {
      const o = findObject(v, r, g, rule.objectVia, after, discourse);
      objects = o.args;
      objectEnd = o.end;
    }
  }
  if (rule.predicate === 'signed') {
    value = signedThing(v, g, after);
    // "Japan and the Philippines signed an agreement": each signed it with the other.
    if (!objects.length && subjects.length > 1) objects = subjects;
  }
  if (rule.predicate === 'defeated') value = scoreAfter(v, objectEnd);
  if (!subjects.length) return;

  const def = VOCABULARY[rule.predicate];
  const stance = stanceOf(g);
  const time = timeOf(v, parse, g);
  const s = v.doc.sentences[parse.sentence];
  const exclude = new Set([...subjects, ...objects].map((a) => a.entityId));
  const place = rule.predicate === 'traveled_to' ? null : placeOf(v, parse, g, exclude);
  const base = 0.9 * (g.governorKind === 'purpose' ? 0.85 : 1) * (s.zone === 'title' ? 0.85 : 1);
  const emit = (subj: Arg, obj: Arg | null) =>
    sink.add({
      predicate: rule.predicate,
      subjectId: subj.entityId,
      objectId: obj?.entityId ?? null,
      value,
      unit,
      time,
      placeId: place,
      confidence: base * HOW_WEIGHT[subj.how] * (obj ? HOW_WEIGHT[obj.how] : 1),
      rule: `verb:${rule.lemma}${g.passive ? ':passive' : ''}`,
      polarity: stance.polarity,
      modality: stance.modality,
      start: s.start,
      end: s.end,
    });

  if (objects.length) {
    for (const subj of subjects) for (const obj of objects) if (subj.entityId !== obj.entityId) emit(subj, obj);
  } else if (def.symmetric && subjects.length > 1) {
    // "Kim and Putin met": the subjects meet each other.
    for (let a = 0; a < subjects.length; a++) for (let b = a + 1; b < subjects.length; b++) emit(subjects[a], subjects[b]);
  } else if (def.object.length === 0 || value !== null) {
    for (const subj of subjects) emit(subj, null);
  }
}

/**
 * Facts of VERB_OBJECT_RULES: the verb's subject, when its object phrase is headed by one of the rule's
 * nouns ("won the runoff for mayor of Kraków": elected, value "mayor", object Kraków).
 */
export function verbObjectFacts(v: FactView, r: Resources, parse: SentenceParse, g: VerbGroup, rule: VerbObjectRule, sink: FactSink, discourse: Discourse): void {
  if (g.passive || !g.subjects.length) return;
  let j = g.end;
  while (j < g.clauseEnd && (v.isPos(j, 'DET') || v.isPos(j, 'ADJ') || v.isPos(j, 'ADV') || v.isPos(j, 'PRON') || v.figureAt[j] >= 0)) j++;
  if (j >= g.clauseEnd || !rule.nouns.includes(v.lower(j))) return;
  let k = j + 1;
  while (k < g.clauseEnd && v.isPos(k, 'NOUN') && !rule.nouns.includes(v.lower(k))) k++;
  let value: string | null = null;
  let object: Arg | null = null;
  if (k < g.clauseEnd && (v.is(k, 'for') || v.is(k, 'as'))) {
    const p = postAfter(v, r, g, k + 1, discourse);
    value = p.post;
    object = p.owner;
  }
  const stance = stanceOf(g);
  const s = v.doc.sentences[parse.sentence];
  for (const subj of g.subjects) {
    sink.add({
      predicate: rule.predicate,
      subjectId: subj.entityId,
      objectId: object?.entityId ?? null,
      value,
      unit: null,
      time: timeOf(v, parse, g),
      placeId: null,
      confidence: 0.8 * HOW_WEIGHT[subj.how],
      rule: `verb-object:${rule.lemma}:${v.lower(j)}`,
      polarity: stance.polarity,
      modality: stance.modality,
      start: s.start,
      end: s.end,
    });
  }
}

/** "was sentenced to 12 years in prison": the term, as the duration figure's number and unit when there is one. */
function sentenceTerm(v: FactView, g: VerbGroup, from: number): { value: string | number; unit: string | null } | null {
  for (let j = from; j < g.clauseEnd; j++) {
    if ((v.is(j, 'to') || v.is(j, 'for')) && v.isPos(j, 'ADP')) {
      const f = v.figureAt[j + 1];
      if (f >= 0 && (v.figures[f].kind === 'DURATION' || v.figures[f].kind === 'MONEY') && typeof v.figures[f].value === 'number') {
        return { value: v.figures[f].value as number, unit: v.figures[f].unit };
      }
      const end = npExtent(v, j + 1, g.clauseEnd);
      if (end > j + 1) return { value: v.span(j + 1, end), unit: null };
    }
  }
  return null;
}

/** A match score right after the beaten side: "beat Milford Rovers 3-1". */
function scoreAfter(v: FactView, from: number): string | null {
  if (from >= v.count) return null;
  const m = /^\s*(\d{1,2})\s*([-–])\s*(\d{1,2})\b/.exec(v.text.slice(v.t.start[from], v.t.start[from] + 12));
  return m ? `${m[1]}${m[2]}${m[3]}` : null;
}

/** "signed the Reciprocal Access Agreement": what was signed, as written. */
function signedThing(v: FactView, g: VerbGroup, from: number): string | null {
  let j = from;
  while (j < g.clauseEnd && v.isPos(j, 'ADV')) j++;
  if (j >= g.clauseEnd || v.isPos(j, 'ADP')) return null;
  let start = j;
  while (start < g.clauseEnd && (v.isPos(start, 'DET') || v.isPos(start, 'PRON'))) start++;
  const end = npExtent(v, j, g.clauseEnd);
  return end > start ? v.span(start, end) : null;
}
