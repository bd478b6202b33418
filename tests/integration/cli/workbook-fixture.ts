import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small, valid evaluation workbook as a CSV folder, whose standard scores are worked out by
 * hand in cli.score.test.ts. Tests change one sheet at a time to make it invalid. */
export const SHEETS = {
  indicators: [
    'code,name,name_en,parent,weight,direction,kind',
    'D1,产业,Industry,,2,,indicator',
    'D2,生态,Ecology,,1,,indicator',
    'I1,集体收入,Collective income,D1,1,1,indicator',
    'I2,上访次数,Petitions,D1,1,-1,indicator',
    'I3,绿化率,Green cover,D2,1,1,indicator',
    'B1,表彰,Honours,,5,1,bonus',
    'P1,通报,Circulars,,3,-1,penalty',
  ].join('\n'),
  units: [
    'code,name,parent,level,category',
    'T1,东镇,,township,',
    'U1,甲村,T1,village,集聚提升',
    'U2,乙村,T1,village,集聚提升',
    'U3,丙村,T1,village,城郊融合',
    'U4,丁村,T1,village,城郊融合',
  ].join('\n'),
  data: [
    'unit,period,I1,I2,I3,B1,P1',
    'U1,2024,10,5,7,0,0',
    'U2,2024,20,5,NA,6,0',
    'U3,2024,30,1,9,0,2',
    'U4,2024,40,3,8,1,0',
  ].join('\n'),
};

export type SheetName = keyof typeof SHEETS;

/** The same indicator sheet with six villages whose strengths differ, so that weights matter
 * (the sensitivity, what-if and bounds tests). */
export const SIX_VILLAGES: Partial<Record<SheetName, string>> = {
  units: ['code,name,parent,level,category', 'T1,东镇,,township,', ...['甲', '乙', '丙', '丁', '戊', '己'].map((n, i) => `U${i + 1},${n}村,T1,village,`)].join('\n'),
  data: [
    'unit,period,I1,I2,I3,B1,P1',
    'U1,2024,10,1,90,0,0',
    'U2,2024,90,9,10,0,0',
    'U3,2024,50,5,50,0,0',
    'U4,2024,70,2,30,0,0',
    'U5,2024,30,8,70,0,0',
    'U6,2024,60,4,60,0,0',
  ].join('\n'),
};

/** Writes the workbook (with any sheets replaced or, given `null`, left out) to a new folder. */
export function writeWorkbookDir(changes: Partial<Record<SheetName, string | null>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-wb-'));
  const wbDir = join(dir, 'workbook');
  mkdirSync(wbDir);
  for (const name of Object.keys(SHEETS) as SheetName[]) {
    const text = name in changes ? changes[name] : SHEETS[name];
    if (text !== null && text !== undefined) writeFileSync(join(wbDir, `${name}.csv`), text + '\n');
  }
  return wbDir;
}

export function tempPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'kaoping-')), name);
}
