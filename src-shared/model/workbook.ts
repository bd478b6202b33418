import type { Goal } from './goal';
import type { Indicator } from './indicator';
import type { Mark } from './mark';
import type { Observation } from './observation';
import type { Unit } from './unit';

/** A whole evaluation workbook after parsing and validation: what import writes to the store
 * and what export reads from it. */
export interface Workbook {
  indicators: Indicator[];
  units: Unit[];
  observations: Observation[];
  goals: Goal[];
  /** Expert marks (sheet `marks`); present only when there are any, so workbooks without
   * marks stay as they were. */
  marks?: Mark[];
}

/** One problem found while reading a workbook. `key` is a message key of src-shared/i18n;
 * `params` fill its placeholders. Row numbers are 1-based as a spreadsheet shows them
 * (the header is row 1). */
export interface WorkbookIssue {
  key: string;
  params?: Record<string, string | number>;
  sheet?: string;
  row?: number;
  column?: string;
  severity: 'error' | 'warning';
}
