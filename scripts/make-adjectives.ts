/**
 * Writes data/kb/adjectives.json: the words compromise's lexicon knows only as adjectives (no name,
 * place, organisation or noun reading), for the link stage to tell a capital that only opens a sentence
 * ("Legendary DJ Casey Kasem") from a name.
 *
 *   npx tsx scripts/make-adjectives.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparable', 'Superlative', 'Comparative']);
const OTHER_READINGS = new Set(['Organization', 'SportsTeam', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'Demonym', 'City', 'Region', 'Place', 'ProperNoun', 'Noun', 'Singular', 'Plural', 'Actor', 'Honorific']);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const words: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!tags.some((t) => ADJECTIVE_TAGS.has(t)) || tags.some((t) => OTHER_READINGS.has(t))) continue;
  if (!/^[a-z][a-z-]*[a-z]$/.test(word)) continue;
  words.push(word);
}
words.sort();
const version = (nlp as unknown as { version: string }).version;
writeFileSync(
  path.join(ROOT, 'data', 'kb', 'adjectives.json'),
  JSON.stringify(
    {
      description: 'English adjectives, lower case, that compromise knows only as adjectives. The link stage drops a one-word name the tagger found at the start of a sentence when it is one of these and a capitalised word follows it ("Legendary DJ Casey Kasem": the capital is the sentence\'s, the name comes after). Regenerate with `npx tsx scripts/make-adjectives.ts`.',
      source: `compromise ${version} lexicon (MIT), words tagged Adjective, Comparable, Comparative or Superlative and no name, place, organisation, noun or role reading`,
      words,
    },
    null,
    1,
  ) + '\n',
);
console.log(`data/kb/adjectives.json: ${words.length} words`);
