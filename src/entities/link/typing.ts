import type { NerLabel, NerSpan } from '../../doc/types.js';
import { foldName, nameWords } from '../gazetteer/fold.js';
import type { CountryGazetteer } from '../gazetteer/countries.js';
import type { KnowledgeBase } from '../gazetteer/knowledge-base.js';
import { matchCountryExact } from './country-match.js';
import { makeDraft, type Draft } from './draft.js';
import { roleKey, type OrgHeads, type RoleLexicon } from './lexicon.js';
import { roleBefore, roleInside } from './roles.js';
import { ORGANIZATION_KINDS } from './said-kinds.js';
import { TOKEN_FLAGS } from '../../tokenize/tags.js';
import { sportsCopy, type SportsCues, type TeamReading } from './teams.js';
import type { TokenView } from './view.js';

export interface TypingResources {
  countries: CountryGazetteer;
  kb: KnowledgeBase;
  roles: RoleLexicon;
  eventHeads: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  /** Place heads that end no person's name: they retype a person span ('Second Thomas Shoal'). */
  personPlaceHeads: ReadonlySet<string>;
  /** Names known only as places (data/kb/places.json), folded. */
  placeNames: ReadonlySet<string>;
  /** Words known only as adjectives (data/kb/adjectives.json), lower case. */
  adjectives: ReadonlySet<string>;
  orgHeads: OrgHeads;
  sports: SportsCues;
  nationalTeams: TeamReading;
}

/**
 * Tokens [from, to) of a span without a leading "the" and a trailing possessive ("the US's" -> "US"). A
 * "The" written with its capital inside a sentence is part of the name of a place or a body ("at The
 * Oval", "reads The Globe and Mail"), never of a person's.
 */
function trimSpan(view: TokenView, from: number, to: number, label: NerLabel): [number, number] {
  while (to - from > 1 && (view.isPossessive(to - 1) || view.text(to - 1) === '-' || view.text(to - 1) === ',')) to--;
  while (to - from > 1 && /^(the|The|THE)$/.test(view.text(from)) && !(label !== 'PER' && view.text(from) === 'The' && !startsSentence(view, from))) from++;
  return [from, to];
}

function startsSentence(view: TokenView, i: number): boolean {
  return i === 0 || view.sentence(i - 1) !== view.sentence(i) || (view.tokens.flags[i] & TOKEN_FLAGS.lineStart) !== 0;
}

function draftOf(view: TokenView, from: number, to: number, sentence: number, d: Omit<Draft, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentence'>): Draft {
  return makeDraft({ start: view.tokens.start[from], end: view.tokens.end[to - 1], tokenStart: from, tokenEnd: to, sentence, ...d });
}

/** A MISC span is an event when one of its capitalised words is an event head ("the Cold War"). */
function isEvent(view: TokenView, from: number, to: number, heads: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (view.isCapitalized(i) && heads.has(roleKey(view.text(i)))) return true;
  return false;
}

/**
 * A name whose head is a geographic word is a place: the last word ("Tumen River", "Ural Mountains") or
 * the word before "of" ("Strait of Hormuz", "Sea of Japan"), capitalised.
 */
export function hasPlaceHead(view: TokenView, from: number, to: number, heads: ReadonlySet<string>): boolean {
  const isHead = (i: number) => view.isCapitalized(i) && heads.has(roleKey(view.text(i)));
  if (isHead(to - 1)) return true;
  for (let i = from; i < to - 1; i++) if (view.text(i + 1) === 'of' && isHead(i)) return true;
  return false;
}

/**
 * Hyphen-joined demonyms or country names ("Russian-Chinese", "Kim-Trump" is left to the person pass):
 * each part its own mention, when every part is one.
 */
