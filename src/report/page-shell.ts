import { html, type SafeHtml } from './escape.js';

/**
 * The Content-Security-Policy every page carries: scripts and styles only from the report's own files
 * (no inline script, no inline event handler, no `javascript:` URL can run even if some text slipped
 * through unescaped), no network requests, no plugins, no forms, no <base> rewriting.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

export interface PageOptions {
  title: string;
  /** Path from the page to the report folder: '' for index.html, '../' for an article page. */
  root: '' | '../';
  /** Scripts of the report, relative to the report folder. */
  scripts: readonly string[];
  bodyClass: string;
  body: SafeHtml;
}

export function renderPage(p: PageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
<link rel="stylesheet" href="${p.root}assets/report.css">
</head>
<body class="${p.bodyClass}">
${p.body}
${p.scripts.map((s) => html`<script src="${p.root}${s}"></script>\n`)}</body>
</html>
`.toString();
}
