import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/store';
import { launchChromium, saveScreenshot, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The schemes panel of the Weights screen against the real browser host on the demo county:
 * every write checked in the database through the service, not only on screen. */


let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
// (page.evaluate takes strings here: this file is type-checked without the DOM library)

beforeAll(async () => {
  host = await startBrowserHost();
  browser = await launchChromium();
  page = browser.page;
  await page.goto(host.url);
  await openPanel();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function openPanel(): Promise<void> {
  await page.getByTestId('nav-weights').click();
  await page.getByTestId('schemes-panel').waitFor();
  await page.getByTestId('schemes-panel').scrollIntoViewIfNeeded();
}

const row = (name: string) => page.getByTestId(`scheme-row-${name}`);
const schemes = () => host.service.listSchemes({});
const schemeAudit = () => {
  const store = openStore(host.dbPath);
  try {
    return store.listAudit().filter((e) => e.entity === 'weight_scheme');
  } finally {
    store.close();
  }
};

/** The first top-level dimension of the demo tree and its weight. */
async function firstDimension(): Promise<{ code: string; weight: number }> {
  const indicators = await host.service.listIndicators({});
  const top = indicators.filter((i) => i.parent === null && i.kind === 'indicator').sort((a, b) => a.position - b.position);
  return { code: top[0].code, weight: top[0].weight };
}

/** Types a weight into the tree (the Weights screen's input) and commits it with Enter. */
async function setWeight(code: string, value: number): Promise<void> {
  const input = page.getByTestId(`weight-input-${code}`);
  await input.fill(String(value));
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(value.toFixed(2));
}

async function saveAs(name: string, note: string): Promise<void> {
  await page.getByTestId('scheme-save-as').click();
  await page.getByTestId('scheme-name-input').fill(name);
  await page.getByTestId('scheme-note-input').fill(note);
  await page.getByTestId('scheme-name-ok').click();
  await row(name).waitFor();
}

/** Waits until no toast, open dropdown or tooltip covers the page (before a screenshot). */
async function settle(): Promise<void> {
  const gone = (selector: string) => expect.poll(() => page.locator(selector).count(), { timeout: 15_000 }).toBe(0);
  await gone('.ant-message-notice');
  await gone('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await gone('.ant-tooltip:not(.ant-tooltip-hidden)');
  await gone('.ant-popover:not(.ant-popover-hidden)');
  // no drawer, modal or toast still sliding or fading
  await gone('[class*="-enter-active"], [class*="-appear-active"], [class*="-leave-active"]');
}

/** A call straight to the host's api over HTTP with its token (from here, not the page, so the
 * browser logs no failed request). */
async function apiCall(call: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${host.origin}/api/${call}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json() };
}

/** Clicks a button, then moves the mouse off it, so its tooltip does not cover the row above. */
async function press(testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.mouse.move(5, 5);
}

describe('the schemes panel', () => {
  it('saves the working weights as a scheme, which is still there after a reload and is in the database', async () => {
    expect(await schemes()).toEqual([]);
    const { code, weight } = await firstDimension();
    const changed = weight + 7;
    await setWeight(code, changed);
    await saveAs('经济加权', '第一维度加 7 分');

    const stored = (await schemes()).find((s) => s.name === '经济加权');
    expect(stored).toMatchObject({ note: '第一维度加 7 分', isBaseline: false, finalisedAt: null });
    expect(stored?.scheme.weights?.[code]).toBe(changed);
    // saved as the host's user, in one audited write
    expect(schemeAudit().map((e) => [e.action, e.entityKey, e.user])).toEqual([['save', '经济加权', 'e2e']]);

    await page.reload();
    await openPanel();
    await row('经济加权').waitFor();
    expect(await row('经济加权').innerText()).toContain('第一维度加 7 分');
    expect(await page.getByTestId('schemes-count').innerText()).toBe('共 1 个方案');
  });

  it('saves a second scheme with the tree weights and clones it', async () => {
    const { code, weight } = await firstDimension();
    await press('scheme-load-经济加权');
    await setWeight(code, weight);
    await saveAs('原始权重', '指标体系的权重');
    expect((await schemes()).find((s) => s.name === '原始权重')?.scheme.weights?.[code]).toBe(weight);

    await press('scheme-clone-原始权重');
    expect(await page.getByTestId('scheme-name-input').inputValue()).toBe('原始权重 副本');
    expect(await page.getByTestId('scheme-note-input').inputValue()).toBe('指标体系的权重');
    await page.getByTestId('scheme-name-ok').click();
    await row('原始权重 副本').waitFor();
    const [original, copy] = ['原始权重', '原始权重 副本'].map((n) => {
      return schemes().then((list) => list.find((s) => s.name === n));
    });
    expect((await copy)?.scheme).toEqual((await original)?.scheme);
  });

  it('renames a scheme, refusing a name that is taken', async () => {
    await press('scheme-rename-原始权重 副本');
    const input = page.getByTestId('scheme-name-input');
    await input.fill('经济加权');
    expect(await page.getByTestId('scheme-name-hint').innerText()).toBe('已有同名方案，请换一个名称。');
    expect(await page.getByTestId('scheme-name-ok').isDisabled()).toBe(true);
    await input.fill('对照方案');
    await page.getByTestId('scheme-name-ok').click();
    await row('对照方案').waitFor();
    await row('原始权重 副本').waitFor({ state: 'detached' });
    expect((await schemes()).map((s) => s.name)).toEqual(['经济加权', '原始权重', '对照方案']);
    expect(schemeAudit().at(-1)).toMatchObject({ action: 'rename', entityKey: '对照方案', before: { name: '原始权重 副本' } });
  });

  it('marks one scheme as the baseline, with its tag', async () => {
    await press('scheme-baseline-原始权重');
    await page.getByTestId('scheme-baseline-tag-原始权重').waitFor();
    expect(await page.getByTestId('scheme-baseline-tag-原始权重').innerText()).toBe('基准');
    expect((await schemes()).filter((s) => s.isBaseline).map((s) => s.name)).toEqual(['原始权重']);

    await press('scheme-baseline-对照方案');
    await page.getByTestId('scheme-baseline-tag-对照方案').waitFor();
    await page.getByTestId('scheme-baseline-tag-原始权重').waitFor({ state: 'detached' });
    expect((await schemes()).filter((s) => s.isBaseline).map((s) => s.name)).toEqual(['对照方案']);
    // back to 原始权重 for the comparison below
    await press('scheme-baseline-原始权重');
    await page.getByTestId('scheme-baseline-tag-原始权重').waitFor();
  });

  it('compares two schemes: the weights side by side and the ranking moves, biggest first', async () => {
    const { code, weight } = await firstDimension();
    await page.getByTestId('scheme-compare').click();
    const drawer = page.getByTestId('scheme-compare-view');
    await drawer.waitFor();
    // it opens on the baseline (原始权重) against the scheme loaded, else the first other one:
    // 原始权重 itself is loaded (saved last), so 经济加权
    expect(await drawer.getByTestId('compare-scheme-a').innerText()).toBe('原始权重');
    expect(await drawer.getByTestId('compare-scheme-b').innerText()).toBe('经济加权');
    const weights = drawer.getByTestId('compare-weights-table');
    const dimRow = weights.locator(`tr[data-row-key="${code}"]`);
    await dimRow.waitFor();
    const cells = await dimRow.locator('td').allInnerTexts();
    expect(cells.slice(2, 3)).toEqual([String(weight)]);
    expect(cells[4]).toBe(String(weight + 7));
    expect(cells[6]).toContain('+7');
    expect(await drawer.getByTestId('compare-weights-summary').innerText()).toBe('1 个节点的权重不同。');
    await settle();
    await saveScreenshot(page, 'schemes-compare-zh.png');
    // swapped, the difference changes sign
    await drawer.getByTestId('compare-swap').click();
    await expect.poll(async () => (await dimRow.locator('td').allInnerTexts())[6]).toContain('-7');
    await drawer.getByTestId('compare-swap').click();
    await expect.poll(async () => (await dimRow.locator('td').allInnerTexts())[6]).toContain('+7');

    await drawer.getByTestId('compare-tab-ranking').click();
    const period = (await host.service.listPeriods({})).filter((p) => p.kind === 'year' && p.observations > 0).map((p) => p.code).sort().at(-1)!;
    const [a, b] = await Promise.all([
      host.service.score({ period, scheme: '原始权重', options: {} }),
      host.service.score({ period, scheme: '经济加权', options: {} }),
    ]);
    // the biggest move, by hand: |rank under A − rank under B| over the units ranked under both
    const rankA = new Map(a.rows.map((r) => [r.unit, r.rank]));
    let biggest = 0;
    let up = 0;
    let down = 0;
    for (const r of b.rows) {
      const ra = rankA.get(r.unit);
      if (ra == null || r.rank === null) continue;
      biggest = Math.max(biggest, Math.abs(ra - r.rank));
      if (ra > r.rank) up++;
      if (ra < r.rank) down++;
    }
    expect(biggest).toBeGreaterThan(0);
    const summary = drawer.getByTestId('compare-ranking-summary');
    await expect.poll(() => summary.innerText()).toContain(`期间 ${period}：${up} 个单位上升，${down} 个下降`);
    await expect.poll(() => drawer.locator('.ant-spin-spinning').count()).toBe(0);
    const first = drawer.getByTestId('compare-ranking-table').locator('.ant-table-row').first();
    const firstCells = await first.locator('.ant-table-cell').allInnerTexts();
    const unit = b.rows.find((r) => firstCells[0].includes(r.unit))!;
    expect(Math.abs((rankA.get(unit.unit) as number) - (unit.rank as number))).toBe(biggest);
    expect(firstCells[2]).toBe(String(rankA.get(unit.unit)));
    expect(firstCells[4]).toBe(String(unit.rank));
    await settle();
    await saveScreenshot(page, 'schemes-compare-ranking-zh.png');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('finalises a scheme, after which deleting it is refused: disabled with the reason, and by the api', async () => {
    await press('scheme-finalise-经济加权');
    await press('scheme-finalise-confirm');
    await page.getByTestId('scheme-finalised-tag-经济加权').waitFor();
    const finalisedAt = (await schemes()).find((s) => s.name === '经济加权')?.finalisedAt;
    expect(finalisedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const del = page.getByTestId('scheme-delete-经济加权');
    expect(await del.isDisabled()).toBe(true);
    expect(await page.getByTestId('scheme-rename-经济加权').isDisabled()).toBe(true);
    await del.locator('..').hover();
    await page.getByRole('tooltip').filter({ hasText: '已定稿的方案不能删除：定稿结果正在使用它。' }).waitFor();

    const refused = await apiCall('deleteScheme', { name: '经济加权' });
    expect(refused).toEqual({
      status: 400,
      body: { error: { key: 'store.schemeFinalisedNoDelete', params: { name: '经济加权', finalisedAt: finalisedAt!.slice(0, 10) }, issues: [] } },
    });
    expect((await schemes()).map((s) => s.name)).toEqual(['经济加权', '原始权重', '对照方案']);
    expect(schemeAudit().filter((e) => e.action === 'delete')).toEqual([]);

    // an unfinalised one is deleted after the confirm
    await press('scheme-delete-对照方案');
    await press('scheme-delete-confirm');
    await row('对照方案').waitFor({ state: 'detached' });
    expect((await schemes()).map((s) => s.name)).toEqual(['经济加权', '原始权重']);
    expect(schemeAudit().at(-1)).toMatchObject({ action: 'delete', entityKey: '对照方案', after: null });
    await page.mouse.move(0, 0);
  });

  it("shows the service's refusal translated when the panel acted on a scheme finalised meanwhile", async () => {
    await host.service.saveScheme({ name: '临时方案', note: null, scheme: {} });
    await page.reload();
    await openPanel();
    await row('临时方案').waitFor();
    // finalised elsewhere (another window, the CLI) after the panel listed it
    const { finalisedAt } = await host.service.finaliseScheme({ name: '临时方案' });
    const logged = browser.errors.length;
    await press('scheme-delete-临时方案');
    await press('scheme-delete-confirm');
    const alert = page.getByTestId('scheme-error');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(`权重方案“临时方案”已于 ${finalisedAt!.slice(0, 10)} 定稿，定稿结果正在使用它，不能删除。`);
    // the list is fetched again after the refusal: the scheme is there, now finalised
    await page.getByTestId('scheme-finalised-tag-临时方案').waitFor();
    expect(await page.getByTestId('scheme-delete-临时方案').isDisabled()).toBe(true);
    await alert.locator('.ant-alert-close-icon').click();
    await alert.waitFor({ state: 'detached' });
    // the browser logs the refused request itself, and nothing else went wrong
    expect(browser.errors.splice(logged)).toEqual(['console.error: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });

  it('marks the loaded scheme as modified once its weights are edited; screenshots in both languages', async () => {
    const dims = (await host.service.listIndicators({})).filter((i) => i.parent === null && i.kind === 'indicator');
    dims.sort((a, b) => a.position - b.position);
    const [first, second] = dims;
    await host.service.saveScheme({
      name: '社会事业优先',
      note: '第二维度加 5 分，供常委会讨论',
      scheme: { weights: { [second.code]: second.weight + 5 } },
    });
    await page.reload();
    await openPanel();
    await row('社会事业优先').waitFor();
    await press('scheme-load-原始权重');
    await expect.poll(() => row('原始权重').innerText()).toContain('当前');
    expect(await page.getByTestId('scheme-modified-tag').count()).toBe(0);
    await setWeight(first.code, first.weight + 3);
    await page.getByTestId('scheme-modified-tag').waitFor();
    expect(await page.getByTestId('scheme-modified-tag').innerText()).toBe('有未保存的修改');

    await page.getByTestId('schemes-panel').scrollIntoViewIfNeeded();
    await settle();
    await saveScreenshot(page, 'schemes-panel-zh.png');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('schemes-count').innerText()).toBe('Schemes: 4');
    await page.getByTestId('schemes-panel').scrollIntoViewIfNeeded();
    await settle();
    await saveScreenshot(page, 'schemes-panel-en.png');

    await page.getByTestId('scheme-compare').click();
    const drawer = page.getByTestId('scheme-compare-view');
    await drawer.getByTestId('compare-weights-table').waitFor();
    await settle();
    await saveScreenshot(page, 'schemes-compare-en.png');
    await drawer.getByTestId('compare-tab-ranking').click();
    await expect.poll(() => drawer.getByTestId('compare-ranking-summary').innerText()).toMatch(/^Period /);
    await expect.poll(() => drawer.locator('.ant-spin-spinning').count()).toBe(0);
    await settle();
    await saveScreenshot(page, 'schemes-compare-ranking-en.png');
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-switch').click();
    expect(browser.errors).toEqual([]);
  });
});
