/** The small demo for the city-assesses-counties catalog: the fictional 云岚市 and its twelve
 * counties (three top-100, five agricultural, four ecological), three years, complete data and
 * a few adjustments. No goals: a city assesses its counties' key tasks as indicators (C6). */
import type { Indicator, Unit, Workbook } from '../../src-shared/model';
import { drawAdjustments, type AdjustmentRule } from './adjustments';
import { isAdjustment, leafIndicators, loadCatalog, parseCatalog } from './catalog';
import { COUNTY_NAME } from './names';
import { finishValue } from './numbers';
import { DEMO_SEED, type DemoOptions } from './options';
import { ANNUAL_PERIODS } from './periods';
import { Rng } from './random';
import { gauss, type IndicatorModel } from './series';
import { drawValues, ValueTable } from './value-table';

export const CITY_NAME = '云岚市';
export const CITY_CODE = 'YL';

export type CountyCategory = '百强县' | '农业县' | '生态县';

export interface CountyProfile {
  code: string;
  name: string;
  category: CountyCategory;
  /** Economic strength, standardised over the city. */
  e: number;
  /** Quality of rural-work management. */
  g: number;
}

/** Twelve fictional counties; 青岚县 is the village demo's county. */
const COUNTIES: readonly (readonly [string, CountyCategory])[] = [
  ['澄水县', '百强县'], ['禾丰县', '百强县'], ['桐溪县', '百强县'],
  [COUNTY_NAME, '农业县'], ['梅岭县', '农业县'], ['杉川县', '农业县'], ['鹿鸣县', '农业县'], ['柘源县', '农业县'],
  ['枫林县', '生态县'], ['白岚县', '生态县'], ['鹤川县', '生态县'], ['棠溪县', '生态县'],
];

const STRENGTH: Record<CountyCategory, number> = { 百强县: 1.3, 农业县: -0.3, 生态县: -0.5 };

function buildCounties(rng: Rng): CountyProfile[] {
  const raw = COUNTIES.map(([, c]) => STRENGTH[c] + rng.normal(0, 0.4));
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  const sd = Math.sqrt(raw.reduce((a, b) => a + (b - mean) ** 2, 0) / raw.length);
  return COUNTIES.map(([name, category], i) => ({
    code: `${CITY_CODE}${String(i + 1).padStart(2, '0')}`,
    name,
    category,
    e: (raw[i] - mean) / sd,
    g: rng.normal(0, 1),
  }));
}

type Model = IndicatorModel<CountyProfile>;
const is = (c: CountyProfile, cat: CountyCategory, x: number) => (c.category === cat ? x : 0);

const CITY_MODELS: readonly Model[] = [
  gauss('C1.1', { base: (c) => 99 + is(c, '农业县', 2.5) - is(c, '百强县', 2), sd0: 2.5, sd1: 2, rho: 0.5 }),
  gauss('C1.2', { base: (c) => 4.6 + 1.6 * c.e, sd0: 0.5, trend: 0.3, sd1: 0.15 }),
  gauss('C1.3', { base: (c) => 2.2 + 0.55 * c.e, sd0: 0.2, trend: 0.05, sd1: 0.05 }),
  gauss('C1.4', { base: (c) => 10 + is(c, '生态县', 8), sd0: 8, trend: 2, sd1: 8, rho: 0.2 }),
  gauss('C1.5', { base: (c) => 60 + 3 * c.e, sd0: 1.5, trend: 0.5, sd1: 0.3 }),
  gauss('C1.6', { base: (c) => 94 + is(c, '农业县', 4), sd0: 6, sd1: 5, rho: 0.3 }),
  gauss('C2.1', { base: (c) => 77 + 3 * c.e + 2 * c.g, sd0: 3, trend: 2, sd1: 1 }),
  gauss('C2.2', { base: (c) => 79 + 6 * c.e, sd0: 3, trend: 2.5, sd1: 1 }),
  gauss('C2.3', { base: (c) => 31 + 11 * c.e + is(c, '生态县', 6), sd0: 5, trend: 4, sd1: 2 }),
  gauss('C2.4', { base: (c) => 29 + is(c, '生态县', 10), sd0: 3, trend: 0.7, sd1: 0.5 }),
  gauss('C3.1', { base: (c) => 48 + 7 * c.e + 3 * c.g, sd0: 5, trend: 3, sd1: 2 }),
  gauss('C3.2', { base: (c) => 94 + 2 * c.e, sd0: 2, trend: 1, sd1: 1 }),
  gauss('C3.3', { base: (c) => 11.4 + 0.8 * c.e, sd0: 0.6, trend: 0.2, sd1: 0.3 }),
  gauss('C4.1', { base: (c) => 9 + 6 * c.e, sd0: 2, trend: 2, sd1: 1 }),
  gauss('C4.2', { base: (c) => 77 + 7 * c.e + 3 * c.g, sd0: 5, trend: 5, sd1: 2 }),
  gauss('C4.3', { base: (c) => 64 + 9 * c.e, sd0: 6, trend: 5, sd1: 2 }),
  gauss('C4.4', { base: (c) => 84 + 5 * c.g, sd0: 5, trend: 2, sd1: 4, rho: 0.5 }),
  gauss('C5.1', { base: (c) => 7 - 0.6 * c.e, sd0: 0.8, trend: -0.2, sd1: 0.8, rho: 0.3 }),
  gauss('C5.2', { base: (c) => 2.3 - 0.25 * c.e, sd0: 0.08, trend: -0.04, sd1: 0.02 }),
  gauss('C5.3', { base: (c) => 31 - 1.5 * c.e, sd0: 1.2, trend: -0.3, sd1: 0.4 }),
  gauss('C5.4', { base: (c) => 89 + 4 * c.e, sd0: 2, trend: 1.5, sd1: 0.8 }),
  gauss('C6.1', { base: (c) => 92 + 3 * c.g, sd0: 2.5, trend: 0.5, sd1: 2, rho: 0.5 }),
  gauss('C6.2', { base: (c) => 99 + 5 * c.g, sd0: 6, sd1: 5, rho: 0.4 }),
  gauss('C7.1', { base: (c) => 89 + 2 * c.g, sd0: 2, trend: 0.5, sd1: 1.2, rho: 0.7 }),
  gauss('C7.2', { base: (c) => 84 + 3 * c.g, sd0: 3, trend: 1.2, sd1: 1.5, rho: 0.7 }),
  gauss('C7.3', { base: (c) => 86 + 2.5 * c.g, sd0: 2.5, trend: 0.8, sd1: 1.5, rho: 0.7 }),
];

