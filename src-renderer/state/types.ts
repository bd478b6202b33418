import type { CallResult } from '../../src-shared/api';

/** Domain objects as the api delivers them. */
export type ApiUnit = CallResult<'listUnits'>[number];
export type ApiIndicator = CallResult<'listIndicators'>[number];
export type ApiPeriod = CallResult<'listPeriods'>[number];
export type ScoreResult = CallResult<'score'>;
export type ScoreRow = ScoreResult['rows'][number];
export type ImportResult = CallResult<'importWorkbook'>;
export type Issue = ImportResult['issues'][number];
