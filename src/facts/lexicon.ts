import type { Modality } from '../doc/types.js';
import { CATENATIVE_ADJECTIVES, CATENATIVE_NOUNS, CATENATIVE_VERBS, MODAL_AUXILIARIES, NEGATION_WORDS, type Cue } from './modality-cues.js';
import { COPULAS, OBJECT_CONTROL_VERBS, SPEECH_VERBS, VERB_OBJECT_RULES, VERB_RULES, type VerbObjectRule, type VerbRule } from './verbs.js';

/** What an inflected verb form is: bits, since regular past and participle share one form. */
export const FORM = { base: 1, third: 2, past: 4, participle: 8, gerund: 16 } as const;

export interface VerbForm {
  lemma: string;
  form: number;
}

const VOWEL = /[aeiou]/;

/** Final consonant doubled before -ed/-ing ("travelled", "shelled", "planned"). Both spellings are listed: an unused form costs nothing. */
function doubled(lemma: string): string | null {
  const last = lemma[lemma.length - 1];
  const before = lemma[lemma.length - 2];
  if (!last || !before || VOWEL.test(last) || 'wxy'.includes(last) || !VOWEL.test(before)) return null;
  return lemma + last;
}

/** The regular (and irregular, when given) forms of an English verb. */
export function inflect(lemma: string, irregular?: readonly [string, string]): Map<string, number> {
  const forms = new Map<string, number>();
  const add = (s: string, bit: number) => forms.set(s, (forms.get(s) ?? 0) | bit);
  add(lemma, FORM.base);
  const last = lemma[lemma.length - 1];
  const consonantY = last === 'y' && !VOWEL.test(lemma[lemma.length - 2] ?? '');
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) add(`${lemma}es`, FORM.third);
  else if (consonantY) add(`${lemma.slice(0, -1)}ies`, FORM.third);
  else add(`${lemma}s`, FORM.third);
  if (irregular) {
    add(irregular[0], FORM.past);
    add(irregular[1], FORM.participle);
  } else {
    const ed = last === 'e' ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
    add(ed, FORM.past | FORM.participle);
    const d = doubled(lemma);
    if (d) add(`${d}ed`, FORM.past | FORM.participle);
  }
  if (lemma.endsWith('ie')) add(`${lemma.slice(0, -2)}ying`, FORM.gerund);
  else if (last === 'e' && !lemma.endsWith('ee') && lemma !== 'be') add(`${lemma.slice(0, -1)}ing`, FORM.gerund);
  else add(`${lemma}ing`, FORM.gerund);
  const d = doubled(lemma);
  if (d) add(`${d}ing`, FORM.gerund);
  return forms;
}

/** "be" and "have" are too irregular for inflect(). */
const AUXILIARY_FORMS: readonly [string, string, number][] = [
  ['be', 'be', FORM.base], ['am', 'be', FORM.base], ['is', 'be', FORM.third], ['are', 'be', FORM.base], ['was', 'be', FORM.past],
  ['were', 'be', FORM.past], ['been', 'be', FORM.participle], ['being', 'be', FORM.gerund], ["'s", 'be', FORM.third], ["'re", 'be', FORM.base],
  ['have', 'have', FORM.base], ['has', 'have', FORM.third], ['had', 'have', FORM.past | FORM.participle], ['having', 'have', FORM.gerund],
  ['get', 'get', FORM.base], ['gets', 'get', FORM.third], ['got', 'get', FORM.past | FORM.participle], ['gotten', 'get', FORM.participle],
  ['do', 'do', FORM.base], ['does', 'do', FORM.third], ['did', 'do', FORM.past], ['done', 'do', FORM.participle],
];

