/**
 * The report in a real browser: Debian's chromium (installed by scripts/install-browser.sh) driven by
 * playwright-core, on pages opened from file:// as an analyst would open them. When chromium is
 * missing, every test here fails and says how to install it: a skipped browser test would hide that
 * the report was never looked at.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.js';
import { runCli, tempDir } from '../helpers.js';
import { CHROMIUM, MISSING_BROWSER, launchChromium } from './browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const BOOKING_FIXTURE = path.join(repo, 'fixtures', 'xss-booking-plugin.txt');

let browser: (BrowserContext & { closeAll(): Promise<void> }) | null = null;
let report = '';
/** The same run without the hostile article, for the README's screenshots. */
let showcase = '';
let shots = '';
/** Every console error, page error, dialog and Content-Security-Policy violation of any page. */
const incidents: string[] = [];

function requireBrowser(): BrowserContext {
  if (!browser) throw new Error(MISSING_BROWSER);
  return browser;
}

function url(...parts: string[]): string {
  return pathToFileURL(path.join(report, ...parts)).href;
}

function articlePage(prefix: string, dir = report): string {
  const file = readdirSync(path.join(dir, 'articles')).find((f) => f.slice(6).startsWith(prefix));
  if (!file) throw new Error(`no article page for ${prefix}`);
  return pathToFileURL(path.join(dir, 'articles', file)).href;
}

async function openIndex(page: Page, hash = '', dir = report): Promise<void> {
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href + hash);
  await page.waitForSelector('#entities-data tbody tr[data-row]');
}

async function factRows(page: Page): Promise<string[]> {
  return page.$$eval('#facts-data tbody tr[data-row]', (rows) => rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').trim()).join(' | ')));
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  // The run: the report fixture (real pipeline output with facts added), plus the booking-plugin article
  // of fixtures/ as the pipeline processes it now.
  const dir = tempDir('newsfacts-report-browser-');
  copyFileSync(path.join(here, 'fixtures', 'docs.jsonl'), path.join(dir, 'docs.jsonl'));
  if (existsSync(BOOKING_FIXTURE)) {
    const extra = path.join(dir, 'booking');
    const r = await runCli(['run', BOOKING_FIXTURE, '--out', extra, '--workers', '1', '--quiet', '--format', 'jsonl']);
    if (r.status > 1) throw new Error(`the pipeline did not run on ${BOOKING_FIXTURE}: ${r.stderr}`);
    appendFileSync(path.join(dir, 'docs.jsonl'), readFileSync(path.join(extra, 'docs.jsonl')));
  }
  report = (await buildReport(dir)).dir;
  const clean = path.join(dir, 'showcase');
  mkdirSync(clean);
  const lines = readFileSync(path.join(dir, 'docs.jsonl'), 'utf8').trim().split('\n');
  writeFileSync(path.join(clean, 'docs.jsonl'), lines.filter((l) => !l.includes('"doc_id":"hostile/')).join('\n') + '\n');
  showcase = (await buildReport(clean)).dir;
  shots = path.join(dir, 'screenshots');
  mkdirSync(shots);
  browser = await launchChromium();
  // Counted in the page itself, so that a blocked inline script is caught even if it logs nothing.
  await browser.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__violations = ((window as any).__violations ?? 0) + 1;
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  browser.on('console', (m) => {
    if (m.type() === 'error') incidents.push(`console error on ${m.page()?.url()}: ${m.text()}`);
  });
  browser.on('weberror', (e) => incidents.push(`page error: ${e.error().message}`));
  browser.on('dialog', (d) => {
    incidents.push(`dialog "${d.type()}": ${d.message()}`);
    void d.dismiss();
  });
}, 120_000);

afterAll(async () => {
  await browser?.closeAll();
});

