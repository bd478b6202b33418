import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goOnPastTieUntil } from '../../src-renderer/views/whatif/rankProof';
import { launchChromium, SCREENSHOT_DIR, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './support';

/** The what-if screen on the demo county: a saved scenario runs and its table shows the ranks
 * the service computes; the slope chart draws; saving from the editor stores a scenario. With
 * KAOPING_SCREENSHOTS=<folder>: whatif-<zh|en>.png and whatif-slope-<zh|en>.png. */

let host: RunningBrowserHost;
let browser: RunningChromium;
let page: Page;
const SCENARIO = '第一维度加倍';

async function shoot(file: string, testId?: string): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  await page.mouse.move(5, 5);
  // no toast left over from a save, and the screen from its top
  await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
  await page.getByTestId('whatif-view').evaluate((el) => el.scrollTo(0, 0));
  await page.waitForTimeout(400);
  if (testId) {
    const el = page.getByTestId(testId);
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: join(SCREENSHOT_DIR, file) });
  } else await page.screenshot({ path: join(SCREENSHOT_DIR, file) });
}

beforeAll(async () => {
  host = await startBrowserHost();
  const indicators = await host.service.listIndicators({});
  const first = indicators.find((i) => i.parent === null && i.kind === 'indicator')!;
  const units = await host.service.listUnits({});
  const village = units.find((u) => u.category !== null)!;
  const leaf = indicators.find((i) => i.kind === 'indicator' && !indicators.some((j) => j.parent === i.code))!;
  await host.service.saveScenario({
    name: SCENARIO,
    scheme: null,
    note: '试算',
    definition: {
      overlay: { weights: { [first.code]: first.weight * 2 } },
      edits: [{ unit: village.code, indicator: leaf.code, op: 'multiply', value: 1.3 }],
      categories: {},
    },
  });
  browser = await launchChromium();
  page = browser.page;
  await page.goto(host.url);
  await page.getByTestId('nav-whatif').click();
  await page.getByTestId('whatif-view').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('what-if scenarios', () => {
  it('runs a saved scenario and shows the comparison the service computes', async () => {
    await page.getByTestId('scenario-list').getByText(SCENARIO).click();
    await expect.poll(() => page.getByTestId('scenario-name').inputValue()).toBe(SCENARIO);
    await page.getByTestId('scenario-run').click();
    await page.getByTestId('scenario-table').locator('.ant-table-row').first().waitFor();
    const expected = await host.service.runScenario({ name: SCENARIO, movers: 15 });
    const rows = await page.getByTestId('scenario-table').locator('.ant-table-row').all();
    expect(rows.length).toBe(50);
    for (const [k, row] of rows.entries()) {
      const e = expected.rows[k];
      expect(await row.getAttribute('data-row-key')).toBe(e.unit);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells.slice(0, 2)).toEqual([String(e.rank), String(e.baseRank)]);
      expect(cells[3]).toBe(e.name);
    }
    expect(expected.movers.length).toBeGreaterThan(0);
    const movers = await page.getByTestId('scenario-movers').locator('.ant-list-item').allInnerTexts();
    expect(movers.map((m) => m.split(/\s+/)[0])).toEqual(expected.movers.map((m) => m.name));
    await page.getByTestId('chart-slope').locator('canvas').first().waitFor();
    await shoot('whatif-zh.png');
    await shoot('whatif-slope-zh.png', 'chart-slope');
  });

  it('exports the comparison as the CSV the service writes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-export').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${SCENARIO}-\\d{4}\\.csv$`));
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    const expected = await host.service.exportScenario({ name: SCENARIO });
    // with a byte-order mark, so that Excel reads the Chinese names
    expect(text).toBe('\ufeff' + expected.csv);
  });

  it('saves the scenario being edited under a new name', async () => {
    await page.getByTestId('scenario-name').fill('另存情景');
    await page.getByTestId('scenario-save').click();
    await expect.poll(async () => (await host.service.listScenarios({})).map((s) => s.name)).toContain('另存情景');
    const saved = (await host.service.listScenarios({})).find((s) => s.name === '另存情景')!;
    const original = (await host.service.listScenarios({})).find((s) => s.name === SCENARIO)!;
    expect(saved.definition).toEqual(original.definition);
  });

  it('finds by goal seeking a value that gets the unit there', async () => {
    // The panel starts on the first village and the first leaf, target rank 1.
    const units = await host.service.listUnits({});
    const unit = units.find((u) => !units.some((v) => v.parent === u.code))!.code;
    const indicators = await host.service.listIndicators({});
    const leaf = indicators.find((i) => i.kind === 'indicator' && !indicators.some((j) => j.parent === i.code))!.code;
    const { definition } = (await host.service.listScenarios({})).find((s) => s.name === SCENARIO)!;
    const expected = await host.service.goalSeek({ scheme: null, definition, unit, indicator: leaf, target: { rank: 1 } });
    await page.getByTestId('goal-seek').click();
    await page.getByTestId('goal-result').waitFor();
    const text = await page.getByTestId('goal-result').innerText();
    if (!expected.reachable) expect(text).toContain('无法达到');
    else {
      expect(text).toContain(`第 ${expected.rank} 名`);
      // The value found, put into the scenario, gets the unit there.
      const check = await host.service.runScenario({
        scheme: null,
        definition: { ...definition, edits: [...definition.edits, { unit, indicator: leaf, op: 'set', value: expected.value! }] },
        movers: 10,
      });
      expect(check.rows.find((r) => r.unit === unit)!.rank).toBe(1);
    }
  });

  it('bounds the rank in the scenario being edited, with the certified limits', async () => {
    // The panel's unit is the first village (as for goal seeking); ±10% around the scenario's
    // weights. The service computes the same call; the panel shows its ranks and limits.
    const units = await host.service.listUnits({});
    const unit = units.find((u) => !units.some((v) => v.parent === u.code))!;
    const { definition } = (await host.service.listScenarios({})).find((s) => s.name === SCENARIO)!;
    await page.getByTestId('bounds-relative').fill('10');
    // The exact programs can take seconds: while the call is out, the button says it is busy.
    // The request is held here until that is seen (a fast answer would otherwise race it).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/rankBounds', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByTestId('bounds-compute').click();
    await expect.poll(() => page.getByTestId('bounds-compute').getAttribute('class')).toContain('ant-btn-loading');
    release();
    await page.getByTestId('bounds-result').waitFor({ timeout: 60_000 });
    await page.unroute('**/api/rankBounds');
    await expect.poll(() => page.getByTestId('bounds-compute').getAttribute('class')).not.toContain('ant-btn-loading');
    const expected = await host.service.rankBounds({ scheme: null, definition, unit: unit.code, relative: 0.1 });
    expect(await page.getByTestId('bounds-nominal').innerText()).toContain(`名义第 ${expected.nominal} 名`);
    for (const which of ['best', 'worst'] as const) {
      const text = await page.getByTestId(`bounds-${which}`).innerText();
      const end = expected[which];
      expect(text).toContain(`第 ${end.rank} 名`);
      if (end.proven) expect(text).toContain('已证明');
      else expect(text).toContain(`第 ${end.limit} 名`);
    }
    // The scenario doubles the first dimension's weight: the nominal rank is the scenario's.
    const scenarioRank = (await host.service.runScenario({ scheme: null, definition, movers: 1 })).rows.find((r) => r.unit === unit.code)!.rank;
    expect(expected.nominal).toBe(scenarioRank);
    await shoot('whatif-bounds-zh.png', 'goal-panel');
    // Another bound: the answer for ±10% is not left beside ±12%.
    await page.getByTestId('bounds-relative').fill('12');
    await expect.poll(() => page.getByTestId('bounds-nominal').count()).toBe(0);

    // The scenario's first unit with the weights nearly fixed (±1%): its best rank is 1, proven.
    const first = (await host.service.runScenario({ scheme: null, definition, movers: 1 })).rows[0];
    const top = await host.service.rankBounds({ scheme: null, definition, unit: first.unit, relative: 0.01 });
    expect(top.best).toMatchObject({ rank: 1, limit: 1, proven: true });
    expect(await page.getByTestId('goal-result').count()).toBe(1); // the goal sought above
    await page.getByTestId('goal-unit').click();
    await page.keyboard.type(first.name);
    await page.keyboard.press('Enter');
    // another unit: the answers shown for the one before are gone, not left beside it
    await expect.poll(() => page.getByTestId('goal-result').count()).toBe(0);
    await expect.poll(() => page.getByTestId('bounds-nominal').count()).toBe(0);
    await page.getByTestId('bounds-relative').fill('1');
    await page.getByTestId('bounds-compute').click();
    await expect.poll(() => page.getByTestId('bounds-nominal').innerText(), { timeout: 60_000 }).toContain(first.name);
    expect(await page.getByTestId('bounds-best').innerText()).toMatch(/^最好名次：第 1 名，任何权重都不会更好。\s*已证明$/);
    await shoot('whatif-bounds-proven-zh.png', 'goal-panel');
  });

  it('proves an end left open, with progress, and stops a proof when asked', async () => {
    // In this scenario at ±10%, 下塘村's best rank found is 106 with 105 allowed; the proof
    // closes it in a few programs (measured: 3). The service, asked the same, says the same.
    const units = await host.service.listUnits({});
    const { definition } = (await host.service.listScenarios({})).find((s) => s.name === SCENARIO)!;
    const pick = async (code: string) => {
      const unit = units.find((u) => u.code === code)!;
      await page.getByTestId('goal-unit').click();
      await page.keyboard.type(unit.name);
      await page.keyboard.press('Enter');
      await page.getByTestId('bounds-relative').fill('10');
      await page.getByTestId('bounds-compute').click();
      await expect.poll(() => page.getByTestId('bounds-nominal').innerText(), { timeout: 60_000 }).toContain(unit.name);
      return { scheme: null, definition, unit: code, relative: 0.1 };
    };
    const args = await pick('QL06016');
    const first = await host.service.rankBounds(args);
    expect(first.best).toMatchObject({ proven: false });
    expect(await page.getByTestId('bounds-best').innerText()).toContain(`任何权重都不会好于第 ${first.best.limit} 名`);
    await page.getByTestId('bounds-best-prove').click();
    await expect.poll(() => page.getByTestId('bounds-proof').getAttribute('data-status'), { timeout: 120_000 }).not.toBe('running');
    // The same proof through the service, two programs per call as the panel asks.
    let state = { end: 'best' as const, weights: first.best.weights, limit: first.best.limit!, pieces: null as null | Awaited<ReturnType<typeof host.service.proveRankEnd>>['pieces'] };
    let out = await host.service.proveRankEnd({ ...args, ...state, steps: 2 });
    while (!out.proven && !out.exhausted) {
      state = { ...state, weights: out.weights, limit: out.limit!, pieces: out.pieces };
      out = await host.service.proveRankEnd({ ...args, ...state, steps: 2 });
    }
    expect(out.proven).toBe(true);
    expect(await page.getByTestId('bounds-proof').getAttribute('data-status')).toBe('proven');
    expect(await page.getByTestId('bounds-best').innerText()).toMatch(new RegExp(`^最好名次：第 ${out.rank} 名，任何权重都不会更好。\\s*已证明$`));
    expect(await page.getByTestId('bounds-proof').innerText()).toContain(`最好名次已证明：第 ${out.rank} 名`);
    await shoot('whatif-proof-zh.png', 'goal-panel');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('bounds-proof').innerText()).toContain(`The best rank is proven: ${out.rank}`);
    await shoot('whatif-proof-en.png', 'goal-panel');
    await page.getByTestId('lang-switch').click();

    // 樟岗村's worst stays open for many programs (measured: still after 200): Stop ends the
    // proof after the call in flight, and the bounds shown are where it stood.
    await pick('QL09004');
    await page.getByTestId('bounds-worst-prove').click();
    await expect.poll(() => page.getByTestId('bounds-proof').getAttribute('data-status')).toBe('running');
    await expect.poll(() => page.getByTestId('bounds-proof').innerText(), { timeout: 60_000 }).toMatch(/已查 [1-9]\d* 块权重范围/);
    await shoot('whatif-proof-running-zh.png', 'goal-panel');
    await page.getByTestId('bounds-proof-stop').click();
    await expect.poll(() => page.getByTestId('bounds-proof').getAttribute('data-status'), { timeout: 60_000 }).toBe('stopped');
    const checked = (text: string) => Number(/已查 (\d+) 块/.exec(text)![1]);
    const stopped = await page.getByTestId('bounds-proof').innerText();
    expect(stopped).toMatch(/^已停止（已查 \d+ 块权重范围）：最差名次仍在第 \d+ 名与第 \d+ 名之间/);
    // It goes on from there: the count carries on from where it stopped.
    await page.getByTestId('bounds-worst-prove').click();
    await expect.poll(async () => checked(await page.getByTestId('bounds-proof').innerText()), { timeout: 60_000 }).toBeGreaterThan(checked(stopped));
    await page.getByTestId('bounds-proof-stop').click();
    await expect.poll(() => page.getByTestId('bounds-proof').getAttribute('data-status'), { timeout: 60_000 }).toBe('stopped');

    // How a near-tie is said. The mocked answer below stands in for the service: a real end
    // that stays settled up to near-ties takes the demo county a minute (QL10010's worst: met
    // after 71 pieces, gone on past to 142); the engine's tests have real ones.
    const shown = await page.getByTestId('bounds-worst').innerText();
    const [rank, limit] = [...shown.matchAll(/第 (\d+) 名/g)].map((m) => Number(m[1]));
    let calls = 0;
    await page.route('**/api/proveRankEnd', (route) => {
      calls++;
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          unit: 'QL09004', end: 'worst', rank, weights: first.worst.weights, limit, proven: false,
          pieces: [{ lo: [0], hi: [1], limit, tie: true, margin: 0.00093 }], steps: 1, exhausted: false, tie: true, margin: 0.00093,
        }),
      });
    });
    await page.getByTestId('bounds-worst-prove').click();
    await expect.poll(() => page.getByTestId('bounds-proof').getAttribute('data-status')).toBe('tie');
    // Met at the first call after the stop, at n pieces: it went on to 2n before saying so.
    const tiedAt = checked(stopped) + 1;
    expect(calls).toBeGreaterThanOrEqual(goOnPastTieUntil(tiedAt) - tiedAt);
    expect(await page.getByTestId('bounds-proof').innerText()).toBe(
      `最差名次只差近似并列：第 ${rank} 名已经达到；第 ${limit} 名只有在另一个单位的总分与它相差不到 0.001 分（低于分数显示的两位小数）时才可能出现。可以继续精确证明。`,
    );
    expect(await page.getByTestId('bounds-worst-tag').innerText()).toBe('近似并列');
    expect(await page.getByTestId('bounds-worst-prove').innerText()).toBe('继续精确证明');
    await shoot('whatif-proof-tie-zh.png', 'goal-panel');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('bounds-proof').innerText()).toBe(
      `The worst rank is settled up to near-ties: rank ${rank} is reached; rank ${limit} could occur only where another unit's total is within 0.001 points of this one's (below the two decimals scores are shown with). You can go on to prove it exactly.`,
    );
    expect(await page.getByTestId('bounds-worst-prove').innerText()).toBe('Prove exactly');
    await shoot('whatif-proof-tie-en.png', 'goal-panel');
    await page.getByTestId('lang-switch').click();
    // Proving exactly goes on past the near-tie until stopped (or proven); stopped, it says the
    // near-tie again, which is what it knows.
    await page.getByTestId('bounds-worst-prove').click();
    await expect.poll(() => page.getByTestId('bounds-proof').innerText()).toMatch(/^最差名次已只差近似并列（另一个单位的总分与它相差不到 0\.001 分），正在精确证明：已查 \d+ 块权重范围/);
    const before = calls;
    await expect.poll(() => calls).toBeGreaterThan(before + 20);
    expect(await page.getByTestId('bounds-worst-tag').innerText()).toBe('近似并列');
    await shoot('whatif-proof-exactly-zh.png', 'goal-panel');
    await page.getByTestId('bounds-proof-stop').click();
    await expect.poll(() => page.getByTestId('bounds-proof').getAttribute('data-status')).toBe('tie');
    await page.unroute('**/api/proveRankEnd');
  });

  it('speaks English too', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('scenario-run').click();
    await expect.poll(() => page.getByTestId('scenario-summary').innerText()).toMatch(/^Period .* units up/);
    await page.getByTestId('chart-slope').locator('canvas').first().waitFor();
    await shoot('whatif-en.png');
    await shoot('whatif-slope-en.png', 'chart-slope');
    await page.getByTestId('bounds-compute').click();
    await expect.poll(() => page.getByTestId('bounds-nominal').innerText(), { timeout: 60_000 }).toMatch(/nominal rank/);
    expect(await page.getByTestId('bounds-best').innerText()).toMatch(/^Best rank/);
    await shoot('whatif-bounds-en.png', 'goal-panel');
    await page.getByTestId('lang-switch').click();
  });

  it('ran without page errors or CSP violations', () => {
    expect(browser.errors).toEqual([]);
  });
});
