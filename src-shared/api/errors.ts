import type { WorkbookIssue } from '../model/workbook';

/** An error a user can cause (bad file, bad input): a message key with parameters, never a
 * stack trace. Hosts serialise it as `{ error: { key, params, issues } }`. */
export class KaopingError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly issues: WorkbookIssue[];

  constructor(key: string, params: Record<string, string | number> = {}, issues: WorkbookIssue[] = []) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'KaopingError';
    this.key = key;
    this.params = params;
    this.issues = issues;
  }

  toJSON(): SerializedError {
    return { key: this.key, params: this.params, issues: this.issues };
  }
}

export interface SerializedError {
  key: string;
  params: Record<string, string | number>;
  issues: WorkbookIssue[];
}

export function isSerializedError(v: unknown): v is SerializedError {
  return typeof v === 'object' && v !== null && typeof (v as SerializedError).key === 'string';
}
