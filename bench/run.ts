/* `npm run bench`: speed of the engine and of the demo county end to end. Prints a table and
 * keeps the figures in bench/results.json. Figures are medians of repeated runs, labelled with
 * the machine they were measured on. */
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeIndicator, type Indicator } from '../src-shared/model';
import { buildTree, createRescorer, proveRankEndSteps, proveWithin, rankBounds, runMonteCarlo, runToEnd, scoreScheme, type RankProofCall } from '../src-shared/engine';
import { openStore } from '../src-main/store';
import { periodInput } from '../src-main/service/periodInput';
import { loadMilpSolver } from '../src-main/service/milpSolver';
import type { EvaluationMatrix } from '../src-shared/engine/types';
import { createService } from '../src-main/service';
import { readWorkbook } from '../src-main/io';

const ROOT = resolve(import.meta.dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, fn: () => void): number {
  fn(); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Reads every score and mask of a normalised matrix once: Σ mask·score. Four running sums,
 * so that the pass is bound by reading memory rather than by the latency of one chain of
 * additions: the honest floor for a pass over the matrix. */
function bareRead(scores: Float64Array, mask: Uint8Array): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const end = scores.length - (scores.length % 4);
  for (let k = 0; k < end; k += 4) {
    s0 += mask[k] * scores[k];
    s1 += mask[k + 1] * scores[k + 1];
    s2 += mask[k + 2] * scores[k + 2];
    s3 += mask[k + 3] * scores[k + 3];
  }
  for (let k = end; k < scores.length; k++) s0 += mask[k] * scores[k];
  return s0 + s1 + s2 + s3;
}

/** Medians of two functions timed in turns (after a few warm-up calls of each). */
function timeAlternately(runs: number, a: () => void, b: () => void): [number, number] {
  for (let w = 0; w < 5; w++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb)];
}

/** A seeded generator so every run benchmarks the same matrix. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function node(code: string, parent: string | null, weight: number, position: number): Indicator {
  return makeIndicator(code, { parent, weight, position });
}

/** units × leaves synthetic data: 6 dimensions of 10 indicators, 2% missing. */
function synthetic(units: number, leaves: number): { tree: Indicator[]; matrix: EvaluationMatrix } {
  const rnd = mulberry32(42);
  const tree: Indicator[] = [];
  const groups = 6;
  for (let g = 0; g < groups; g++) tree.push(node(`D${g}`, null, 1 + g, tree.length));
  const leafCodes: string[] = [];
  for (let j = 0; j < leaves; j++) {
    const code = `I${j}`;
    leafCodes.push(code);
    tree.push(node(code, `D${j % groups}`, 1 + (j % 4), tree.length));
  }
  const values = new Float64Array(units * leaves);
  for (let k = 0; k < values.length; k++) values[k] = rnd() < 0.02 ? NaN : rnd() * 100;
  const unitCodes = Array.from({ length: units }, (_, i) => `U${i}`);
  return { tree, matrix: { unitCodes, leafCodes, values } };
}

async function demoEndToEnd(): Promise<number | null> {
  const seed = join(ROOT, 'resources/demo/demo-county.xlsx');
  if (!existsSync(seed)) return null;
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
  const service = await createService({ dbPath: join(dir, 'bench.db'), seedWorkbook: seed, user: 'bench' });
  await service.score({ options: {} });
  service.close();
  return performance.now() - t0;
}

/** Sensitivity on the demo county (issue 6): Monte Carlo over the weights with N = 1,000 (and
 * once with N = 10,000, the most the app allows), f = 0.25, against one full rescoring of the
 * same period (normalisation included). The Monte Carlo time includes its one normalisation. */
async function demoMonteCarlo(): Promise<{ fullMs: number; mc1000Ms: number; mc10000Ms: number; units: number } | null> {
  const seed = join(ROOT, 'resources/demo/demo-county.xlsx');
  if (!existsSync(seed)) return null;
  const path = join(mkdtempSync(join(tmpdir(), 'kaoping-bench-')), 'mc.db');
  (await createService({ dbPath: path, seedWorkbook: seed, user: 'bench' })).close();
  const store = openStore(path);
  try {
    const { input } = periodInput(store, undefined, undefined);
    const fullMs = time(10, () => scoreScheme(input.tree, input.matrix, input.scheme, input.context));
    const mc1000Ms = time(5, () => runMonteCarlo(input, { samples: 1000, noise: 0.25, seed: 1 }));
    const mc10000Ms = time(1, () => runMonteCarlo(input, { samples: 10_000, noise: 0.25, seed: 1 }));
    return { fullMs, mc1000Ms, mc10000Ms, units: input.matrix.unitCodes.length };
  } finally {
    store.close();
  }
}

