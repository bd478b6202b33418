/** Support for the browser tests (tests/e2e/*.test.ts): the browser host on a temporary
 * database, and Debian's Chromium driven by playwright-core. */
export { startBrowserHost, RENDERER_DIR, DEMO_WORKBOOK, type BrowserHostOptions, type RunningBrowserHost } from './browser-host';
export { launchChromium, CHROMIUM_FLAGS, CHROMIUM_PATH, type ChromiumOptions, type RunningChromium } from './chromium';
export { saveScreenshot, SCREENSHOT_DIR } from './screenshots';
