/**
 * The form names are looked up and compared in: accents dropped, lower case, curly quotes straightened,
 * periods removed ("U.S." = "US"), spaces around hyphens removed ("Guinea - Bissau" = "Guinea-Bissau").
 */
export function foldName(s: string): string {
  let folded = foldCache.get(s);
  if (folded === undefined) {
    folded = fold(s);
    // Names recur across articles; the cache is bounded so that a long run cannot grow it without end.
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(s, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name's words for person matching: split at spaces and hyphens ("Kim Jong-Un" -> kim, jong, un). */
export function nameWords(s: string): string[] {
  return foldName(s)
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0);
}

/** True when the string starts with an upper-case letter. */
export function isCapitalized(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/**
 * The key a single token or a name's first or last word is indexed by: folded, without what follows an
 * apostrophe ("People's" and the token "People" both give "people"; "d'Ivoire" gives "d").
 */
export function wordKey(word: string): string {
  return foldName(word).replace(/'.*$/, '');
}

/** First and last word keys of a folded name ("guinea-bissau" -> guinea, bissau). */
export function edgeWordKeys(folded: string): [string, string] {
  const words = folded.split(/[\s-]+/);
  return [words[0].replace(/'.*$/, ''), words[words.length - 1].replace(/'.*$/, '')];
}