function joinedCountries(view: TokenView, from: number, to: number, sentence: number, r: TypingResources): Draft[] | null {
  const parts: [number, number][] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    if (view.text(i) === '-') {
      parts.push([s, i]);
      s = i + 1;
    }
  }
  parts.push([s, to]);
  if (parts.length < 2) return null;
  const drafts: Draft[] = [];
  for (const [a, b] of parts) {
    const m = matchCountryExact(view, a, b, r.countries);
    if (!m) return null;
    drafts.push(draftOf(view, a, b, sentence, { type: 'COUNTRY', source: m.kind === 'demonym' ? 'demonym' : 'model', countries: m.countries }));
  }
  return drafts;
}

/** Words before a noun demonym that make it a nationality ("the Finn", "a Dane", "one Swede"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'each', 'every', 'this', 'that', 'no', 'any', 'young', 'fellow', 'lone', 'other']);

/**
 * A person span that is one singular noun demonym, with no determiner before it and no name after it, is
 * a person's name that is also a demonym ("Rachel and Finn's romance", "for Finn in his disappointment");
 * "the Finn won", "a Dane", "Dane Peter Schmeichel" stay nationalities.
 */
function isDemonymAsName(view: TokenView, from: number, to: number, sentenceStart: number): boolean {
  if (to - from !== 1 || /s$/i.test(view.text(from)) || view.isAllCaps(from)) return false;
  if (from - 1 >= sentenceStart && DETERMINERS.has(view.lower(from - 1))) return false;
  return !(to < view.count && view.sentence(to) === view.sentence(from) && view.isCapitalized(to));
}

/** Titles that only a person bears before a name: a head of state, a rank of nobility or religion, a courtesy title. */
const PERSONAL_TITLE_CLASSES: ReadonlySet<string> = new Set(['head-of-state', 'nobility-religion', 'honorific']);

/**
 * "King Norodom Sihanouk", "Queen Rania", "Sheikh Hasina" drawn as an organisation or a place: a personal
 * title and one to three capitalised words, with no head of a body or of a place ("King Fahd University",
 * "Prince Edward Island") and no "of" ("King of Spain"), name a person.
 */
function isTitledPerson(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  if (to - from < 2 || to - from > 4 || view.isAllCaps(from)) return false;
  const cls = r.roles.heads.get(roleKey(view.text(from)));
  if (cls === undefined || !PERSONAL_TITLE_CLASSES.has(cls) || !view.isCapitalized(from)) return false;
  for (let i = from + 1; i < to; i++) if (!view.isCapitalized(i) || !/^\p{L}/u.test(view.text(i))) return false;
  return !hasPlaceHead(view, from, to, r.placeHeads) && matchCountryExact(view, from + 1, to, r.countries) === null;
}

/**
 * "the Duchess of Cambridge", "the Archbishop of Canterbury" drawn as an organisation or a place: a rank
 * (data/kb/roles.json `styles`), "of" and one to three capitalised words, with no head of a body or a
 * place at the end ("Prince of Wales Hospital"), is the style of a person, its name taken as one word.
 * Not with "of the" ("Queen of the South" is a football club) and not a king's or queen's ("Queen of
 * South" is one too).
 */
function isNobleStyle(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  if (view.text(from) === 'The') from++;
  if (to - from < 3 || to - from > 5 || view.isAllCaps(from) || !view.isCapitalized(from)) return false;
  if (!r.roles.styles.has(roleKey(view.text(from))) || view.text(from + 1) !== 'of') return false;
  for (let i = from + 2; i < to; i++) if (!view.isCapitalized(i) || !/^\p{L}/u.test(view.text(i))) return false;
  return !hasPlaceHead(view, from, to, r.placeHeads) && orgHeadEnds(view, from, to, r.orgHeads) === null;
}

/**
 * Where a title inside a non-person span starts the name of its holder ("U.N. Ambassador Albright": at
 * "Ambassador"): a capitalised title word after at least one word, followed only by one to three
 * capitalised words that are neither titles nor heads of bodies or places. -1 when there is none.
 */
