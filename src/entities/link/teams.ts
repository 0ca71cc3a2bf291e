import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TOKEN_FLAGS } from '../../tokenize/tags.js';
import { changedDraft, type Draft } from './draft.js';
import type { TokenView } from './view.js';

/** data/kb/sports.json: what tells sports copy, and where in it a country's name is its team. */
export interface SportsCues {
  sportWords: ReadonlySet<string>;
  minSportWords: number;
  verbsAfter: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  wordsBefore: ReadonlySet<string>;
  wordsAfter: ReadonlySet<string>;
  rolesAfterPossessive: ReadonlySet<string>;
  lineStartAfter: ReadonlySet<string>;
  /** Lower case: words after "'s" that make a country the state, not its team ("Kenya's government"). */
  stateAfterPossessive: ReadonlySet<string>;
  /** Tokens after which an entry of a team list may start mid-line: "Scorers: Romania - Cosmin Contra". */
  entryAfter: ReadonlySet<string>;
  /** Lower case: places that field national teams though they are no ISO country ("england"). */
  teamPlaces: ReadonlySet<string>;
  /** Lower case: the verbs of a result only ("beat", "drew"), after which a plural demonym is a side. */
  resultVerbs: ReadonlySet<string>;
  /** Lower case: words that stand between the two sides of a fixture ("Birmingham v Barnsley"). */
  fixtureWords: ReadonlySet<string>;
  /** Lower case: last words of club names made of a town and a word ("town" of "Swindon Town"). */
  clubSuffixes: ReadonlySet<string>;
}

export function loadSportsCues(kbDir: string): SportsCues {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'sports.json'), 'utf8')) as {
    sportWords: { minSportWords: number; words: string[] };
    verbsAfter: { words: string[] };
    adverbs: { words: string[] };
    wordsBefore: { words: string[] };
    wordsAfter: { words: string[] };
    resultVerbs: { words: string[] };
    rolesAfterPossessive: { words: string[] };
    lineStart: { after: string[]; entryAfter: string[] };
    stateAfterPossessive: { words: string[] };
    teamPlaces: { names: string[] };
    clubSuffixes: { words: string[] };
  };
  const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    sportWords: set(file.sportWords.words),
    minSportWords: file.sportWords.minSportWords,
    verbsAfter: set(file.verbsAfter.words),
    adverbs: set(file.adverbs.words),
    wordsBefore: set(file.wordsBefore.words),
    wordsAfter: set(file.wordsAfter.words),
    resultVerbs: set(file.resultVerbs.words),
    // The words a side may stand both before and after ("v", "vs", "versus") pair two sides.
    fixtureWords: set(file.wordsBefore.words.filter((w) => file.wordsAfter.words.includes(w))),
    rolesAfterPossessive: set(file.rolesAfterPossessive.words),
    lineStartAfter: set(file.lineStart.after),
    entryAfter: set(file.lineStart.entryAfter),
    stateAfterPossessive: set(file.stateAfterPossessive.words),
    teamPlaces: set(file.teamPlaces.names),
    clubSuffixes: set(file.clubSuffixes.words),
  };
}

const sportsCopyOfArticle = new WeakMap<TokenView, boolean>();

/** isSportsCopy, read once per article: the link stage asks for it from typing and from nationalTeams. */
export function sportsCopy(view: TokenView, cues: SportsCues): boolean {
  let yes = sportsCopyOfArticle.get(view);
  if (yes === undefined) sportsCopyOfArticle.set(view, (yes = isSportsCopy(view, cues)));
  return yes;
}

/**
 * Sports copy: enough words of the games themselves ("innings", "goalkeeper", "semi-final"), where a line
 * of results or of a standings table ("Ayr 6 Berwick 0", "Berwick 3 0 0 3 1 14 0") counts as one.
 */
function isSportsCopy(view: TokenView, cues: SportsCues): boolean {
  let seen = 0;
  for (let i = 0; i < view.count; i++) {
    if (view.tokens.end[i] - view.tokens.start[i] > 2 && cues.sportWords.has(view.lower(i)) && ++seen >= cues.minSportWords) return true;
    if (view.tokens.flags[i] & TOKEN_FLAGS.lineStart && isResultLine(view, i) && ++seen >= cues.minSportWords) return true;
  }
  return false;
}

