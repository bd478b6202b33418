import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowToMatrix, binaryResultCalls, decodeWire, encodeWire, type CallName, type CallResult } from '../../src-shared/api';
import { scoreScheme } from '../../src-shared/engine';
import { ahpWeights, nearestSaaty } from '../../src-shared/engine/weights';
import { comparePeriods } from '../../src-shared/model';
import { launchChromium, saveScreenshot, SCREENSHOT_DIR, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The Weights screen against the real browser host on the demo county, in Chromium. The
 * expected rankings are computed here with the engine (scoreScheme) on the demo data fetched
 * through the host's HTTP api, with the weights the screen shows. */


let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
// (page.evaluate takes strings here: this file is type-checked without the DOM library)

beforeAll(async () => {
  host = await startBrowserHost();
  browser = await launchChromium();
  page = browser.page;
  await page.goto(host.url);
  await page.getByTestId('nav-weights').click();
  await page.getByTestId('weights-tree').waitFor();
  await page.getByTestId('preview-row').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** One call of the host's HTTP api, as the renderer makes it. */
async function call<K extends CallName>(name: K, input: unknown): Promise<CallResult<K>> {
  const res = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}` },
    body: encodeWire(input),
  });
  expect(res.status).toBe(200);
  if (binaryResultCalls.has(name)) return new Uint8Array(await res.arrayBuffer()) as CallResult<K>;
  return decodeWire(await res.text()) as CallResult<K>;
}

interface Demo {
  period: string;
  indicators: CallResult<'listIndicators'>;
  names: Map<string, string>;
  score: (weights: Record<string, number>, categoryWeights?: Record<string, Record<string, number>>) => { unit: string; rank: number; total: number }[];
}

let demo: Demo | null = null;

/** The demo data through the api: the period the screen opens on (the latest year with data),
 * its values as scoring sees them and the year before (for growth), the tree, the units'
 * categories. `score` ranks them with the engine under the given node weights. */
async function demoData(): Promise<Demo> {
  if (demo) return demo;
  const periods = (await call('listPeriods', {})).filter((p) => p.kind === 'year' && p.observations > 0).sort(comparePeriods);
  const period = periods.at(-1)!.code;
  const previous = periods.at(-2)?.code;
  const indicators = await call('listIndicators', {});
  const units = await call('listUnits', {});
  const matrix = arrowToMatrix(await call('getObservations', { period, derived: true }));
  const before = previous ? arrowToMatrix(await call('getObservations', { period: previous, derived: true })) : undefined;
  const category = new Map(units.map((u) => [u.code, u.category]));
  const categories = matrix.unitCodes.map((u) => category.get(u) ?? null);
  const score = (weights: Record<string, number>, categoryWeights?: Record<string, Record<string, number>>) => {
    const r = scoreScheme(indicators, matrix, { weights, categoryWeights }, { categories, previous: before });
    return r.unitCodes.map((unit, i) => ({ unit, rank: r.rank[i], total: r.total[i] }));
  };
  demo = { period, indicators, names: new Map(units.map((u) => [u.code, u.name])), score };
  return demo;
}

/** Every weighted node's weight as its number input shows it (the input carries the full
 * number in `data-points`). The inputs follow the store at once; the rows around them are
 * drawn a moment later (deferred, so the ranking comes first), and `settledWeights` waits
 * for them to agree. */
async function weightsOnScreen(): Promise<Record<string, number>> {
  const inputs = page.getByTestId('weights-tree').locator('input[data-testid^="weight-input-"]');
  const pairs = await inputs.evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid')!.slice('weight-input-'.length), e.getAttribute('data-points')]));
  return Object.fromEntries(pairs.map(([c, w]) => [c as string, Number(w)]));
}

/** The weights once the table's rows have caught up with the inputs. */
async function settledWeights(): Promise<Record<string, number>> {
  const rowWeights = async () => {
    const rows = page.getByTestId('weights-tree').locator('tr[data-code]');
    const pairs = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-weight')]));
    return Object.fromEntries(pairs.map(([c, w]) => [c as string, Number(w)]));
  };
  await expect.poll(async () => JSON.stringify(await rowWeights()) === JSON.stringify(await weightsOnScreen())).toBe(true);
  return weightsOnScreen();
}

/** Clicks `select`, then the option `option` finds in the list it opens, and waits for the list
 * to close. On a loaded machine a click can be lost while the list is still sliding in (seen
 * once in CI: the list stayed open 15 s after its option was clicked); the option is then
 * clicked again, up to three times (choosing the same option twice changes nothing; Escape
 * could close the drawer around the select as well). */
async function pick(select: Locator, option: (list: Locator) => Locator): Promise<void> {
  await select.click();
  const list = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    await option(list).click();
    try {
      await expect.poll(() => list.count(), { timeout: 5_000 }).toBe(0);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** Picks an option of the method select of `group` (its dropdown closed again after). */
async function chooseMethod(testId: string, label: string): Promise<void> {
  await pick(page.getByTestId(testId), (list) => list.locator('.ant-select-item-option').filter({ hasText: label }));
}

/** The preview's top rows: unit, rank and the total as shown. */
async function previewTop(): Promise<string[]> {
  const rows = page.getByTestId('preview-top').getByTestId('preview-row');
  const cells = await rows.evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-unit')} ${e.getAttribute('data-rank')} ${e.querySelectorAll('td')[2].textContent}`),
  );
  return cells;
}

