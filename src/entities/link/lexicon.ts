import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Title and role words (data/kb/roles.json), lower case, without a trailing period. */
export interface RoleLexicon {
  /** head word -> its class ("leader", "government", ...). */
  heads: ReadonlyMap<string, string>;
  modifiers: ReadonlySet<string>;
}

interface RolesFile {
  heads: { class: string; words: string[] }[];
  modifiers: { words: string[] };
}

export function loadRoleLexicon(kbDir: string): RoleLexicon {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'roles.json'), 'utf8')) as RolesFile;
  const heads = new Map<string, string>();
  for (const h of file.heads) for (const w of h.words) heads.set(w.toLowerCase(), h.class);
  return { heads, modifiers: new Set(file.modifiers.words.map((w) => w.toLowerCase())) };
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

/** Head words of geographic names (data/kb/place-heads.json): "River", "Lake", "Strait", "Mountains". */
export function loadPlaceHeads(kbDir: string): ReadonlySet<string> {
  const file = JSON.parse(readFileSync(path.join(kbDir, 'place-heads.json'), 'utf8')) as { heads: { words: string[] }[] };
  return new Set(file.heads.flatMap((h) => h.words.map((w) => w.toLowerCase())));
}