/** A short line of names and small whole numbers, at least two of them, and no word of prose. */
function isResultLine(view: TokenView, first: number): boolean {
  if (!view.isCapitalized(first)) return false;
  let numbers = 0;
  let i = first;
  for (; i < view.count && (i === first || !(view.tokens.flags[i] & TOKEN_FLAGS.lineStart)); i++) {
    if (i - first >= 14) return false;
    const w = view.text(i);
    if (/^\d{1,3}$/.test(w)) numbers++;
    else if (/^\p{Ll}{4,}$/u.test(w)) return false;
  }
  return numbers >= 2;
}

/** How a country's name standing for its national team is given (the link stage's `nationalTeams` option). */
export const TEAM_READINGS = ['country', 'organization'] as const;
export type TeamReading = (typeof TEAM_READINGS)[number];

/**
 * In sports copy, a country's name that wins, loses, plays or scores stands for its national team
 * ("Australia beat Sri Lanka by six wickets", "Belgium 2 Turkey 1", "against Brazil", "England's
 * captain"). Corpora differ on such a name: CoNLL-2003 and OntoNotes (spaCy's GPE) tag the country,
 * News-Fair and Wikidata the team, an organisation with an id of its own. AIDA-CoNLL does both: the
 * CoNLL type on the mention, the team as its entity. So the entity is the team either way, an
 * ORGANIZATION with no kb_id (the team's id is not known; the country's would be wrong). With `country`
 * (the default) the mention keeps its type, COUNTRY, flagged `metonymy`; with `organization` it is an
 * ORGANIZATION mention. Demonyms ("the Australian side") point at the country either way. A place of the
 * knowledge base that plays ("Texas 5 California 3", "Madrid beat Sevilla") is a club or franchise named
 * after it, an ORGANIZATION mention with either reading.
 */
export function nationalTeams(view: TokenView, drafts: Draft[], cues: SportsCues, reading: TeamReading): Draft[] {
  const candidate = (d: Draft) =>
    d.source !== 'demonym' && !d.metonymy && (d.type === 'COUNTRY' || (d.type === 'PLACE' && (d.kb !== undefined || cues.teamPlaces.has(view.doc.text.slice(d.start, d.end).toLowerCase()))));
  const isHomeNation = (d: Draft) => d.type === 'PLACE' && cues.teamPlaces.has(view.doc.text.slice(d.start, d.end).toLowerCase());
  const plays = drafts.map((d) => candidate(d) && playsAsTeam(view, d, cues));
  // A fixture list: "Spain at Belgium", "CLEVELAND AT TEXAS": two countries, or two places, one "at" the
  // other, are the visiting and the home side (not "Australia at Melbourne": a country at a place).
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    if (a.type !== b.type || (a.type !== 'COUNTRY' && a.type !== 'PLACE') || a.sentence !== b.sentence || a.source === 'demonym' || b.source === 'demonym') continue;
    if (b.tokenStart !== a.tokenEnd + 1 || view.lower(a.tokenEnd) !== 'at' || !(candidate(a) || candidate(b))) continue;
    if (a.metonymy || b.metonymy) continue;
    plays[k] = plays[k + 1] = true;
  }
  const demonymPlays = drafts.map((d) => d.source === 'demonym' && d.countries?.length === 1 && demonymPlaysAsTeam(view, d, cues));
  // The whole article is read for sports words only when some country plays, or a home nation is named.
  if ((!plays.includes(true) && !demonymPlays.includes(true) && !drafts.some(isHomeNation)) || !sportsCopy(view, cues)) return drafts;
  // In sports copy a home nation is its team wherever it is not a place of the sentence ("England's tour",
  // "England made 326"; not "in England", "to Scotland"): it plays in no other way.
  for (let k = 0; k < drafts.length; k++) if (!plays[k] && candidate(drafts[k]) && isHomeNation(drafts[k]) && !afterPlacePreposition(view, drafts[k])) plays[k] = true;
  // "Armenia and Portugal drew 0-0": two countries joined by "and", one of them playing, both play.
  for (let k = 0; k + 1 < drafts.length; k++) {
    const a = drafts[k];
    const b = drafts[k + 1];
    if (plays[k] === plays[k + 1] || !candidate(a) || !candidate(b) || a.sentence !== b.sentence) continue;
    if (b.tokenStart === a.tokenEnd + 1 && view.lower(a.tokenEnd) === 'and') plays[k] = plays[k + 1] = true;
  }
  // One sense per article: a country seen playing is its team wherever else it is not a place of the
  // sentence or the country of someone ("Belgium kicked off their campaign", "the scoring for Belgium").
  const teamKey = (d: Draft) => d.countries?.[0] ?? view.doc.text.slice(d.start, d.end).toLowerCase();
  const playing = new Set(drafts.filter((_, k) => plays[k]).map(teamKey));
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if (!plays[k] && candidate(d) && playing.has(teamKey(d)) && !afterPlacePreposition(view, d) && !namesCountryOfOther(view, d, cues)) plays[k] = true;
  }
  return drafts.map((d, k): Draft => {
    // "The Irish, under new manager Mick McCarthy": a demonym standing as a noun for a country seen
    // playing is its team too (still a NORP mention), not "Irish fans".
    if (d.source === 'demonym' && d.countries?.length === 1 && playing.has(d.countries[0]) && (isDemonymNoun(view, d) || demonymPlays[k])) {
      return changedDraft(d, { type: 'ORGANIZATION', countries: undefined, kb: undefined, orgName: `team ${d.countries[0]}`, metonymy: true });
    }
    // "RANGERS BEAT INDIANS", "The Indians had won four straight": a plural demonym that wins or loses is a
    // side, but with its country nowhere seen playing, one named after the people, not the country's own
    // ("Indians" of Cleveland): a team whose id is not known, never the country.
    if (demonymPlays[k]) return changedDraft(d, { type: 'ORGANIZATION', countries: undefined, kb: undefined, orgName: `team ${view.doc.text.slice(d.start, d.end).toLowerCase()}`, metonymy: true });
    if (!plays[k]) return d;
    // Either way the entity is the team, an organisation whose id is not known: never the country's or
    // the place's; every name of one country's team ("Ireland", "Republic of Ireland") is one entity. The
    // readings differ only in the mention's type.
    const team = changedDraft(d, { type: 'ORGANIZATION', countries: undefined, kb: undefined, orgName: `team ${teamKey(d)}` });
    // A club named after a town or a state is an organisation by every convention (CoNLL-2003 tags
    // "Colorado" of "St Louis defeated Colorado" ORG); only a country's or a home nation's side differs.
    if (reading === 'organization' || (d.type === 'PLACE' && !isHomeNation(d))) return team;
    return Object.assign(team, { mentionType: d.type, metonymy: true });
  });
}

