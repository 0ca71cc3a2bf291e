/**
 * Writes data/kb/places.json: the names of cities and regions in compromise's lexicon, the ones it
 * knows only as places (no organisation, person, first or last name reading), for the link stage to type
 * a name the tagger called an organisation or a person ("Cannon Ball, North Dakota", "Beverly Hills").
 *
 *   npx tsx scripts/make-places.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACE_TAGS = new Set(['City', 'Region', 'Place']);
const OTHER_READINGS = new Set(['Organization', 'SportsTeam', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'Demonym', 'Noun', 'Singular', 'Plural', 'Adjective', 'Verb']);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const names: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!tags.some((t) => PLACE_TAGS.has(t)) || tags.some((t) => OTHER_READINGS.has(t))) continue;
  // Street and state abbreviations ("rd", "calif") are not names on their own.
  if (word.length < 4 || !/^[a-z][a-z .'-]*[a-z]$/.test(word)) continue;
  names.push(word);
}
names.sort();
const version = (nlp as unknown as { version: string }).version;
writeFileSync(
  path.join(ROOT, 'data', 'kb', 'places.json'),
  JSON.stringify(
    {
      description: 'Names of cities, regions and other places, lower case, that compromise knows only as places. The link stage types a name the tagger called an organisation or a person as a PLACE when it is one of these, written the same ("North Dakota", "Beverly Hills"). Regenerate with `npx tsx scripts/make-places.ts`.',
      source: `compromise ${version} lexicon (MIT), words tagged City, Region or Place and no organisation, sports team, person, name, country, demonym, noun, adjective or verb; abbreviations of fewer than 4 letters left out`,
      names,
    },
    null,
    1,
  ) + '\n',
);
console.log(`data/kb/places.json: ${names.length} names`);
