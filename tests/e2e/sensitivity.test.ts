import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, SCREENSHOT_DIR, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The sensitivity screen on the demo county in Chromium against the browser host: Monte Carlo
 * in the worker with a fixed seed gives the table the service computes for the same seed;
 * cancel stops a run; stability and sweep charts draw. With KAOPING_SCREENSHOTS=<folder> the
 * charts are saved as sensitivity-<chart>-<zh|en>.png. */

let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
const SCHEME = '考核方案';

/** The input of an antd InputNumber carrying the test id (the id may sit on the input itself). */
async function numberInput(testId: string): Promise<Locator> {
  const el = page.getByTestId(testId);
  return (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
}

async function setNumber(testId: string, value: number): Promise<void> {
  const input = await numberInput(testId);
  await input.fill(String(value));
  await input.press('Tab');
}

async function shootChart(testId: string, file: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  const chart = page.getByTestId(testId);
  await chart.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await chart.screenshot({ path: join(SCREENSHOT_DIR, file) });
}

/** The controls and the run's summary, down to the first chart (the choices shown). */
async function shootControls(file: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  await page.getByTestId('sensitivity-view').evaluate((e) => e.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const view = await page.getByTestId('sensitivity-view').boundingBox();
  const chart = await page.getByTestId('chart-rank-intervals').boundingBox();
  if (!view || !chart) return;
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), clip: { x: view.x, y: view.y, width: view.width, height: chart.y - view.y } });
}

