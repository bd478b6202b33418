import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeerSpec } from '../../../src-main/cli/commands/peers';
import { KaopingError } from '../../../src-shared/api';
import { fileHash, runCli } from './run-cli';
import { tempPath, writeWorkbookDir } from './workbook-fixture';

/** `kaoping peers` on the small workbook of workbook-fixture.ts (2024):
 *   U1 甲村 and U2 乙村 集聚提升, U3 丙村 and U4 丁村 城郊融合, all in township T1.
 *   I1 (↑) 10 20 30 40; I2 (↓) 5 5 1 3; I3 (↑) 7 — 9 8. */

let db: string;

beforeAll(() => {
  db = tempPath('county.db');
  expect(runCli(['import', writeWorkbookDir(), '--db', db]).status).toBe(0);
});

/** Tab-separated rows of the indicator table, by code. */
const rows = (stdout: string) =>
  Object.fromEntries(stdout.split('\n').filter((l) => /^I\d\t/.test(l)).map((l) => [l.split('\t')[0], l.split('\t').slice(1)]));

describe('kaoping peers', () => {
  it('compares U1 with its category (U2)', () => {
    const r = runCli(['peers', '--db', db, '--unit', 'U1', '--top', '1']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('U1 甲村 against 1 peers (category), period 2024');
    expect(lines[1]).toBe('Peers: U2 乙村');
    // I1: 10 vs 20 -> gap −10, worse: 0; I2 (↓): 5 vs 5, a tie: 50; I3: U2 has none
    expect(rows(r.stdout)).toEqual({ I1: ['10', '20', '-10', '0'], I2: ['5', '5', '0', '50'], I3: ['7', '', '', ''] });
    expect(lines).toContain('Strengths: I2');
    expect(lines).toContain('Weaknesses: I1');
  });

  it('compares U1 with its township (U2, U3, U4), in Chinese', () => {
    const r = runCli(['peers', '--db', db, '--unit', 'U1', '--peers', 'township'], 'zh-CN');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('U1 甲村 与 3 个对标单位比较（township），期间 2024');
    // I1: 10 vs 20 30 40 -> median 30, gap −20, 0; I2 (↓): 5 vs 5 1 3 -> median 3, gap 2,
    // one tie of three: 16.67; I3: 7 vs 9 8 -> median 8.5, gap −1.5, 0
    expect(rows(r.stdout)).toEqual({ I1: ['10', '30', '-20', '0'], I2: ['5', '3', '2', '16.67'], I3: ['7', '8.5', '-1.5', '0'] });
  });

  it('refuses a bad peer spec or --top, an unknown unit and an unknown saved group, in one line, writing nothing', () => {
    const before = fileHash(db);
    const bad = runCli(['peers', '--db', db, '--unit', 'U1', '--peers', 'neighbours']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim()).toBe('kaoping: --peers must be category, township, level, similar[:k[:I1,I2…]] or saved:NAME, got "neighbours"');
    const unknown = runCli(['peers', '--db', db, '--unit', 'U9'], 'zh-CN');
    expect(unknown.stderr.trim()).toBe('kaoping: 本期间没有单位 U9。');
    const top = runCli(['peers', '--db', db, '--unit', 'U1', '--top', '0']);
    expect(top.stderr.trim()).toBe('kaoping: --top must be a whole number from 1 to 20, got "0"');
    const saved = runCli(['peers', '--db', db, '--unit', 'U1', '--peers', 'saved:示范村']);
    expect(saved.stderr.trim()).toBe('kaoping: There is no peer group named "示范村". Peer groups: —');
    expect(fileHash(db)).toBe(before);
  });
});

describe('parsePeerSpec', () => {
  it('reads every kind of peer group', () => {
    expect(parsePeerSpec('level')).toEqual({ kind: 'level' });
    expect(parsePeerSpec('saved:示范村:甲')).toEqual({ kind: 'saved', name: '示范村:甲' });
    expect(parsePeerSpec('similar')).toEqual({ kind: 'similar', k: 5, indicators: [] });
    expect(parsePeerSpec('similar:3:I1, I2')).toEqual({ kind: 'similar', k: 3, indicators: ['I1', 'I2'] });
  });

  it.each(['similar:0', 'similar:2.5', 'saved:', 'category:x', ''])('refuses "%s"', (spec) => {
    expect(() => parsePeerSpec(spec)).toThrow(KaopingError);
  });
});