/**
 * Irregular past and participle of common English verbs that the structural rules name by lemma (shares,
 * quantities, governors), so that "held", "won" and "made" find their lemma.
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['make', ['made', 'made']], ['hold', ['held', 'held']], ['win', ['won', 'won']], ['take', ['took', 'taken']], ['give', ['gave', 'given']],
  ['come', ['came', 'come']], ['lead', ['led', 'led']], ['run', ['ran', 'run']], ['find', ['found', 'found']], ['keep', ['kept', 'kept']],
  ['lose', ['lost', 'lost']], ['pay', ['paid', 'paid']], ['spend', ['spent', 'spent']], ['owe', ['owed', 'owed']], ['choose', ['chose', 'chosen']],
  ['begin', ['began', 'begun']], ['seek', ['sought', 'sought']], ['bring', ['brought', 'brought']], ['send', ['sent', 'sent']], ['leave', ['left', 'left']],
  ['set', ['set', 'set']], ['mean', ['meant', 'meant']], ['put', ['put', 'put']], ['raise', ['raised', 'raised']], ['rise', ['rose', 'risen']],
  ['fall', ['fell', 'fallen']], ['grow', ['grew', 'grown']], ['build', ['built', 'built']], ['sell', ['sold', 'sold']], ['see', ['saw', 'seen']],
]);

export interface Lexicon {
  /** Inflected form (lower case) -> lemma and form bits, for every verb any rule knows. */
  verbForms: ReadonlyMap<string, VerbForm>;
  /** Lemma -> the rules it triggers (one lemma may serve several particles). */
  verbRules: ReadonlyMap<string, readonly VerbRule[]>;
  verbObjectRules: ReadonlyMap<string, readonly VerbObjectRule[]>;
  speechVerbs: ReadonlySet<string>;
  objectControl: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  modalAuxiliaries: ReadonlyMap<string, Modality>;
  catenativeVerbs: ReadonlyMap<string, Cue>;
  catenativeAdjectives: ReadonlyMap<string, Cue>;
  catenativeNouns: ReadonlyMap<string, Cue>;
}

/** `extraLemmas`: verbs other rules name by lemma (share and quantity verbs), so that their forms are known. */
export function buildLexicon(extraLemmas: readonly string[] = []): Lexicon {
  const verbForms = new Map<string, VerbForm>();
  const addVerb = (lemma: string, given?: readonly [string, string]) => {
    const irregular = given ?? IRREGULAR_VERBS.get(lemma);
    for (const [s, bits] of inflect(lemma, irregular)) {
      const known = verbForms.get(s);
      // A form two lemmas share ("found" of find and found) keeps the first; the bits of one lemma merge.
      if (!known) verbForms.set(s, { lemma, form: bits });
      else if (known.lemma === lemma) known.form |= bits;
    }
  };
  for (const [s, lemma, bits] of AUXILIARY_FORMS) verbForms.set(s, { lemma, form: bits });

  const verbRules = new Map<string, VerbRule[]>();
  for (const r of VERB_RULES) {
    addVerb(r.lemma, r.irregular);
    verbRules.set(r.lemma, [...(verbRules.get(r.lemma) ?? []), r]);
  }
  const verbObjectRules = new Map<string, VerbObjectRule[]>();
  for (const r of VERB_OBJECT_RULES) {
    addVerb(r.lemma);
    verbObjectRules.set(r.lemma, [...(verbObjectRules.get(r.lemma) ?? []), r]);
  }
  for (const v of SPEECH_VERBS) addVerb(v.lemma, v.irregular);
  for (const v of OBJECT_CONTROL_VERBS) addVerb(v.lemma, v.irregular);
  for (const v of COPULAS) addVerb(v.lemma, v.irregular);
  const catenativeVerbs = new Map<string, Cue>();
  for (const c of CATENATIVE_VERBS) {
    for (const w of c.words) {
      addVerb(w);
      catenativeVerbs.set(w, c);
    }
  }
  for (const lemma of extraLemmas) addVerb(lemma);
  const byWord = (cues: readonly Cue[]) => new Map(cues.flatMap((c) => c.words.map((w) => [w, c] as const)));
  const modalAuxiliaries = new Map<string, Modality>();
  for (const c of MODAL_AUXILIARIES) for (const w of c.words) modalAuxiliaries.set(w, c.modality!);
  return {
    verbForms,
    verbRules,
    verbObjectRules,
    speechVerbs: new Set(SPEECH_VERBS.map((v) => v.lemma)),
    objectControl: new Set(OBJECT_CONTROL_VERBS.map((v) => v.lemma)),
    copulas: new Set(COPULAS.map((v) => v.lemma)),
    negations: new Set(NEGATION_WORDS.filter((c) => c.words[0] !== 'no').flatMap((c) => c.words)),
    modalAuxiliaries,
    catenativeVerbs,
    catenativeAdjectives: byWord(CATENATIVE_ADJECTIVES),
    catenativeNouns: byWord(CATENATIVE_NOUNS),
  };
}
