/** Options shared by the demo generators. */

/** The seed of the committed demo files (resources/demo). */
export const DEMO_SEED = 20260101;

export interface DemoOptions {
  /** Any 32-bit integer; the same seed always gives the same workbook. */
  seed?: number;
  /** Catalog CSV text instead of the catalog in resources/catalog. */
  catalogCsv?: string;
}
