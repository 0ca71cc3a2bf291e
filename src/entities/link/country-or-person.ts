import type { CountryGazetteer } from '../gazetteer/countries.js';
import { foldName } from '../gazetteer/fold.js';
import type { Draft } from './draft.js';
import type { TokenView } from './view.js';

/**
 * A country's name that is also a person's ("Chad", "Jordan", "Georgia") and that the tagger read as a
 * person is the country when the article points at that country otherwise: by its capital ("N'DJAMENA"
 * dateline, "The government of Chad ...") or by a demonym or another name of it ("Chadian troops"). A
 * person named in full with that word ("Michael Jordan") keeps it a person. Changes `drafts` in place.
 */
export function countryNamedAsPerson(view: TokenView, drafts: Draft[], gaz: CountryGazetteer): void {
  const candidates: [Draft, readonly string[]][] = [];
  for (const d of drafts) {
    if (d.type !== 'PERSON' || d.tokenEnd - d.tokenStart !== 1 || d.source !== 'model') continue;
    const key = foldName(view.text(d.tokenStart));
    const countries = gaz.names.get(key);
    if (countries && countries.length === 1 && !gaz.scanNames.has(key)) candidates.push([d, countries]);
  }
  if (!candidates.length) return;
  const pointedAt = new Set<string>();
  const fullNameWords = new Set<string>();
  for (const d of drafts) {
    if (d.type === 'COUNTRY' && d.countries?.length === 1) pointedAt.add(d.countries[0]);
    else if (d.type === 'PLACE') {
      const capital = gaz.capitals.get(foldName(view.span(d.tokenStart, d.tokenEnd)));
      if (capital) pointedAt.add(capital.iso2);
    } else if (d.type === 'PERSON' && d.tokenEnd - d.tokenStart > 1) for (const w of d.words ?? []) fullNameWords.add(w);
  }
  for (const [d, [iso2]] of candidates) {
    if (!pointedAt.has(iso2) || fullNameWords.has(foldName(view.text(d.tokenStart)))) continue;
    d.type = 'COUNTRY';
    d.countries = [iso2];
    d.words = undefined;
    d.role = undefined;
    d.kb = undefined;
  }
}
