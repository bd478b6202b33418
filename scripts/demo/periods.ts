/** The demo's periods, fixed in the code (not read from the clock) so the output is the same on
 * every run: three closed assessment years and the first three quarters of the current year. */

export const ANNUAL_PERIODS = ['2023', '2024', '2025'] as const;
export const LATEST_YEAR = '2025';
export const QUARTER_PERIODS = ['2026Q1', '2026Q2', '2026Q3'] as const;

/** Process indicators a county really checks every quarter (docs/domain-notes.md, "The year":
 * quarterly progress meetings, unannounced inspections, routine scores). Only these carry
 * quarterly data:
 * - V2.5 living-environment inspection score: the 暗访 are quarterly, the annual value is their mean;
 * - V4.2 regularity of party organisational life: 三会一课 is checked each quarter;
 * - V4.5 four deliberations / village-affairs disclosure: disclosure is due at least quarterly;
 * - V6.1 goal completion, to date: completion of the milestones due by the quarter's end (the
 *   progress schedule), so it stays on the same 60-100 scale as the annual rate;
 * - V6.4 timeliness of the quarterly progress report and 晒比 meeting.
 * Everything else (statistics, surveys, titles, adjustments) is annual. */
export const COUNTY_QUARTERLY_INDICATORS: readonly string[] = ['V2.5', 'V4.2', 'V4.5', 'V6.1', 'V6.4'];
