import { z } from 'zod';
import { KaopingError, type SerializedError } from '../../src-shared/api';

/** How a call failed, so each host can pick its own signal (an HTTP status, an IPC reply). */
export type FailureKind = 'unknownCall' | 'invalidInput' | 'rejected' | 'invalidOutput' | 'internal';

/** Where hosts write what the user must not see (stacks, bad results): the process log. */
export type HostLogger = Pick<Console, 'error' | 'warn'>;

/** A transport-level error as a message key (src-shared/i18n `api.*`), like the service's own. */
export function apiError(key: string, params: Record<string, string | number> = {}): SerializedError {
  return { key, params, issues: [] };
}

/** The first zod issue as one short line, `path: message`, for the `issue` param. */
export function describeZodError(err: z.core.$ZodError): string {
  const first = err.issues[0];
  if (!first) return err.message;
  const path = first.path.map(String).join('.');
  return path ? `${path}: ${first.message}` : first.message;
}

/** Maps anything a service call threw to what may cross to the renderer: a KaopingError keeps
 * its key, params and issues; a zod error becomes `api.invalidInput`; anything else is a bug,
 * logged here with its stack and reported only as `api.internal`. */
export function serializeThrown(
  err: unknown,
  call: string,
  log: HostLogger = console,
): { kind: FailureKind; error: SerializedError } {
  if (err instanceof KaopingError) return { kind: 'rejected', error: err.toJSON() };
  if (err instanceof z.core.$ZodError) {
    return { kind: 'invalidInput', error: apiError('api.invalidInput', { call, issue: describeZodError(err) }) };
  }
  log.error(`[kaoping] call ${call} failed:`, err);
  return { kind: 'internal', error: apiError('api.internal', { call }) };
}