function titledPersonAtEnd(view: TokenView, from: number, to: number, r: TypingResources): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (!view.isCapitalized(k) || view.isAllCaps(k) || !r.roles.heads.has(roleKey(view.text(k)))) continue;
    if (to - (k + 1) > 3) return -1;
    for (let i = k + 1; i < to; i++) {
      const key = roleKey(view.text(i));
      if (!view.isCapitalized(i) || !/^\p{L}/u.test(view.text(i)) || r.roles.heads.has(key) || r.roles.modifiers.has(key) || r.orgHeads.all.has(key) || r.placeHeads.has(key)) return -1;
    }
    return k;
  }
  return -1;
}

/** The span's last word (before `to`) is a title: a government one, or any one with a capitalised word after it. */
function isTitleEnd(view: TokenView, to: number, roles: RoleLexicon): boolean {
  const cls = roles.heads.get(roleKey(view.text(to - 1)));
  if (cls === undefined) return false;
  return cls === 'government' || (to < view.count && view.sentence(to) === view.sentence(to - 1) && view.isCapitalized(to) && !view.isAllCaps(to - 1));
}

/**
 * "the Duchess's arrival", "than the Senator does": a title or role word alone after "the" stands for a
 * person named elsewhere and is no name, whatever class the tagger gave it (CoNLL-2003 leaves "the Queen",
 * "the Princess" untagged). In capitals it may be a name ("the PRESIDENT" in a headline is left alone).
 */
function isTitleAfterThe(view: TokenView, from: number, to: number, sentenceStart: number, roles: RoleLexicon): boolean {
  if (to - from !== 1 || from - 1 < sentenceStart || view.isAllCaps(from) || !roles.heads.has(roleKey(view.text(from)))) return false;
  return view.lower(from - 1) === 'the';
}

/**
 * "Legendary DJ Casey Kasem", "Veteran striker ...": a word known only as an adjective, capitalised because
 * it opens the sentence and followed by a capitalised word, describes the name after it and is none.
 * Surnames that are also adjectives ("Young", "Brown") stand before a verb, not a capital, and headlines
 * in capitals are left alone.
 */
function isOpeningAdjective(view: TokenView, from: number, to: number, sentenceStart: number, adjectives: ReadonlySet<string>): boolean {
  if (to - from !== 1 || from !== sentenceStart || view.isAllCaps(from) || !adjectives.has(view.lower(from))) return false;
  return to < view.count && view.sentence(to) === view.sentence(from) && view.isCapitalized(to);
}

/**
 * Turns one tagger span into mentions: its type (PERSON, ORGANIZATION, COUNTRY, PLACE, EVENT), the title
 * kept out of a person's name, the country a demonym points at. Returns [] for a span that is no mention
 * (a MISC that is neither a demonym nor an event, a person span of title words only).
 */
