/**
 * Debian's chromium, driven by playwright-core. The browser is installed by scripts/install-browser.sh
 * (apt-get), never downloaded by the test tool: playwright-core has no browser of its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const MISSING_BROWSER = `${CHROMIUM} is not installed: run scripts/install-browser.sh (it installs Debian's chromium with apt-get), then run the tests again`;

/** A headless chromium with a new, empty profile that is deleted on close; no network services of its own. */
export async function launchChromium(): Promise<BrowserContext & { closeAll(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_BROWSER);
  const profile = mkdtempSync(path.join(tmpdir(), 'newsfacts-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = context.close.bind(context);
  return Object.assign(context, {
    async closeAll() {
      await close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}
