import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_WORKBOOK, launchChromium, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The renderer against the real browser host on a temporary database seeded with the demo
 * county, in Debian's Chromium. Expectations come from the service itself (not from the UI). */

let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
// (page.evaluate takes strings here: this file is type-checked without the DOM library)

beforeAll(async () => {
  host = await startBrowserHost();
  browser = await launchChromium();
  page = browser.page;
  await page.goto(host.url);
  await page.getByTestId('nav-ranking').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The period the app opens on: the latest year that has data. */
async function openingPeriod(): Promise<string> {
  const periods = await host.service.listPeriods({});
  const years = periods.filter((p) => p.kind === 'year' && p.observations > 0 && p.year !== null);
  years.sort((a, b) => (a.year as number) - (b.year as number));
  return years[years.length - 1].code;
}

const cellTexts = (row: ReturnType<Page['locator']>) => row.locator('.ant-table-cell').allInnerTexts();

describe('the renderer in the browser host', () => {
  it('takes the token out of the address bar', async () => {
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate("sessionStorage.getItem('kaoping.token')")).toBe(host.token);
  });

  it("shows the demo county's ranking for the latest year", async () => {
    const period = await openingPeriod();
    const expected = await host.service.score({ period, options: {} });
    const ranked = expected.rows.filter((r) => r.rank !== null);
    const best = ranked.filter((r) => r.rank === 1);
    expect(expected.rows.length).toBeGreaterThan(200); // ~260 villages
    expect(best.length).toBeGreaterThan(0);

    await page.getByTestId('nav-ranking').click();
    const table = page.getByTestId('ranking-table');
    const firstRow = table.locator('.ant-table-row').first();
    await firstRow.waitFor();

    await expect.poll(() => page.getByTestId('period-picker').innerText()).toContain(period);
    expect(await page.getByTestId('ranking-count').innerText()).toBe(`共 ${expected.rows.length} 个单位`);

    const cells = await cellTexts(firstRow);
    expect(cells[0]).toBe('1');
    expect(best.map((r) => r.name)).toContain(cells[1]);
    const top = best.find((r) => r.name === cells[1]);
    expect(cells[4]).toMatch(/^\d+\.\d\d$/);
    expect(cells[4]).toBe((top?.total as number).toFixed(2));
    // virtualised: far fewer rows in the DOM than in the ranking
    const rendered = await table.locator('.ant-table-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(expected.rows.length);
  });

  it('filters the ranking by search text', async () => {
    const period = await openingPeriod();
    const expected = await host.service.score({ period, options: {} });
    const name = expected.rows[expected.rows.length - 1].name;
    const same = expected.rows.filter((r) => r.name.includes(name)).length;
    await page.getByTestId('ranking-search').fill(name);
    await expect.poll(() => page.getByTestId('ranking-count').innerText()).toBe(
      `显示 ${same} / ${expected.rows.length} 个单位`,
    );
    const cells = await cellTexts(page.getByTestId('ranking-table').locator('.ant-table-row').first());
    expect(cells[1]).toContain(name);
    await page.getByTestId('ranking-search').fill('');
    await expect.poll(() => page.getByTestId('ranking-count').innerText()).toBe(`共 ${expected.rows.length} 个单位`);
  });

  it('switches the language to English and back', async () => {
    const nav = page.getByTestId('nav-ranking');
    const totalHeader = page.getByTestId('ranking-table').locator('.ant-table-thead th', { hasText: /^(总分|Total)$/ });
    expect(await nav.innerText()).toBe('排名');
    expect(await page.getByTestId('nav-data').innerText()).toBe('数据');
    expect(await totalHeader.innerText()).toBe('总分');

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => nav.innerText()).toBe('Ranking');
    expect(await page.getByTestId('nav-data').innerText()).toBe('Data');
    expect(await totalHeader.innerText()).toBe('Total');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.locator('.kp-screen-title').innerText()).toMatch(/^Ranking/);

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => nav.innerText()).toBe('排名');
    expect(await totalHeader.innerText()).toBe('总分');
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
  });

  it('shows the report of a broken CSV workbook with sheet, row and column, and writes nothing', async () => {
    const unitsBefore = (await host.service.listUnits({})).length;
    await page.getByTestId('nav-data').click();
    await page.getByTestId('tab-import').click();
    const csv = (text: string) => Buffer.from(text, 'utf8');
    await page.getByTestId('import-input').setInputFiles([
      { name: 'indicators.csv', mimeType: 'text/csv', buffer: csv('code,name,parent,weight\nD,Dimension,,1\nX,Indicator X,D,1\n') },
      { name: 'units.csv', mimeType: 'text/csv', buffer: csv('code,name,parent\nU1,一村,\nU2,二村,\n') },
      // row 3 of the data sheet (the header is row 1) holds a word where a number belongs
      { name: 'data.csv', mimeType: 'text/csv', buffer: csv('unit,period,X\nU1,2024,1.5\nU2,2024,abc\n') },
    ]);
    await page.getByTestId('import-submit').click();

    const report = page.getByTestId('import-report');
    await report.locator('.ant-table-row').first().waitFor();
    const rows = await Promise.all((await report.locator('.ant-table-row').all()).map((r) => cellTexts(r)));
    const hit = rows.find((cells) => cells[1] === 'data' && cells[2] === '3' && cells[3] === 'X');
    expect(hit, JSON.stringify(rows)).toBeDefined();
    expect(hit?.[0]).toBe('错误');
    expect(hit?.[4]).toContain('abc');
    expect(hit?.[4]).not.toMatch(/\bio\.[a-zA-Z]/); // said in words, not as a message key
    expect((await host.service.listUnits({})).length).toBe(unitsBefore);
  });

  it('shows a report for a text file named .xlsx', async () => {
    await page.getByTestId('import-input').setInputFiles([
      { name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('this is not a spreadsheet\n', 'utf8') },
    ]);
    await expect.poll(() => page.getByTestId('import-files').innerText()).toBe('notes.xlsx');
    await page.getByTestId('import-dryrun').click();
    const report = page.getByTestId('import-report');
    await expect
      .poll(async () => (await report.locator('.ant-table-row').allInnerTexts()).join('\n'))
      .toMatch(/错误/);
    const messages = await report.locator('.ant-table-row .ant-table-cell:last-child').allInnerTexts();
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/^(io|service|api)\.[a-zA-Z.]+/);
  });

  it('checks a valid workbook and shows what it holds, without writing', async () => {
    const data = new Uint8Array(readFileSync(DEMO_WORKBOOK));
    const expected = await host.service.importWorkbook({ files: [{ name: 'demo-county.xlsx', data }], dryRun: true });
    expect(expected.ok).toBe(true);
    await page.getByTestId('import-input').setInputFiles(DEMO_WORKBOOK);
    await page.getByTestId('import-dryrun').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    const text = await summary.innerText();
    const s = expected.summary;
    for (const [label, n] of [['单位', s.units], ['指标', s.indicators], ['数据', s.observations], ['目标', s.goals]] as const) {
      expect(text).toMatch(new RegExp(`${label}\\s+${n}(\\s|$)`));
    }
    for (const p of s.periods) expect(text).toContain(p);
    expect(await page.getByTestId('import-outcome').innerText()).toContain('检查通过，未写入数据库。');
  });

  it('exports the database as kaoping-export-YYYYMMDD.xlsx', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
    const now = new Date();
    const ymd = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
    expect(download.suggestedFilename()).toBe(`kaoping-export-${ymd}.xlsx`);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an .xlsx is a zip file
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('ran without page errors or CSP violations', () => {
    // a 400 answer is how the host reports a rejected input; Chromium logs it as a failed load
    const unexpected = browser.errors.filter((e) => !/status of 400/.test(e));
    expect(unexpected).toEqual([]);
  });
});
