import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-renderer/api/errors';
import { afterFailure } from '../../../src-renderer/state/asyncState';

describe('a failed api call in a view', () => {
  it('keeps the last answer beside the error, so a failed refresh does not blank the table', () => {
    const error = new ApiError({ key: 'ui.error.network', params: {}, issues: [] });
    const before = { data: { rows: [1, 2, 3] }, error: null, loading: true };
    expect(afterFailure(before, error)).toEqual({ data: { rows: [1, 2, 3] }, error, loading: false });
    // nothing answered before: nothing to keep
    expect(afterFailure({ data: null, error: null, loading: true }, error)).toEqual({ data: null, error, loading: false });
  });
});
