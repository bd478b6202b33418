import { KaopingError, schemas, type CallResult, type Handlers } from '../../src-shared/api';
import type { ScoringScheme } from '../../src-shared/engine/scheme';
import { overlayScheme } from '../../src-shared/engine/scenarios/definition';
import type { Store } from '../store';
import type { SchemeWeight, StoredScheme } from '../store/types';
import type { ServiceContext } from './context';

type SchemeView = CallResult<'listSchemes'>[number];

/** A stored scheme as the api shows it: the settings JSON and the weight rows put back
 * together into one ScoringScheme (rows with a category become `categoryWeights`). */
export function schemeView(stored: StoredScheme): SchemeView {
  const parsed = schemas.scoringScheme.safeParse(stored.settings);
  // Settings were validated when saved; a row that no longer parses is shown without them
  // rather than breaking every list.
  const scheme: ScoringScheme = parsed.success ? { ...parsed.data } : {};
  delete scheme.weights;
  delete scheme.categoryWeights;
  for (const w of stored.weights) {
    if (w.category === null) (scheme.weights ??= {})[w.indicator] = w.weight;
    else ((scheme.categoryWeights ??= {})[w.category] ??= {})[w.indicator] = w.weight;
  }
  return {
    name: stored.name,
    note: stored.note,
    isBaseline: stored.isBaseline,
    finalisedAt: stored.finalisedAt,
    createdAt: stored.createdAt,
    scheme,
  };
}

/** The weight rows of a scheme, for the store. */
function weightRows(scheme: ScoringScheme): SchemeWeight[] {
  const rows: SchemeWeight[] = [];
  for (const [indicator, weight] of Object.entries(scheme.weights ?? {})) rows.push({ indicator, category: null, weight });
  for (const [category, map] of Object.entries(scheme.categoryWeights ?? {})) {
    for (const [indicator, weight] of Object.entries(map)) rows.push({ indicator, category, weight });
  }
  return rows;
}

/** The scheme a call scores with: the stored one named (if any), with `options` laid over it
 * field by field; weight maps (and per-indicator scoring) are merged so an option changes only
 * the nodes it names — the same overlay a what-if scenario lays over its base scheme. */
export function resolveScheme(store: Store, name: string | undefined, options: ScoringScheme): ScoringScheme {
  if (name === undefined) return options;
  const stored = store.listSchemes().find((s) => s.name === name);
  // The store's own refusal for a scheme it does not hold: one message for every call.
  if (!stored) throw new KaopingError('store.unknownScheme', { name, known: store.listSchemes().map((s) => s.name).join(', ') });
  return overlayScheme(schemeView(stored).scheme, options);
}

type SchemeCalls = 'listSchemes' | 'saveScheme' | 'renameScheme' | 'deleteScheme' | 'setBaselineScheme' | 'finaliseScheme';

/** The scheme calls. Each write is one store transaction with its audit entry, made as the
 * service's user; refusals are KaopingErrors (store.*) and leave the database as it was. */
export function schemeHandlers(ctx: ServiceContext): Pick<Handlers, SchemeCalls> {
  return {
    listSchemes: async () => ctx.store.listSchemes().map(schemeView),
    saveScheme: async ({ name, note, scheme }) => {
      const { weights: _w, categoryWeights: _c, ...settings } = scheme;
      return schemeView(ctx.store.saveScheme({ name, note, weights: weightRows(scheme), settings, user: ctx.user }));
    },
    renameScheme: async ({ name, newName }) => schemeView(ctx.store.renameScheme(name, newName, ctx.user)),
    deleteScheme: async ({ name }) => ({ deleted: ctx.store.deleteScheme(name, ctx.user).name }),
    setBaselineScheme: async ({ name }) => ctx.store.setBaselineScheme(name, ctx.user).map(schemeView),
    finaliseScheme: async ({ name }) => schemeView(ctx.store.finaliseScheme(name, ctx.user)),
  };
}