/** What the preview must show for these weights: the 15 best units with rank and total. */
function expectedTop(scored: { unit: string; rank: number; total: number }[]): string[] {
  const ranked = scored.filter((r) => r.rank > 0 && r.rank <= 15);
  expect(ranked).toHaveLength(15); // no tie across the 15th place: the set is well defined
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => `${r.unit} ${r.rank} ${r.total.toFixed(2)}`);
}

async function sliderHandle(code: string) {
  const handle = page.getByTestId(`weight-slider-${code}`).locator('.ant-slider-handle');
  await handle.scrollIntoViewIfNeeded();
  return handle;
}

async function screenshot(name: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  await page.mouse.move(0, 0);
  // no passing toast in the picture; transitions (drawer, chart) settled
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.waitForTimeout(600);
  await saveScreenshot(page, `weights-${name}.png`);
}

describe('the weights screen', () => {
  it('opens on the tree weights, and the preview ranks the units as the engine does', async () => {
    const d = await demoData();
    const shown = await weightsOnScreen();
    for (const i of d.indicators.filter((x) => x.kind === 'indicator')) expect(shown[i.code]).toBe(i.weight);
    await expect.poll(previewTop).toEqual(expectedTop(d.score(shown)));
    expect(await page.getByTestId('preview-movers').count()).toBe(0); // nothing moved yet
  });

  it('moves the ranking exactly as the engine predicts when a slider is dragged', async () => {
    const d = await demoData();
    const before = await previewTop();

    // Keyboard: V1's share of the top level from 20% to 30% in 20 steps of 0.5%. Its siblings
    // (80 points) make room in proportion: 100 − 30 = 70 points, each × 70/80 = 0.875.
    const v1 = await sliderHandle('V1');
    await v1.focus();
    for (let k = 0; k < 20; k++) await v1.press('ArrowRight');
    const byHand: Record<string, number> = { V1: 30, V2: 10.5, V3: 7, V4: 13.125, V5: 8.75, V6: 17.5, V7: 13.125 };
    await expect.poll(async () => (await weightsOnScreen()).V1).toBeCloseTo(30, 9);
    const afterKeys = await weightsOnScreen();
    for (const [code, w] of Object.entries(byHand)) expect(afterKeys[code]).toBeCloseTo(w, 9);
    expect(await page.getByTestId('weight-input-V1').inputValue()).toBe('30.00');

    // Mouse: drag V7.1's handle (villagers' satisfaction) most of the way to the right.
    const v71 = await sliderHandle('V7.1');
    const box = (await v71.boundingBox())!;
    const rail = (await page.getByTestId('weight-slider-V7.1').locator('.ant-slider').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(rail.x + rail.width * 0.6, box.y + box.height / 2, { steps: 8 });
    await page.mouse.move(rail.x + rail.width * 0.9, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();

    const weights = await settledWeights();
    // the drag moved V7.1 far up; V7's children (7 + 3 + 2 + 3 = 15 points) keep their total
    expect(weights['V7.1'] / (weights['V7.1'] + weights['V7.2'] + weights['V7.3'] + weights['V7.4'])).toBeGreaterThan(0.8);
    expect(weights['V7.1'] + weights['V7.2'] + weights['V7.3'] + weights['V7.4']).toBeCloseTo(15, 9);
    const expected = expectedTop(d.score(weights));
    await expect.poll(previewTop, { timeout: 10_000 }).toEqual(expected);
    expect(expected).not.toEqual(before); // the ranking did change

    // The movers: the change against the tree's own weights, as the engine gives it.
    const baseline = new Map(d.score(Object.fromEntries(d.indicators.map((i) => [i.code, i.weight]))).map((r) => [r.unit, r.rank]));
    const now = new Map(d.score(weights).map((r) => [r.unit, r.rank]));
    const movers = page.getByTestId('preview-mover');
    await movers.first().waitFor();
    const shownMovers = await movers.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-unit'), e.querySelectorAll('td')[3].textContent]),
    );
    const largest = Math.max(...[...now].map(([u, r]) => Math.abs((baseline.get(u) as number) - r)));
    expect(shownMovers.length).toBeGreaterThan(0);
    for (const [unit, text] of shownMovers) {
      const change = (baseline.get(unit as string) as number) - (now.get(unit as string) as number);
      expect(text).toBe(`${change > 0 ? '▲' : '▼'}${Math.abs(change)}`);
    }
    const [firstUnit] = shownMovers[0];
    expect(Math.abs((baseline.get(firstUnit as string) as number) - (now.get(firstUnit as string) as number))).toBe(largest);
  });

  it('undoes and redoes the drag with the buttons and the keyboard', async () => {
    const d = await demoData();
    const dragged = await weightsOnScreen();
    // the drag is one step: undo takes V7.1 back to the tree's 7 points (the V1 step moved
    // the top level only)
    await page.getByTestId('weights-undo').click();
    await expect.poll(async () => (await weightsOnScreen())['V7.1']).toBe(7);
    const undone = await weightsOnScreen();
    expect(undone.V1).toBeCloseTo(30, 9);
    await expect.poll(previewTop).toEqual(expectedTop(d.score(undone)));
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await weightsOnScreen())['V7.1']).toBe(dragged['V7.1']);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await weightsOnScreen())['V7.1']).toBe(undone['V7.1']);
    await page.getByTestId('weights-redo').click();
    await expect.poll(async () => (await weightsOnScreen())['V7.1']).toBe(dragged['V7.1']);
  });

  it('keeps a locked weight when a sibling moves, and resets a node to the scheme value', async () => {
    await page.getByTestId('weight-lock-V2').click();
    const before = await weightsOnScreen();
    await page.getByTestId('weight-input-V1').fill('40');
    await page.getByTestId('weight-input-V1').press('Enter');
    await expect.poll(async () => (await weightsOnScreen()).V1).toBe(40);
    expect((await weightsOnScreen()).V2).toBe(before.V2); // typed points change only V1
    const v1 = await sliderHandle('V1');
    await v1.focus();
    await v1.press('ArrowLeft');
    await expect.poll(async () => (await weightsOnScreen()).V1).not.toBe(40);
    expect((await weightsOnScreen()).V2).toBe(before.V2); // locked: still the same
    await page.getByTestId('weight-lock-V2').click();
    await page.getByTestId('weight-reset-V1').click();
    await expect.poll(async () => (await weightsOnScreen()).V1).toBe(20);
  });

  it('warns when an AHP matrix has CR > 0.1, naming the worst judgement and its suggested value', async () => {
    const d = await demoData();
    const top = d.indicators.filter((i) => i.parent === null && i.kind === 'indicator').sort((a, b) => a.position - b.position);
    const codes = top.map((i) => i.code);
    const shown = await weightsOnScreen();
    await chooseMethod('weight-method-root', '层次分析法');
    const editor = page.getByTestId('ahp-editor');
    await editor.waitFor();

    // The editor starts from the current weights: a_ij = w_i / w_j on the nearest point of the scale.
    const a = codes.map((ci) => codes.map((cj) => (ci === cj ? 1 : nearestSaaty(shown[ci] / shown[cj]))));
    for (let i = 0; i < codes.length; i++) for (let j = 0; j < i; j++) a[i][j] = 1 / a[j][i];
    const start = ahpWeights(a, codes);
    expect(start.cr).toBeLessThanOrEqual(0.1);
    expect(await page.getByTestId('ahp-warning').count()).toBe(0);
    expect(await page.getByTestId('ahp-cr').innerText()).toBe(`一致性比率 CR = ${start.cr.toFixed(3)}`);

    // A circular judgement: V1 ≫ V2 (9), V2 ≫ V3 (9), yet V3 ≫ V1 (V1 over V3 = 1/9).
    const judge = async (row: number, col: number, label: string) => {
      await pick(page.getByTestId(`ahp-cell-${codes[row]}-${codes[col]}`).locator('.ant-select'), (list) => list.locator(`.ant-select-item-option[title="${label}"]`));
      a[row][col] = label.startsWith('1/') ? 1 / Number(label.slice(2)) : Number(label);
      a[col][row] = 1 / a[row][col];
    };
    await judge(0, 1, '9');
    await judge(1, 2, '9');
    await judge(0, 2, '1/9');
    const bad = ahpWeights(a, codes);
    expect(bad.cr).toBeGreaterThan(0.1);
    await expect.poll(() => page.getByTestId('ahp-cr').innerText()).toBe(`一致性比率 CR = ${bad.cr.toFixed(3)}`);
    const warning = page.getByTestId('ahp-warning');
    await warning.waitFor();
    const worst = bad.judgements[0];
    const name = (code: string) => top.find((i) => i.code === code)!.name;
    const text = await warning.innerText();
    expect(text).toContain(bad.cr.toFixed(3));
    expect(text).toContain(`“${name(worst.row)}”相对“${name(worst.column)}”`);
    const fraction = (x: number) => (x >= 1 ? String(Math.round(x)) : `1/${Math.round(1 / x)}`);
    expect(text).toContain(`约为 ${fraction(worst.suggested)}`);
    expect(await page.getByTestId(`ahp-cell-${worst.row}-${worst.column}`).getAttribute('class')).toContain('kp-ahp-worst');

    // Taking the suggestion lowers CR to what the engine gives for the corrected matrix.
    await page.getByTestId('ahp-use-suggested').click();
    const i = codes.indexOf(worst.row);
    const j = codes.indexOf(worst.column);
    a[i][j] = worst.suggested;
    a[j][i] = 1 / worst.suggested;
    const better = ahpWeights(a, codes);
    expect(better.cr).toBeLessThan(bad.cr);
    await expect.poll(() => page.getByTestId('ahp-cr').innerText()).toBe(`一致性比率 CR = ${better.cr.toFixed(3)}`);
    await closeDrawer();
    await editor.waitFor({ state: 'detached' });
    // nothing was applied: the weights are as before
    expect(await weightsOnScreen()).toEqual(shown);
  });

  it('shows objective weights beside the policy weights and applies them only on request', async () => {
    const d = await demoData();
    const shown = await weightsOnScreen();
    const entropy = await call('objectiveWeights', { period: d.period, method: 'entropy' });
    const v1 = ['V1.1', 'V1.2', 'V1.3', 'V1.4', 'V1.5'];
    const w = new Map(entropy.weights.map((x) => [x.code, x.weight]));
    const sum = v1.reduce((s, c) => s + (w.get(c) as number), 0);
    // the column: each leaf's entropy weight renormalised within V1
    const cell = async (code: string) =>
      (await page.getByTestId('weights-tree').locator(`tr[data-code="${code}"] td.kp-objective-cell`).innerText()).trim();
    for (const c of v1) expect(await cell(c)).toBe(`${(((w.get(c) as number) / sum) * 100).toFixed(1)}%`);

    await chooseMethod('weight-method-V1', '熵权法');
    await page.getByTestId('method-proposal').waitFor();
    expect(await weightsOnScreen()).toEqual(shown); // shown, not swapped in
    await page.getByTestId('method-apply').click();
    await page.getByTestId('method-proposal').waitFor({ state: 'detached' });
    const applied = await settledWeights();
    // V1 keeps its 20 points, shared in proportion to the entropy weights
    for (const c of v1) expect(applied[c]).toBeCloseTo((20 * (w.get(c) as number)) / sum, 9);
    await page.getByTestId('weights-undo').click();
    await expect.poll(weightsOnScreen).toEqual(shown);

    // A group of dimensions: objective methods are explained and cannot be applied.
    await chooseMethod('weight-method-root', 'CRITIC');
    await page.getByTestId('objective-groups-only').waitFor();
    expect(await page.getByTestId('method-apply').isDisabled()).toBe(true);
    await closeDrawer();
  });

  it('edits a category’s own weights in its tab, leaving the others alone', async () => {
    const d = await demoData();
    const all = await weightsOnScreen();
    await page.getByTestId('weights-category-城郊融合').click();
    await page.getByTestId('weight-input-V1').fill('35');
    await page.getByTestId('weight-input-V1').press('Enter');
    await expect.poll(async () => (await weightsOnScreen()).V1).toBe(35);
    await page.getByTestId('weights-tree').locator('tr[data-code="V1"] .kp-own-tag').waitFor();
    await page.getByTestId('weights-category-all').click();
    await expect.poll(weightsOnScreen).toEqual(all); // all units: unchanged
    // the live ranking takes the category's weights: the engine with categoryWeights agrees
    const expected = d.score(all, { 城郊融合: { V1: 35 } });
    await expect.poll(previewTop).toEqual(expectedTop(expected));
    await page.getByTestId('weights-category-城郊融合').click();
    await page.getByTestId('weights-reset-category').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(async () => (await weightsOnScreen()).V1).toBe(all.V1);
    await page.getByTestId('weights-category-all').click();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`takes screenshots of every state (${lang})`, async () => {
      const zh = lang === 'zh';
      if (!zh) {
        await page.getByTestId('lang-switch').click();
        await expect.poll(() => page.getByTestId('nav-weights').innerText()).toBe('Weights');
      }
      const label = (zhText: string, enText: string) => (zh ? zhText : enText);
      // a known state: the tree's weights, then two edits that move the ranking
      await page.getByTestId('weights-reset-all').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await expect.poll(async () => (await weightsOnScreen()).V1).toBe(20);
      for (const [code, value] of [['V1', 30], ['V7.1', 14]] as const) {
        await page.getByTestId(`weight-input-${code}`).fill(String(value));
        await page.getByTestId(`weight-input-${code}`).press('Enter');
      }
      await page.getByTestId('preview-mover').first().waitFor();
      await page.getByTestId('weight-lock-V3').click();
      await page.getByTestId('weights-tree').locator('.ant-table-body').evaluate((el) => el.scrollTo(0, 0));
      await screenshot(`tree-${lang}`);

      await page.getByTestId('weights-tab-structure').click();
      await page.getByTestId('weights-sunburst').locator('canvas').waitFor();
      await screenshot(`structure-${lang}`);
      await page.getByText(label('实时排名', 'Live ranking'), { exact: true }).click();

      await page.getByTestId('weights-category-城郊融合').click();
      await page.getByTestId('weight-input-V2').fill('20');
      await page.getByTestId('weight-input-V2').press('Enter');
      await page.getByTestId('weights-tree').locator('tr[data-code="V2"] .kp-own-tag').waitFor();
      await screenshot(`category-${lang}`);
      await page.getByTestId('weights-reset-category').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByTestId('weights-category-all').click();

      await chooseMethod('weight-method-root', label('层次分析法', 'AHP'));
      await page.getByTestId('ahp-editor').waitFor();
      await screenshot(`ahp-${lang}`);
      const codes = ['V1', 'V2', 'V3'];
      for (const [i, j, v] of [[0, 1, '9'], [1, 2, '9'], [0, 2, '1/9']] as const) {
        await pick(page.getByTestId(`ahp-cell-${codes[i]}-${codes[j]}`).locator('.ant-select'), (list) => list.locator(`.ant-select-item-option[title="${v}"]`));
      }
      await page.getByTestId('ahp-warning').waitFor();
      await screenshot(`ahp-warning-${lang}`);
      await closeDrawer();

      await chooseMethod('weight-method-V1', label('熵权法', 'Entropy'));
      await page.getByTestId('method-proposal').waitFor();
      await screenshot(`objective-${lang}`);
      await closeDrawer();

      await chooseMethod('weight-method-root', 'CRITIC');
      await page.getByTestId('objective-groups-only').waitFor();
      await screenshot(`objective-groups-${lang}`);
      await closeDrawer();

      await chooseMethod('weight-method-V2', label('组合赋权', 'Combined'));
      await page.getByTestId('combined-editor').waitFor();
      await page.getByTestId('method-proposal').locator('.kp-proposal-new').first().waitFor();
      await expect.poll(() => page.getByTestId('method-proposal').locator('.kp-proposal-new').first().innerText()).toMatch(/%$/);
      await screenshot(`combined-${lang}`);
      await closeDrawer();

      await page.getByTestId('presentation-toggle').click();
      await page.waitForTimeout(300);
      await screenshot(`present-${lang}`);
      await page.getByTestId('presentation-toggle').click();

      await page.getByTestId('weight-lock-V3').click();
      if (!zh) await page.getByTestId('lang-switch').click();
      expect(browser.errors).toEqual([]);
    });
  }
});

async function closeDrawer(): Promise<void> {
  await page.locator('.ant-drawer-close').click();
  await expect.poll(() => page.locator('.ant-drawer-content:visible').count()).toBe(0);
}
