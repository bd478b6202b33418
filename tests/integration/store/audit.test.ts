import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { openDatabase } from '../../../src-main/store/db';
import { osUser } from '../../../src-main/store/user';
import { cleanup, smallCounty, tempDir } from './helpers';

afterEach(cleanup);

describe('audit log', () => {
  it('records every import with who, when, the summary and the file hash', () => {
    const store = openStore(join(tempDir(), 'k.db'));
    expect(store.user).toBe(osUser());
    const a = store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64), user: '审核员' });
    // No user given: the store's user (the OS user by default).
    const b = store.applyImport(smallCounty(), { fileName: 'b.xlsx', sha256: '2'.repeat(64) });
    const imports = store.listImports();
    expect(store.listAudit()).toEqual([
      { id: 1, at: imports[0].at, user: '审核员', action: 'import', entity: 'import', entityKey: '1', before: null, after: a, fileSha256: '1'.repeat(64) },
      { id: 2, at: imports[1].at, user: osUser(), action: 'import', entity: 'import', entityKey: '2', before: null, after: b, fileSha256: '2'.repeat(64) },
    ]);
    store.close();
  });

  it('appends caller entries with before and after as JSON', () => {
    const store = openStore(join(tempDir(), 'k.db'), { user: 'lead' });
    const e = store.appendAudit({ action: 'finalise', entity: 'result', entityKey: '2024', before: { state: 'draft' }, after: { state: 'final', n: [1, 2] } });
    expect(e).toMatchObject({ id: 1, user: 'lead', before: { state: 'draft' }, after: { state: 'final', n: [1, 2] }, fileSha256: null });
    expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    expect(store.listAudit()).toEqual([e]);
    store.close();
  });

  it('refuses to change or delete an entry, even through a raw connection', () => {
    const path = join(tempDir(), 'k.db');
    const store = openStore(path);
    store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
    const before = store.listAudit();
    store.close();

    const db = openDatabase(path);
    expect(() => db.prepare("UPDATE audit_log SET user = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();

    const again = openStore(path);
    expect(again.listAudit()).toEqual(before);
    again.close();
  });
});
