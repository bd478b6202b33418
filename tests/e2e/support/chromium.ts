import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (.notes/TEAM.md): never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags every browser test runs Chromium with (.notes/TEAM.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumOptions {
  /** Browser locale (navigator.language, Accept-Language); default 'zh-CN', the app's first language. */
  locale?: string;
  /** Viewport; default 1440×900, a laptop in the review room. */
  viewport?: { width: number; height: number };
}

export interface RunningChromium {
  browser: Browser;
  /** The one context the page lives in (fresh storage: no token, no language saved). */
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console.error messages, in order, as text. A test that expects a
   * clean run can end with `expect(errors).toEqual([])`. */
  errors: string[];
  /** Closes the browser (and so the context and page). Safe to call twice. */
  close(): Promise<void>;
}

/** Launches headless Chromium with one page, viewport 1440×900 and locale zh-CN by default.
 *
 *     const { page, errors, close } = await launchChromium();
 *     await page.goto(host.url);
 *     await page.getByTestId('nav-ranking').click();
 *     await page.screenshot({ path: 'ranking.png' });
 *     await close();
 *
 * Tests are type-checked by tsconfig.node.json, which has no DOM types: prefer locators
 * (getByTestId, getByRole), and give page.evaluate a string when it must touch the DOM,
 * e.g. `await page.evaluate('document.title')`.
 */
export async function launchChromium(opts: ChromiumOptions = {}): Promise<RunningChromium> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1440, height: 900 },
      locale: opts.locale ?? 'zh-CN',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
    });
    let closed = false;
    return {
      browser,
      context,
      page,
      errors,
      async close() {
        if (closed) return;
        closed = true;
        await browser.close();
      },
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
