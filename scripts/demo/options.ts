/** Options shared by the demo generators. */

/** The seed of the committed demo files (resources/demo). */
export const DEMO_SEED = 20260101;

/** The date stamped into the demo files (document properties, zip entries) instead of the
 * time of the run, so regenerating gives the same bytes. */
export const DEMO_FILE_DATE = new Date('2026-01-01T00:00:00Z');

export interface DemoOptions {
  /** Any 32-bit integer; the same seed always gives the same workbook. */
  seed?: number;
  /** Catalog CSV text instead of the catalog in resources/catalog. */
  catalogCsv?: string;
}
