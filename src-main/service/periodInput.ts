import { buildTree, type ScoringScheme, type SensitivityInput } from '../../src-shared/engine';
import type { Store } from '../store';
import { evaluationInput } from './evaluation';
import { resolvePeriod } from './period';
import { resolveScheme } from './schemes';

/** The engine's input for one period under a stored scheme (or the standard computation)
 * with `options` laid over it: what every sensitivity call and every scenario scores. In a
 * file of its own, so that the what-if and the sensitivity handlers both import it and not
 * each other. */
export function periodInput(store: Store, asked: string | undefined, schemeName: string | undefined | null, options: ScoringScheme = {}): { period: string; input: SensitivityInput } {
  const period = resolvePeriod(store, asked);
  const scheme = resolveScheme(store, schemeName ?? undefined, options);
  const { matrix, context } = evaluationInput(store, period, scheme);
  return { period, input: { tree: buildTree(store.listIndicators()), matrix, scheme, context } };
}
