import type { Doc } from '../../doc/types.js';
import type { GoldDoc } from '../gold.js';
import { normName, quote } from '../normalize.js';
import { addFound, addMissed, addWrong, emptyLayer, type LayerResult } from '../score.js';

/**
 * Each metadata field the gold gives is one item. Title and author compare as names (case, quotes and
 * spacing aside); the publication date compares at the gold's precision (gold 2019-04-25 accepts
 * 2019-04-25T16:28); the dateline compares its place and, when the gold gives one, its agency. A gold
 * `null` says the page has none: a value found there is wrong.
 */
export function scoreMetadata(doc: Doc, gold: GoldDoc): LayerResult {
  const result = emptyLayer();
  const m = doc.meta;
  const field = (name: string, expected: string | null | undefined, found: string | null, same: (a: string, b: string) => boolean) => {
    if (expected === undefined) return;
    if (expected === null) {
      if (found !== null) addWrong(result, { key: `${name}: ${quote(found)}`, hint: 'the page has none' });
      return;
    }
    if (found !== null && same(found, expected)) {
      addFound(result, { key: `${name}: ${quote(expected)}` });
      return;
    }
    addMissed(result, { key: `${name}: ${quote(expected)}`, hint: found === null ? 'none found' : `found ${quote(found)}` });
    if (found !== null) addWrong(result, { key: `${name}: ${quote(found)}` });
  };
  const sameName = (a: string, b: string) => normName(a) === normName(b);
  field('title', gold.metadata.title, m.title?.value ?? null, sameName);
  field('published', gold.metadata.published, m.published?.value ?? null, (found, expected) => found.startsWith(expected));
  field('author', gold.metadata.author, m.author?.value ?? null, sameName);
  const dl = gold.metadata.dateline;
  const showDateline = (place: string, agency: string | null | undefined) => (agency ? `${place} (${agency})` : place);
  field(
    'dateline',
    dl === undefined ? undefined : dl === null ? null : showDateline(dl.place, dl.agency),
    m.dateline ? showDateline(m.dateline.place, m.dateline.agency) : null,
    () => Boolean(
      dl && m.dateline && sameName(m.dateline.place, dl.place) &&
        (dl.agency === undefined || (dl.agency === null ? m.dateline.agency === null : m.dateline.agency !== null && sameName(m.dateline.agency, dl.agency))),
    ),
  );
  return result;
}