/**
 * "the Irish", "the Australians" with no noun after it: a demonym naming people, here the side. A
 * singular one is a player ("the Brazilian's 79th-minute effort").
 */
function isDemonymNoun(view: TokenView, d: Draft): boolean {
  if (!isPluralDemonym(view, d)) return false;
  const prev = d.tokenStart - 1;
  if (prev < 0 || view.sentence(prev) !== d.sentence || view.lower(prev) !== 'the') return false;
  return !nounFollows(view, d.tokenEnd, d.sentence);
}

/** A demonym in the plural, naming people: "Indians", "Dutch", "Irish", "Chinese". */
function isPluralDemonym(view: TokenView, d: Draft): boolean {
  return /(s|sh|ch|ese)$/i.test(view.text(d.tokenEnd - 1));
}

/** Token `i` is a noun, a name or an adjective of the sentence: what a demonym before it qualifies ("Dutch fans"). */
function nounFollows(view: TokenView, i: number, sentence: number): boolean {
  return i < view.count && view.sentence(i) === sentence && (view.isPos(i, 'NOUN') || view.isPos(i, 'PROPN') || view.isPos(i, 'ADJ'));
}

/** The token at `next` or past an auxiliary and an adverb ("will also play", "still lead"): where a verb of the side would stand. */
function verbAfter(view: TokenView, next: number, to: number, cues: SportsCues): number {
  let v = next;
  if (v < to && AUXILIARIES.has(view.lower(v)) && v + 1 < to) v++;
  if (v < to && cues.adverbs.has(view.lower(v)) && v + 1 < to) v++;
  return v;
}

/**
 * A plural demonym ("INDIANS", "the Dutch", "Irish") that is the subject of a result or its other side:
 * "DUTCH DRAW 2-2 WITH BRAZIL", "RANGERS BEAT INDIANS". Not with a noun after it ("Dutch fans"), and not
 * before a team word: "the Australian side" points at the country.
 */
function demonymPlaysAsTeam(view: TokenView, d: Draft, cues: SportsCues): boolean {
  if (!isPluralDemonym(view, d)) return false;
  const sentence = view.doc.sentences[d.sentence];
  const from = sentence ? sentence.tokenStart : 0;
  const to = sentence ? sentence.tokenEnd : view.count;
  const v = verbAfter(view, d.tokenEnd, to, cues);
  if (v < to && cues.resultVerbs.has(view.lower(v))) return true;
  const prev = d.tokenStart - 1;
  return !nounFollows(view, d.tokenEnd, d.sentence) && prev >= from && cues.wordsBefore.has(view.lower(prev)) && !ALSO_BEFORE_PEOPLE.has(view.lower(prev));
}

