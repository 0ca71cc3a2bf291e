/**
 * Word lists read off compromise's lexicon for data (scripts/make-places.ts, scripts/make-adjectives.ts,
 * scripts/make-past-forms.ts):
 * the words with one of `tags` and none of `otherReadings`, kept by `keep`, sorted; and the writing of such
 * a list with its description and source.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const COMPROMISE_VERSION = (nlp as unknown as { version: string }).version;

export function compromiseWords(tags: ReadonlySet<string>, otherReadings: ReadonlySet<string>, keep: (word: string) => boolean): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const words: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const wordTags = Array.isArray(tag) ? tag : [tag];
    if (!wordTags.some((t) => tags.has(t)) || wordTags.some((t) => otherReadings.has(t)) || !keep(word)) continue;
    words.push(word);
  }
  return words.sort();
}

/** Writes data/<file> ("kb/places.json") as one JSON object, one key a line, and says how many entries it holds. */
export function writeDataList(file: string, list: Record<string, unknown>, count: number, noun: string): void {
  writeFileSync(path.join(ROOT, 'data', file), JSON.stringify(list, null, 1) + '\n');
  console.log(`data/${file}: ${count} ${noun}`);
}
