/* Input-to-redraw in Chromium: how long after a weight edit the ranking shows the rescored
 * result. Opens the Weights screen of the demo county in Debian's Chromium (the browser host,
 * as the e2e tests run it), moves one weight through its number input, and reads the time
 * from each `kaoping:weights-input` mark (placed when the edit is dispatched,
 * src-renderer/state/weights/store.ts) to the next `kaoping:ranking-drawn` mark (placed by the
 * ranking once it has rendered the rescored result). Prints median and p95 and keeps them in
 * bench/results.json under `uiInputToRedrawMs` (other keys kept).
 *
 * Also times the rescoring worker itself in Chromium at 20,000 units × 60 indicators (the
 * built worker, synthetic data, no React): `uiWorker20kRescoreMs`, post-to-answer on the UI
 * thread, with the longest UI-thread task seen meanwhile (the UI must stay responsive); and the
 * whole app at that size (`uiInputToRedraw20kMs`): a synthetic 20,000-village county imported
 * through the service, the Ranking screen opened, then the same input-to-redraw on the Weights
 * screen. The machine's load average is kept beside the figures (other work skews them).
 *
 *   node --import tsx bench/ui.ts [--build] [--code <indicator>] [--moves 40] [--no-synthetic]
 *
 * `--build` rebuilds the renderer first (else only when out/renderer is missing). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { matrixToArrow } from '../src-shared/api/arrow';
import { makeIndicator, type Indicator } from '../src-shared/model';
import { launchChromium, startBrowserHost, RENDERER_DIR } from '../tests/e2e/support';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results.json');
const INPUT_MARK = 'kaoping:weights-input';
const DRAWN_MARK = 'kaoping:ranking-drawn';
/** The Weights screen's live ranking (the fallback redraw signal observes it). */
const PREVIEW_TEST_ID = 'weights-preview';

interface Args {
  build: boolean;
  code: string | null;
  moves: number;
  synthetic: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { build: false, code: null, moves: 40, synthetic: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--build') args.build = true;
    else if (argv[i] === '--code') args.code = argv[++i];
    else if (argv[i] === '--moves') args.moves = Number(argv[++i]);
    else if (argv[i] === '--no-synthetic') args.synthetic = false;
  }
  return args;
}

/** The p-th percentile by nearest rank (p95 of 20 samples is the 19th smallest). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x: number): number => Math.round(x * 100) / 100;

function ensureRenderer(force: boolean): void {
  if (!force && existsSync(join(RENDERER_DIR, 'index.html'))) return;
  console.log('building the renderer (npx electron-vite build)…');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/** How many marks of a name the page has. */
function markCount(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark').length, name);
}

/** The weight input to move: `--code`, else the first leaf-level input on the screen. */
async function pickInput(page: Page, code: string | null) {
  await page.getByTestId('weights-tree').waitFor({ timeout: 30_000 });
  const testId = code
    ? `weight-input-${code}`
    : ((await page.evaluate(`(() => {
        const all = [...document.querySelectorAll('[data-testid^="weight-input-"]')];
        const usable = all.filter((el) => !el.disabled && !el.querySelector('input:disabled'));
        // The last one shown is the deepest in the first branch opened: a leaf, usually.
        return usable.at(-1)?.getAttribute('data-testid') ?? null;
      })()`)) as string | null);
  if (!testId) throw new Error('no weight-input-<code> on the Weights screen');
  const holder = page.getByTestId(testId);
  const isInput = await holder.evaluate((el) => el.tagName === 'INPUT');
  return { testId, input: isInput ? holder : holder.locator('input').first() };
}

/** What one kind of edit measured: input-to-redraw in ms, and in which frame after the input
 * the rescored ranking was drawn (1 = the first frame that began after the input). */
interface EditSamples {
  ms: number[];
  frames: number[];
}

