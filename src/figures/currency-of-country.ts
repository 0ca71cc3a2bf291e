import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc } from '../doc/types.js';
import { KB_DIR } from '../entities/gazetteer/kb-dir.js';
import { currencySources } from './lexicon.js';

/**
 * An ambiguous currency name ("180 billion shillings": Kenyan, Ugandan, Tanzanian or Somali) is the
 * currency of the one country the article names among those whose currency has that name. The names
 * are the ones data/currencies.json leaves without a code; which country uses which currency comes from
 * world-countries; which entity is which country from data/kb/countries.json.
 */
export interface CurrencyOfCountry {
  /** Gives a MONEY figure with no currency the one its article's countries settle, if they settle one. */
  settle(doc: Doc): void;
}

export function loadCurrencyOfCountry(): CurrencyOfCountry {
  const { currencies, world } = currencySources();
  const kb = JSON.parse(readFileSync(path.join(KB_DIR, 'countries.json'), 'utf8')) as { countries: Record<string, { wikidata: string | null }> };
  /** A currency name's last word ("shilling" of "Kenyan shilling") -> country ISO alpha-2 -> ISO 4217 code. */
  const byLastWord = new Map<string, Map<string, string>>();
  for (const c of world) {
    for (const [code, currency] of Object.entries(c.currencies ?? {})) {
      const word = currency.name.toLowerCase().split(' ').pop()!;
      let users = byLastWord.get(word);
      if (!users) byLastWord.set(word, (users = new Map()));
      users.set(c.cca2, code);
    }
  }
  /** Each written form of an ambiguous name ("shilling", "shillings") -> the countries that use such a currency. */
  const usersOfForm = new Map<string, Map<string, string>>();
  for (const n of currencies.names) {
    const users = n.code === null ? byLastWord.get(n.name.toLowerCase()) : undefined;
    if (!users) continue;
    for (const form of [n.name, n.plural ?? `${n.name}s`]) usersOfForm.set(form.toLowerCase(), users);
  }
  const iso2ByKbId = new Map<string, string>();
  for (const [iso2, c] of Object.entries(kb.countries)) if (c.wikidata) iso2ByKbId.set(c.wikidata, iso2);

  return {
    settle(doc) {
      let named: Set<string> | null = null;
      for (const f of doc.figures) {
        if (f.kind !== 'MONEY' || f.unit !== null) continue;
        const users = usersOfForm.get(lastWord(doc.text.slice(f.start, f.end)));
        if (!users) continue;
        named ??= new Set(doc.entities.flatMap((e) => (e.type === 'COUNTRY' && e.kbId && iso2ByKbId.has(e.kbId) ? [iso2ByKbId.get(e.kbId)!] : [])));
        const codes = new Set([...named].flatMap((iso2) => (users.has(iso2) ? [users.get(iso2)!] : [])));
        if (codes.size === 1) f.unit = [...codes][0];
      }
    },
  };
}

function lastWord(text: string): string {
  const m = /([\p{L}]+)\W*$/u.exec(text);
  return m ? m[1].toLowerCase() : '';
}
