import { normalizedHash } from './hash.js';
import { IntTable, type IntTableState } from './int-table.js';

/** Classes a word can have in the lexicon; a word's value is the OR of its classes. */
export const LEXICON_CLASS = {
  firstName: 1,
  lastName: 2,
  /** A one-word name of a known person ("aristotle", "beyonce"). */
  person: 4,
  organization: 8,
  /** Cities, regions, street and place words. */
  place: 16,
  /** Roles and titles said before a name ("president", "actor", "capt"): kept out of name spans. */
  role: 32,
} as const;

/**
 * Which tags of compromise's lexicon (compromise 14, MIT) feed which class. Countries and demonyms are left
 * out on purpose: they belong to the linker's country gazetteer, and the word clusters already group them.
 */
export const COMPROMISE_TAG_CLASSES: Readonly<Record<string, number>> = {
  FemaleName: LEXICON_CLASS.firstName,
  MaleName: LEXICON_CLASS.firstName,
  FirstName: LEXICON_CLASS.firstName,
  LastName: LEXICON_CLASS.lastName,
  Person: LEXICON_CLASS.person,
  Organization: LEXICON_CLASS.organization,
  SportsTeam: LEXICON_CLASS.organization,
  City: LEXICON_CLASS.place,
  Region: LEXICON_CLASS.place,
  Place: LEXICON_CLASS.place,
  Actor: LEXICON_CLASS.role,
  Honorific: LEXICON_CLASS.role,
};

/** Word classes from a lexicon, looked up by normalized hash. Single words only. */
export class WordLexicon {
  readonly table: IntTable;

  constructor(entries: Iterable<[number, number]>, size: number) {
    this.table = new IntTable(size);
    for (const [h, bits] of entries) this.table.or(h, bits);
  }

  get size(): number {
    return this.table.size;
  }

  /** The classes of the word with this normalized hash, 0 when it has none. */
  classes(h: number): number {
    return this.table.get(h, 0);
  }

  static fromWords(words: Iterable<[string, number]>): WordLexicon {
    const list = [...words].filter(([w]) => !/\s/.test(w)).map(([w, bits]) => [normalizedHash(w), bits] as [number, number]);
    return new WordLexicon(list, list.length);
  }

  static none(): WordLexicon {
    return new WordLexicon([], 0);
  }

  /** A lexicon over another thread's table (`IntTable.state()`): nothing is copied. */
  static adopt(table: IntTableState): WordLexicon {
    const l = Object.create(WordLexicon.prototype) as { table: IntTable };
    l.table = new IntTable(table);
    return l as unknown as WordLexicon;
  }
}

/**
 * Reads the classes off compromise's lexicon. Used when training only: the result is stored in the model
 * file, so the pipeline never loads compromise for the tagger.
 */
export async function lexiconFromCompromise(): Promise<{ lexicon: WordLexicon; source: string }> {
  const { default: nlp } = await import('compromise');
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const words: [string, number][] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    let bits = 0;
    for (const t of Array.isArray(tag) ? tag : [tag]) bits |= COMPROMISE_TAG_CLASSES[t] ?? 0;
    if (bits) words.push([word, bits]);
  }
  return { lexicon: WordLexicon.fromWords(words), source: `compromise ${(nlp as unknown as { version: string }).version} lexicon (MIT): tags ${Object.keys(COMPROMISE_TAG_CLASSES).join(', ')}` };
}
