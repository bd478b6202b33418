import { makeIndicator, type Goal, type Observation, type Unit, type Workbook } from '../../../src-shared/model';

const unit = (code: string, parent: string | null, level: string, category: string | null, position: number): Unit => ({
  code, name: `村${code}`, parent, level, category, groups: {}, attributes: {}, position,
});

/**
 * A county of five villages for the peer tests, scored by hand (standard computation: min-max
 * to 0–100, arithmetic means, D1 and D2 weighted equally, I1 and I2 equally under D1).
 *
 *   units: U1 U2 U3 in township T1, U4 U5 in T2; categories U1 U2 U4 A, U3 B, U5 none.
 *
 *   2025 raw          I1 (↑)  I2 (↓)  I3 (↑)   scores I1  I2   I3  | D1    D2  | total
 *     U1                50      10      60            50  75   60  | 62.5  60  | 61.25 + bonus 2 = 63.25
 *     U2               100      20      20           100  50   20  | 75    20  | 47.5
 *     U3                 0       0     100             0 100  100  | 50   100  | 75
 *     U4                25      40       0            25   0    0  | 12.5   0  | 6.25
 *     U5                75      30      40            75  25   40  | 50    40  | 45
 *   (I2: lower is better, score = (40 − x) / 40 × 100)
 *
 *   2024 raw: U1 0 40 0, U2 100 0 100, U3 50 20 50, U4 100 0 100, U5 50 20 50
 *     -> scores equal the I1 and I3 values and (40 − I2)/40 × 100, totals U1 0, U2 100, U3 50,
 *        U4 100, U5 50.
 *
 *   Goals of U1 in 2025: done, missed, dropped -> 1 of 2 counted = 50 %.
 */
export function peersCounty(): Workbook {
  const indicators = [
    makeIndicator('D1', { position: 0, name: '产业' }),
    makeIndicator('I1', { parent: 'D1', position: 1, name: '集体收入', unit: '万元' }),
    makeIndicator('I2', { parent: 'D1', position: 2, name: '信访件数', direction: -1, unit: '件' }),
    makeIndicator('D2', { position: 3, name: '生态' }),
    makeIndicator('I3', { parent: 'D2', position: 4, name: '绿化率', unit: '%' }),
    makeIndicator('B1', { position: 5, name: '表彰', kind: 'bonus', weight: 5 }),
  ];
  const units = [
    unit('T1', null, 'township', null, 0),
    unit('T2', null, 'township', null, 1),
    unit('U1', 'T1', 'village', 'A', 2),
    unit('U2', 'T1', 'village', 'A', 3),
    unit('U3', 'T1', 'village', 'B', 4),
    unit('U4', 'T2', 'village', 'A', 5),
    unit('U5', 'T2', 'village', null, 6),
  ];
  const rows: Record<string, Record<string, [number, number, number, number]>> = {
    '2024': { U1: [0, 40, 0, 0], U2: [100, 0, 100, 0], U3: [50, 20, 50, 0], U4: [100, 0, 100, 0], U5: [50, 20, 50, 0] },
    '2025': { U1: [50, 10, 60, 2], U2: [100, 20, 20, 0], U3: [0, 0, 100, 0], U4: [25, 40, 0, 0], U5: [75, 30, 40, 0] },
  };
  const observations: Observation[] = [];
  for (const [period, byUnit] of Object.entries(rows)) {
    for (const [u, values] of Object.entries(byUnit)) {
      (['I1', 'I2', 'I3', 'B1'] as const).forEach((indicator, j) => observations.push({ unit: u, period, indicator, value: values[j] }));
    }
  }
  const goal = (code: string, status: Goal['status']): Goal => ({
    unit: 'U1', period: '2025', code, title: code, indicator: null, target: null, actual: null, status, verifiedBy: null, note: null,
  });
  return { indicators, units, observations, goals: [goal('g1', 'done'), goal('g2', 'missed'), goal('g3', 'dropped')] };
}
