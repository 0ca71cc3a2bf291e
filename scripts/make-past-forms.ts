/**
 * Writes data/past-forms.json: the past tense and past participle forms of English verbs that do not end
 * in -ed ("drew", "drawn", "sworn", "met", and "beat", "put", whose past is their base form), from
 * compromise's conjugation of every infinitive of its lexicon. The dates stage reads a bare verb as a
 * present tense ("Kestrel play Redbridge Town on May 4") only when it is none of these.
 *
 *   npx tsx scripts/make-past-forms.ts
 */
import nlp from 'compromise';
import { COMPROMISE_VERSION, compromiseWords, writeDataList } from './compromise-words.js';

// Many verbs are in the lexicon as nouns ("beat", "set", "spread", "face"): their base forms are
// conjugated too, and so are the irregular verbs of the conjugation model's exceptions.
const conjugate = (nlp as unknown as { methods(): { two: { transform: { verb: { conjugate(w: string, model: unknown): Record<string, string> } } } } }).methods().two.transform.verb.conjugate;
const model = nlp.model() as unknown as { two: { models: { toPast: { ex: Record<string, string> } } } };
const bases = new Set([
  ...compromiseWords(new Set(['Infinitive', 'Singular']), new Set(), (w) => /^[a-z]+$/.test(w)),
  ...Object.keys(model.two.models.toPast.ex).filter((w) => /^[a-z]+$/.test(w)),
]);
const forms = new Set<string>();
for (const base of bases) {
  const c = conjugate(base, model);
  for (const form of [c.PastTense, c.Participle]) if (form && /^[a-z]+$/.test(form) && !form.endsWith('ed')) forms.add(form);
}
const list = {
  description:
    "Past tense and past participle forms of English verbs that do not end in -ed ('drew', 'drawn', 'sworn', 'met'; 'beat', 'put', 'cut', whose past is their base form). The dates stage (src/dates/tense.ts) reads a bare verb before a date as a present tense ('Kestrel play Redbridge Town on May 4') only when it is none of these. Regenerate with `npx tsx scripts/make-past-forms.ts`.",
  source: `compromise ${COMPROMISE_VERSION} (MIT): the PastTense and Participle of its verb conjugation (methods().two.transform.verb.conjugate) of every word its lexicon tags Infinitive or Singular and of the irregular verbs of its past-tense model, kept when made of letters and not ending in -ed`,
  forms: [...forms].sort(),
};
writeDataList('past-forms.json', list, list.forms.length, 'forms');