/** Words of wordsBefore that stand before a people as often as before a side: "with Dutch support", "over Chinese objections". */
const ALSO_BEFORE_PEOPLE: ReadonlySet<string> = new Set(['with', 'over', 'between']);

function playsAsTeam(view: TokenView, d: Draft, cues: SportsCues): boolean {
  const sentence = view.doc.sentences[d.sentence];
  const from = sentence ? sentence.tokenStart : 0;
  const to = sentence ? sentence.tokenEnd : view.count;
  const next = d.tokenEnd;
  const prev = d.tokenStart - 1;
  // "Benetton of Italy beat Dinamo": the country qualifies another name.
  if (prev >= from && view.lower(prev) === 'of') return false;
  // "India's Leander Paes", "France's hosting of the World Cup": the country of a player or of an event.
  if (next < to && view.isPossessive(next)) return roleAfterPossessive(view, next + 1, to, cues);
  if (next < to) {
    // A score right after the name, on a line of results: "Belgium 2 Turkey 1", "Australia 228-6"; not
    // the date of a dateline ("CHISINAU, Moldova 1996-08-31").
    if (view.isPos(next, 'NUM') && /^\d/.test(view.text(next)) && !DATE_OR_YEAR.test(view.text(next))) return true;
    if (cues.wordsAfter.has(view.lower(next))) return true;
    if (cues.lineStartAfter.has(view.lower(next)) && startsListEntry(view, d.tokenStart, from, cues)) return true;
    if (cues.verbsAfter.has(view.lower(verbAfter(view, next, to, cues)))) return true;
  }
  return prev >= from && cues.wordsBefore.has(view.lower(prev));
}

/**
 * A team's role after "'s", straight after it or behind up to two lower-case words: "Brazil's coach",
 * "Ireland's new-look side", "England's top-order batsmen".
 */
function roleAfterPossessive(view: TokenView, from: number, to: number, cues: SportsCues): boolean {
  for (let k = from, words = 0; k < to && words <= 2; k++) {
    const w = view.text(k);
    if (cues.rolesAfterPossessive.has(w.toLowerCase())) return true;
    if (w === '-') continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    words++;
  }
  return false;
}

/** The first token of a line or a sentence, or one right after a list's colon or a closing bracket. */
function startsListEntry(view: TokenView, first: number, sentenceStart: number, cues: SportsCues): boolean {
  if (first === sentenceStart || view.tokens.flags[first] & TOKEN_FLAGS.lineStart) return true;
  return first > 0 && cues.entryAfter.has(view.text(first - 1));
}

/**
 * "India's Leander Paes", "Natalia Karimova (Russia)", "Kenya's government": the country of another name
 * or the state, not a side; nor is the country of a dateline ("WIGAN, England 1996-08-31"). ("Benetton of Italy" is after a preposition.)
 */
function namesCountryOfOther(view: TokenView, d: Draft, cues: SportsCues): boolean {
  const prev = d.tokenStart - 1;
  const next = d.tokenEnd;
  const text = (i: number) => (i >= 0 && i < view.count ? view.text(i) : '');
  if (text(prev) === '(' && text(next) === ')') return true;
  if (text(prev) === ',' && DATE_OR_YEAR.test(text(next))) return true;
  // A possessive before a name ("India's Leander Paes") or the state ("Kenya's government"), not before
  // what a side has ("Belgium's best chance").
  if (!(next + 1 < view.count && view.isPossessive(next))) return false;
  const after = text(next + 1).toLowerCase();
  return cues.stateAfterPossessive.has(after) || (view.isCapitalized(next + 1) && !cues.rolesAfterPossessive.has(after));
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'across', 'around', 'throughout', 'of', 'into', 'visit', 'visited', 'toured', 'tour']);

function afterPlacePreposition(view: TokenView, d: Draft): boolean {
  const prev = d.tokenStart - 1;
  return prev >= 0 && view.sentence(prev) === d.sentence && PLACE_PREPOSITIONS.has(view.lower(prev));
}

const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'have', 'has', 'had', 'must', 'can', 'could', 'should', 'may', 'might']);
const DATE_OR_YEAR = /^(1[89]|20)\d\d([-/.]\d\d?[-/.]\d\d?)?$/;