/** Records every animation frame's start time in the page, so that a redraw can be placed in
 * "the n-th frame after the input" (the frame clock, not a fixed 16.7 ms). */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    if (window.__kpFrames) return;
    window.__kpFrames = [];
    const tick = (t) => { window.__kpFrames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

/** Runs `edit` `moves` times (after one warm-up), each time waiting for its input mark and the
 * next redraw mark, then reads the pairs. `edit(i)` must change a weight. */
async function measureEdits(page: Page, moves: number, edit: (i: number) => Promise<void>): Promise<{ signal: 'app' | 'dom-observer'; samples: EditSamples }> {
  let count = 0;
  const once = async (drawTimeout = 10_000): Promise<void> => {
    const inputs = await markCount(page, INPUT_MARK);
    const drawn = await markCount(page, DRAWN_MARK);
    await edit(count++);
    await page.waitForFunction(([n, k]) => performance.getEntriesByName(n as string, 'mark').length > (k as number), [INPUT_MARK, inputs], {
      timeout: 5_000,
    });
    try {
      await page.waitForFunction(([n, k]) => performance.getEntriesByName(n as string, 'mark').length > (k as number), [DRAWN_MARK, drawn], {
        timeout: drawTimeout,
      });
    } catch {
      throw new Error(`no ${DRAWN_MARK} mark within ${drawTimeout} ms of the edit: the live ranking on the Weights screen must mark its redraw`);
    }
    // Let the frame settle so the next input starts from a quiet page.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  };

  // Warm-up, not counted. Should the screen not mark its redraw, the bench marks it itself:
  // in the frame after the live preview's DOM changed (labelled in the results).
  let signal: 'app' | 'dom-observer' = 'app';
  try {
    await once(30_000);
  } catch (e) {
    if (!(await page.getByTestId(PREVIEW_TEST_ID).count())) throw e;
    console.log(`(no ${DRAWN_MARK} from the Weights screen: marking the frame after the ${PREVIEW_TEST_ID} DOM changes instead)`);
    signal = 'dom-observer';
    await page.evaluate(`(() => {
      const target = document.querySelector('[data-testid="${PREVIEW_TEST_ID}"]');
      new MutationObserver(() => requestAnimationFrame(() => performance.mark('${DRAWN_MARK}'))).observe(target, {
        subtree: true, childList: true, characterData: true, attributes: true,
      });
    })()`);
    await once(30_000);
  }
  await recordFrames(page);
  await page.evaluate(() => performance.clearMarks());
  for (let i = 0; i < moves; i++) await once();

  const pairs = (await page.evaluate(`(() => {
    const inputs = performance.getEntriesByName(${JSON.stringify(INPUT_MARK)}, 'mark');
    const drawn = performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}, 'mark');
    const frames = window.__kpFrames;
    return inputs.map((m) => {
      const next = drawn.find((d) => d.startTime >= m.startTime);
      if (!next) return null;
      const frame = frames.filter((t) => t > m.startTime && t <= next.startTime).length;
      return [next.startTime - m.startTime, frame];
    }).filter((p) => p !== null);
  })()`)) as [number, number][];
  return { signal, samples: { ms: pairs.map((p) => p[0]), frames: pairs.map((p) => p[1]) } };
}

/** Edits through a weight's number input: a new value typed, then Enter. */
async function inputToRedraw(page: Page, args: Args): Promise<{ code: string; signal: 'app' | 'dom-observer'; samples: EditSamples }> {
  await page.getByTestId('nav-weights').click();
  const { testId, input } = await pickInput(page, args.code);
  const code = testId.slice('weight-input-'.length);
  const start = Number((await input.inputValue()).replace(/[^0-9.]/g, '')) || 1;
  const { signal, samples } = await measureEdits(page, args.moves, async (i) => {
    // Successive values always differ (else the edit changes nothing and marks nothing).
    await input.fill(String(round(start * (1 + 0.05 * ((i % 7) + 1)))));
    await input.press('Enter');
  });
  return { code, signal, samples };
}

/** Drags the same weight's slider: the mouse held on the handle, moved a few pixels per edit
 * (each move a pointer event the page handles as the drag goes on), released at the end. */
async function dragToRedraw(page: Page, code: string, moves: number): Promise<EditSamples> {
  const handle = page.getByTestId(`weight-slider-${code}`).locator('.ant-slider-handle');
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error(`no slider handle for ${code}`);
  const x0 = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  try {
    // Back and forth around the start, 4 px apart: every move is a new share.
    const { samples } = await measureEdits(page, moves, (i) => page.mouse.move(x0 + 4 * (1 + (i % 6)) * (i % 2 ? -1 : 1), y));
    return samples;
  } finally {
    await page.mouse.up();
  }
}

/** The summary kept in results.json for one kind of edit. */
interface EditSummary {
  median: number;
  p95: number;
  samples: number;
  /** The frame after the input in which the redraw was drawn, median (1 = the first). */
  medianFrame: number;
  shareInFirstFrame: number;
}

function summary(samples: EditSamples): EditSummary {
  const inFirst = samples.frames.filter((f) => f <= 1).length;
  return {
    median: round(median(samples.ms)),
    p95: round(percentile(samples.ms, 95)),
    samples: samples.ms.length,
    medianFrame: median(samples.frames),
    shareInFirstFrame: round(inFirst / Math.max(1, samples.frames.length)),
  };
}

/** 20,000 units × 60 leaves under 6 dimensions, 2% missing (as bench/run.ts). */
function synthetic(units: number, leaves: number): { indicators: Indicator[]; bytes: Uint8Array } {
  let seed = 42;
  const rnd = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const indicators: Indicator[] = [];
  for (let g = 0; g < 6; g++) indicators.push(makeIndicator(`D${g}`, { weight: 1 + g, position: indicators.length }));
  const leafCodes: string[] = [];
  for (let j = 0; j < leaves; j++) {
    leafCodes.push(`I${j}`);
    indicators.push(makeIndicator(`I${j}`, { parent: `D${j % 6}`, weight: 1 + (j % 4), position: indicators.length }));
  }
  const values = new Float64Array(units * leaves);
  for (let k = 0; k < values.length; k++) values[k] = rnd() < 0.02 ? NaN : rnd() * 100;
  const unitCodes = Array.from({ length: units }, (_, i) => `U${i}`);
  return { indicators, bytes: matrixToArrow({ unitCodes, leafCodes, values }) };
}

/** A county of `units` villages under 100 townships in 4 categories, 60 indicators under 6
 * dimensions, one period (2025), as the CSV files of an evaluation workbook: what the 20,000-unit
 * run imports through the service, as a user would. */
function syntheticWorkbook(units: number): { name: string; data: Uint8Array }[] {
  const { indicators } = synthetic(1, 60);
  const enc = new TextEncoder();
  const csv = (lines: string[]) => enc.encode(lines.join('\n') + '\n');
  const indicatorLines = ['code,name,parent,weight', ...indicators.map((i) => `${i.code},${i.code},${i.parent ?? ''},${i.weight}`)];
  const towns = 100;
  const unitLines = ['code,name,parent,level,category'];
  for (let t = 0; t < towns; t++) unitLines.push(`T${t},镇${t},,township,`);
  const categories = ['economic', 'agricultural', 'ecological', 'renewal'];
  for (let u = 0; u < units; u++) unitLines.push(`U${u},村${u},T${u % towns},village,${categories[u % 4]}`);
  const leaves = indicators.filter((i) => i.parent !== null).map((i) => i.code);
  let seed = 7;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const dataLines = [['unit', ...leaves].join(',')];
  for (let u = 0; u < units; u++) dataLines.push([`U${u}`, ...leaves.map(() => (rnd() * 100).toFixed(2))].join(','));
  return [
    { name: 'indicators.csv', data: csv(indicatorLines) },
    { name: 'units.csv', data: csv(unitLines) },
    { name: 'data.csv', data: csv(dataLines) },
  ];
}

/** Input-to-redraw on the Weights screen over a 20,000-unit county imported through the service,
 * and the time the Ranking screen takes to show its first rows. */
async function ui20k(args: Args, machineLoad: () => number[]): Promise<Record<string, unknown>> {
  const host = await startBrowserHost({ seed: false });
  const chrome = await launchChromium();
  try {
    const t0 = performance.now();
    const imported = await host.service.importWorkbook({ files: syntheticWorkbook(20_000), period: '2025', dryRun: false });
    if (!imported.ok) throw new Error('the synthetic 20,000-unit workbook did not import: ' + JSON.stringify(imported.issues.slice(0, 3)));
    const importMs = performance.now() - t0;
    await chrome.page.goto(host.url);
    await chrome.page.waitForSelector('#root > *');
    const r0 = Date.now();
    await chrome.page.getByTestId('nav-ranking').click();
    await chrome.page.locator('[data-testid^="ranking-open-"]').first().waitFor({ timeout: 60_000 });
    const rankingOpenMs = Date.now() - r0;
    const { code, samples } = await inputToRedraw(chrome.page, { ...args, code: args.code ?? 'I7' });
    const out = {
      ...summary(samples),
      indicator: code,
      size: { units: 20_000, indicators: 60 },
      importMs: Math.round(importMs),
      rankingOpenMs,
      loadAverage: machineLoad(),
    };
    console.log(
      `20,000 units through the UI: input-to-redraw median ${out.median} ms, p95 ${out.p95} ms (${out.samples} edits of ${code}; ` +
        `frame ${out.medianFrame} after the input, median); ` +
        `ranking screen shows its rows ${rankingOpenMs} ms after the click; import ${out.importMs} ms`,
    );
    if (chrome.errors.length > 0) console.log(`page errors:\n  ${chrome.errors.join('\n  ')}`);
    return out;
  } finally {
    await chrome.close();
    await host.close();
  }
}

/** The built worker in Chromium on synthetic data: post-to-answer per rescore, and the
 * longest UI-thread task while it ran. */
async function worker20k(page: Page, origin: string): Promise<{ init: number; samples: number[]; longestTaskMs: number } | null> {
  const assets = join(RENDERER_DIR, 'assets');
  const file = existsSync(assets) ? readdirSync(assets).find((f) => /^rescore\.worker.*\.js$/.test(f)) : undefined;
  if (!file) return null;
  const { indicators, bytes } = synthetic(20_000, 60);
  await page.route(`${origin}/bench-synthetic.arrow`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(bytes) }),
  );
  // A string: the page's DOM and Worker are not in this Node-side TypeScript project.
  const run = `(async ({ url, indicators }) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    try {
      observer.observe({ type: 'longtask', buffered: false });
    } catch {
      // no long task timing: longest stays 0
    }
    const data = new Uint8Array(await (await fetch('/bench-synthetic.arrow')).arrayBuffer());
    const worker = new Worker(url, { type: 'module' });
    let id = 0;
    const ask = (msg, transfer = []) =>
      new Promise((res) => {
        worker.onmessage = (e) => res(e.data);
        worker.postMessage({ ...msg, id: ++id }, transfer);
      });
    let t0 = performance.now();
    const ready = await ask({ type: 'init', observations: data, indicators, scheme: {}, categories: {} }, [data.buffer]);
    const init = performance.now() - t0;
    if (ready.type !== 'ready') throw new Error('worker answered ' + JSON.stringify(ready));
    const samples = [];
    for (let r = 0; r < 21; r++) {
      const weights = {};
      for (let g = 0; g < 6; g++) weights['D' + g] = 1 + ((g + r) % 6);
      t0 = performance.now();
      const reply = await ask({ type: 'rescore', weights });
      if (reply.type !== 'scores') throw new Error('worker answered ' + JSON.stringify(reply));
      if (r > 0) samples.push(performance.now() - t0); // the first one warms up
    }
    worker.terminate();
    observer.disconnect();
    return { init, samples, longestTaskMs: longest };
  })(${JSON.stringify({ url: `/assets/${file}`, indicators })})`;
  return (await page.evaluate(run)) as { init: number; samples: number[]; longestTaskMs: number };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  ensureRenderer(args.build);
  const host = await startBrowserHost({ seed: true });
  const chrome = await launchChromium();
  const results = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium`;
  try {
    await chrome.page.goto(host.url);
    await chrome.page.waitForSelector('#root > *');

    const { code, signal, samples } = await inputToRedraw(chrome.page, args);
    if (samples.ms.length === 0) throw new Error(`no ${INPUT_MARK} → ${DRAWN_MARK} pairs were measured`);
    const ui = { ...summary(samples), indicator: code, units: 'demo county', redrawSignal: signal, edit: 'number input + Enter' };
    console.log(
      `input-to-redraw (${ui.samples} edits of ${code} through its number input): median ${ui.median} ms, p95 ${ui.p95} ms; ` +
        `drawn in frame ${ui.medianFrame} after the input (median), ${Math.round(ui.shareInFirstFrame * 100)}% in the first`,
    );
    results.uiInputToRedrawMs = ui;
    const drag = { ...summary(await dragToRedraw(chrome.page, code, args.moves)), indicator: code, units: 'demo county', edit: 'slider drag' };
    console.log(
      `drag-to-redraw (${drag.samples} moves of ${code}'s slider): median ${drag.median} ms, p95 ${drag.p95} ms; ` +
        `drawn in frame ${drag.medianFrame} after the move (median), ${Math.round(drag.shareInFirstFrame * 100)}% in the first`,
    );
    results.uiDragToRedrawMs = drag;

    if (args.synthetic) {
      const w = await worker20k(chrome.page, host.origin);
      if (w) {
        const synth = {
          median: round(median(w.samples)),
          p95: round(percentile(w.samples, 95)),
          initMs: round(w.init),
          longestUiTaskMs: round(w.longestTaskMs),
          size: { units: 20_000, indicators: 60 },
        };
        console.log(
          `worker rescore at 20,000 × 60 (post to answer): median ${synth.median} ms, p95 ${synth.p95} ms; ` +
            `init ${synth.initMs} ms; longest UI-thread task ${synth.longestUiTaskMs} ms`,
        );
        results.uiWorker20kRescoreMs = synth;
      } else {
        console.log('no rescore.worker asset in out/renderer/assets: the 20,000-unit check was skipped');
      }
    }
    if (args.synthetic) results.uiInputToRedraw20kMs = await ui20k(args, () => loadavg().map((x) => round(x)));
    results.uiMeasuredAt = new Date().toISOString();
    results.uiLoadAverage = loadavg().map((x) => round(x));
    results.uiMachine = machine;
    writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
    if (chrome.errors.length > 0) console.log(`page errors:\n  ${chrome.errors.join('\n  ')}`);
  } finally {
    await chrome.close();
    await host.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
