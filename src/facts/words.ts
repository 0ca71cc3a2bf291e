/**
 * Closed classes of English words the clause rules need, as data with the reason for each list. These are
 * grammar, not facts about the world: they hold for any news article.
 */

/** Subject pronouns and the entity kind they point back to. "they" has no single antecedent and is left out. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'thing'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['it', 'thing'],
]);

/** Possessive pronouns ("his father, Kim Jong-Il"; "its head, Sipho Radebe"). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'thing'> = new Map([
  ['his', 'male'],
  ['her', 'female'],
  ['its', 'thing'],
  ['their', 'thing'],
]);

/** Determiner-like words that open a noun phrase ("the", "his", "their" ...): wink tags some PRON. */
export const NP_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'both', 'all', 'another', 'other', 'several', 'many', 'few']);

/** Relative pronouns: the verb after them takes its subject from the noun before them. */
export const RELATIVE_PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'any'> = new Map([
  ['who', 'person'],
  ['whom', 'person'],
  ['which', 'thing'],
  ['that', 'any'],
]);

/**
 * Words that open a subordinate clause: a subject is never looked for across them, and an object search
 * stops at them. wink tags some of them ADV ("when", "where") or ADP ("after", "as").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'because', 'since', 'although', 'though', 'while', 'whilst', 'whereas', 'if', 'unless', 'when', 'where', 'whether', 'until', 'before', 'after',
  'once', 'as', 'so', 'how', 'why', 'what', 'whose', 'who', 'whom', 'which',
]);

/** Punctuation that closes a clause or a parenthesis: no subject or object is looked for across it. */
export const HARD_BREAKS: ReadonlySet<string> = new Set([';', ':', '–', '—', '--', '(', ')', '[', ']', '"', '“', '”', '|']);

/**
 * Nouns of time: a name followed by one is not a modifier ("arrived in Vladivostok yesterday" vs
 * "Russian companies"). Month and weekday names come from src/lexicon/calendar.ts.
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'week', 'weekend', 'month', 'year', 'day',
  'earlier', 'later', 'last', 'next', 'this', 'ago', 'now',
]);

/**
 * Kinship nouns: "his father, Kim Jong-Il" makes Kim Jong-Il the father (relative_of, value "father") of
 * the person "his" points at. From the English kinship terms in common use.
 */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandfather', 'grandmother',
  'grandson', 'granddaughter', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'father-in-law', 'mother-in-law', 'son-in-law', 'daughter-in-law',
  'brother-in-law', 'sister-in-law', 'widow', 'widower', 'fiancé', 'fiancee', 'fiancée', 'partner', 'twin', 'half-brother', 'half-sister', 'grandchild', 'child',
]);

/** Coordinators between two noun phrases or two verb phrases. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);

/** Temporal and attributive phrases that end an object noun phrase in a verb's clause ("met Putin last week"). */
export const OBJECT_STOP_WORDS: ReadonlySet<string> = new Set(['but', 'than', 'because', 'after', 'before', 'while', 'as']);
