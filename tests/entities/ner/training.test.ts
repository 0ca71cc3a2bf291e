import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WordClusters } from '../../../src/entities/ner/clusters.js';
import { parseConll } from '../../../src/entities/ner/conll.js';
import { FEATURE_VERSION } from '../../../src/entities/ner/features.js';
import { TAGS } from '../../../src/entities/ner/labels.js';
import { projectSpans } from '../../../src/entities/ner/labels-from-spans.js';
import { LEXICON_CLASS, WordLexicon } from '../../../src/entities/ner/lexicon.js';
import { NerModel } from '../../../src/entities/ner/model.js';
import { loadNerResources } from '../../../src/entities/ner/stage.js';
import { NerTagger } from '../../../src/entities/ner/tagger.js';
import { trainNer } from '../../../src/entities/ner/train.js';
import { tokenizedDoc, trainingDocument } from '../../../src/entities/ner/training-data.js';
import { hashString, normalizedHash } from '../../../src/entities/ner/hash.js';

const CONLL = `-DOCSTART- -X- -X- O

Talks NNS B-NP O
between IN B-PP O
Kim NNP B-NP B-PER
Jong-Un NNP I-NP I-PER
and CC O O
Moon NNP B-NP B-PER
ended VBD B-VP O
in IN B-PP O
Panmunjom NNP B-NP B-LOC
. . O O

Samsung NNP B-NP B-ORG
Electronics NNP I-NP I-ORG
rose VBD B-VP O
. . O O
`;

describe('ner: reading CoNLL and projecting it onto the pipeline tokens', () => {
  it('rebuilds the text one sentence a line and keeps each name as a character span', () => {
    const [doc] = parseConll(CONLL);
    expect(doc.text).toBe('Talks between Kim Jong-Un and Moon ended in Panmunjom .\nSamsung Electronics rose .');
    expect(doc.names.map((n) => [doc.text.slice(n.start, n.end), n.label])).toEqual([
      ['Kim Jong-Un', 'PER'],
      ['Moon', 'PER'],
      ['Panmunjom', 'LOC'],
      ['Samsung Electronics', 'ORG'],
    ]);
  });

  it('projects a name the corpus holds as one token onto the three tokens the pipeline makes of it', () => {
    const [conll] = parseConll(CONLL);
    const doc = tokenizedDoc(conll.text);
    const { tags, misaligned } = projectSpans(doc.tokens!, conll.names);
    const t = doc.tokens!;
    const tagged = Array.from({ length: t.count }, (_, i) => `${conll.text.slice(t.start[i], t.end[i])}/${TAGS[tags[i]]}`);
    expect(tagged.slice(2, 7)).toEqual(['Kim/B-PER', 'Jong/I-PER', '-/I-PER', 'Un/I-PER', 'and/O']);
    expect(misaligned).toBe(0);
  });
});

describe('ner: the training code', () => {
  const sentences: [string, [string, string][]][] = [
    ['Marta Oyelaran visited Quetzaltenango on Monday .', [['Marta Oyelaran', 'PER'], ['Quetzaltenango', 'LOC']]],
    ['Brimstone Holdings hired Marta Oyelaran .', [['Brimstone Holdings', 'ORG'], ['Marta Oyelaran', 'PER']]],
    ['Officials in Quetzaltenango praised Brimstone Holdings .', [['Quetzaltenango', 'LOC'], ['Brimstone Holdings', 'ORG']]],
    ['The river flooded the valley again .', []],
  ];
  const spansOf = (text: string, names: [string, string][]) => {
    let from = 0;
    return names.map(([name, label]) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { start, end: start + name.length, label };
    });
  };
  const docs = sentences.map(([text, names]) => trainingDocument(text, spansOf(text, names)));
  const train = (seed: number) => trainNer(docs, { clusters: WordClusters.none(), lexicon: null, epochs: 8, seed, bucketBits: 16, pruneBelow: 1 });

  it('learns a handful of sentences it is trained on', () => {
    const tagger = new NerTagger(train(3), WordClusters.none());
    for (const [text, names] of sentences) {
      const found = tagger.tag(tokenizedDoc(text)).map((s) => [text.slice(s.start, s.end), s.label]);
      expect(found).toEqual(names);
    }
  });

  it('is reproducible: the same seed gives the same model file', () => {
    expect(train(5).serialize().equals(train(5).serialize())).toBe(true);
  });

  it('writes a model that reads back to the same weights and tags', () => {
    const model = train(3);
    const back = NerModel.deserialize(model.serialize());
    expect(back.header.rows).toBe(model.header.rows);
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
    const text = 'Marta Oyelaran visited Quetzaltenango on Monday .';
    const a = new NerTagger(model, WordClusters.none()).tag(tokenizedDoc(text));
    const b = new NerTagger(back, WordClusters.none()).tag(tokenizedDoc(text));
    expect(b).toEqual(a);
  });

  it('refuses a file that is not a model', () => {
    expect(() => NerModel.deserialize(gzipSync(Buffer.from('not a model at all')))).toThrow(/not a newsfacts NER model/);
  });
});

describe('ner: the shipped model', () => {
  it('loads from the package with its word clusters and lexicon', () => {
    const { model, clusters } = loadNerResources();
    expect(model.header.featureVersion).toBe(FEATURE_VERSION);
    expect(model.header.rows).toBeGreaterThan(10_000);
    expect(clusters.size).toBeGreaterThan(300_000);
    expect(clusters.header.some((l) => /GloVe/.test(l))).toBe(true);
    expect(model.header.lexicon?.source).toMatch(/compromise/);
    expect(model.lexicon.classes(normalizedHash('Elizabeth')) & LEXICON_CLASS.firstName).toBeTruthy();
  });

  it('groups words by use: two given names share a cluster more often than a name and a verb', () => {
    const { clusters } = loadNerResources();
    const coarse = (w: string) => Math.floor((clusters.lookup(normalizedHash(w)) & 1023) / clusters.coarseDivisor);
    expect(coarse('margaret')).toBe(coarse('elizabeth'));
    expect(coarse('margaret')).not.toBe(coarse('walked'));
  });

  it('looks words up case-blind, with digits folded', () => {
    expect(normalizedHash('Moscow')).toBe(normalizedHash('MOSCOW'));
    expect(normalizedHash('F16')).toBe(normalizedHash('f19'));
    expect(hashString('Moscow')).not.toBe(hashString('MOSCOW'));
  });
});

describe('ner: the lexicon table', () => {
  it('keeps every class a word has', () => {
    const lex = WordLexicon.fromWords([
      ['jordan', LEXICON_CLASS.firstName],
      ['jordan', LEXICON_CLASS.lastName],
      ['new york', LEXICON_CLASS.place],
    ]);
    expect(lex.classes(normalizedHash('Jordan'))).toBe(LEXICON_CLASS.firstName | LEXICON_CLASS.lastName);
    expect(lex.size).toBe(1);
  });
});
