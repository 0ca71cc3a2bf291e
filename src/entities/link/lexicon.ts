import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Title and role words (data/kb/roles.json), lower case, without a trailing period. */
export interface RoleLexicon {
  /** head word -> its class ("leader", "government", ...). */
  heads: ReadonlyMap<string, string>;
  modifiers: ReadonlySet<string>;
  /** Ranks that name their holder in a style "<rank> of <place>" ("the Duchess of Cambridge"). */
  styles: ReadonlySet<string>;
}

interface RolesFile {
  heads: { class: string; words: string[] }[];
  modifiers: { words: string[] };
  styles: { words: string[] };
}

export function loadRoleLexicon(kbDir: string): RoleLexicon {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'roles.json'), 'utf8')) as RolesFile;
  const heads = new Map<string, string>();
  for (const h of file.heads) for (const w of h.words) heads.set(w.toLowerCase(), h.class);
  return { heads, modifiers: new Set(file.modifiers.words.map((w) => w.toLowerCase())), styles: new Set(file.styles.words.map((w) => w.toLowerCase())) };
}

/** A role word as it is looked up: lower case, a trailing period dropped ("Gen." -> "gen"). */
export function roleKey(token: string): string {
  return token.toLowerCase().replace(/\.$/, '');
}

/** Head nouns that make a MISC name an EVENT (data/kb/events.json). */
export function loadEventHeads(kbDir: string): ReadonlySet<string> {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'events.json'), 'utf8')) as { heads: { words: string[] }[] };
  return new Set(file.heads.flatMap((h) => h.words.map((w) => w.toLowerCase())));
}

/**
 * data/kb/place-heads.json: head words of geographic names ("River", "Lake", "Strait", "Mountains"), and
 * among them those that end no person's name (`overridePerson`: "Strait", "Shoal").
 */
export function loadPlaceHeads(kbDir: string): { placeHeads: ReadonlySet<string>; personPlaceHeads: ReadonlySet<string> } {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'place-heads.json'), 'utf8')) as { heads: { words: string[] }[]; overridePerson?: { words: string[] } };
  return {
    placeHeads: new Set(file.heads.flatMap((h) => h.words.map((w) => w.toLowerCase()))),
    personPlaceHeads: new Set((file.overridePerson?.words ?? []).map((w) => w.toLowerCase())),
  };
}

/** data/kb/places.json: names known only as places ("north dakota", "beverly hills"), folded. */
export function loadPlaceNames(kbDir: string): ReadonlySet<string> {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'places.json'), 'utf8')) as { names: string[] };
  return new Set(file.names);
}

/** data/kb/adjectives.json: words known only as adjectives ("legendary"), lower case. */
export function loadAdjectives(kbDir: string): ReadonlySet<string> {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'adjectives.json'), 'utf8')) as { words: string[] };
  return new Set(file.words);
}

/** Designator heads of organisation names (data/kb/org-heads.json): "Maritime", "Holdings", "Ltd", "Directorate". */
export interface OrgHeads {
  /** Every head: makes a person span that ends in it an organisation ("Halvorsen Maritime"). */
  all: ReadonlySet<string>;
  /** Heads that no place name ends in: they also make a place span an organisation ("Kenya Railways"). */
  overPlace: ReadonlySet<string>;
  /** Heads of bodies named after a place with "of" ("University of Bergen", "Bank of England"). */
  ofPlace: ReadonlySet<string>;
}

export function loadOrgHeads(kbDir: string): OrgHeads {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'org-heads.json'), 'utf8')) as { heads: { words: string[]; overridesPlace: boolean; ofPlace?: boolean }[] };
  const all = new Set<string>();
  const overPlace = new Set<string>();
  const ofPlace = new Set<string>();
  for (const h of file.heads) {
    for (const w of h.words) {
      all.add(w.toLowerCase());
      if (h.overridesPlace) overPlace.add(w.toLowerCase());
      if (h.ofPlace) ofPlace.add(w.toLowerCase());
    }
  }
  return { all, overPlace, ofPlace };
}
