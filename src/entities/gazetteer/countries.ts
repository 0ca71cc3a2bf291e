import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { edgeWordKeys, foldName } from './fold.js';
import { KB_DIR } from './kb-dir.js';

const require = createRequire(import.meta.url);

export interface Capital {
  name: string;
  kbId: string | null;
}

export interface Country {
  iso2: string;
  /** world-countries' common English name ("North Korea", "United States"). */
  name: string;
  kbId: string | null;
  independent: boolean;
  capitals: Capital[];
}

/**
 * Country names, demonyms and capitals, folded (see foldName) to the ISO codes they may mean. A list of more
 * than one code is an ambiguous name ("Korea", "Congolese") that the article has to settle.
 */
export interface CountryGazetteer {
  countries: ReadonlyMap<string, Country>;
  /** Every name a location span may carry: common, official, alternative spellings, curated aliases. */
  names: ReadonlyMap<string, readonly string[]>;
  /** The English names safe to add where the tagger found nothing (no native spellings, no person names). */
  scanNames: ReadonlyMap<string, readonly string[]>;
  /** Demonyms, singular and plural ("North Korean", "Russians"). */
  demonyms: ReadonlyMap<string, readonly string[]>;
  /** Capitals, for typing and for capital-as-actor metonymy; `kbId` only where a source gives it. */
  capitals: ReadonlyMap<string, { iso2: string; capital: Capital }>;
  /** Capitals safe to add where the tagger found nothing: not a person's name, not a country's name. */
  scanCapitals: ReadonlyMap<string, { iso2: string; capital: Capital }>;
  /** Short forms of capitals used only to recognise metonymy ("Washington says"), never to give a kb id. */
  metonymyCapitals: ReadonlyMap<string, string>;
  /** Longest scan name or demonym, in words: bounds the scanner's look-ahead. */
  maxScanWords: number;
  /**
   * First and last word keys (wordKey) of every name, demonym and capital, to the most words a name with
   * that first (last) word has: a token whose key is not here starts (ends) no name, so most tokens cost
   * one lookup.
   */
  firstWords: ReadonlyMap<string, number>;
  lastWords: ReadonlyMap<string, number>;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

interface KbCountries {
  countries: Record<string, { name: string; wikidata: string | null; capitals?: { name: string; wikidata: string }[] }>;
}

interface AliasFile {
  names: { name: string; country?: string; countries?: string[] }[];
  demonyms: { words: string[]; country?: string; countries?: string[] }[];
  capitalsForMetonymy?: { name: string; country: string }[];
  notAlone: { names: string[] };
}

/** Why a demonym takes no "-s" plural: "the French", "the Swiss", "the Chinese", "Malagasy", "Icelandic". */
const NO_S_PLURAL = /(ese|ish|sh|ss|ench|utch|ais|ois|sy|ic|z|x)$/i;

function addTo(map: Map<string, string[]>, key: string, iso2: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [iso2]);
  else if (!list.includes(iso2)) list.push(iso2);
}

/** A list name ("Korea, Republic of", "Bolivia (Plurinational State of)") is no way to write a name in a sentence. */
function isRunningTextName(name: string): boolean {
  return !/[,()[\]]/.test(name);
}

