/** The demo data generator: seeded, deterministic workbooks for a fictional county (villages
 * assessed by the county) and a fictional city (counties assessed by the city). */
export { generateCountyDemo, generateCountyWorkbook, MISSING_SHARE, type CountyDemo } from './county';
export { generateCityWorkbook, CITY_NAME, type CountyProfile } from './city';
export { DEMO_FILE_DATE, DEMO_SEED, type DemoOptions } from './options';
export { stabiliseXlsx } from './stable-xlsx';
export { VILLAGE_CATEGORIES, VILLAGE_COUNT, type Village, type VillageCategory } from './county-units';
export { COUNTY_NAME, TOWNSHIPS } from './names';
export { ANNUAL_PERIODS, QUARTER_PERIODS, LATEST_YEAR, COUNTY_QUARTERLY_INDICATORS } from './periods';
export { GOAL_TOTAL } from './county-goals';
export { parseCatalog, loadCatalog, leafIndicators } from './catalog';
