import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Draft } from './draft.js';
import type { TokenView } from './view.js';

/** data/kb/sports.json: what tells sports copy, and where in it a country's name is its team. */
export interface SportsCues {
  sportWords: ReadonlySet<string>;
  minSportWords: number;
  verbsAfter: ReadonlySet<string>;
  wordsBefore: ReadonlySet<string>;
  rolesAfterPossessive: ReadonlySet<string>;
  /** Lower case: places that field national teams though they are no ISO country ("england"). */
  teamPlaces: ReadonlySet<string>;
}

export function loadSportsCues(kbDir: string): SportsCues {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'sports.json'), 'utf8')) as {
    sportWords: { minSportWords: number; words: string[] };
    verbsAfter: { words: string[] };
    wordsBefore: { words: string[] };
    rolesAfterPossessive: { words: string[] };
    teamPlaces: { names: string[] };
  };
  const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    sportWords: set(file.sportWords.words),
    minSportWords: file.sportWords.minSportWords,
    verbsAfter: set(file.verbsAfter.words),
    wordsBefore: set(file.wordsBefore.words),
    rolesAfterPossessive: set(file.rolesAfterPossessive.words),
    teamPlaces: set(file.teamPlaces.names),
  };
}

/** Sports copy: enough words of the games themselves ("innings", "goalkeeper", "semi-final"). */
export function isSportsCopy(view: TokenView, cues: SportsCues): boolean {
  let seen = 0;
  for (let i = 0; i < view.count; i++) {
    const w = view.text(i);
    if (w.length > 2 && cues.sportWords.has(w.toLowerCase()) && ++seen >= cues.minSportWords) return true;
  }
  return false;
}

/**
 * In sports copy, a country's name that wins, loses, plays or scores is its national team, an
 * organisation ("Australia beat Sri Lanka by six wickets", "Belgium 2 Turkey 1", "against Brazil",
 * "England's captain"): such a COUNTRY mention becomes an ORGANIZATION of that name, with no kb_id,
 * since the team is not the country. Demonyms ("the Australian side") keep pointing at the country.
 */
export function nationalTeams(view: TokenView, drafts: Draft[], cues: SportsCues): Draft[] {
  const candidate = (d: Draft) =>
    d.source !== 'demonym' && !d.metonymy && (d.type === 'COUNTRY' || (d.type === 'PLACE' && cues.teamPlaces.has(view.doc.text.slice(d.start, d.end).toLowerCase())));
  if (!drafts.some(candidate) || !isSportsCopy(view, cues)) return drafts;
  return drafts.map((d) => (candidate(d) && playsAsTeam(view, d, cues) ? { ...d, type: 'ORGANIZATION', countries: undefined, kb: undefined } : d));
}

function playsAsTeam(view: TokenView, d: Draft, cues: SportsCues): boolean {
  const sentence = view.doc.sentences[d.sentence];
  const from = sentence ? sentence.tokenStart : 0;
  const to = sentence ? sentence.tokenEnd : view.count;
  const next = d.tokenEnd;
  const prev = d.tokenStart - 1;
  const lower = (i: number) => view.text(i).toLowerCase();
  // "Benetton of Italy beat Dinamo": the country qualifies another name.
  if (prev >= from && lower(prev) === 'of') return false;
  // "India's Leander Paes", "France's hosting of the World Cup": the country of a player or of an event.
  if (next < to && view.isPossessive(next)) return next + 1 < to && cues.rolesAfterPossessive.has(lower(next + 1));
  // A score right after the name, on a line of results: "Belgium 2 Turkey 1", "Australia 228-6"; not the
  // date of a dateline ("CHISINAU, Moldova 1996-08-31").
  if (next < to && view.isPos(next, 'NUM') && /^\d/.test(view.text(next)) && !DATE_OR_YEAR.test(view.text(next))) return true;
  if (next < to && cues.verbsAfter.has(lower(next))) return true;
  if (next + 1 < to && (lower(next) === 'will' || lower(next) === 'have' || lower(next) === 'had' || lower(next) === 'must') && cues.verbsAfter.has(lower(next + 1))) return true;
  return prev >= from && cues.wordsBefore.has(lower(prev));
}

const DATE_OR_YEAR = /^(1[89]|20)\d\d([-/.]\d\d?[-/.]\d\d?)?$/;
