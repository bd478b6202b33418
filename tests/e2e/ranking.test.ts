import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, saveScreenshot, SCREENSHOT_DIR, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The ranking screen, its explanation drawer, chart export and the room (presentation mode,
 * full screen), in Chromium against the browser host on the demo county. Expectations come from
 * the service (score, explain), not from the UI. With KAOPING_SCREENSHOTS=<folder> the tests also
 * save the screenshots of docs/screenshots (ranking-*, explain-*, present-*). */

let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
let period: string;
const BASELINE = '上年度方案';
// (this file is type-checked without the DOM library: page.evaluate takes strings, and
// element callbacks reach the window through el.ownerDocument)

async function shoot(name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  await page.mouse.move(720, 890); // no hover or focus highlight in the picture
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  await page.waitForTimeout(400); // charts and drawers finish their animation
  await saveScreenshot(page, `${name}.png`);
}

beforeAll(async () => {
  host = await startBrowserHost();
  const periods = await host.service.listPeriods({});
  const years = periods.filter((p) => p.kind === 'year' && p.observations > 0 && p.year !== null);
  years.sort((a, b) => (a.year as number) - (b.year as number));
  period = years[years.length - 1].code;
  // A baseline scheme that counts the first dimension three times as much, so that ranks move.
  const indicators = await host.service.listIndicators({});
  const first = indicators.find((i) => i.parent === null && i.kind === 'indicator')!;
  await host.service.saveScheme({ name: BASELINE, note: null, scheme: { weights: { [first.code]: first.weight * 3 } } });
  await host.service.setBaselineScheme({ name: BASELINE });

  browser = await launchChromium();
  page = browser.page;
  await page.goto(host.url);
  await page.getByTestId('nav-ranking').click();
  await page.getByTestId('ranking-table').locator('.ant-table-row').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const rowsOf = () => page.getByTestId('ranking-table').locator('.ant-table-row');

describe('the ranking', () => {
  it("shows each unit's change of rank against the baseline scheme, as arrows", async () => {
    const current = await host.service.score({ period, options: {} });
    const baseline = await host.service.score({ period, scheme: BASELINE, options: {} });
    const before = new Map(baseline.rows.map((r) => [r.unit, r.rank]));
    await expect.poll(() => page.getByTestId('ranking-status').innerText()).toContain(`基准：${BASELINE}`);

    const rows = await rowsOf().all();
    expect(rows.length).toBeGreaterThan(8);
    let moved = 0;
    for (const row of rows.slice(0, 12)) {
      const unit = (await row.getAttribute('data-row-key')) as string;
      const rank = current.rows.find((r) => r.unit === unit)?.rank as number;
      const was = before.get(unit) as number;
      const cell = page.getByTestId(`ranking-change-${unit}`);
      // places gained = baseline rank − rank now
      const by = was - rank;
      const kind = by > 0 ? 'up' : by < 0 ? 'down' : 'same';
      await expect.poll(() => cell.getAttribute('data-change')).toBe(kind);
      expect((await cell.innerText()).trim()).toBe(by === 0 ? '=' : String(Math.abs(by)));
      if (by !== 0) {
        moved++;
        // an arrow icon, and a colour: bluish green up, vermilion down (Okabe–Ito)
        expect(await cell.locator(by > 0 ? '.anticon-arrow-up' : '.anticon-arrow-down').count()).toBe(1);
        expect(await cell.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).color)).toBe(by > 0 ? 'rgb(0, 158, 115)' : 'rgb(213, 94, 0)');
      }
    }
    expect(moved).toBeGreaterThan(0); // the baseline really differs
    await shoot('ranking-zh');
  });

  it('opens the first unit’s explanation: a waterfall whose contributions add up to its base', async () => {
    const first = rowsOf().first();
    const unit = (await first.getAttribute('data-row-key')) as string;
    const expected = await host.service.explain({ period, unit, options: {} });
    expect(expected.additive).toBe(true);
    await first.click();

    const drawer = page.getByTestId('explain-drawer');
    await drawer.getByTestId('waterfall-chart').locator('canvas').first().waitFor();
    const steps = JSON.parse((await drawer.getByTestId('waterfall-steps').getAttribute('data-steps')) as string) as {
      key: string;
      kind: string;
      start: number;
      end: number;
    }[];
    const contributions = steps.filter((s) => s.kind === 'contribution');
    const present = expected.leaves.filter((l) => l.score !== null);
    expect(contributions.length).toBe(present.length);
    // each bar is its leaf's contribution (weight × score), largest first, each starting where
    // the previous one ended
    const sorted = [...present].sort((a, b) => b.contribution - a.contribution);
    contributions.forEach((s, i) => {
      expect(s.end - s.start).toBeCloseTo(sorted[i].contribution, 9);
      expect(s.start).toBeCloseTo(i === 0 ? 0 : contributions[i - 1].end, 9);
      expect(present.find((l) => l.code === s.key)?.contribution).toBeCloseTo(s.end - s.start, 9);
    });
    const sum = contributions.reduce((a, s) => a + (s.end - s.start), 0);
    expect(sum).toBeCloseTo(expected.base as number, 9);
    expect(steps.find((s) => s.kind === 'base')).toMatchObject({ start: 0 });
    expect(steps.find((s) => s.kind === 'base')?.end).toBeCloseTo(expected.base as number, 9);
    expect(steps[steps.length - 1].kind).toBe('total');
    expect(steps[steps.length - 1].end).toBeCloseTo(expected.total as number, 9);
    // bonus and penalty steps are the items with points
    const items = expected.items.filter((i) => i.kind !== 'veto' && i.points > 0).map((i) => i.code);
    expect(steps.filter((s) => s.kind === 'bonus' || s.kind === 'penalty').map((s) => s.key)).toEqual(items);

    expect(await drawer.getByTestId('explain-base').innerText()).toBe((expected.base as number).toFixed(2));
    expect(await drawer.getByTestId('explain-total').innerText()).toBe((expected.total as number).toFixed(2));
    // the indicator table: every leaf with its raw value, unit of measure and source department
    const indicators = await host.service.listIndicators({});
    const top = sorted[0];
    const ind = indicators.find((i) => i.code === top.code)!;
    const line = await drawer.getByTestId(`explain-leaf-${top.code}`).innerText();
    expect(line).toContain(ind.name);
    if (ind.department) expect(line).toContain(ind.department);
    if (ind.unit) expect(line).toContain(ind.unit);
    expect(line).toContain(top.contribution.toFixed(2));
    expect(await drawer.getByTestId('explain-leaves').locator('.ant-table-row').count()).toBe(expected.leaves.length);
    await shoot('explain-zh');
  });

  it('exports the waterfall as a real PNG (twice its size, white) and a real SVG', async () => {
    const drawer = page.getByTestId('explain-drawer');
    const box = drawer.getByTestId('waterfall-chart');
    const size = (await box.evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }))) as { w: number; h: number };
    const name = (await rowsOf().first().locator('.kp-unit-link').innerText()).trim();

    const [png] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('chart-export-png').click()]);
    expect(png.suggestedFilename()).toBe(`得分构成-${name}-${period}.png`);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size.w * 2, size.h * 2]);
    // opaque white where nothing is drawn: decode it in the page and read the top-left pixel
    const corner = await page.evaluate(`(async () => {
      const img = new Image();
      img.src = 'data:image/png;base64,${bytes.toString('base64')}';
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(1, 1, 1, 1).data];
    })()`);
    expect(corner).toEqual([255, 255, 255, 255]);

    const [svg] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('chart-export-svg').click()]);
    expect(svg.suggestedFilename()).toBe(`得分构成-${name}-${period}.svg`);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    const parsed = (await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(text)}, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        ns: root.namespaceURI,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent),
        paths: doc.getElementsByTagName('path').length,
      };
    })()`)) as { error: number; root: string; ns: string; width: string; height: string; texts: string[]; paths: number };
    expect(parsed).toMatchObject({ error: 0, root: 'svg', ns: 'http://www.w3.org/2000/svg', width: String(size.w), height: String(size.h) });
    const base = await drawer.getByTestId('explain-base').innerText();
    expect(parsed.texts).toContain('基础得分');
    expect(parsed.texts).toContain(base);
    expect(parsed.paths).toBeGreaterThan(20);
  });

  it('enlarges the type and the rows in presentation mode, and back', async () => {
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('explain-drawer').waitFor({ state: 'detached' });
    const cell = rowsOf().first().locator('.ant-table-cell').nth(4);
    const measure = async () =>
      (await cell.evaluate((el) => {
        const style = (e: typeof el) => el.ownerDocument.defaultView!.getComputedStyle(e);
        return {
          font: parseFloat(style(el).fontSize),
          row: el.parentElement!.getBoundingClientRect().height,
          title: parseFloat(style(el.ownerDocument.querySelector('.kp-screen-title')!).fontSize),
        };
      })) as { font: number; row: number; title: number };
    const normal = await measure();
    expect(normal.font).toBe(15);

    await page.getByTestId('presentation-toggle').click();
    await expect.poll(async () => (await measure()).font).toBe(20);
    const large = await measure();
    expect(large.row).toBeGreaterThan(normal.row);
    expect(large.title).toBeGreaterThan(normal.title);
    expect(await page.getByTestId('presentation-toggle').getAttribute('aria-pressed')).toBe('true');
    await shoot('present-zh');
    // the explanation in the room: a wider drawer, a larger chart
    await rowsOf().first().click();
    await page.getByTestId('waterfall-chart').locator('canvas').first().waitFor();
    await shoot('present-explain-zh');
    await page.locator('.ant-drawer-close').click();
    await page.getByTestId('explain-drawer').waitFor({ state: 'detached' });

    await page.getByTestId('presentation-toggle').click();
    await expect.poll(async () => (await measure()).font).toBe(15);
    expect((await measure()).row).toBe(normal.row);
  });

  it('goes full screen and back with the full-screen toggle', async () => {
    const toggle = page.getByTestId('fullscreen-toggle');
    await toggle.click();
    await expect.poll(() => page.evaluate('document.fullscreenElement === document.documentElement')).toBe(true);
    // The label follows the browser's fullscreenchange event, a moment after the state.
    await expect.poll(() => toggle.innerText()).toBe('退出全屏');
    await toggle.click();
    await expect.poll(() => page.evaluate('document.fullscreenElement')).toBe(null);
    await expect.poll(() => toggle.innerText()).toBe('全屏');
  });

  it('follows edited weights live: ranks and totals as the engine gives them, dimension scores a moment later', async () => {
    const indicators = await host.service.listIndicators({});
    const dims = indicators.filter((i) => i.parent === null && i.kind === 'indicator');
    const second = dims[1];
    // the analyst triples the second dimension's weight on the weights screen
    const edited = { [second.code]: second.weight * 3 };
    const expected = await host.service.score({ period, options: { weights: edited } });
    const baseline = await host.service.score({ period, scheme: BASELINE, options: {} });
    const before = new Map(baseline.rows.map((r) => [r.unit, r.rank]));
    const marks = async () => (await page.evaluate("performance.getEntriesByName('kaoping:ranking-drawn').length")) as number;

    await page.getByTestId('nav-weights').click();
    const input = page.getByTestId(`weight-input-${second.code}`);
    await input.waitFor();
    await input.fill(String(second.weight * 3));
    await input.press('Enter');
    await page.getByTestId('nav-ranking').click();

    await expect.poll(() => page.getByTestId('ranking-status').getAttribute('data-live')).toBe('on');
    // once the weights rest, the full computation catches up (dimension scores, grades)
    await expect.poll(() => page.getByTestId('ranking-lag').innerText(), { timeout: 15_000 }).not.toContain('更新中');
    expect(await marks()).toBeGreaterThan(0);
    const rows = await rowsOf().all();
    for (const row of rows.slice(0, 10)) {
      const unit = (await row.getAttribute('data-row-key')) as string;
      const want = expected.rows.find((r) => r.unit === unit)!;
      const cells = await row.locator('.ant-table-cell').allInnerTexts();
      expect([cells[0], cells[4]]).toEqual([String(want.rank), (want.total as number).toFixed(2)]);
      // dimension columns follow Change: the second dimension is the 8th cell
      expect(cells[7]).toBe((want.nodes[second.code] as number).toFixed(2));
      const by = (before.get(unit) as number) - (want.rank as number);
      expect(await page.getByTestId(`ranking-change-${unit}`).getAttribute('data-change')).toBe(by > 0 ? 'up' : by < 0 ? 'down' : 'same');
    }
    // the rows are in the engine's order
    const top = expected.rows.filter((r) => r.rank !== null).slice(0, 3).map((r) => r.rank);
    expect((await Promise.all(rows.slice(0, 3).map((r) => r.locator('.ant-table-cell').first().innerText()))).map(Number)).toEqual(top);
    await shoot('ranking-live-zh');

    // the explanation follows the edited weights too
    const unit = (await rows[0].getAttribute('data-row-key')) as string;
    const explained = await host.service.explain({ period, unit, options: { weights: edited } });
    await rows[0].click();
    const drawer = page.getByTestId('explain-drawer');
    await expect.poll(() => drawer.getByTestId('explain-base').innerText()).toBe((explained.base as number).toFixed(2));
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });

    // back to the tree's weight: no longer editing, the ranking is the full computation again
    await page.getByTestId('nav-weights').click();
    await input.fill(String(second.weight));
    await input.press('Enter');
    await page.getByTestId('nav-ranking').click();
    await expect.poll(() => page.getByTestId('ranking-status').getAttribute('data-live')).toBe('off');
    await rowsOf().first().waitFor();
  });

  it('speaks English too', async () => {
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('ranking-status').innerText()).toContain(`Baseline: ${BASELINE}`);
    const headers = await page.getByTestId('ranking-table').locator('.ant-table-thead th, .ant-table-header .ant-table-cell').allInnerTexts();
    expect(headers).toContain('Change');
    await shoot('ranking-en');

    await rowsOf().first().click();
    const drawer = page.getByTestId('explain-drawer');
    await drawer.getByTestId('waterfall-chart').locator('canvas').first().waitFor();
    expect(await page.locator('.ant-drawer-title').innerText()).toContain(': how the score is made up');
    await shoot('explain-en');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });

    await page.getByTestId('presentation-toggle').click();
    expect(await page.getByTestId('presentation-toggle').innerText()).toBe('Presentation');
    await shoot('present-en');
    await page.getByTestId('presentation-toggle').click();
    await page.getByTestId('lang-switch').click();
  });

  it('ran without page errors or CSP violations', () => {
    expect(browser.errors).toEqual([]);
  });
});
