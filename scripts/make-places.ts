/**
 * Writes data/kb/places.json: the names of cities and regions in compromise's lexicon, the ones it
 * knows only as places (no organisation, person, first or last name reading), for the link stage to type
 * a name the tagger called an organisation or a person ("Cannon Ball, North Dakota", "Beverly Hills").
 *
 *   npx tsx scripts/make-places.ts
 */
import { COMPROMISE_VERSION, compromiseWords, writeDataList } from './compromise-words.js';

const PLACE_TAGS = new Set(['City', 'Region', 'Place']);
const OTHER_READINGS = new Set(['Organization', 'SportsTeam', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'Demonym', 'Noun', 'Singular', 'Plural', 'Adjective', 'Verb']);
// Street and state abbreviations ("rd", "calif") are not names on their own.
const names = compromiseWords(PLACE_TAGS, OTHER_READINGS, (word) => word.length >= 4 && /^[a-z][a-z .'-]*[a-z]$/.test(word));
writeDataList(
  'kb/places.json',
  {
    description: 'Names of cities, regions and other places, lower case, that compromise knows only as places. The link stage types a name the tagger called an organisation or a person as a PLACE when it is one of these, written the same ("North Dakota", "Beverly Hills"). Regenerate with `npx tsx scripts/make-places.ts`.',
    source: `compromise ${COMPROMISE_VERSION} lexicon (MIT), words tagged City, Region or Place and no organisation, sports team, person, name, country, demonym, noun, adjective or verb; abbreviations of fewer than 4 letters left out`,
    names,
  },
  names.length,
  'names',
);
