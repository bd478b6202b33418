/** One raw value of one leaf indicator for one unit in one period. null = missing (not zero). */
export interface Observation {
  unit: string;
  period: string;
  indicator: string;
  value: number | null;
}
