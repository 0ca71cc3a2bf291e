/**
 * Writes data/kb/adjectives.json: the words compromise's lexicon knows only as adjectives (no name,
 * place, organisation or noun reading), for the link stage to tell a capital that only opens a sentence
 * ("Legendary DJ Casey Kasem") from a name.
 *
 *   npx tsx scripts/make-adjectives.ts
 */
import { COMPROMISE_VERSION, compromiseWords, writeDataList } from './compromise-words.js';

const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable', 'Superlative', 'Comparative']);
const OTHER_READINGS = new Set(['Organization', 'SportsTeam', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'Demonym', 'City', 'Region', 'Place', 'ProperNoun', 'Noun', 'Singular', 'Plural', 'Actor', 'Honorific']);
const words = compromiseWords(ADJECTIVE_TAGS, OTHER_READINGS, (word) => /^[a-z][a-z-]*[a-z]$/.test(word));
writeDataList(
  'kb/adjectives.json',
  {
    description: 'English adjectives, lower case, that compromise knows only as adjectives. The link stage drops a one-word name the tagger found at the start of a sentence when it is one of these and a capitalised word follows it ("Legendary DJ Casey Kasem": the capital is the sentence\'s, the name comes after). Regenerate with `npx tsx scripts/make-adjectives.ts`.',
    source: `compromise ${COMPROMISE_VERSION} lexicon (MIT), words tagged Adjective, Comparable, Comparative or Superlative and no name, place, organisation, noun or role reading`,
    words,
  },
  words.length,
  'words',
);