/** Pieces of the box examined at most proving each open end in the bench. */
const PROOF_BUDGET = 60;

/** Best and worst rank within ±10% of every weight on the demo county (issue 6), with the
 * service's solver: one call per village at every 26th place by nominal rank (both ends each),
 * and how many ends are proven. */
async function demoRankBounds(): Promise<{ medianMs: number; maxMs: number; calls: number; proven: number; proof: { open: number; closed: number; ties: number; pieces: number; ms: number } } | null> {
  const seed = join(ROOT, 'resources/demo/demo-county.xlsx');
  if (!existsSync(seed)) return null;
  const path = join(mkdtempSync(join(tmpdir(), 'kaoping-bench-')), 'rb.db');
  (await createService({ dbPath: path, seedWorkbook: seed, user: 'bench' })).close();
  const store = openStore(path);
  try {
    const { input } = periodInput(store, undefined, undefined);
    const solver = await loadMilpSolver();
    const scored = scoreScheme(input.tree, input.matrix, input.scheme, input.context);
    const byRank = input.matrix.unitCodes.filter((_, u) => scored.rank[u] > 0).sort((a, b) => scored.rank[input.matrix.unitCodes.indexOf(a)] - scored.rank[input.matrix.unitCodes.indexOf(b)]);
    const ms: number[] = [];
    let proven = 0;
    // Each end the call leaves open, proven further (rank-prove.ts) with up to PROOF_BUDGET
    // pieces of the box (one or two programs each): how many close, how many stop at a
    // near-tie, and the time per piece.
    const proof = { open: 0, closed: 0, ties: 0, pieces: 0, ms: 0 };
    for (let k = 0; k < byRank.length; k += 26) {
      const t0 = performance.now();
      const res = rankBounds(input, byRank[k], { relative: 0.1 }, { solver });
      ms.push(performance.now() - t0);
      proven += Number(res.best.proven) + Number(res.worst.proven);
      for (const end of ['best', 'worst'] as const) {
        const b = res[end];
        if (b.proven || b.limit === null) continue;
        proof.open++;
        const t1 = performance.now();
        // Going on past near-ties, as "Prove exactly" does.
        const call: RankProofCall = (state, steps) => runToEnd(proveRankEndSteps(input, byRank[k], { relative: 0.1 }, state, { solver, steps }));
        const { result: out, pieces: used } = await proveWithin(call, { end, weights: b.weights, limit: b.limit, pieces: null }, PROOF_BUDGET, PROOF_BUDGET);
        proof.ms += performance.now() - t1;
        proof.pieces += used;
        proof.closed += Number(out.proven);
        proof.ties += Number(!out.proven && out.tie);
      }
    }
    return { medianMs: median(ms), maxMs: Math.max(...ms), calls: ms.length, proven, proof };
  } finally {
    store.close();
  }
}

