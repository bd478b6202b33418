import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pinyin } from 'pinyin-pro';
import { launchChromium, SCREENSHOT_DIR, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The peers screen (对标比晒) and the unit report card, in Chromium against the browser host on
 * the demo county. Every chart type is drawn in both languages and must have ink on its canvas;
 * its screenshot is saved with KAOPING_SCREENSHOTS. The report card prints to exactly one A4
 * page. Expectations come from the service (peerComparison, unitProfile), not from the UI. */

let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
let period: string;
let unit: { code: string; name: string };

const UNIT_CHARTS = ['chart-radar', 'chart-strengths', 'chart-strip', 'chart-bump', 'chart-quadrant'];
const OVERVIEW_CHARTS = ['chart-boxplot', 'chart-heatmap'];

/** Share of a chart's canvas pixels that are painted and not white: ink. Tests are type-checked
 * without the DOM library, so the page code is a string (it finds the canvas by test id). */
async function inkShare(testId: string): Promise<number> {
  await page.getByTestId(testId).locator('canvas').first().waitFor();
  return page.evaluate(`(() => {
    const c = document.querySelector('[data-testid="${testId}"] canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) ink++;
    return ink / (d.length / 4);
  })()`) as Promise<number>;
}

/** Waits for a chart to be drawn (animations done), checks it has ink, saves its picture. */
async function checkChart(testId: string, file: string): Promise<void> {
  const chart = page.getByTestId(testId);
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => inkShare(testId), { timeout: 10_000 }).toBeGreaterThan(0.01);
  await page.waitForTimeout(400);
  // the picture of the chart with its heading row (the box's parent is the Chart component)
  const shot = await chart.locator('xpath=..').screenshot();
  expect(shot.length).toBeGreaterThan(2_000);
  if (SCREENSHOT_DIR) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, file), shot);
  }
}

