import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, safeWebUrl } from '../../src/report/escape.js';
import { articleFileName } from '../../src/report/file-names.js';

describe('escapeHtml', () => {
  it('escapes every character that can open a tag, an entity or leave a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&#96;&lt;/a&gt;');
  });

  it('renders null and undefined as nothing and numbers as text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(4.5)).toBe('4.5');
  });
});

describe('html template', () => {
  it('escapes interpolated values but keeps the markup written in the template', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(html`<b title="${name}">${name}</b>`.toString()).toBe(
      '<b title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</b>',
    );
  });

  it('inserts what another html call built as is, joins arrays and drops null, undefined and false', () => {
    const items = ['<i>', 'b&b'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}</ul>`.toString()).toBe('<ul><li>&lt;i&gt;</li><li>b&amp;b</li></ul>');
  });

  it('does not trust a plain string that merely looks like markup', () => {
    const fake = { toString: () => '<script>alert(1)</script>' };
    expect(html`${fake}`.toString()).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('safeWebUrl', () => {
  it('keeps http and https addresses', () => {
    expect(safeWebUrl('https://example.org/news/1?a=b')).toBe('https://example.org/news/1?a=b');
    expect(safeWebUrl(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses javascript:, data:, file: and what is not an absolute address', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '/relative', '', 42]) {
      expect(safeWebUrl(bad)).toBeNull();
    }
  });
});

describe('jsonForScript', () => {
  it('cannot close a script element and still parses back to the same value', () => {
    const value = { text: '</script><script>alert(1)</script>', sep: 'a\u2028b\u2029c' };
    const js = jsonForScript(value);
    expect(js).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(js)).toEqual(value);
  });
});

describe('articleFileName', () => {
  it('keeps a readable slug of the document id after its position', () => {
    expect(articleFileName(0, 'seeds/000_b12f')).toBe('00001-seeds-000_b12f.html');
    expect(articleFileName(41, 'summit-lisbon')).toBe('00042-summit-lisbon.html');
  });

  it('never lets an id leave the folder, hide an extension or carry markup', () => {
    for (const id of ['../../etc/passwd', '..', "<script>alert('x')</script>", 'a b/c\\d', 'évènement', '....html']) {
      const name = articleFileName(3, id);
      expect(name).toMatch(/^00004(-[A-Za-z0-9_][A-Za-z0-9._-]*)?\.html$/);
      expect(name).not.toContain('..');
    }
  });
});
