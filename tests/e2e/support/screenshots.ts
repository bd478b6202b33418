import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the browser tests save the screenshots of docs/screenshots: only when
 * KAOPING_SCREENSHOTS names a folder (`KAOPING_SCREENSHOTS=docs/screenshots npm run test:e2e`),
 * so an ordinary test run never rewrites files of the work tree. */
export const SCREENSHOT_DIR: string | null = process.env.KAOPING_SCREENSHOTS || null;

/** Saves `<file>` into SCREENSHOT_DIR, or does nothing when screenshots are off. */
export async function saveScreenshot(page: Page, file: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, file) });
}