beforeAll(async () => {
  host = await startBrowserHost();
  const periods = await host.service.listPeriods({});
  const years = periods.filter((p) => p.kind === 'year' && p.observations > 0);
  period = years[years.length - 1].code;
  const units = await host.service.listUnits({});
  const scored = new Set((await host.service.score({ period, options: {} })).rows.map((r) => r.unit));
  // the screen opens on the first unit with a category that has data
  const first = units.find((u) => u.category && scored.has(u.code))!;
  unit = { code: first.code, name: first.name };

  browser = await launchChromium();
  page = browser.page;
  await page.goto(host.url);
  await page.getByTestId('nav-peers').click();
  await page.getByTestId('peers-list').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the peers screen', () => {
  it('opens on a village against its category, listing the peers the service finds', async () => {
    const c = await host.service.peerComparison({ period, unit: unit.code, peers: { kind: 'category' }, top: 3 });
    const text = await page.getByTestId('peers-list').innerText();
    expect(text).toContain(`对标单位 ${c.peers.length} 个`);
    for (const p of c.peers.slice(0, 5)) expect(text).toContain(p.name);
  });

  it('finds another unit by its pinyin initials', async () => {
    const units = await host.service.listUnits({});
    const scored = new Set((await host.service.score({ period, options: {} })).rows.map((r) => r.unit));
    const other = units.filter((u) => u.category && scored.has(u.code) && u.code !== unit.code)[3];
    const initials = pinyin(other.name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    await page.getByTestId('peers-unit').click();
    await page.keyboard.type(initials);
    await page.locator('.ant-select-item-option').filter({ hasText: other.name }).first().click();
    const c = await host.service.peerComparison({ period, unit: other.code, peers: { kind: 'category' }, top: 3 });
    await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain(`对标单位 ${c.peers.length} 个`);
    // back to the first unit for the rest
    await page.getByTestId('peers-unit').click();
    await page.keyboard.type(unit.code);
    await page.locator('.ant-select-item-option').filter({ hasText: unit.name }).first().click();
    await expect.poll(() => page.getByTestId('peers-unit').innerText()).toContain(unit.name);
  });

  it('saves the unit and its peers as a group, refusing an empty name in the user language', async () => {
    const c = await host.service.peerComparison({ period, unit: unit.code, peers: { kind: 'township' }, top: 3 });
    await pickKind('同乡镇');
    await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain(`对标单位 ${c.peers.length} 个`);
    await page.getByTestId('peers-save').click();
    // the dialog open (its field shown) before its OK is pressed: a press during the opening
    // animation was once lost on a loaded machine
    await page.getByTestId('peers-group-name').waitFor();
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect.poll(() => page.locator('.ant-modal').innerText(), { timeout: 10_000 }).toContain('对标组名称不能为空。');
    expect(await host.service.listPeerGroups({})).toEqual([]);
    await page.getByTestId('peers-group-name').fill('城关示范组');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect.poll(async () => (await host.service.listPeerGroups({})).map((g) => [g.name, g.members])).toEqual([
      ['城关示范组', [unit.code, ...c.peers.map((p) => p.unit)]],
    ]);
    // compared with the saved group: the same peers
    await pickKind('已保存的对标组');
    await page.locator('.ant-select').filter({ hasText: '选择对标组' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '城关示范组' }).click();
    await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain(`对标单位 ${c.peers.length} 个`);

    // renamed: an empty name refused in the dialog, then the new name in the database, the
    // members as they were, and still the group on screen
    await page.getByTestId('peers-rename').click();
    await page.getByTestId('peers-group-new-name').waitFor();
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect.poll(() => page.locator('.ant-modal').innerText(), { timeout: 10_000 }).toContain('对标组名称不能为空。');
    await page.getByTestId('peers-group-new-name').fill('城关镇对标组');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect.poll(async () => (await host.service.listPeerGroups({})).map((g) => [g.name, g.members])).toEqual([
      ['城关镇对标组', [unit.code, ...c.peers.map((p) => p.unit)]],
    ]);
    await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain(`对标单位 ${c.peers.length} 个`);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`draws every chart type with ink (${lang})`, async () => {
      if (lang === 'zh') {
        // the township: a group small enough for a readable bump chart and heatmap
        const c = await host.service.peerComparison({ period, unit: unit.code, peers: { kind: 'township' }, top: 3 });
        await pickKind('同乡镇');
        await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain(`对标单位 ${c.peers.length} 个`);
        if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, 'peers-zh.png') });
      } else {
        await page.getByTestId('lang-switch').click();
        await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain('peers');
      }
      // tall enough that no chart is cut by the screen's scrolling box
      await page.setViewportSize({ width: 1440, height: 2400 });
      await page.getByRole('tab').first().click();
      for (const id of UNIT_CHARTS) await checkChart(id, `peers-${id.replace('chart-', '')}-${lang}.png`);
      await page.getByRole('tab').nth(1).click();
      for (const id of OVERVIEW_CHARTS) await checkChart(id, `peers-${id.replace('chart-', '')}-${lang}.png`);
      await page.getByRole('tab').first().click();
      await page.setViewportSize({ width: 1440, height: 900 });
    });
  }

  it('sorts the heatmap by a column (read back from its SVG export)', async () => {
    const c = await host.service.peerComparison({ period, unit: unit.code, peers: { kind: 'township' }, top: 3 });
    const names = new Map([[c.unit.code, c.unit.name], ...c.peers.map((p) => [p.unit, p.name] as [string, string])]);
    // best first on the first indicator, missing last, ties in the given order (unit first)
    const expected = c.heatmap.rows
      .map((r, k) => ({ name: names.get(r.unit)!, v: r.scores[0], k }))
      .sort((a, b) => (a.v === null || b.v === null ? (a.v === b.v ? a.k - b.k : a.v === null ? 1 : -1) : b.v - a.v || a.k - b.k))
      .map((x) => x.name);
    await page.getByRole('tab').nth(1).click();
    await page.getByTestId('heatmap-sort').click();
    // the open list (antd keeps closed ones in the page, hidden)
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').nth(1).click();
    const box = page.getByTestId('chart-heatmap').locator('xpath=..');
    const [svg] = await Promise.all([page.waitForEvent('download'), box.getByTestId('chart-export-svg').click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    const labels = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((t) => [...names.values()].includes(t));
    expect(labels).toEqual(expected);
    expect(expected).not.toEqual(c.heatmap.rows.map((r) => names.get(r.unit))); // the sort did move rows
    await page.getByRole('tab').first().click();
  });

  it('exports a chart as SVG with its words', async () => {
    const c = await host.service.peerComparison({ period, unit: unit.code, peers: { kind: 'township' }, top: 3 });
    const box = page.getByTestId('chart-radar').locator('xpath=..');
    const [svg] = await Promise.all([page.waitForEvent('download'), box.getByTestId('chart-export-svg').click()]);
    expect(svg.suggestedFilename()).toBe(`Dimension scores-${unit.name}-${period}.svg`);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain(unit.name); // the legend
    expect(text).toContain('Peer median');
    expect(c.dimensions.length).toBeGreaterThan(2);
  });

  it('grows its type in presentation mode', async () => {
    await page.getByTestId('presentation-toggle').click();
    await page.getByTestId('chart-radar').locator('canvas').first().waitFor();
    await page.waitForTimeout(500);
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, 'peers-present-en.png') });
    await expect.poll(() => inkShare('chart-radar')).toBeGreaterThan(0.01);
    await page.getByTestId('presentation-toggle').click();
  });

  it('compares with the k most similar units when asked', async () => {
    await pickKind('Most similar units');
    const c = await host.service.peerComparison({ period, unit: unit.code, peers: { kind: 'similar', k: 5, indicators: [] }, top: 3 });
    await expect.poll(() => page.getByTestId('peers-list').innerText()).toContain('5 peers');
    const text = await page.getByTestId('peers-list').innerText();
    for (const p of c.peers) expect(text).toContain(p.name);
  });
});

