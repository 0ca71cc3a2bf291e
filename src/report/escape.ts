/**
 * The one way report pages turn values into HTML. Article text, names, ids and every other value that
 * comes from docs.jsonl are untrusted: a page is built only with the `html` template below, which escapes
 * every interpolated value unless it is already SafeHtml (the output of another `html` call).
 */

/** HTML that is safe to insert as is, because `html` built it. Never construct one from data. */
export class SafeHtml {
  readonly #html: string;
  private constructor(markup: string) {
    this.#html = markup;
  }
  toString(): string {
    return this.#html;
  }
  /** Only this module wraps strings; everyone else gets SafeHtml from `html`. */
  static fromTemplate(markup: string): SafeHtml {
    return new SafeHtml(markup);
  }
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Escapes text for an element's content or a quoted attribute value. Quotes and backticks are escaped
 * too, so the same helper is right in both places.
 */
export function escapeHtml(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s.replace(/[&<>"'`]/g, (c) => ENTITY[c]);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/**
 * Tagged template: `html\`<b>${name}</b>\`` escapes `name`; arrays are joined; null, undefined and false
 * render as nothing; SafeHtml is inserted as is. Attribute values must be written in double quotes.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return SafeHtml.fromTemplate(out);
}

/**
 * A link target from the data, or null when it is not a plain web address: `javascript:`, `data:` and
 * anything else that could run code or read local files never becomes an href.
 */
export function safeWebUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * JSON for a classic script file that assigns it to a global. `<` is escaped so that the text stays
 * harmless even if someone pastes it into an HTML page; U+2028/2029 keep older parsers happy.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
