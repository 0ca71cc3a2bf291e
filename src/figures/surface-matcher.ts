import { isSpace } from '../doc/span.js';

/**
 * Finds the longest of many surface forms ("km", "square kilometres", "US$", "per cent") that starts at
 * a given offset of a text, by walking a character trie: one step per character, whatever the number of
 * forms (an alternation regex of the same forms cost about 50 µs a lookup and was the costliest call of
 * the pipeline). `exact` forms keep their case (MB is not Mb); the others match in any case. A space
 * inside a loose form matches any run of white space; inside an exact form it may also be left out
 * ("US $" reads "US$"). A form never ends inside a word or a number.
 */
export interface SurfaceForm<T> {
  form: string;
  exact: boolean;
  value: T;
}

export interface SurfaceMatch<T> {
  values: T[];
  end: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
  /** The form ends on a letter or digit, so the text must not go on with one. */
  wordEnd: boolean;
}

const node = <T>(): TrieNode<T> => ({ next: new Map(), values: null, wordEnd: false });
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

export class SurfaceMatcher<T> {
  private readonly exact = node<T>();
  private readonly loose = node<T>();

  constructor(forms: Iterable<SurfaceForm<T>>) {
    for (const f of forms) {
      const words = f.form.trim().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      if (f.exact) {
        add(this.exact, words.join(' '), f.value);
        if (words.length > 1) add(this.exact, words.join(''), f.value);
      } else add(this.loose, words.join(' ').toLowerCase(), f.value);
    }
  }

  /** The longest form starting at `offset`, with every value registered for it. */
  match(text: string, offset: number): SurfaceMatch<T> | null {
    if (offset >= text.length) return null;
    const e = walk(this.exact, text, offset, false);
    const l = walk(this.loose, text, offset, true);
    if (!e) return l;
    if (!l || l.end < e.end) return e;
    if (l.end > e.end) return l;
    return { values: [...e.values, ...l.values.filter((v) => !e.values.includes(v))], end: e.end };
  }
}

function add<T>(root: TrieNode<T>, form: string, value: T): void {
  let n = root;
  for (const c of form) {
    let child = n.next.get(c);
    if (!child) n.next.set(c, (child = node<T>()));
    n = child;
  }
  n.values ??= [];
  if (!n.values.includes(value)) n.values.push(value);
  n.wordEnd = isWordChar([...form].pop()!);
}

function walk<T>(root: TrieNode<T>, text: string, offset: number, fold: boolean): SurfaceMatch<T> | null {
  let n = root;
  let i = offset;
  let best: SurfaceMatch<T> | null = null;
  while (i < text.length) {
    let c: string;
    let width: number;
    if (isSpace(text.charCodeAt(i))) {
      // A run of white space is one space of the form; a form never starts or ends with one.
      if (n === root) break;
      let j = i;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      c = ' ';
      width = j - i;
    } else {
      const code = text.codePointAt(i)!;
      c = String.fromCodePoint(code);
      width = c.length;
      if (fold) c = c.toLowerCase();
    }
    const child = n.next.get(c);
    if (!child) break;
    n = child;
    i += width;
    if (n.values && (!n.wordEnd || i >= text.length || !isWordChar(String.fromCodePoint(text.codePointAt(i)!)))) {
      best = { values: n.values, end: i };
    }
  }
  return best;
}
