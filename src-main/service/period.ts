import { KaopingError } from '../../src-shared/api';
import type { Store } from '../store';

/** The period a call works on: the one asked for (it must exist), else the latest annual
 * period that has observations, else the latest period with observations. */
export function resolvePeriod(store: Store, asked?: string): string {
  const periods = store.listPeriods();
  if (asked !== undefined) {
    if (!periods.some((p) => p.code === asked)) {
      throw new KaopingError('service.unknownPeriod', { period: asked, known: periods.map((p) => p.code).join(', ') });
    }
    return asked;
  }
  const withData = periods.filter((p) => p.observations > 0);
  const annual = withData.filter((p) => p.kind === 'year');
  const pick = annual.at(-1) ?? withData.at(-1);
  if (!pick) throw new KaopingError('service.noData');
  return pick.code;
}