const CITY_RULES: readonly AdjustmentRule<CountyProfile>[] = [
  { code: 'CB1', perYear: 1, weight: (c) => Math.exp(c.e + c.g), points: [[3, 1]] },
  { code: 'CB2', perYear: 2, weight: (c) => Math.exp(c.g), points: [[1, 0.7], [2, 0.3]] },
  { code: 'CP1', perYear: 3, jitter: 1, weight: (c) => Math.exp(-c.g), points: [[1, 0.6], [2, 0.3], [3, 0.1]] },
  { code: 'CP2', perYear: 2, weight: (c) => Math.exp(c.e), points: [[0.5, 0.5], [1, 0.3], [1.5, 0.2]] },
];

export function generateCityWorkbook(options: DemoOptions = {}): Workbook {
  const rng = new Rng(options.seed ?? DEMO_SEED, 'city');
  const indicators: Indicator[] = options.catalogCsv ? parseCatalog(options.catalogCsv) : loadCatalog('indicators_city.csv');
  const leaves = leafIndicators(indicators);
  const counties = buildCounties(rng.fork('counties'));
  const table = new ValueTable();

  drawValues({
    subjects: counties,
    codeOf: (c) => c.code,
    leaves: leaves.filter((l) => !isAdjustment(l)),
    models: CITY_MODELS,
    fallbackTrait: (c) => c.g,
    years: ANNUAL_PERIODS,
    quarters: [],
    quarterly: new Set(),
  }, rng.fork('values'), table);
  drawAdjustments(CITY_RULES, counties, (c) => c.code, leaves, ANNUAL_PERIODS, rng.fork('adjustments'), table);

  // One veto: a top-100 county failed the farmland-protection assessment in 2024 (CV2), with
  // the farmland penalty that goes with it.
  const leaf = new Map(leaves.map((l) => [l.code, l]));
  const vetoed = counties.find((c) => c.category === '百强县');
  const cp2 = leaf.get('CP2');
  if (vetoed && leaf.has('CV2')) {
    table.set('2024', vetoed.code, 'CV2', 1);
    if (cp2) table.set('2024', vetoed.code, 'CP2', finishValue(Math.max(2.5, table.get('2024', vetoed.code, 'CP2') ?? 0), cp2));
  }

  const units: Unit[] = [
    { code: CITY_CODE, name: CITY_NAME, parent: null, level: 'city', category: null, groups: {}, attributes: {}, position: 0 },
    ...counties.map((c, i): Unit => ({
      code: c.code, name: c.name, parent: CITY_CODE, level: 'county', category: c.category, groups: {}, attributes: {}, position: i + 1,
    })),
  ];
  return {
    indicators,
    units,
    observations: table.toObservations(ANNUAL_PERIODS, counties.map((c) => c.code), leaves),
    goals: [],
  };
}