export function typeSpan(view: TokenView, span: NerSpan, sentenceStart: number, r: TypingResources): Draft[] {
  const [from, to] = trimSpan(view, span.tokenStart, span.tokenEnd, span.label);
  const sentence = span.sentence;
  if (isTitleAfterThe(view, from, to, sentenceStart, r.roles) || isOpeningAdjective(view, from, to, sentenceStart, r.adjectives)) return [];
  const split = splitTrailingPlace(view, span, from, to, sentenceStart, r) ?? splitCoordinatedOrgs(view, span, from, to, sentenceStart, r);
  if (split) return split;
  // "the Transport Cabinet Secretary", "Bank of England Governor" drawn as one non-person span: the title
  // head is cut off, and what is left is typed as a span of its own (a portfolio is then dropped below).
  // Any other title is cut off where a name follows it ("Chicago Cardinal Joseph Bernardin", "Acme
  // Chairman Ann Lee"); without one it may be the name itself ("The Economist").
  if (span.label !== 'PER' && to - from > 1 && view.isCapitalized(to - 1) && isTitleEnd(view, to, r.roles)) {
    const rest: NerSpan = { ...span, tokenStart: from, tokenEnd: to - 1, start: view.tokens.start[from], end: view.tokens.end[to - 2] };
    return typeSpan(view, rest, sentenceStart, r);
  }
  if (isTitlePortfolio(view, from, to, span, r)) return [];
  if (isNobleStyle(view, from, to, r)) {
    // The style is the name as one word: its rank and place are no given name and surname to find alone.
    const name = view.span(from, to);
    return [draftOf(view, from, to, sentence, { type: 'PERSON', source: 'model', words: [foldName(name)], kb: r.kb.find('PERSON', name) })];
  }
  const orgHead = orgHeadEnds(view, from, to, r.orgHeads);
  if (span.label !== 'PER' && !orgHead && isTitledPerson(view, from, to, r)) return typeSpan(view, { ...span, label: 'PER' }, sentenceStart, r);
  const titled = span.label !== 'PER' && !orgHead ? titledPersonAtEnd(view, from, to, r) : -1;
  if (titled !== -1) {
    // "U.N. Ambassador Albright", "Acme Chairman Ann Lee" drawn as one name: the body, and the person with the title.
    const body: NerSpan = { ...span, tokenStart: from, tokenEnd: titled, start: view.tokens.start[from], end: view.tokens.end[titled - 1] };
    const person: NerSpan = { ...span, tokenStart: titled, tokenEnd: to, start: view.tokens.start[titled], end: view.tokens.end[to - 1], label: 'PER' };
    return [...typeSpan(view, body, sentenceStart, r), ...typeSpan(view, person, sentenceStart, r)];
  }
  // A country name or demonym is a country mention whatever the tagger called it ("Russian" as PER,
  // "Russia" as ORG in a sports table); "Russia 1" is not a country name, so it stays an organisation.
  // A person span keeps its type when the name is also a person's name ("Jordan", "Chad").
  const names = span.label === 'PER' ? r.countries.scanNames : r.countries.names;
  const country = matchCountryExact(view, from, to, r.countries, names);
  if (country && !(span.label === 'PER' && country.kind === 'demonym' && isDemonymAsName(view, from, to, sentenceStart))) {
    return [draftOf(view, from, to, sentence, { type: 'COUNTRY', source: country.kind === 'demonym' ? 'demonym' : 'model', countries: country.countries })];
  }
  switch (span.label) {
    case 'PER': {
      if (isAcronymInRunningText(view, from, to)) return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', view.span(from, to)) })];
      if (orgHead || (to - from === 1 && isCamelCaseBrand(view.text(from)))) return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', view.span(from, to)) })];
      // A legal form alone ("Inc." of "Acme, Inc.") is no person.
      if (to - from === 1 && r.orgHeads.overPlace.has(roleKey(view.text(from)))) return [];
      if ((to - from > 1 && view.isCapitalized(to - 1) && r.personPlaceHeads.has(roleKey(view.text(to - 1)))) || r.placeNames.has(foldName(view.span(from, to)))) {
        return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', view.span(from, to)) })];
      }
      const inside = roleInside(view, from, to, r.roles, r.countries);
      const nameStart = inside ? inside.nameStart : from;
      const role = inside?.role ?? roleBefore(view, from, sentenceStart, r.roles, r.countries) ?? undefined;
      const drafts: Draft[] = [];
      if (inside?.role.country) {
        // "US President Donald Trump" drawn as one span: "US" is a country mention of its own.
        const c = inside.role.country;
        drafts.push(draftOf(view, c.tokenStart, c.tokenEnd, sentence, { type: 'COUNTRY', source: c.kind === 'demonym' ? 'demonym' : 'model', countries: c.countries }));
      }
      const [nFrom, nTo] = trimSpan(view, nameStart, to, 'PER');
      const name = view.span(nFrom, nTo);
      drafts.push(draftOf(view, nFrom, nTo, sentence, { type: 'PERSON', source: 'model', role, words: nameWords(name), kb: r.kb.find('PERSON', name) }));
      return drafts;
    }
    case 'LOC': {
      // A lone event head is no place ("the 8th Conference on international security"): with an ordinal
      // before it, the two name the event; without, it names nothing.
      if (to - from === 1 && r.eventHeads.has(roleKey(view.text(from)))) {
        const ordinal = from > 0 && view.sentence(from - 1) === sentence && /^\d+(?:st|nd|rd|th)$/i.test(view.text(from - 1));
        return ordinal ? [draftOf(view, from - 1, to, sentence, { type: 'EVENT', source: 'model', kb: r.kb.find('EVENT', view.span(from - 1, to)) })] : [];
      }
      const text = view.span(from, to);
      if (to - from === 1 && isCamelCaseBrand(text)) return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', text) })];
      // "the Berlin Marathon", "the Korean War": a place name before an event head names the event.
      if (to - from > 1 && view.isCapitalized(to - 1) && r.eventHeads.has(roleKey(view.text(to - 1)))) return [draftOf(view, from, to, sentence, { type: 'EVENT', source: 'model', kb: r.kb.find('EVENT', text) })];
      if (orgHead === 'over-place') return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', text) })];
      return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', text) })];
    }
    case 'ORG': {
      const text = view.span(from, to);
      if (orgHead !== 'over-place' && !playsInFixture(view, from, to, r) && (isKnownPlaceForOrg(view, from, to, r) || isPlaceByContext(view, from, to, r) || STATE_FORM.test(text))) return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', text) })];
      if (to - from > 1 && view.isCapitalized(to - 1) && CONTEST_HEADS.has(view.lower(to - 1))) return [draftOf(view, from, to, sentence, { type: 'EVENT', source: 'model', kb: r.kb.find('EVENT', text) })];
      return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', text) })];
    }
    case 'MISC': {
      const joined = joinedCountries(view, from, to, sentence, r);
      if (joined) return joined;
      // "the Victorian Supreme Court", "the Irish Labour Party": a name led by an adjective of nationality
      // that ends in the head of a public body or company is that body.
      if (orgHead === 'over-place') return [draftOf(view, from, to, sentence, { type: 'ORGANIZATION', source: 'model', kb: r.kb.find('ORGANIZATION', view.span(from, to)) })];
      if (isKnownPlace(view, from, to, r)) return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', view.span(from, to)) })];
      if (isEvent(view, from, to, r.eventHeads)) {
        const text = view.span(from, to);
        return [draftOf(view, from, to, sentence, { type: 'EVENT', source: 'model', kb: r.kb.find('EVENT', text) })];
      }
      if (isPluralRegion(view, span.tokenStart, from, to)) return [draftOf(view, from, to, sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', view.span(from, to)) })];
      return [];
    }
  }
}

/**
 * "ANSSI", "NATO", "UNICEF" in a sentence of lower-case words: English writes people's names in capitals
 * only in all-capitals lines, so a one-word person span of three to six capitals among lower-case words is
 * an acronym, the name of an organisation (countries, "USA", are matched before this).
 */
function isAcronymInRunningText(view: TokenView, from: number, to: number): boolean {
  if (to - from !== 1 || !/^\p{Lu}{3,6}$/u.test(view.text(from))) return false;
  const s = view.sentence(from);
  for (let i = from - 1; i >= 0 && view.sentence(i) === s; i--) if (/\p{Ll}/u.test(view.text(i))) return true;
  for (let i = to; i < view.count && view.sentence(i) === s; i++) if (/\p{Ll}/u.test(view.text(i))) return true;
  return false;
}

/**
 * Brand names join words with an inner capital ("JustGiving", "BookWise", "PayPal"); person names do so
 * only after a short particle ("McDonald", "MacArthur", "DiCaprio", "LeBron", "DeSantis"): a word whose
 * inner capital follows three or more lower-case letters is a brand, not a person. So is an initialism run
 * into a lower-case word ("CNNgo", "BBCnews"): no person's or place's name is written so, and plurals of
 * initialisms ("MPs", "NGOs") have one lower-case letter only.
 */
export function isCamelCaseBrand(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}{2,}\p{Ll}{2,}$/u.test(word);
}

/**
 * Whether a name of two or more words ends in a designator head of data/kb/org-heads.json, capitalised
 * ("Halvorsen Maritime", "Energy Directorate", "Kenya Railways"): 'over-place' for heads no place name ends
 * in, 'head' for heads that some do ("West Bank"), null otherwise.
 */
export function orgHeadEnds(view: TokenView, from: number, to: number, heads: OrgHeads): 'over-place' | 'head' | null {
  let words = 0;
  for (let i = from; i < to; i++) if (/\p{L}/u.test(view.text(i))) words++;
  if (words < 2 || !view.isCapitalized(to - 1)) return null;
  const key = roleKey(view.text(to - 1));
  if (heads.overPlace.has(key)) return 'over-place';
  return heads.all.has(key) ? 'head' : null;
}

/**
 * "Straits Capital in Singapore": an organisation or person span that runs on over "in" into a known place
 * (a country, a capital, a place of the knowledge base) names two things, the organisation and where it is.
 * The part before "in" is typed as a span of its own; the place is a COUNTRY or PLACE mention.
 */
function splitTrailingPlace(view: TokenView, span: NerSpan, from: number, to: number, sentenceStart: number, r: TypingResources): Draft[] | null {
  if (span.label !== 'ORG' && span.label !== 'PER') return null;
  for (let i = from + 1; i < to - 1; i++) {
    // Only after a name of capitalised words: "in" inside a name with other function words belongs to it
    // ("Organisation for Security and Cooperation in Europe").
    if (!view.isCapitalized(i)) {
      if (view.text(i) !== 'in' && !(view.text(i) === 'of' && isOfCountry(view, from, i, to, r))) return null;
    } else continue;
    const p = i + 1;
    const country = matchCountryExact(view, p, to, r.countries);
    const key = foldName(view.span(p, to));
    const place = !country && view.text(i) === 'in' && (r.countries.capitals.has(key) || r.kb.find('PLACE', key) !== undefined);
    if (!country && !place) return null;
    const head: NerSpan = { ...span, tokenStart: from, tokenEnd: i, start: view.tokens.start[from], end: view.tokens.end[i - 1] };
    const out = typeSpan(view, head, sentenceStart, r);
    if (country) out.push(draftOf(view, p, to, span.sentence, { type: 'COUNTRY', source: country.kind === 'demonym' ? 'demonym' : 'model', countries: country.countries }));
    else out.push(draftOf(view, p, to, span.sentence, { type: 'PLACE', source: 'model', kb: r.kb.find('PLACE', key) }));
    return out;
  }
  return null;
}

/**
 * "Nordvest Bank and Rijnland Securities": a span of two names joined by "and", each of two words or more
 * and ending in a designator head, names two organisations. Names with "and" inside ("Law and Justice",
 * "Peace and Security Council", "Procter and Gamble") have no head before the "and" and stay whole.
 */
function splitCoordinatedOrgs(view: TokenView, span: NerSpan, from: number, to: number, sentenceStart: number, r: TypingResources): Draft[] | null {
  for (let i = from + 2; i < to - 2; i++) {
    if (view.text(i) !== 'and' && view.text(i) !== '&') continue;
    if (!orgHeadEnds(view, from, i, r.orgHeads) || !orgHeadEnds(view, i + 1, to, r.orgHeads)) return null;
    const part = (a: number, b: number): NerSpan => ({ ...span, label: 'ORG', tokenStart: a, tokenEnd: b, start: view.tokens.start[a], end: view.tokens.end[b - 1] });
    return [...typeSpan(view, part(from, i), sentenceStart, r), ...typeSpan(view, part(i + 1, to), sentenceStart, r)];
  }
  return null;
}

/**
 * "Transport Cabinet Secretary", "Defence Minister": an organisation, place or MISC span that starts with a portfolio word
 * of data/kb/roles.json (a role modifier: "Transport", "Defence", "Foreign") and is followed by a
 * capitalised title head of government (Minister, Secretary, Commissioner) is the portfolio of a title, not an organisation, unless it ends in an
 * organisation head ("the Foreign Ministry Spokesman" still names the Foreign Ministry).
 */
function isTitlePortfolio(view: TokenView, from: number, to: number, span: NerSpan, r: TypingResources): boolean {
  if (span.label === 'PER') return false;
  const next = span.tokenEnd;
  if (next >= view.count || view.sentence(next) !== span.sentence || !view.isCapitalized(next)) return false;
  // Only offices of government: "General Motors Chairman" names General Motors.
  if (r.roles.heads.get(roleKey(view.text(next))) !== 'government' || !r.roles.modifiers.has(roleKey(view.text(from)))) return false;
  return orgHeadEnds(view, from, to, r.orgHeads) !== 'over-place';
}

/**
 * "Karlsruhe of Germany", "Kia Motor Corp of South Korea": a club or a company and its country, two
 * names, where the word before "of" is no head that takes a place ("Bank of Ghana", "University of
 * Tromso"), no title ("King of Spain") and the whole is no country's name ("Republic of Ireland").
 */
function isOfCountry(view: TokenView, from: number, of: number, to: number, r: TypingResources): boolean {
  const before = roleKey(view.text(of - 1));
  if (r.orgHeads.ofPlace.has(before) || r.roles.heads.has(before) || r.placeHeads.has(before)) return false;
  return matchCountryExact(view, of + 1, to, r.countries) !== null && matchCountryExact(view, from, to, r.countries) === null;
}

/**
 * An organisation or MISC span that is a place all the same: a capital ("Pyongyang"), a place of the
 * knowledge base ("Europe"), a name with a geographic head ("Tumen River").
 */
function isKnownPlace(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  const key = foldName(view.span(from, to));
  return r.countries.capitals.has(key) || r.kb.find('PLACE', key) !== undefined || hasPlaceHead(view, from, to, r.placeHeads);
}

/**
 * An organisation span that is a place all the same (see isKnownPlace), but for a place of the knowledge
 * base in sports copy: there a state or a continent the tagger called an organisation is its club or
 * team ("TEXAS 75 58 .564", "Minnesota 6 Milwaukee 1", Europe of the Ryder Cup), as CoNLL-2003 tags it. A
 * capital or a name with a geographic head stays a place.
 */
function isKnownPlaceForOrg(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  const key = foldName(view.span(from, to));
  if (r.countries.capitals.has(key) || hasPlaceHead(view, from, to, r.placeHeads)) return true;
  return r.kb.find('PLACE', key) !== undefined && !sportsCopy(view, r.sports);
}

/**
 * Last words of the names of contests, which no body's name ends in: an organisation span ending in one is
 * the event ("the Charles Schwab Cup Championship", "the Boston Marathon"). Not "Games" nor "Open", which
 * end companies' names too ("Epic Games", "Open" of "Microsoft Open"...).
 */
const CONTEST_HEADS: ReadonlySet<string> = new Set(['cup', 'championship', 'championships', 'tournament', 'olympics', 'marathon', 'prix', 'derby']);

/**
 * In sports copy, an organisation span with a score after it ("Hamilton 3 1 1 1 3 2 4", "Livingston 1
 * Hamilton 0") or a side of a fixture ("Birmingham v Barnsley") is the club, even where the name is a
 * capital (Hamilton of Bermuda, Plymouth of Montserrat) or reads as a town before its region.
 */
function playsInFixture(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  const sentence = view.sentence(from);
  const at = (i: number) => (i >= 0 && i < view.count && view.sentence(i) === sentence ? view.text(i) : '');
  const scoreAfter = /^\d{1,3}$/.test(at(to)) && !(view.tokens.flags[to] & TOKEN_FLAGS.lineStart);
  const fixture = r.sports.fixtureWords.has(at(to).toLowerCase()) || r.sports.fixtureWords.has(at(from - 1).toLowerCase());
  return (scoreAfter || fixture) && sportsCopy(view, r.sports);
}

/** Prepositions of place and movement: "beyond the Urals", "across the Balkans", "in the Alps". */
const SPATIAL_PREPOSITIONS: ReadonlySet<string> = new Set(['beyond', 'across', 'through', 'throughout', 'in', 'into', 'over', 'near', 'around']);

/**
 * Mountain ranges and regions are named in the plural with "the" ("the Urals", "the Alps", "the Balkans"),
 * and the tagger, which has seen such words mostly as adjectives ("the Urals city of"), calls them MISC.
 * A one-word plural MISC name after "the" and a preposition of place, with no noun after it, is the place.
 * (Nationalities, "the Russians", are matched as demonyms before this; events, "the Olympics", as events.)
 */
function isPluralRegion(view: TokenView, spanStart: number, from: number, to: number): boolean {
  if (to - from !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(view.text(from))) return false;
  const the = from === spanStart ? from - 1 : spanStart;
  if (the < 1 || !/^the$/i.test(view.text(the)) || view.sentence(the - 1) !== view.sentence(from)) return false;
  if (!SPATIAL_PREPOSITIONS.has(view.lower(the - 1))) return false;
  const nounAfter = to < view.count && view.sentence(to) === view.sentence(from) && /^\p{Ll}/u.test(view.text(to)) && (view.isPos(to, 'NOUN') || view.isPos(to, 'ADJ'));
  return !nounAfter;
}

/** Prepositions after which a city or region name is the place, not a team or company named after it. */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);

