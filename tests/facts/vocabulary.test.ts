import { describe as group, expect, it } from 'vitest';
import { buildLexicon, FORM, inflect } from '../../src/facts/lexicon.js';
import { SPEECH_VERBS, VERB_OBJECT_RULES, VERB_RULES } from '../../src/facts/verbs.js';
import { NOMINAL_RULES } from '../../src/facts/nominals.js';
import { Predicate, PREDICATES, VOCABULARY, VOCABULARY_VERSION } from '../../src/facts/vocabulary.js';
import { PREDICATES as GOLD_PREDICATES } from '../../src/eval/gold.js';
import { country, factsOf, person, place } from './helpers.js';

group('the vocabulary', () => {
  it('defines every predicate once, with argument types, and matches the predicates the gold files may use', () => {
    expect(VOCABULARY_VERSION).toBeGreaterThan(0);
    expect(Object.keys(VOCABULARY).sort()).toEqual([...PREDICATES].sort());
    for (const p of PREDICATES) {
      expect(VOCABULARY[p].definition.length).toBeGreaterThan(20);
      expect(VOCABULARY[p].subject.length).toBeGreaterThan(0);
    }
    expect([...GOLD_PREDICATES].sort()).toEqual([...PREDICATES].sort());
    expect(Predicate.safeParse('mediated').success).toBe(false);
  });

  it('names only vocabulary predicates in its rules, each with an example', () => {
    for (const r of [...VERB_RULES, ...VERB_OBJECT_RULES, ...NOMINAL_RULES]) {
      expect(PREDICATES).toContain(r.predicate);
      expect(r.example.length).toBeGreaterThan(10);
    }
    for (const s of SPEECH_VERBS) expect(s.example.length).toBeGreaterThan(10);
  });

  it('drops a fact whose arguments do not fit the predicate', () => {
    // A place cannot travel; a person is no trade partner.
    const doc = factsOf('Kisumu travelled to Nairobi. Ana Ruiz is the largest trading partner of Peru.', [place('Kisumu'), place('Nairobi'), person('Ana Ruiz'), country('Peru')]);
    expect(doc.facts).toEqual([]);
  });

  it('numbers facts x1, x2, ... in text order, each with its evidence sentence and a confidence in [0, 1]', () => {
    const doc = factsOf('Ana Ruiz met Luis Paz. Luis Paz flew to Lima.', [person('Ana Ruiz'), person('Luis Paz'), place('Lima')]);
    expect(doc.facts.map((f) => f.id)).toEqual(['x1', 'x2']);
    expect(doc.facts.map((f) => doc.text.slice(f.start, f.end))).toEqual(['Ana Ruiz met Luis Paz.', 'Luis Paz flew to Lima.']);
    for (const f of doc.facts) expect(f.confidence).toBeGreaterThan(0), expect(f.confidence).toBeLessThanOrEqual(1);
  });
});

group('the verb lexicon', () => {
  it('derives regular forms and keeps irregular ones', () => {
    expect([...inflect('travel').keys()]).toEqual(expect.arrayContaining(['travels', 'traveled', 'travelled', 'traveling', 'travelling']));
    expect(inflect('meet', ['met', 'met']).get('met')).toBe(FORM.past | FORM.participle);
    expect(inflect('die').has('dying')).toBe(true);
    const lex = buildLexicon(['hold']);
    expect(lex.verbForms.get('held')?.lemma).toBe('hold');
    expect(lex.verbForms.get('flew')?.lemma).toBe('fly');
    expect(lex.verbForms.get('said')?.lemma).toBe('say');
  });
});
