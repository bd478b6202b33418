import type { CallInput } from '../../../src-shared/api';

export type { CallInput, CallResult } from '../../../src-shared/api';

/** Which scenario a call means: the one being edited (base scheme + definition), for a period. */
export type ScenarioRefInput = Pick<CallInput<'runScenario'>, 'period' | 'scheme' | 'definition'>;
