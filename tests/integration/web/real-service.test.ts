import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrowToMatrix, decodeWire, encodeWire } from '../../../src-shared/api';
import { createService, type Service } from '../../../src-main/service';
import { startWebHost, type WebHost } from '../../../src-main/web/server';
import { raw } from './http';

// The browser host over the real service on a fresh database, fed the ASEM fixture workbook
// (a CSV folder) through HTTP as the renderer would send it.
const dir = mkdtempSync(join(tmpdir(), 'kaoping-web-real-'));
const dbPath = join(dir, 'kaoping.db');
const rendererDir = join(dir, 'renderer');
const fixture = fileURLToPath(new URL('../../fixtures/asem/workbook', import.meta.url));
const files = readdirSync(fixture).map((name) => ({ name, data: new Uint8Array(readFileSync(join(fixture, name))) }));
const unitCount = readFileSync(join(fixture, 'units.csv'), 'utf8').trim().split('\n').length - 1;

let service: Service;
let host: WebHost;

beforeAll(async () => {
  service = await createService({ dbPath, user: 'web-test' });
  host = await startWebHost({ service, rendererDir });
});
afterAll(async () => {
  await host.close();
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (name: string, input: unknown) =>
  raw(host.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: encodeWire(input),
  });

describe('the browser host over the real service', () => {
  it('reports the database it serves', async () => {
    const res = await call('appInfo', {});
    expect(res.status).toBe(200);
    expect(decodeWire(res.text)).toMatchObject({ database: dbPath, user: 'web-test' });
  });

  it('imports a workbook uploaded as wire-encoded bytes, dry run first', async () => {
    const dry = decodeWire((await call('importWorkbook', { files, dryRun: true })).text) as { ok: boolean; dryRun: boolean };
    expect(dry).toMatchObject({ ok: true, dryRun: true });
    expect(decodeWire((await call('listUnits', {})).text)).toEqual([]);

    const res = await call('importWorkbook', { files });
    expect(res.status).toBe(200);
    const result = decodeWire(res.text) as { ok: boolean; summary: { units: number; periods: string[] } };
    expect(result.ok).toBe(true);
    expect(result.summary.units).toBe(unitCount);
    expect((decodeWire((await call('listUnits', {})).text) as unknown[]).length).toBe(unitCount);
  });

  it('answers observations as Arrow bytes (octet-stream) with one row per unit', async () => {
    const res = await call('getObservations', { period: '2018' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    const matrix = arrowToMatrix(new Uint8Array(res.body));
    expect(matrix.unitCodes.length).toBe(unitCount);
    expect(matrix.unitCodes).toContain('AUT');
  });

  it('answers the export as .xlsx bytes (a zip: PK\\x03\\x04)', async () => {
    const res = await call('exportWorkbook', {});
    expect(res.status).toBe(200);
    expect([...res.body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('scores through the contract and ranks every unit', async () => {
    const res = await call('score', { period: '2018' });
    expect(res.status).toBe(200);
    const score = decodeWire(res.text) as { period: string; rows: { rank: number | null }[] };
    expect(score.period).toBe('2018');
    expect(score.rows.length).toBe(unitCount);
    expect(score.rows.filter((r) => r.rank === 1).length).toBeGreaterThanOrEqual(1);
  });

  it("answers the service's own refusal as 400 with its message key", async () => {
    const res = await call('getObservations', { period: '1999' });
    expect(res.status).toBe(400);
    expect((res.json() as { error: { key: string } }).error.key).toBe('service.unknownPeriod');
  });

  it('answers a file that is not a workbook with ok: false and its issues, importing nothing', async () => {
    const res = await call('importWorkbook', { files: [{ name: 'notes.txt', data: new TextEncoder().encode('hello') }] });
    expect(res.status).toBe(200);
    const body = decodeWire(res.text) as { ok: boolean; issues: { severity: string }[] };
    expect(body.ok).toBe(false);
    expect(body.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
    expect(decodeWire((await call('listUnits', {})).text)).toHaveLength(unitCount);
  });
});
