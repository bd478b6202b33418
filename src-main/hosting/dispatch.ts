import { contract, type CallName, type Handlers, type SerializedError } from '../../src-shared/api';
import { apiError, describeZodError, serializeThrown, type FailureKind, type HostLogger } from './errors';

export type DispatchOutcome =
  | { ok: true; call: CallName; result: unknown }
  | { ok: false; kind: FailureKind; error: SerializedError };

/** True for the names of the contract's calls only (not `toString`, `__proto__`, …). */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The one way every host runs a call: check the name, validate the input with the contract's
 * schema (the service never sees bad input), run it, validate the result (nothing off-contract
 * leaves), and map failures to serialisable errors. Never throws. */
export async function dispatch(
  service: Handlers,
  name: unknown,
  rawInput: unknown,
  log: HostLogger = console,
): Promise<DispatchOutcome> {
  if (!isCallName(name)) {
    return { ok: false, kind: 'unknownCall', error: apiError('api.unknownCall', { call: String(name).slice(0, 100) }) };
  }
  const spec = contract[name];
  const input = spec.input.safeParse(rawInput);
  if (!input.success) {
    return {
      ok: false,
      kind: 'invalidInput',
      error: apiError('api.invalidInput', { call: name, issue: describeZodError(input.error) }),
    };
  }

  let result: unknown;
  try {
    // The contract ties each name to its handler's types; indexing by a union loses that link.
    const handler = service[name] as (input: unknown) => Promise<unknown>;
    result = await handler.call(service, input.data);
  } catch (err) {
    return { ok: false, ...serializeThrown(err, name, log) };
  }

  const output = spec.output.safeParse(result);
  if (!output.success) {
    const issue = describeZodError(output.error);
    log.error(`[kaoping] call ${name} returned a result off the contract: ${issue}`);
    return { ok: false, kind: 'invalidOutput', error: apiError('api.invalidOutput', { call: name, issue }) };
  }
  return { ok: true, call: name, result: output.data };
}