describe('the report card', () => {
  it('shows the figures of api.unitProfile and prints as exactly one A4 page', async () => {
    const p = await host.service.unitProfile({ period, unit: unit.code });
    await page.getByTestId('peers-open-profile').click();
    const card = page.getByTestId('profile-page');
    await card.waitFor();
    expect(await page.getByTestId('profile-title').innerText()).toContain(unit.name);
    const text = await card.innerText();
    expect(text).toContain(`${p.rank} of ${p.ranked}`);
    expect(text).toContain(`${p.rankInCategory} of ${p.rankedInCategory}`);
    for (const id of ['profile-radar', 'profile-trend', 'profile-strengths', 'profile-quadrant']) {
      await expect.poll(() => inkShare(id), { timeout: 10_000 }).toBeGreaterThan(0.01);
    }
    await page.waitForTimeout(500);
    const en = await page.pdf({ format: 'A4', printBackground: true });
    expect(pageCount(en)).toBe(1);

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => card.innerText()).toContain(`${p.rank} / ${p.ranked}`);
    await page.waitForTimeout(500);
    const zh = await page.pdf({ format: 'A4', printBackground: true });
    expect(pageCount(zh)).toBe(1);
    if (SCREENSHOT_DIR) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, 'profile-zh.pdf'), zh);
      writeFileSync(join(SCREENSHOT_DIR, 'profile-en.pdf'), en);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile-zh.png'), fullPage: true });
    }
    await page.getByTestId('profile-back').click();
    await page.getByTestId('peers-list').waitFor();
  });
});

async function pickKind(label: string): Promise<void> {
  await page.getByTestId('peers-kind').click();
  await page.locator('.ant-select-item-option').filter({ hasText: label }).click();
}

describe('from the ranking', () => {
  it("opens a unit's report card from its explanation", async () => {
    await page.getByTestId('nav-ranking').click();
    const row = page.getByTestId('ranking-table').locator('.ant-table-row').first();
    await row.waitFor();
    const code = (await row.getAttribute('data-row-key')) as string;
    const name = (await host.service.listUnits({})).find((u) => u.code === code)!.name;
    await row.click();
    await page.getByTestId('open-profile').click();
    await expect.poll(() => page.getByTestId('profile-title').innerText()).toContain(name);
    await page.getByTestId('profile-back').click();
    // back on the comparison, now of that unit
    await expect.poll(() => page.getByTestId('peers-unit').innerText()).toContain(name);
  });
});

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (`/Pages` is the tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
