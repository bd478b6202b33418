import { describe, expect, it } from 'vitest';
import { ISSUE_CAP, IssueCollector } from '../../../src-main/io/issues';

describe('IssueCollector', () => {
  it('keeps everything below the cap, in the order found', () => {
    const c = new IssueCollector();
    c.add({ key: 'a', severity: 'warning' });
    c.add({ key: 'b', severity: 'error' });
    expect(c.list().map((i) => i.key)).toEqual(['a', 'b']);
    expect(c.hasErrors).toBe(true);
  });

  it('caps the report at ISSUE_CAP plus one closing io.more that counts the rest', () => {
    const c = new IssueCollector();
    for (let i = 0; i < ISSUE_CAP + 250; i++) c.add({ key: 'e', params: { i }, severity: 'error' });
    const list = c.list();
    expect(list).toHaveLength(ISSUE_CAP + 1);
    expect(list[ISSUE_CAP - 1].params).toEqual({ i: ISSUE_CAP - 1 });
    expect(list[ISSUE_CAP]).toEqual({ key: 'io.more', params: { count: 250, errors: 250 }, severity: 'error' });
  });

  it('never lets warnings crowd out errors', () => {
    const c = new IssueCollector();
    for (let i = 0; i < ISSUE_CAP; i++) c.add({ key: 'w', severity: 'warning' });
    for (let i = 0; i < 10; i++) c.add({ key: 'e', severity: 'error' });
    const list = c.list();
    expect(list.filter((i) => i.key === 'e')).toHaveLength(10);
    expect(list.filter((i) => i.key === 'w')).toHaveLength(ISSUE_CAP - 10);
    // The 10 warnings left out are counted; no error was left out, so the summary is a warning.
    expect(list.at(-1)).toEqual({ key: 'io.more', params: { count: 10, errors: 0 }, severity: 'warning' });
  });
});
