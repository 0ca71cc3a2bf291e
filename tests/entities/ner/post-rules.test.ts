import { describe, expect, it } from 'vitest';
import type { NerLabel, NerSpan } from '../../../src/doc/types.js';
import { WordClusters } from '../../../src/entities/ner/clusters.js';
import { WordLexicon } from '../../../src/entities/ner/lexicon.js';
import { POST_RULES, type RuleContext } from '../../../src/entities/ner/post-rules.js';
import { TokenProperties } from '../../../src/entities/ner/token-properties.js';
import { tokenizedDoc } from '../../../src/entities/ner/training-data.js';

/** Runs one rule on spans given as the texts they cover (the first occurrence of each). */
function run(ruleId: string, text: string, spans: [string, NerLabel][], lexicon = WordLexicon.none()): [string, string][] {
  const doc = tokenizedDoc(text);
  const t = doc.tokens!;
  const props = new TokenProperties();
  props.compute(text, t, doc.sentences, WordClusters.none(), lexicon);
  let from = 0;
  const input: NerSpan[] = spans.map(([s, label]) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    let a = 0;
    while (t.start[a] < start) a++;
    let b = a;
    while (b < t.count && t.end[b] <= start + s.length) b++;
    return { start, end: start + s.length, tokenStart: a, tokenEnd: b, label, sentence: t.sentence[a], score: 0.9 };
  });
  const rule = POST_RULES.find((r) => r.id === ruleId)!;
  const ctx: RuleContext = { doc, tokens: t, props };
  return rule.apply(ctx, input).map((s) => [text.slice(s.start, s.end), s.label]);
}