/**
 * A name the tagger called an organisation is a place where the sentence says so by both a locative
 * preposition and a region after it ("located in Houston, TX"). A name of data/kb/places.json is one on
 * less: after a locative preposition ("located in Albuquerque"), or as the region of an address or a
 * dateline ("Cannon Ball, North Dakota", "Houston, Texas"), and anywhere outside sports copy. In sports
 * copy a city or county name is often its team ("Surrey beat Essex", "Chicago 5 Boston 3"), so there the
 * tagger's reading stands.
 */
function isPlaceByContext(view: TokenView, from: number, to: number, r: TypingResources): boolean {
  const sentence = view.sentence(from);
  const before = from > 0 && view.sentence(from - 1) === sentence ? view.text(from - 1) : '';
  const after = to < view.count && view.sentence(to) === sentence ? view.text(to) : '';
  let regionAfter = false;
  if (after === ',' && to + 1 < view.count && view.sentence(to + 1) === sentence) {
    const next = foldName(view.text(to + 1));
    regionAfter = r.placeNames.has(next) || r.countries.names.has(next) || r.kb.find('PLACE', next) !== undefined || US_STATE_CODE.test(view.text(to + 1));
  }
  // "located in Houston, TX", "offices in Springfield, Illinois": a place by where it stands, whatever else the name is.
  if (LOCATIVE_PREPOSITIONS.has(before) && regionAfter) return true;
  if (!r.placeNames.has(foldName(view.span(from, to)))) return false;
  if (LOCATIVE_PREPOSITIONS.has(before) || regionAfter) return true;
  // The region closing an address line: "Cannon Ball, North Dakota" with nothing after it on the line.
  if (before === ',' && (after === '' || /\n/.test(view.doc.text.slice(view.tokens.end[to - 1], view.tokens.start[to] ?? view.doc.text.length)))) return true;
  // "the Danish club Aalborg", "the carrier Wichita": the noun before the name says what it is.
  if (ORGANIZATION_KINDS.has(before.toLowerCase())) return false;
  // Outside sports copy a town is not its team: "Grimsby has been in decline since the 1950s".
  return !sportsCopy(view, r.sports);
}



/**
 * The formal name of a state the country lists do not hold ("Federal Republic of Yugoslavia", "Republic
 * of Srpska", "Kingdom of Hawaii"): a place, not an organisation; the ones they hold are countries already.
 */
const STATE_FORM = /^(?:\p{Lu}[\p{L}'-]* )*(?:Republic|Kingdom|Principality|Sultanate|Emirate|Grand Duchy) of (?:the )?\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)*$/u;

/** A two-letter postal code of a US state after a city ("Houston, TX"). */
const US_STATE_CODE = /^[A-Z]{2}$/;

/** A folded name, for grouping non-person mentions. */
export function groupKey(view: TokenView, d: Draft): string {
  return d.orgName ?? foldName(view.span(d.tokenStart, d.tokenEnd));
}