describe('report in headless chromium', () => {
  it('finds Debian chromium', () => {
    expect(existsSync(CHROMIUM), MISSING_BROWSER).toBe(true);
  });

  it('opens the index with no console error and fills the entities, facts and articles tables', async () => {
    const page = await requireBrowser().newPage();
    const before = incidents.length;
    await openIndex(page);
    const data = await page.evaluate(() => (window as any).NEWSFACTS_REPORT.run);
    expect(await page.locator('#entities-data tbody tr[data-row]').count()).toBe(Math.min(50, data.entities));
    expect(await factRows(page)).toHaveLength(Math.min(50, data.facts));
    expect(await page.locator('#articles-data tbody tr[data-row]').count()).toBe(data.documents);
    expect(await page.locator('svg.graph .node').count()).toBeGreaterThan(3);
    expect(incidents.slice(before)).toEqual([]);
    await page.close();
  });

  it('sorts and filters the entities table', async () => {
    const page = await requireBrowser().newPage();
    await openIndex(page);
    const mentions = () => page.$$eval('#entities-data tbody tr[data-row] td:nth-child(4)', (tds) => tds.map((td) => Number(td.textContent!.replace(/,/g, ''))));
    const desc = await mentions();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.click('#entities-data th:nth-child(4) button');
    const asc = await mentions();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(await page.getAttribute('#entities-data th:nth-child(4)', 'aria-sort')).toBe('ascending');
    await page.fill('#entities-filter', 'kishida');
    expect(await page.$$eval('#entities-data tbody tr[data-row] td:nth-child(2)', (tds) => tds.map((td) => td.textContent))).toEqual(['Fumio Kishida']);
    await page.fill('#entities-filter', '');
    await page.selectOption('#entities-type', 'COUNTRY');
    const types = await page.$$eval('#entities-data tbody tr[data-row] td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(types.length).toBeGreaterThan(2);
    expect(new Set(types)).toEqual(new Set(['Country']));
    await page.close();
  });

  it('filters the facts, the articles and the graph to the entity clicked, and clears the filter', async () => {
    const page = await requireBrowser().newPage();
    await openIndex(page);
    const all = await page.evaluate(() => (window as any).NEWSFACTS_REPORT.run.facts);
    await page.fill('#entities-filter', 'kishida');
    await page.click('#entities-data button[data-entity]');
    const rows = await factRows(page);
    expect(rows).toEqual([
      'traveled_to | Fumio Kishida | Hanoi | 2023-03-13 | Japan and Vietnam agree to build a deep-water port near Haiphong',
      'met | Fumio Kishida | Pham Minh Chinh | 2023-03-13 | Japan and Vietnam agree to build a deep-water port near Haiphong',
      'position_held | Fumio Kishida | Prime Minister of Japan |  | Japan and Vietnam agree to build a deep-water port near Haiphong',
    ]);
    expect(await page.textContent('#selection')).toMatch(/Facts about Fumio Kishida.*3 facts; 2 mentions in 1 article/);
    expect(await page.locator('#articles-data tbody tr[data-row]').count()).toBe(1);
    expect(page.url()).toMatch(/#entity=per%3Afumio-kishida$/);
    expect(await page.locator('svg.graph.focused .node.chosen').getAttribute('aria-label')).toBe('Fumio Kishida');

    // An entity named in the facts table selects that entity in turn.
    await page.click('#facts-data button:text-is("Pham Minh Chinh")');
    expect(await factRows(page)).toEqual([
      expect.stringMatching(/^met \| Fumio Kishida \| Pham Minh Chinh \|/),
      expect.stringMatching(/^announcednegatedreported \| Pham Minh Chinh \| start of work on the rail line \|/),
    ]);

    await page.click('#selection button.clear');
    expect(await factRows(page)).toHaveLength(Math.min(50, all));
    expect(await page.isHidden('#selection')).toBe(true);
    await page.close();
  });

  it('opens with the entity of the URL selected, as the article pages link to it', async () => {
    const page = await requireBrowser().newPage();
    await openIndex(page, '#entity=wd%3AQ881');
    expect(await page.textContent('#selection')).toMatch(/Facts about Vietnam/);
    expect((await factRows(page)).every((r) => r.includes('Vietnam'))).toBe(true);
    await page.close();
  });

  it('shows the article with its mentions highlighted by type, the entity on hover and the evidence of a selected fact', async () => {
    const page = await requireBrowser().newPage();
    const before = incidents.length;
    await page.goto(articlePage('port-visit-hanoi'));
    const doc = JSON.parse(readFileSync(path.join(here, 'fixtures', 'docs.jsonl'), 'utf8').split('\n')[0]);
    const marked = page.locator('#text .m');
    expect(await marked.count()).toBe(doc.mentions.length);
    // Highlighted: a tint behind the name and an underline whose style depends on the type.
    const look = (sel: string) =>
      page.$eval(sel, (e) => {
        const s = getComputedStyle(e);
        return { background: s.backgroundColor, line: s.textDecorationLine, style: s.textDecorationStyle };
      });
    const person = await look('#text .m.t-person');
    const country = await look('#text .m.t-country');
    expect(person.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(person.line).toBe('underline');
    expect([person.style, country.style]).toEqual(['solid', 'dashed']);

    await page.hover('#text .m.t-country >> text=Japan');
    await expect.poll(() => page.isVisible('#tip')).toBe(true);
    expect(await page.textContent('#tip')).toMatch(/^JapanCOUNTRY · Wikidata Q17/);
    // Every mention of the same entity lights up with it.
    expect(await page.locator('#text .m.same').count()).toBe(doc.mentions.filter((m: any) => m.entity_id === 'wd:Q17').length);

    await page.click('button.fact:has-text("met")');
    const met = doc.facts.find((f: any) => f.predicate === 'met');
    const selected = await page.$$eval('#text .ev.sel', (runs) => runs.map((r) => r.textContent).join(''));
    expect(selected).toBe(met.evidence);
    expect(await page.getAttribute('button.fact:has-text("met")', 'aria-pressed')).toBe('true');
    expect(await page.$eval('#text .ev.sel', (e) => getComputedStyle(e).backgroundColor)).toMatch(/^rgba\(240, 228, 66/);
    expect(incidents.slice(before)).toEqual([]);
    await page.close();
  });

  it('opens an article from the facts table with that fact selected', async () => {
    const page = await requireBrowser().newPage();
    await openIndex(page);
    await page.click('#facts-data tr:has-text("position_held") a');
    await page.waitForURL(/articles\/.*#fact=f3$/);
    await page.waitForSelector('button.fact[aria-pressed="true"]');
    expect(await page.textContent('button.fact[aria-pressed="true"]')).toContain('position_held');
    await page.close();
  });

  it('runs no script from hostile text, names, ids or links, and shows them as text', async () => {
    const page = await requireBrowser().newPage();
    const before = incidents.length;
    const pages = [articlePage('hostile'), url('index.html')];
    if (existsSync(BOOKING_FIXTURE)) pages.push(articlePage('xss-booking-plugin'));
    for (const address of pages) {
      await page.goto(address);
      if (address.endsWith('index.html')) {
        await page.fill('#entities-filter', 'solberg');
        await page.click('#entities-data button[data-entity]');
        await page.hover('svg.graph .node.chosen .mark');
      } else {
        for (const m of await page.locator('#text [data-tip]').all()) await m.hover();
        for (const b of await page.locator('button.fact').all()) await b.click();
      }
      // Give an onerror of an image that does not exist, or a deferred handler, the time to fire.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => [(window as any).__xss, (window as any).__violations])).toEqual([undefined, undefined]);
      expect(await page.locator('#text img, #text script, #text svg, .side img, .side script, #facts-data img').count()).toBe(0);
    }
    await page.goto(articlePage('hostile'));
    const text = await page.textContent('#text');
    expect(text).toContain("<script>window.__xss = 'script'</script>");
    expect(text).toContain(`<img src=x onerror="window.__xss='img'">`);
    expect(await page.textContent('dl.meta')).toContain("javascript:window.__xss='url'");
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    if (existsSync(BOOKING_FIXTURE)) {
      await page.goto(articlePage('xss-booking-plugin'));
      const booking = await page.textContent('#text');
      expect(booking).toContain('<script>alert(1)</script>');
      expect(booking).toContain('<img src=x onerror=alert(1)>');
      expect(booking).toContain('javascript:alert(document.cookie)');
    }
    expect(incidents.slice(before)).toEqual([]);
    await page.close();
  });

  it('writes a screenshot of each page type', async () => {
    const page = await requireBrowser().newPage();
    await page.setViewportSize({ width: 1400, height: 1100 });
    await openIndex(page, '#entity=per%3Afumio-kishida', showcase);
    const index = path.join(shots, 'report-index.png');
    await page.screenshot({ path: index });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(articlePage('port-visit-hanoi', showcase) + '#fact=f2');
    await page.waitForSelector('button.fact[aria-pressed="true"]');
    // Selecting a fact scrolls its evidence into view, smoothly; let that end before going back to the top.
    await page.waitForTimeout(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.hover('#text .m.t-person >> text=Fumio Kishida');
    await expect.poll(() => page.isVisible('#tip')).toBe(true);
    const article = path.join(shots, 'report-article.png');
    await page.screenshot({ path: article });
    for (const file of [index, article]) expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(path.join(repo, 'docs'), { recursive: true });
      copyFileSync(index, path.join(repo, 'docs', 'report-index.png'));
      copyFileSync(article, path.join(repo, 'docs', 'report-article.png'));
    }
    console.log(`report screenshots: ${shots}`);
    await page.close();
  });
});
