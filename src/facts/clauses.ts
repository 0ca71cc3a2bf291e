import type { MentionType, Modality } from '../doc/types.js';
import { POS } from '../tokenize/tags.js';
import { FORM } from './lexicon.js';
import type { Cue } from './modality-cues.js';
import { isHeadMention, npExtent, npForward, type NpResult, type Resources } from './phrases.js';
import type { Discourse } from './pronouns.js';
import type { FactView } from './view.js';
import { CLAUSE_OPENERS, COORDINATORS, HARD_BREAKS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from './words.js';

/** How an argument was found; rules lower their confidence for the less direct ways. */
export type ArgHow = 'name' | 'pronoun' | 'relative' | 'coordination' | 'control' | 'inverted' | 'apposition' | 'participle' | 'governor';

export interface Arg {
  entityId: string;
  type: MentionType;
  /** Index into FactView.mentions, or -1 when a pronoun stood for it. */
  mention: number;
  token: number;
  how: ArgHow;
}

export type GovernorKind = 'catenative' | 'adjective' | 'noun' | 'control' | 'purpose' | 'plain';

/** A verb with its auxiliaries, negation and adverbs ("does not plan", "would like", "has long considered"). */
export interface VerbGroup {
  start: number;
  end: number;
  head: number;
  lemma: string;
  form: number;
  passive: boolean;
  negated: boolean;
  modal: Modality | null;
  /** Preceded by "to". */
  infinitive: boolean;
  /** An -ing form without auxiliary ("expressing hope", "with China taking"). */
  gerund: boolean;
  /** The relative pronoun that opens its clause, or -1. */
  relative: number;
  /** The word that opens its clause ("since", "when", "where", "that"), or null, and its token. */
  opener: string | null;
  openerToken: number;
  governor: VerbGroup | null;
  governorKind: GovernorKind | null;
  governorCue: Cue | null;
  /** "no plans to": the governing noun is denied. */
  governorDenied: boolean;
  subjects: Arg[];
  /** The subject is a common noun phrase ("the army", "Russian companies"): no entity, and no guess. */
  commonSubject: boolean;
  /** The speech verb whose reported clause holds this group. */
  reportedBy: VerbGroup | null;
  /** The sentence says whom it has this from ("according to the ministry"). */
  attributed: boolean;
  /** One past the last token of this verb's clause: objects are looked for before it. */
  clauseEnd: number;
}

export interface SentenceParse {
  sentence: number;
  from: number;
  to: number;
  groups: VerbGroup[];
  /** Group index per token of the sentence (offset by `from`), -1 outside groups. */
  groupAt: Int32Array;
}

function isBe(lemma: string): boolean {
  return lemma === 'be' || lemma === 'get';
}

/** A word that opens a subordinate or relative clause at token i. */
export function isClauseOpener(v: FactView, i: number): boolean {
  const p = v.t.pos[i];
  if (p !== POS.SCONJ && p !== POS.ADV && p !== POS.PRON && p !== POS.DET && p !== POS.ADP) return false;
  const w = v.lower(i);
  if (!CLAUSE_OPENERS.has(w)) return false;
  if (p === POS.SCONJ) return true;
  if (w === 'that') return p !== POS.DET;
  if (w === 'as' || w === 'after' || w === 'before' || w === 'since' || w === 'until' || w === 'once' || w === 'so' || w === 'if') return p === POS.SCONJ;
  return true;
}

/** "and", "or", "nor", "&" between two phrases. */
export function isCoordinator(v: FactView, i: number): boolean {
  const p = v.t.pos[i];
  return (p === POS.CCONJ || p === POS.SYM || p === POS.PUNCT) && COORDINATORS.has(v.lower(i));
}

export function isHardBreak(v: FactView, i: number): boolean {
  if (v.t.pos[i] !== POS.PUNCT || v.t.end[i] - v.t.start[i] > 2) return false;
  return HARD_BREAKS.has(v.raw(i));
}

/**
 * A capitalised word inside a sentence, followed by another capitalised word, belongs to a name or a title
 * even when wink tags it VERB ("Uganda's Works Minister", "the Housing Minister").
 */
function isTitleCaseWord(v: FactView, i: number, from: number, to: number): boolean {
  return i > from && i + 1 < to && v.isCapitalized(i) && v.isCapitalized(i + 1) && !v.isPos(i, 'AUX') && !/^["“(]$/.test(v.raw(i - 1));
}

/** Finds the verb groups of sentence [from, to). */
function findGroups(v: FactView, r: Resources, from: number, to: number): VerbGroup[] {
  const groups: VerbGroup[] = [];
  const lex = r.lexicon;
  let i = from;
  while (i < to) {
    const p = v.t.pos[i];
    if ((p !== POS.AUX && p !== POS.VERB) || v.mentionAt[i] >= 0 || isTitleCaseWord(v, i, from, to)) {
      i++;
      continue;
    }
    let start = i;
    // Adverbs and negation right before belong to the group ("never met", "also went").
    while (start > from && (v.isPos(start - 1, 'ADV') || (v.isPos(start - 1, 'PART') && lex.negations.has(v.lower(start - 1)))) && !isClauseOpener(v, start - 1)) start--;
    let j = i;
    let head = -1;
    let lastAux = -1;
    while (j < to) {
      const q = v.t.pos[j];
      if (q === POS.AUX) {
        lastAux = j;
        j++;
      } else if (q === POS.VERB) {
        head = j;
        j++;
        break;
      } else if ((q === POS.ADV && !isClauseOpener(v, j)) || (q === POS.PART && lex.negations.has(v.lower(j)))) {
        // An adverb belongs only if a verb or auxiliary follows ("has long considered", not "is particularly significant").
        let k = j;
        while (k < to && (v.isPos(k, 'ADV') || (v.isPos(k, 'PART') && lex.negations.has(v.lower(k))))) k++;
        if (k < to && (v.isPos(k, 'AUX') || v.isPos(k, 'VERB'))) j = k;
        else break;
      } else break;
    }
    if (head < 0) head = lastAux;
    const end = head + 1;
    const lower = v.lower(head);
    const known = lex.verbForms.get(lower);
    const lemma = known?.lemma ?? lower;
    const form = known?.form ?? (/(ed|en)$/.test(lower) ? FORM.past | FORM.participle : /ing$/.test(lower) ? FORM.gerund : FORM.base);
    let negated = false;
    let modal: Modality | null = null;
    let hasAux = false;
    for (let k = start; k < head; k++) {
      const w = v.lower(k);
      if (lex.negations.has(w)) negated = true;
      if (v.isPos(k, 'AUX')) hasAux = true;
      if (!modal && lex.modalAuxiliaries.has(w)) modal = lex.modalAuxiliaries.get(w)!;
    }
    let before = head - 1;
    while (before >= start && v.isPos(before, 'ADV')) before--;
    const beforeLemma = before >= start ? lex.verbForms.get(v.lower(before))?.lemma : undefined;
    const passive = head !== lastAux && (form & FORM.participle) !== 0 && beforeLemma !== undefined && isBe(beforeLemma);
    const infinitive = start > from && v.is(start - 1, 'to') && (v.isPos(start - 1, 'PART') || v.isPos(start - 1, 'ADP'));
    const gerund = !hasAux && (form & FORM.gerund) !== 0 && !infinitive;
    groups.push({
      start,
      end,
      head,
      lemma,
      form,
      passive,
      negated,
      modal,
      infinitive,
      gerund,
      relative: -1,
      opener: null,
      openerToken: -1,
      governor: null,
      governorKind: null,
      governorCue: null,
      governorDenied: false,
      subjects: [],
      commonSubject: false,
      reportedBy: null,
      attributed: false,
      clauseEnd: to,
    });
    i = end;
  }
  return groups;
}

/** Turns what a noun phrase is headed by into arguments. */
function argsOf(v: FactView, res: NpResult, how: ArgHow, discourse: Discourse): Arg[] {
  if (res.kind === 'entity') {
    const m = v.mentions[res.mention];
    return [{ entityId: m.entityId, type: m.type, mention: res.mention, token: v.mentionTokenStart[res.mention], how: res.apposition ? 'apposition' : how }];
  }
  if (res.kind === 'pronoun') {
    const kind = SUBJECT_PRONOUNS.get(v.lower(res.token));
    if (!kind) return [];
    const s = discourse.resolve(kind, res.token);
    return s ? [{ entityId: s.entityId, type: s.type, mention: -1, token: res.token, how: 'pronoun' }] : [];
  }
  return [];
}

/**
 * Splits tokens [from, to) at coordinators ("Japan and the Philippines") into conjunct ranges. An "and"
 * after a preposition joins the preposition's objects ("the line between Naivasha and Kisumu"), not subjects.
 */
function conjuncts(v: FactView, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let s = from;
  let inPP = false;
  for (let i = from; i < to; i++) {
    if (v.isPos(i, 'ADP')) inPP = true;
    if (isCoordinator(v, i) && v.mentionAt[i] < 0 && !inPP) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  if (to > s) out.push([s, to]);
  return out;
}

interface Segment {
  from: number;
  to: number;
}

/**
 * The subject of a verb whose own clause has none before it because a comma stands there: the chain of
 * comma-separated noun phrases before it ("Businessman Jan Pretorius, 54, the owner of the contractor,
 * Highveld Civils, was sentenced"; "Kenya's Transport Secretary, Daniel Kiprono, and Uganda's Works
 * Minister, Edith Nakato, travelled"). Each conjunct's subject is its first named phrase, or the name in
 * apposition to its first common phrase.
 */
function subjectFromChain(v: FactView, r: Resources, parse: SentenceParse, comma: number, discourse: Discourse): { args: Arg[]; common: boolean } {
  const segs: Segment[] = [];
  let end = comma;
  for (let guard = 0; guard < 8; guard++) {
    let i = end - 1;
    let clause = false;
    while (i >= parse.from) {
      const g = parse.groupAt[i - parse.from];
      if (g >= 0) {
        const grp = parse.groups[g];
        if (grp.relative >= 0) {
          i = grp.relative - 1;
          continue;
        }
        if (grp.gerund || (grp.form & FORM.participle && !grp.passive && grp.start === grp.head && v.isPos(grp.head - 1, 'NOUN'))) {
          i = grp.start - 1;
          continue;
        }
        clause = true;
        break;
      }
      if (v.isChar(i, ',') || isHardBreak(v, i)) break;
      if (isClauseOpener(v, i) && !RELATIVE_PRONOUNS.has(v.lower(i))) {
        clause = true;
        break;
      }
      i--;
    }
    if (clause) break;
    const seg = { from: i + 1, to: end };
    if (seg.to > seg.from) segs.push(seg);
    if (i < parse.from || !v.isChar(i, ',')) break;
    end = i;
  }
  segs.reverse();
  const args: Arg[] = [];
  let common = false;
  // A conjunct starts at the first segment and at every segment or word "and".
  const groups: Segment[][] = [[]];
  for (const s of segs) {
    const parts = conjuncts(v, s.from, s.to);
    parts.forEach(([a, b], idx) => {
      if (idx > 0 || (a > s.from && isCoordinator(v, a - 1))) groups.push([]);
      groups[groups.length - 1].push({ from: a, to: b });
    });
  }
  for (const conj of groups) {
    for (let s = 0; s < conj.length; s++) {
      const res = npForward(v, r, conj[s].from, conj[s].to, { skipPP: true });
      if (res.kind === 'none') continue;
      if (res.kind === 'common') {
        const next = conj[s + 1];
        const app = next ? npForward(v, r, next.from, next.to, { skipPP: false }) : null;
        if (app && app.kind === 'entity') args.push(...argsOf(v, Object.assign({}, app, { apposition: true }), 'apposition', discourse));
        else common = true;
      } else args.push(...argsOf(v, res, 'name', discourse));
      break;
    }
  }
  return { args, common };
}

/** The antecedent of a relative pronoun at token `rel`: the nearest fitting head name before it. */
function antecedent(v: FactView, parse: SentenceParse, rel: number): Arg[] {
  const want = RELATIVE_PRONOUNS.get(v.lower(rel)) ?? 'any';
  for (let i = rel - 1, steps = 0; i >= parse.from && steps < 25; i--, steps++) {
    if (isHardBreak(v, i)) break;
    const k = v.mentionAt[i];
    if (k < 0) continue;
    i = v.mentionTokenStart[k];
    const m = v.mentions[k];
    if (!isHeadMention(v, k)) continue;
    if (want === 'person' && m.type !== 'PERSON') continue;
    if (want === 'thing' && m.type === 'PERSON') continue;
    return [{ entityId: m.entityId, type: m.type, mention: k, token: i, how: 'relative' }];
  }
  return [];
}

/**
 * The nearest earlier finite group of the sentence at the same level, for participles and coordinated
 * verbs: "Villanueva said the pact was ..., but added" takes its subject from "said", not from "was".
 */
function previousFinite(parse: SentenceParse, g: number): VerbGroup | null {
  const level = parse.groups[g].reportedBy;
  for (let k = g - 1; k >= 0; k--) {
    const p = parse.groups[k];
    if (p.relative >= 0 || p.infinitive || p.reportedBy !== level) continue;
    return p;
  }
  return null;
}

/** Finds the verb that governs a to-infinitive and how ("would like to", "is due to", "no plans to", "allowed Kim to"). */
function findGovernor(v: FactView, r: Resources, parse: SentenceParse, gi: number): void {
  const g = parse.groups[gi];
  const lex = r.lexicon;
  let i = g.start - 2; // the token before "to"
  // Read past adjuncts between the governor and "to": "agreed on Monday to buy", "is due next week to ...".
  for (let guard = 0; guard < 4 && i >= parse.from; guard++) {
    while (i >= parse.from && v.isPos(i, 'ADV')) i--;
    if (i < parse.from) break;
    const f = v.figureAt[i];
    if (f >= 0 && v.figures[f].kind === 'DATE') {
      i = v.figureTokenStart[f] - 1;
      if (i >= parse.from && v.isPos(i, 'ADP')) i--;
      continue;
    }
    let j = i;
    while (j >= parse.from && parse.groupAt[j - parse.from] < 0 && (v.isPos(j, 'DET') || v.isPos(j, 'ADJ') || v.isPos(j, 'NOUN') || v.isPos(j, 'PROPN') || v.isPos(j, 'NUM') || v.mentionAt[j] >= 0)) j--;
    if (j < i && j >= parse.from && v.isPos(j, 'ADP')) {
      i = j - 1;
      continue;
    }
    break;
  }
  if (i < parse.from) return;
  const gAt = parse.groupAt[i - parse.from];
  if (gAt >= 0 && gAt < gi) {
    const gov = parse.groups[gAt];
    g.governor = gov;
    const cue = lex.catenativeVerbs.get(gov.lemma) ?? null;
    g.governorKind = cue ? 'catenative' : 'plain';
    g.governorCue = cue;
    g.subjects = gov.subjects.map((a) => ({ ...a, how: a.how === 'name' ? 'governor' : a.how }));
    g.commonSubject = gov.commonSubject;
    return;
  }
  const w = v.lower(i);
  const adjCue = lex.catenativeAdjectives.get(w);
  if (adjCue && (v.isPos(i, 'ADJ') || v.isPos(i, 'VERB') || v.isPos(i, 'ADV'))) {
    let j = i - 1;
    while (j >= parse.from && v.isPos(j, 'ADV')) j--;
    const gj = j >= parse.from ? parse.groupAt[j - parse.from] : -1;
    if (gj >= 0 && gj < gi) {
      const gov = parse.groups[gj];
      Object.assign(g, { governor: gov, governorKind: 'adjective', governorCue: adjCue, subjects: gov.subjects, commonSubject: gov.commonSubject });
      return;
    }
  }
  const nounCue = lex.catenativeNouns.get(w);
  if (nounCue && (v.isPos(i, 'NOUN') || v.isPos(i, 'VERB'))) {
    let j = i - 1;
    let denied = false;
    while (j >= parse.from && parse.groupAt[j - parse.from] < 0 && j > i - 5) {
      if (v.is(j, 'no')) denied = true;
      j--;
    }
    const gj = j >= parse.from ? parse.groupAt[j - parse.from] : -1;
    if (gj >= 0 && gj < gi) {
      const gov = parse.groups[gj];
      Object.assign(g, { governor: gov, governorKind: 'noun', governorCue: nounCue, governorDenied: denied, subjects: gov.subjects, commonSubject: gov.commonSubject });
      return;
    }
  }
  // "allowed Kim Jong-Un to go": a name between an object-control verb and "to" is the infinitive's subject.
  const k = v.mentionEndingBefore(i + 1);
  if (k >= 0) {
    const j = v.mentionTokenStart[k] - 1;
    const gj = j >= parse.from ? parse.groupAt[j - parse.from] : -1;
    if (gj >= 0 && gj < gi && lex.objectControl.has(parse.groups[gj].lemma)) {
      const m = v.mentions[k];
      Object.assign(g, {
        governor: parse.groups[gj],
        governorKind: 'control',
        subjects: [{ entityId: m.entityId, type: m.type, mention: k, token: v.mentionTokenStart[k], how: 'control' }],
      });
      return;
    }
  }
  // A purpose clause ("travelled to Buryatia ..., to meet with Medvedev"): the subject of the nearest finite verb before it.
  for (let j = i; j >= parse.from; j--) {
    if (isHardBreak(v, j) || isClauseOpener(v, j)) return;
    const gj = parse.groupAt[j - parse.from];
    if (gj >= 0 && gj < gi) {
      const gov = parse.groups[gj];
      if (gov.relative >= 0) return;
      Object.assign(g, { governor: gov, governorKind: 'purpose', subjects: gov.subjects.map((a) => ({ ...a, how: 'governor' as const })), commonSubject: gov.commonSubject });
      return;
    }
  }
}

/** The subject of group gi, read from the sentence structure; see the README for the cases. */
function findSubject(v: FactView, r: Resources, parse: SentenceParse, gi: number, discourse: Discourse): void {
  const g = parse.groups[gi];
  if (g.infinitive) {
    findGovernor(v, r, parse, gi);
    return;
  }
  const p = g.start - 1;
  if (p < parse.from) return;
  const w = v.lower(p);

  // "with China alone taking 95 per cent": the name after "with" is the subject of the -ing verb.
  if (g.gerund) {
    let j = p;
    while (j >= parse.from && v.isPos(j, 'ADV')) j--;
    const k = j >= parse.from ? v.mentionEndingBefore(j + 1) : -1;
    if (k >= 0 && v.mentionTokenStart[k] > parse.from && v.is(v.mentionTokenStart[k] - 1, 'with')) {
      const m = v.mentions[k];
      g.subjects = [{ entityId: m.entityId, type: m.type, mention: k, token: v.mentionTokenStart[k], how: 'name' }];
      return;
    }
    if (w === ',' || isHardBreak(v, p)) {
      const prev = previousFinite(parse, gi);
      if (prev) {
        g.subjects = prev.subjects.map((a) => ({ ...a, how: 'participle' as const }));
        g.commonSubject = prev.commonSubject;
      }
    }
    return;
  }

  if (RELATIVE_PRONOUNS.has(w) && (v.isPos(p, 'PRON') || v.isPos(p, 'DET') || v.isPos(p, 'SCONJ'))) {
    g.relative = p;
    g.subjects = antecedent(v, parse, p);
    return;
  }

  if (COORDINATORS.has(w) || w === 'but') {
    const prev = previousFinite(parse, gi);
    if (prev && prev.subjects.length + (prev.commonSubject ? 1 : 0) > 0) {
      g.subjects = prev.subjects.map((a) => ({ ...a, how: 'coordination' as const }));
      g.commonSubject = prev.commonSubject;
      if (w === 'nor') g.negated = true;
      return;
    }
  }

  if (w === ',') {
    const chain = subjectFromChain(v, r, parse, p, discourse);
    g.subjects = chain.args;
    g.commonSubject = chain.common && chain.args.length === 0;
    return;
  }

  // The phrase between the clause start and the verb.
  let s = p;
  while (s >= parse.from) {
    if (parse.groupAt[s - parse.from] >= 0 || v.isChar(s, ',') || isHardBreak(v, s) || isClauseOpener(v, s) || v.is(s, 'but')) break;
    s--;
  }
  if (s >= parse.from && isClauseOpener(v, s)) {
    g.opener = v.lower(s);
    g.openerToken = s;
  }
  const args: Arg[] = [];
  let common = false;
  for (const [a, b] of conjuncts(v, s + 1, p + 1)) {
    const res = npForward(v, r, a, b, { skipPP: true });
    if (res.kind === 'common') common = true;
    else args.push(...argsOf(v, res, 'name', discourse));
  }
  g.subjects = args;
  g.commonSubject = common && args.length === 0;
}

/** One past the last token an object of group g may sit in: the next verb, clause opener or hard break. */
function findClauseEnd(v: FactView, parse: SentenceParse, gi: number): number {
  const g = parse.groups[gi];
  for (let i = g.end; i < parse.to; i++) {
    if (parse.groupAt[i - parse.from] >= 0) return i;
    if (isHardBreak(v, i) || isClauseOpener(v, i) || v.is(i, 'but')) return i;
    if (v.is(i, 'to') && i + 1 < parse.to && parse.groupAt[i + 1 - parse.from] >= 0) return i;
  }
  return parse.to;
}

/** "..., the army and local officials said (on Monday)": a speaker phrase between a comma and the verb. */
function attributionAfterComma(v: FactView, parse: SentenceParse, g: VerbGroup): boolean {
  for (let i = g.start - 1; i >= parse.from && i > g.start - 8; i--) {
    if (v.isChar(i, ',')) return i > parse.from;
    if (parse.groupAt[i - parse.from] >= 0 || isHardBreak(v, i) || isClauseOpener(v, i)) return false;
  }
  return false;
}

/**
 * Marks the groups inside the reported clause of a speech verb or of "hope": the clause after it ("said
 * (that) ..."), or, when the attribution closes the sentence ("..., the army said"), everything before it.
 * "according to" attributes the whole sentence.
 */
function markReported(v: FactView, r: Resources, parse: SentenceParse): void {
  for (let i = parse.from; i + 1 < parse.to; i++) {
    if (v.is(i, 'according') && v.is(i + 1, 'to')) for (const g of parse.groups) g.attributed = true;
  }
  for (let gi = 0; gi < parse.groups.length; gi++) {
    const g = parse.groups[gi];
    if ((!r.lexicon.speechVerbs.has(g.lemma) && g.lemma !== 'hope') || g.passive) continue;
    if (gi === parse.groups.length - 1 && g.lemma !== 'hope' && attributionAfterComma(v, parse, g)) {
      for (let k = 0; k < gi; k++) parse.groups[k].reportedBy ??= g;
      continue;
    }
    for (let k = gi + 1; k < parse.groups.length; k++) {
      const h = parse.groups[k];
      let broken = false;
      for (let i = g.end; i < h.start; i++) {
        if (v.isChar(i, ';') || v.is(i, 'but')) broken = true;
      }
      if (broken) break;
      h.reportedBy = g;
    }
  }
}

/** Parses one sentence: its verb groups, their subjects (with pronouns resolved), governors and clause ends. */
export function parseSentence(v: FactView, r: Resources, sentence: number, discourse: Discourse): SentenceParse {
  const s = v.doc.sentences[sentence];
  const groups = findGroups(v, r, s.tokenStart, s.tokenEnd);
  const groupAt = new Int32Array(s.tokenEnd - s.tokenStart).fill(-1);
  groups.forEach((g, k) => groupAt.fill(k, g.start - s.tokenStart, g.end - s.tokenStart));
  const parse: SentenceParse = { sentence, from: s.tokenStart, to: s.tokenEnd, groups, groupAt };
  markReported(v, r, parse);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    findSubject(v, r, parse, k, discourse);
    g.clauseEnd = findClauseEnd(v, parse, k);
    if (g.relative < 0 && g.governorKind !== 'control' && !g.reportedBy) {
      for (const a of g.subjects) discourse.register(a.entityId, a.type, a.token);
    }
  }
  return parse;
}

/** The NP after token `from` inside the clause: the object of a verb or a preposition. */
export function objectAt(v: FactView, r: Resources, from: number, to: number, discourse: Discourse, how: ArgHow = 'name'): { args: Arg[]; end: number; common: boolean } {
  const res = npForward(v, r, from, to, { apposition: true });
  const args = argsOf(v, res, how, discourse);
  let end = res.kind === 'entity' ? v.mentionTokenEnd[res.mention] : res.end;
  if (res.kind === 'common') end = npExtent(v, res.token, to);
  // Coordinated objects: "met Kiprono and Nakato", "visited Chile, Peru and Bolivia".
  if (res.kind === 'entity') {
    while (end + 1 < to && (isCoordinator(v, end) || v.isChar(end, ','))) {
      const next = npForward(v, r, end + 1, to, {});
      if (next.kind !== 'entity') break;
      args.push(...argsOf(v, next, how, discourse));
      end = v.mentionTokenEnd[next.mention];
    }
  }
  return { args, end, common: res.kind === 'common' };
}
