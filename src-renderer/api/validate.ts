import { contract, type CallName, type CallResult } from '../../src-shared/api';
import { ApiError } from './errors';

/** Checks a call's result against the contract's output schema: the renderer trusts no host. */
export function validateResult<K extends CallName>(name: K, value: unknown): CallResult<K> {
  const parsed = contract[name].output.safeParse(value);
  if (!parsed.success) {
    throw new ApiError({ key: 'ui.error.badResponse', params: { call: name }, issues: [] });
  }
  return parsed.data as CallResult<K>;
}
