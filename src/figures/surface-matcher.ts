/**
 * Finds the longest of many surface forms ("km", "square kilometres", "US$", "per cent") that starts at
 * a given offset of a text. Forms are grouped by their first letter into one regular expression each,
 * longest first, so that a lookup costs one anchored regex test. `exact` forms keep their case (MB is
 * not Mb); the others match in any case. A form never ends inside a word or a number.
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

interface Group<T> {
  exact: RegExp | null;
  loose: RegExp | null;
  byExact: Map<string, T[]>;
  byLoose: Map<string, T[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const exactKey = (s: string) => s.replace(/\s+/g, '');
const looseKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export class SurfaceMatcher<T> {
  private readonly groups = new Map<string, Group<T>>();

  constructor(forms: Iterable<SurfaceForm<T>>) {
    const pending = new Map<string, { exact: SurfaceForm<T>[]; loose: SurfaceForm<T>[] }>();
    for (const f of forms) {
      if (!f.form) continue;
      const key = f.form[0].toLowerCase();
      let p = pending.get(key);
      if (!p) pending.set(key, (p = { exact: [], loose: [] }));
      (f.exact ? p.exact : p.loose).push(f);
    }
    for (const [key, p] of pending) {
      const g: Group<T> = { exact: null, loose: null, byExact: new Map(), byLoose: new Map() };
      for (const f of p.exact) push(g.byExact, exactKey(f.form), f.value);
      for (const f of p.loose) push(g.byLoose, looseKey(f.form), f.value);
      // A space inside a symbol may be left out ("US $" also reads "US$"); inside a name it may be any run of spaces.
      if (p.exact.length) g.exact = compile([...new Set(p.exact.map((f) => f.form))], (s) => s.split(/\s+/).map(escape).join('\\s?'), '');
      if (p.loose.length) g.loose = compile([...new Set(p.loose.map((f) => f.form.toLowerCase()))], (s) => s.split(/\s+/).map(escape).join('\\s+'), 'i');
      this.groups.set(key, g);
    }
  }

  /** The longest form starting at `offset`, with every value registered for it. */
  match(text: string, offset: number): SurfaceMatch<T> | null {
    const c = text[offset];
    if (c === undefined) return null;
    const g = this.groups.get(c.toLowerCase());
    if (!g) return null;
    let best: SurfaceMatch<T> | null = null;
    if (g.exact) {
      g.exact.lastIndex = offset;
      const m = g.exact.exec(text);
      const values = m ? g.byExact.get(exactKey(m[0])) : undefined;
      if (m && values) best = { values, end: offset + m[0].length };
    }
    if (g.loose) {
      g.loose.lastIndex = offset;
      const m = g.loose.exec(text);
      const values = m ? g.byLoose.get(looseKey(m[0])) : undefined;
      if (m && values && (!best || offset + m[0].length > best.end)) best = { values, end: offset + m[0].length };
      else if (m && values && best && offset + m[0].length === best.end) best = { values: [...best.values, ...values], end: best.end };
    }
    return best;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function compile(forms: string[], toPattern: (s: string) => string, flags: string): RegExp {
  forms.sort((a, b) => b.length - a.length);
  // A form ends where a word or a number ends: "km" is not the start of "kms2", "m" not the start of "mph".
  const lastIsWordChar = (s: string) => /[\p{L}\p{N}]$/u.test(s);
  const alternatives = forms.map((f) => toPattern(f) + (lastIsWordChar(f) ? '(?![\\p{L}\\p{N}])' : ''));
  return new RegExp(`(?:${alternatives.join('|')})`, `y${flags}u`);
}