beforeAll(async () => {
  host = await startBrowserHost();
  // Grades whose bounds fall inside the county's totals, with a quota, so probabilities spread.
  const totals = (await host.service.score({ options: {} })).rows.map((r) => r.total!).sort((a, b) => b - a);
  const at = (q: number) => Math.round(totals[Math.floor(q * totals.length)] * 100) / 100;
  await host.service.saveScheme({
    name: SCHEME,
    note: null,
    scheme: { grades: { labels: ['优秀', '良好', '一般', '较差'], thresholds: [at(0.1), at(0.4), at(0.8)], quotas: [{ grade: '优秀', share: 0.1 }] } },
  });
  await host.service.setBaselineScheme({ name: SCHEME });
  browser = await launchChromium();
  page = browser.page;
  // Tall enough that the longest chart (one bar per weighted node) fits for its screenshot.
  await page.setViewportSize({ width: 1440, height: 1400 });
  await page.goto(host.url);
  await page.getByTestId('nav-sensitivity').click();
  await page.getByTestId('sensitivity-view').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

async function runMonteCarlo(samples: number, seed: number): Promise<void> {
  await setNumber('mc-samples', samples);
  await setNumber('mc-seed', seed);
  await setNumber('mc-noise', 0.25);
  await setNumber('mc-topk', 10);
  await page.getByTestId('mc-run').click();
  await expect.poll(() => page.getByTestId('mc-summary').innerText(), { timeout: 60_000 }).toContain(String(samples));
}

describe('Monte Carlo in the worker', () => {
  it('gives, for a fixed seed, the table the service computes', async () => {
    await runMonteCarlo(400, 11);
    const expected = await host.service.sensitivity({ scheme: SCHEME, samples: 400, noise: 0.25, seed: 11, topK: 10, choices: [] });
    const byUnit = new Map(expected.units.map((u) => [u.unit, u]));
    const rows = await page.getByTestId('mc-table').locator('.ant-table-row').all();
    expect(rows.length).toBe(50); // the first page
    let spread = 0;
    for (const row of rows) {
      const unit = (await row.getAttribute('data-row-key'))!;
      const u = byUnit.get(unit)!;
      const cells = await row.locator('td').allInnerTexts();
      // nominal, name, median, q05, q95, one column per grade, top k
      expect(cells).toEqual([
        String(u.nominal),
        u.name,
        String(u.median),
        String(u.q05),
        String(u.q95),
        ...u.gradeProbability.map(pct),
        pct(u.topK),
      ]);
      if (u.q95! > u.q05!) spread++;
    }
    expect(spread).toBeGreaterThan(0);
    await page.getByTestId('chart-rank-intervals').locator('canvas').first().waitFor();
    await page.getByTestId('chart-grade-probability').locator('canvas').first().waitFor();
    await shootChart('chart-rank-intervals', 'sensitivity-intervals-zh.png');
    await shootChart('chart-grade-probability', 'sensitivity-grades-zh.png');
  });

  it('draws the stability bars and the one-at-a-time sweep', async () => {
    await page.getByTestId('stability-compute').click();
    await page.getByTestId('chart-stability').locator('canvas').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('chart-sweep').locator('canvas').first().waitFor({ timeout: 60_000 });
    await shootChart('chart-stability', 'sensitivity-stability-zh.png');
    await shootChart('chart-sweep', 'sensitivity-sweep-zh.png');
  });

  it('draws the aggregation too when asked, as the service does', async () => {
    await page.getByTestId('mc-choices').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'TOPSIS' }).click();
    await page.keyboard.press('Escape');
    await runMonteCarlo(300, 5);
    const expected = await host.service.sensitivity({ scheme: SCHEME, samples: 300, noise: 0.25, seed: 5, topK: 10, choices: [{ aggregate: 'topsis' }] });
    const weightsOnly = await host.service.sensitivity({ scheme: SCHEME, samples: 300, noise: 0.25, seed: 5, topK: 10, choices: [] });
    expect(expected.units).not.toEqual(weightsOnly.units); // the choice matters here
    const byUnit = new Map(expected.units.map((u) => [u.unit, u]));
    for (const row of (await page.getByTestId('mc-table').locator('.ant-table-row').all()).slice(0, 20)) {
      const u = byUnit.get((await row.getAttribute('data-row-key'))!)!;
      expect((await row.locator('td').allInnerTexts()).slice(2, 5)).toEqual([String(u.median), String(u.q05), String(u.q95)]);
    }
    // back to weights only
    await page.getByTestId('mc-choices').locator('.ant-select-clear').click({ force: true });
  });

  it('draws the scoring method too when asked, as the engine does with the same seed', async () => {
    await page.getByTestId('mc-method-choices').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '标准分数' }).click();
    await page.keyboard.press('Escape');
    await runMonteCarlo(300, 5);
    const expected = await host.service.sensitivity({ scheme: SCHEME, samples: 300, noise: 0.25, seed: 5, topK: 10, choices: [{ scoring: 'zscore' }] });
    const weightsOnly = await host.service.sensitivity({ scheme: SCHEME, samples: 300, noise: 0.25, seed: 5, topK: 10, choices: [] });
    const quantiles = (units: typeof expected.units) => units.map((u) => [u.median, u.q05, u.q95]);
    expect(quantiles(expected.units)).not.toEqual(quantiles(weightsOnly.units)); // z-scores move ranks
    const byUnit = new Map(expected.units.map((u) => [u.unit, u]));
    const rows = await page.getByTestId('mc-table').locator('.ant-table-row').all();
    expect(rows.length).toBe(50);
    for (const row of rows) {
      const u = byUnit.get((await row.getAttribute('data-row-key'))!)!;
      expect((await row.locator('td').allInnerTexts()).slice(2)).toEqual([
        String(u.median),
        String(u.q05),
        String(u.q95),
        ...u.gradeProbability.map(pct),
        pct(u.topK),
      ]);
    }
    expect(await page.getByTestId('mc-drawn-among').innerText()).toContain('标准分数');
    await shootControls('sensitivity-choices-zh.png');
    // back to weights only
    await page.getByTestId('mc-method-choices').locator('.ant-select-clear').click({ force: true });
  });

  it('stops a run on cancel', async () => {
    await setNumber('mc-samples', 10000);
    await page.getByTestId('mc-run').click();
    await page.getByTestId('mc-progress').waitFor();
    await page.getByTestId('mc-cancel').click();
    await page.getByTestId('mc-cancelled').waitFor();
    expect(await page.getByTestId('mc-progress').count()).toBe(0);
  });

  it('speaks English too', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('mc-method-choices').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Within each category' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Percentile rank' }).click();
    await page.keyboard.press('Escape');
    await runMonteCarlo(400, 11);
    expect(await page.getByTestId('mc-drawn-among').innerText()).toBe(
      'Each draw picks the scheme itself or one of these 2 choices with equal probability: Within each category, Percentile rank.',
    );
    await shootControls('sensitivity-choices-en.png');
    await page.getByTestId('mc-method-choices').locator('.ant-select-clear').click({ force: true });
    await runMonteCarlo(400, 11);
    const headers = await page.getByTestId('mc-table').locator('.ant-table-thead th').allInnerTexts();
    expect(headers.slice(0, 5)).toEqual(['Nominal rank', 'Unit', 'Median rank', '5th percentile', '95th percentile']);
    await shootChart('chart-rank-intervals', 'sensitivity-intervals-en.png');
    await shootChart('chart-grade-probability', 'sensitivity-grades-en.png');
    await page.getByTestId('stability-compute').click();
    await page.getByTestId('chart-stability').locator('canvas').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('chart-sweep').locator('canvas').first().waitFor({ timeout: 60_000 });
    await shootChart('chart-stability', 'sensitivity-stability-en.png');
    await shootChart('chart-sweep', 'sensitivity-sweep-en.png');
    await page.getByTestId('lang-switch').click();
  });

  it('can run on the standard computation when no scheme is stored', async () => {
    await host.service.setBaselineScheme({ name: null });
    await host.service.deleteScheme({ name: SCHEME });
    await page.reload();
    await page.getByTestId('nav-sensitivity').click();
    await expect.poll(() => page.getByTestId('mc-run').isEnabled(), { timeout: 15_000 }).toBe(true);
  });

  it('ran without page errors or CSP violations', () => {
    expect(browser.errors).toEqual([]);
  });
});
