/** One expert's mark (专家评分, rule R13 of the domain notes) for one unit on one leaf indicator
 * in one period (docs/workbook-format.md, sheet `marks`). A mark is always a number: an expert
 * who gave none has no row. */
export interface Mark {
  unit: string;
  period: string;
  indicator: string;
  /** Who marked: a name or a code, as the sheet writes it. */
  expert: string;
  value: number;
  note: string | null;
}
