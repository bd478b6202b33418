/** The demo county 青岚县 (fictional): 15 townships, 260 villages, the county-assesses-villages
 * catalog, three years and three quarters of data, the latest year's goals, and adjustments. */
import type { Indicator, Workbook } from '../../src-shared/model';
import { isAdjustment, leafIndicators, loadCatalog, parseCatalog } from './catalog';
import { generateCountyAdjustments } from './county-adjustments';
import { generateGoals } from './county-goals';
import { COUNTY_MODELS } from './county-models';
import { buildCountyUnits, type Village } from './county-units';
import { punchMissing } from './missing';
import { DEMO_SEED, type DemoOptions } from './options';
import { ANNUAL_PERIODS, COUNTY_QUARTERLY_INDICATORS, LATEST_YEAR, QUARTER_PERIODS } from './periods';
import { Rng } from './random';
import { drawValues, ValueTable } from './value-table';

/** Share of ordinary cells left empty. */
export const MISSING_SHARE = 0.02;

export interface CountyDemo {
  workbook: Workbook;
  /** The villages with their latent traits, for inspection and tests. */
  villages: Village[];
}

export function generateCountyDemo(options: DemoOptions = {}): CountyDemo {
  const rng = new Rng(options.seed ?? DEMO_SEED, 'county');
  const indicators: Indicator[] = options.catalogCsv ? parseCatalog(options.catalogCsv) : loadCatalog('indicators.csv');
  const leaves = leafIndicators(indicators);
  const { units, villages } = buildCountyUnits(rng.fork('units'));
  const table = new ValueTable();

  drawValues({
    subjects: villages,
    codeOf: (v) => v.code,
    leaves: leaves.filter((l) => !isAdjustment(l)),
    models: COUNTY_MODELS,
    fallbackTrait: (v) => v.g,
    years: ANNUAL_PERIODS,
    quarters: QUARTER_PERIODS,
    quarterly: new Set(COUNTY_QUARTERLY_INDICATORS),
  }, rng.fork('values'), table);

  const previousYear = ANNUAL_PERIODS[ANNUAL_PERIODS.indexOf(LATEST_YEAR) - 1];
  const goals = generateGoals({ villages, year: LATEST_YEAR, previousYear, leaves }, table, rng.fork('goals'));
  generateCountyAdjustments(villages, leaves, ANNUAL_PERIODS, LATEST_YEAR, table, rng.fork('adjustments'));

  const periods = [...ANNUAL_PERIODS, ...QUARTER_PERIODS];
  const villageCodes = villages.map((v) => v.code);
  punchMissing(table, periods, villageCodes, leaves, MISSING_SHARE, rng.fork('missing'));

  return {
    workbook: { indicators, units, observations: table.toObservations(periods, villageCodes, leaves), goals },
    villages,
  };
}

/** The demo county's workbook. */
export function generateCountyWorkbook(options: DemoOptions = {}): Workbook {
  return generateCountyDemo(options).workbook;
}
