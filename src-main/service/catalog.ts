import type { Handlers } from '../../src-shared/api';
import type { ServiceContext } from './context';

/** Read-only calls over what the database holds: units, the indicator tree, periods. */
export function catalogHandlers(ctx: ServiceContext): Pick<Handlers, 'appInfo' | 'listUnits' | 'listIndicators' | 'listPeriods'> {
  return {
    appInfo: async () => ({ version: ctx.version, database: ctx.store.path, user: ctx.user }),
    listUnits: async () => ctx.store.listUnits(),
    listIndicators: async () => ctx.store.listIndicators(),
    listPeriods: async () => ctx.store.listPeriods(),
  };
}