describe('ner post-rules', () => {
  it.each([
    ['trim-punctuation', 'Offices • Bank of Ghana • Contacts', [['• Bank of Ghana •', 'ORG']], [['Bank of Ghana', 'ORG']]],
    ['trim-punctuation', 'Third test (at The Oval (London) in August)', [['The Oval (London', 'LOC']], [['The Oval', 'LOC']]],
    ['trim-punctuation', 'Fans of Vardar (Skopje) cheered.', [['Vardar (Skopje)', 'ORG']], [['Vardar', 'ORG']]],
    ['one-person-across-particles', 'The scrum-half Pieter van der Merwe scored.', [['Pieter', 'PER'], ['Merwe', 'PER']], [['Pieter van der Merwe', 'PER']]],
    ['one-person-across-particles', 'Third was Jose Maria Olmedo of Spain.', [['Jose', 'PER'], ['Maria Olmedo', 'PER']], [['Jose Maria Olmedo', 'PER']]],
    ['one-person-across-particles', 'Guests included Anna Berg, Tomas Lind and Eva Sand.', [['Anna Berg', 'PER'], ['Tomas Lind', 'PER'], ['Eva Sand', 'PER']], [['Anna Berg', 'PER'], ['Tomas Lind', 'PER'], ['Eva Sand', 'PER']]],
    ['one-person-across-particles', 'Ana Reyes\nTomas Lind', [['Ana Reyes', 'PER'], ['Tomas Lind', 'PER']], [['Ana Reyes', 'PER'], ['Tomas Lind', 'PER']]],
    ['no-hyphen-cut', 'Kim Yo-jong spoke.', [['Kim Yo-', 'PER']], [['Kim Yo-jong', 'PER']]],
    ['no-hyphen-cut', 'Crowds cheered al-Sadr in Najaf.', [['Sadr', 'PER']], [['al-Sadr', 'PER']]],
    ['no-hyphen-cut', 'The pro-Kremlin paper said so.', [['Kremlin', 'ORG']], [['Kremlin', 'ORG']]],
    ['glued-to-a-word', 'Read more at www.baltnews.lv today.', [['baltnews', 'ORG']], []],
    ['no-pronoun', "Then I'm told Lisbon agreed.", [["I'm", 'PER'], ['Lisbon', 'LOC']], [['Lisbon', 'LOC']]],
    ['channel-number', 'It aired on the broadcaster France 24 last night.', [['France', 'LOC']], [['France 24', 'ORG']]],
    ['channel-number', 'The debate was shown on the Kenya 24 channel at noon.', [['Kenya', 'LOC']], [['Kenya 24', 'ORG']]],
    ['channel-number', 'Spain 2 Italy 1 in the final.', [['Spain', 'LOC'], ['Italy', 'LOC']], [['Spain', 'LOC'], ['Italy', 'LOC']]],
    ['joined-pair', 'Lula met Macron. The Lula-Macron summit ended.', [['Lula', 'PER'], ['Macron', 'PER'], ['Lula-Macron', 'MISC']], [['Lula', 'PER'], ['Macron', 'PER'], ['Lula', 'PER'], ['Macron', 'PER']]],
    ['joined-pair', 'Serb-Croat talks ended.', [['Serb-Croat', 'MISC']], [['Serb-Croat', 'MISC']]],
    ['separator-ends-a-name', 'Home • Ministry of Finance • Budget Office', [['Ministry of Finance • Budget Office', 'ORG']], [['Ministry of Finance', 'ORG'], ['Budget Office', 'ORG']]],
    ['separator-ends-a-name', 'The Ministry of Finance said so.', [['Ministry of Finance', 'ORG']], [['Ministry of Finance', 'ORG']]],
    ['separator-ends-a-name', 'NEW ZEALAND - Prices of Treasury bonds fell.', [['NEW ZEALAND - Prices of Treasury', 'LOC']], [['NEW ZEALAND', 'LOC'], ['Prices of Treasury', 'LOC']]],
    ['separator-ends-a-name', 'Troops left Guinea-Bissau on Monday.', [['Guinea-Bissau', 'LOC']], [['Guinea-Bissau', 'LOC']]],
    ['ampersand-inside-a-name', 'Shares of Harlow & Finch rose.', [['Harlow', 'PER'], ['Finch', 'LOC']], [['Harlow & Finch', 'ORG']]],
    ['ampersand-inside-a-name', 'Shares of Harlow & Finch Co rose.', [['Finch Co', 'ORG']], [['Harlow & Finch Co', 'ORG']]],
    ['ampersand-inside-a-name', 'Fans greeted Harry & Meghan warmly.', [['Harry', 'PER'], ['Meghan', 'PER']], [['Harry', 'PER'], ['Meghan', 'PER']]],
    ['ampersand-inside-a-name', 'Salt & pepper were served.', [], []],
    ['no-lower-case-end', 'The Lisbon Marathon raises money.', [['Marathon raises', 'MISC']], [['Marathon', 'MISC']]],
    ['no-lower-case-end', 'A Fed decision is due.', [['Fed decision', 'ORG']], [['Fed', 'ORG']]],
    ['no-lower-case-end', 'Shares of Banco de Chile rose.', [['Banco de Chile', 'ORG']], [['Banco de Chile', 'ORG']]],
    ['weekday-ends-a-name', 'It will be shown on Channel Nine Friday evening.', [['Channel Nine Friday', 'ORG']], [['Channel Nine', 'ORG']]],
    ['weekday-ends-a-name', 'Talks resume in Geneva on Friday.', [['Geneva', 'LOC']], [['Geneva', 'LOC']]],
    ['weekday-ends-a-name', 'Fort Yates, North Dakota February 21\nThe march went on.', [['North Dakota February', 'ORG']], [['North Dakota', 'ORG']]],
    ['weekday-ends-a-name', 'He signed for Kent May 1996, the club said.', [['Kent May', 'ORG']], [['Kent', 'ORG']]],
    ['weekday-ends-a-name', 'Theresa May said no.', [['Theresa May', 'PER']], [['Theresa May', 'PER']]],
    ['date-opens-no-name', 'Last Friday Okafor, who was fourth, won.', [['Friday Okafor', 'PER']], [['Okafor', 'PER']]],
    ['date-opens-no-name', 'From January to June Tolvex exported less.', [['June Tolvex', 'ORG']], [['Tolvex', 'ORG']]],
    ['date-opens-no-name', 'Prices rose in June and fell in July.', [['June', 'PER']], []],
    ['date-opens-no-name', 'June Okafor sang first.', [['June Okafor', 'PER']], [['June Okafor', 'PER']]],
    ['document-consistency', 'Donald Trump spoke. Later Trump left.', [['Donald Trump', 'PER'], ['Trump', 'ORG']], [['Donald Trump', 'PER'], ['Trump', 'PER']]],
  ] as [string, string, [string, NerLabel][], [string, string][]][])('%s: %s', (rule, text, spans, expected) => {
    expect(run(rule, text, spans)).toEqual(expected);
  });

  it('weekday-ends-a-name: a lone organisation of the lexicon left of a MISC span takes its type', () => {
    const lexicon = WordLexicon.fromWords([['bbc', 8]]);
    expect(run('weekday-ends-a-name', 'It airs on BBC Sunday night.', [['BBC Sunday', 'MISC']], lexicon)).toEqual([['BBC', 'ORG']]);
    expect(run('weekday-ends-a-name', 'It airs on Zentro Sunday night.', [['Zentro Sunday', 'MISC']], lexicon)).toEqual([['Zentro', 'MISC']]);
  });

  it('given-name-and-particle: a given name and a capitalised particle make a person', () => {
    const lexicon = WordLexicon.fromWords([['marten', 1], ['banco', 8]]);
    expect(run('given-name-and-particle', 'Marten De Vries scored twice.', [['Marten De Vries', 'ORG']], lexicon)).toEqual([['Marten De Vries', 'PER']]);
    expect(run('given-name-and-particle', 'Shares of Banco De Chile fell.', [['Banco De Chile', 'ORG']], lexicon)).toEqual([['Banco De Chile', 'ORG']]);
    expect(run('given-name-and-particle', 'Marten Vries Group grew.', [['Marten Vries Group', 'ORG']], lexicon)).toEqual([['Marten Vries Group', 'ORG']]);
  });

  it('organisation-ends-no-person: a person span ending in a word known only as an organisation', () => {
    const lexicon = WordLexicon.fromWords([['hondex', 8], ['ford', 8 | 2]]);
    expect(run('organisation-ends-no-person', 'He drove a Reyna Hondex.', [['Reyna Hondex', 'PER']], lexicon)).toEqual([['Reyna Hondex', 'ORG']]);
    expect(run('organisation-ends-no-person', 'Harrison Ford arrived.', [['Harrison Ford', 'PER']], lexicon)).toEqual([['Harrison Ford', 'PER']]);
    expect(run('organisation-ends-no-person', 'Hondex said so.', [['Hondex', 'PER']], lexicon)).toEqual([['Hondex', 'PER']]);
  });

  it('known-organisation-is-no-misc: only a one-word name the lexicon knows only as an organisation', () => {
    const lexicon = WordLexicon.fromWords([['unicef', 8], ['jordan', 1 | 16]]);
    expect(run('known-organisation-is-no-misc', 'Aid from UNICEF arrived.', [['UNICEF', 'MISC']], lexicon)).toEqual([['UNICEF', 'ORG']]);
    expect(run('known-organisation-is-no-misc', 'Aid from Jordan arrived.', [['Jordan', 'MISC']], lexicon)).toEqual([['Jordan', 'MISC']]);
    expect(run('known-organisation-is-no-misc', 'The UNICEF Awards were given.', [['UNICEF Awards', 'MISC']], lexicon)).toEqual([['UNICEF Awards', 'MISC']]);
  });

  it('initials-before-a-surname: two or three capitals before a known surname make a person', () => {
    const lexicon = WordLexicon.fromWords([['tolkien', 2], ['holdings', 8]]);
    expect(run('initials-before-a-surname', 'A new book by JR Tolkien appeared.', [['JR Tolkien', 'ORG']], lexicon)).toEqual([['JR Tolkien', 'PER']]);
    // Not when the second word is no surname of the lexicon, nor with a longer acronym.
    expect(run('initials-before-a-surname', 'Shares of HK Holdings fell.', [['HK Holdings', 'ORG']], lexicon)).toEqual([['HK Holdings', 'ORG']]);
    expect(run('initials-before-a-surname', 'Shares of ABCD Tolkien fell.', [['ABCD Tolkien', 'ORG']], lexicon)).toEqual([['ABCD Tolkien', 'ORG']]);
  });

  it('title-is-no-name: a title alone after "the" stands for a person named elsewhere', () => {
    const lexicon = WordLexicon.fromWords([['princess', 32]]);
    expect(run('title-is-no-name', 'Crowds waited for the Princess outside.', [['Princess', 'PER']], lexicon)).toEqual([]);
    expect(run('title-is-no-name', 'Crowds waited for Princess Anne outside.', [['Princess Anne', 'PER']], lexicon)).toEqual([['Anne', 'PER']]);
  });

  it('honorific-before-a-name: a capitalised word after a courtesy title is a person', () => {
    expect(run('honorific-before-a-name', 'Later Mr Banks left the room.', [])).toEqual([['Banks', 'PER']]);
    expect(run('honorific-before-a-name', 'Later Dr. Amy Fields left.', [])).toEqual([['Amy Fields', 'PER']]);
    expect(run('honorific-before-a-name', 'Later Mrs Rose spoke to Acme.', [['Rose', 'ORG'], ['Acme', 'ORG']])).toEqual([['Rose', 'PER'], ['Acme', 'ORG']]);
    // A lower-case word after it is no name; a title inside a tagged span is left to the span.
    expect(run('honorific-before-a-name', 'The Mr universe contest ended.', [])).toEqual([]);
  });

  it('surname-remembered: a surname of a named person is the person where it stands alone', () => {
    expect(run('surname-remembered', 'Bill Banks spoke first. Later Banks left.', [['Bill Banks', 'PER']])).toEqual([['Bill Banks', 'PER'], ['Banks', 'PER']]);
    // Not inside another capitalised name, not from a one-word span without a title.
    expect(run('surname-remembered', 'Bill Banks spoke at Banks Street.', [['Bill Banks', 'PER']])).toEqual([['Bill Banks', 'PER']]);
    expect(run('surname-remembered', 'Banks spoke first. Later Banks left.', [['Banks', 'PER']])).toEqual([['Banks', 'PER']]);
  });

  it('title-is-no-name: a role word of the lexicon is cut from the front of a person', () => {
    const lexicon = WordLexicon.fromWords([['governor', 32]]);
    expect(run('title-is-no-name', 'Governor Kathy Hochul spoke.', [['Governor Kathy Hochul', 'PER']], lexicon)).toEqual([['Kathy Hochul', 'PER']]);
  });
});