export function loadCountryGazetteer(kbDir: string = KB_DIR): CountryGazetteer {
  const world = require('world-countries/countries.json') as WorldCountry[];
  const i18n = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
  const english = i18n.getNames('en', { select: 'all' });
  const kb = JSON.parse(readFileSync(path.join(kbDir, 'countries.json'), 'utf8')) as KbCountries;
  const aliases = JSON.parse(readFileSync(path.join(kbDir, 'country-aliases.json'), 'utf8')) as AliasFile;
  const notAlone = new Set(aliases.notAlone.names.map(foldName));

  const countries = new Map<string, Country>();
  const names = new Map<string, string[]>();
  const scanNames = new Map<string, string[]>();
  const demonyms = new Map<string, string[]>();
  const capitals = new Map<string, { iso2: string; capital: Capital }>();

  for (const w of world) {
    const k = kb.countries[w.cca2];
    const caps: Capital[] = (w.capital ?? []).map((name) => ({ name, kbId: k?.capitals?.find((c) => c.name === name)?.wikidata ?? null }));
    countries.set(w.cca2, { iso2: w.cca2, name: w.name.common, kbId: k?.wikidata ?? null, independent: w.independent === true, capitals: caps });
    const english_ = [w.name.common, w.name.official, ...(english[w.cca2] ?? [])].filter(isRunningTextName);
    for (const n of english_) {
      addTo(names, foldName(n), w.cca2);
      if (!notAlone.has(foldName(n))) addTo(scanNames, foldName(n), w.cca2);
    }
    for (const alt of w.altSpellings) {
      // The ISO codes themselves ("KP", "RU") are listed as alternative spellings; only English abbreviations
      // that i18n-iso-countries also gives ("US", "UK", "UAE") count as names.
      if (alt === w.cca2 || alt === w.cca3 || !isRunningTextName(alt)) continue;
      addTo(names, foldName(alt), w.cca2);
    }
    for (const d of new Set([w.demonyms?.eng?.m, w.demonyms?.eng?.f])) {
      if (!d) continue;
      addTo(demonyms, foldName(d), w.cca2);
      if (!NO_S_PLURAL.test(d)) addTo(demonyms, foldName(`${d}s`), w.cca2);
    }
    for (const c of caps) if (!capitals.has(foldName(c.name))) capitals.set(foldName(c.name), { iso2: w.cca2, capital: c });
  }
  for (const a of aliases.names) {
    for (const iso2 of a.countries ?? [a.country!]) {
      addTo(names, foldName(a.name), iso2);
      addTo(scanNames, foldName(a.name), iso2);
    }
  }
  for (const d of aliases.demonyms) for (const word of d.words) for (const iso2 of d.countries ?? [d.country!]) addTo(demonyms, foldName(word), iso2);
  // A plural rule can make a word that is a country's name ("Lao" + s = "Laos"): the name wins.
  for (const key of [...demonyms.keys()]) if (names.has(key)) demonyms.delete(key);

  // Where one word names a sovereign state and a dependency ("French": France and its southern lands;
  // "American": the United States and the Northern Marianas), it means the sovereign state.
  const preferIndependent = (map: Map<string, string[]>) => {
    for (const [key, list] of map) {
      if (list.length < 2) continue;
      const independent = list.filter((c) => countries.get(c)?.independent);
      if (independent.length === 1) map.set(key, independent);
    }
  };
  preferIndependent(names);
  preferIndependent(scanNames);
  preferIndependent(demonyms);

  const scanCapitals = new Map<string, { iso2: string; capital: Capital }>();
  for (const [key, v] of capitals) if (!notAlone.has(key) && !names.has(key)) scanCapitals.set(key, v);

  const metonymyCapitals = new Map<string, string>();
  for (const [key, v] of capitals) metonymyCapitals.set(key, v.iso2);
  for (const c of aliases.capitalsForMetonymy ?? []) metonymyCapitals.set(foldName(c.name), c.country);

  let maxScanWords = 1;
  const firstWords = new Map<string, number>();
  const lastWords = new Map<string, number>();
  for (const key of [...names.keys(), ...demonyms.keys(), ...capitals.keys(), ...metonymyCapitals.keys()]) {
    const words = key.split(/[\s-]+/).length;
    maxScanWords = Math.max(maxScanWords, words);
    const [first, last] = edgeWordKeys(key);
    // A native name whose edge word is only an apostrophe's tail ("kuki 'airani") gives an empty key, which
    // would match a token with no letters: "Kiribati ." read as "Kiribati" with its full stop.
    if (!first || !last) continue;
    firstWords.set(first, Math.max(words, firstWords.get(first) ?? 0));
    lastWords.set(last, Math.max(words, lastWords.get(last) ?? 0));
  }
  return { countries, names, scanNames, demonyms, capitals, scanCapitals, metonymyCapitals, maxScanWords, firstWords, lastWords };
}