/** Reading and validating a 100,000-row long data sheet (CSV): 5,000 units × 20 indicators. */
async function importHundredThousandRows(): Promise<number> {
  const enc = new TextEncoder();
  const leaves = 20;
  const units = 5_000;
  const ind = ['code,name,parent,weight', 'D,D,,1', ...Array.from({ length: leaves }, (_, j) => `L${j},L${j},D,1`)];
  const uni = ['code,name', ...Array.from({ length: units }, (_, i) => `U${i},U${i}`)];
  const data = ['unit,period,indicator,value'];
  for (let i = 0; i < units; i++) for (let j = 0; j < leaves; j++) data.push(`U${i},2024,L${j},${(i * 7 + j) % 101}`);
  const files = [
    { name: 'indicators.csv', data: enc.encode(ind.join('\n')) },
    { name: 'units.csv', data: enc.encode(uni.join('\n')) },
    { name: 'data.csv', data: enc.encode(data.join('\n')) },
  ];
  const t0 = performance.now();
  const { workbook } = await readWorkbook(files);
  if (!workbook || workbook.observations.length !== units * leaves) throw new Error('bench workbook did not read');
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const U = 20_000;
  const L = 60;
  const { tree, matrix } = synthetic(U, L);
  const t = buildTree(tree);

  // (a) A weight change, as a slider move would make: the rescorer normalised once, when it
  // was created; each call is one pass over the normalised matrix plus a rank. Against a bare
  // pass that reads every value of the same normalised matrix once: the floor for rescoring.
  // The two are timed alternately, so that both see the same state of the machine.
  const rescorer = createRescorer(t, matrix);
  const { scores, mask } = rescorer.normalised;
  let sink = 0;
  const weights: Record<string, number> = {};
  let flip = 0;
  const [bare, rescore] = timeAlternately(
    41,
    () => {
      sink += bareRead(scores, mask);
    },
    () => {
      weights.D0 = 1 + (flip++ % 5);
      sink += rescorer.rescore(weights).rank[0];
    },
  );
  // (b) Full scoring from raw values: normalisation, aggregation, adjustments, ranks, result.
  const full = time(10, () => scoreScheme(t, matrix));
  const demo = await demoEndToEnd();
  const readBig = await importHundredThousandRows();
  const mc = await demoMonteCarlo();
  const rb = await demoRankBounds();

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    size: { units: U, indicators: L },
    bareReadMs: bare,
    rescoreMs: rescore,
    rescoreRatio: rescore / bare,
    fullScoreMs: full,
    demoCountyEndToEndMs: demo,
    read100kRowSheetMs: readBig,
    ...(mc === null
      ? {}
      : {
          sensitivity: {
            units: mc.units,
            fullRescoreMs: mc.fullMs,
            monteCarlo1000Ms: mc.mc1000Ms,
            monteCarlo1000Ratio: mc.mc1000Ms / mc.fullMs,
            monteCarlo10000Ms: mc.mc10000Ms,
            ...(rb === null
              ? {}
              : {
                  rankBounds10pctMedianMs: rb.medianMs,
                  rankBounds10pctMaxMs: rb.maxMs,
                  rankBounds10pctCalls: rb.calls,
                  rankBounds10pctProvenEnds: rb.proven,
                  rankProof10pctOpenEnds: rb.proof.open,
                  rankProof10pctClosedEnds: rb.proof.closed,
                  rankProof10pctBudget: PROOF_BUDGET,
                  rankProof10pctNearTies: rb.proof.ties,
                  rankProof10pctPieces: rb.proof.pieces,
                  rankProof10pctMsPerPiece: rb.proof.pieces > 0 ? rb.proof.ms / rb.proof.pieces : null,
                }),
          },
        }),
  };
  console.log(`Kaoping bench — ${machine}`);
  console.table({
    'bare read of the 20,000 × 60 matrix': { ms: bare.toFixed(2), ratio: '1.00' },
    'rescore after a weight change': { ms: rescore.toFixed(2), ratio: (rescore / bare).toFixed(2) },
    'full scoring from raw values': { ms: full.toFixed(2), ratio: (full / bare).toFixed(2) },
    'demo county end to end (seed + score)': { ms: demo === null ? 'n/a' : demo.toFixed(0), ratio: '' },
    'read + validate a 100,000-row data sheet': { ms: readBig.toFixed(0), ratio: '' },
  });
  if (mc) {
    console.table({
      'demo county: one full rescoring': { ms: mc.fullMs.toFixed(2), ratio: '1.00' },
      'demo county: Monte Carlo N = 1,000': { ms: mc.mc1000Ms.toFixed(0), ratio: (mc.mc1000Ms / mc.fullMs).toFixed(1) },
      'demo county: Monte Carlo N = 10,000': { ms: mc.mc10000Ms.toFixed(0), ratio: (mc.mc10000Ms / mc.fullMs).toFixed(1) },
      ...(rb === null
        ? {}
        : {
            [`demo county: best and worst rank, ±10% (median of ${rb.calls} calls; ${rb.proven} of ${2 * rb.calls} ends proven)`]: {
              ms: rb.medianMs.toFixed(0),
              ratio: (rb.medianMs / mc.fullMs).toFixed(0),
            },
            [`demo county: proving the ${rb.proof.open} open ends further (${rb.proof.closed} proven, ${rb.proof.ties} settled up to near-ties, within ${PROOF_BUDGET} pieces each; ms per piece)`]: {
              ms: rb.proof.pieces > 0 ? (rb.proof.ms / rb.proof.pieces).toFixed(0) : 'n/a',
              ratio: rb.proof.pieces > 0 ? (rb.proof.ms / rb.proof.pieces / mc.fullMs).toFixed(0) : '',
            },
          }),
    });
  }
  // Merge: bench/ui.ts keeps its browser figures (ui*) in the same file.
  const file = join(ROOT, 'bench/results.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...kept, ...results }, null, 2) + '\n');
  if (sink === 42) console.log(''); // keeps the bare pass from being optimised away
}

await main();
