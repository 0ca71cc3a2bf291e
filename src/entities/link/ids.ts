import type { EntityType } from '../../doc/types.js';
import { nameWords } from '../gazetteer/fold.js';
import { phoneticCode } from './similarity.js';

const TYPE_PREFIX: Record<EntityType, string> = { PERSON: 'per', ORGANIZATION: 'org', COUNTRY: 'cty', PLACE: 'plc', EVENT: 'evt' };

/**
 * The id of an entity, the same in every document and run:
 * - with a kb id: `wd:` + the Wikidata id (`wd:Q159` for Russia, whatever the type or the name used);
 * - without: the type's prefix and, for each word of the canonical name (folded, split at spaces and
 *   hyphens), its first two letters followed by its Double Metaphone primary code, joined by dots:
 *   "Sergey Shoygu" and "Sergei Shoigu" both give `per:sesrk.shxk`; "Kim Jong-Un" gives
 *   `per:kikm.jojnk.unan` and "Kim Jong-Il" `per:kikm.jojnk.ilal`.
 * Two spellings seen in different documents therefore share an id when they have the same type, as many
 * words, and every word the same first two letters (the prefix Jaro-Winkler rewards) and the same
 * phonetic code. The key is phonetic, so an unrelated name can collide with it ("Shake" gives `shxk`
 * too); within one document such names stay apart (see sameNameWord) and the later one gets a suffix.
 */
export function entityId(type: EntityType, canonicalName: string, kbId: string | null): string {
  if (kbId) return `wd:${kbId}`;
  const cacheKey = `${type}\u0000${canonicalName}`;
  let id = idCache.get(cacheKey);
  if (id === undefined) {
    const words = nameWords(canonicalName);
    const key = words.map((w) => (/^[0-9]+$/.test(w) ? w : `${w.slice(0, 2)}${phoneticCode(w).toLowerCase()}`)).join('.');
    id = `${TYPE_PREFIX[type]}:${key || 'unnamed'}`;
    // Names recur across articles; bounded so that a long run cannot grow it without end.
    if (idCache.size > 100_000) idCache.clear();
    idCache.set(cacheKey, id);
  }
  return id;
}

const idCache = new Map<string, string>();
