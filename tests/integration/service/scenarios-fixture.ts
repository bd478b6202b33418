import type { Observation, Workbook } from '../../../src-shared/model';
import { node, unit } from '../store/helpers';

/** Twelve villages in two categories, two dimensions over three leaves (one lower-is-better),
 * one period; values from a fixed formula so that the ranking is spread out. `change` alters one
 * raw value, to build the database a scenario's data edit stands for. */
export function scenarioCounty(change?: { unit: string; indicator: string; value: number }): Workbook {
  const indicators = [
    node('ECO', null, 0, { name: '经济', weight: 60 }),
    node('INC', 'ECO', 1, { name: '集体收入', weight: 2 }),
    node('JOB', 'ECO', 2, { name: '就业', weight: 1 }),
    node('ENV', null, 3, { name: '生态', weight: 40 }),
    node('WASTE', 'ENV', 4, { name: '垃圾', direction: -1 }),
  ];
  const codes = Array.from({ length: 12 }, (_, i) => `V${String(i + 1).padStart(2, '0')}`);
  const units = [
    unit('T1', 0, { name: '东镇', level: 'township' }),
    ...codes.map((c, i) => unit(c, i + 1, { name: `村${i + 1}`, parent: 'T1', level: 'village', category: i % 2 === 0 ? '集聚提升' : '城郊融合' })),
  ];
  const observations: Observation[] = [];
  codes.forEach((u, i) => {
    const row: Record<string, number> = { INC: 10 + ((i * 7) % 12) * 5, JOB: 20 + ((i * 5) % 12) * 3, WASTE: 1 + ((i * 3) % 12) };
    if (change?.unit === u) row[change.indicator] = change.value;
    for (const indicator of ['INC', 'JOB', 'WASTE']) observations.push({ unit: u, period: '2024', indicator, value: row[indicator] });
  });
  return { indicators, units, observations, goals: [] };
}

/** Grades for the tests' scheme: 优秀 for 70 and above (at most 25%), 良好 from 50, else 一般. */
export const GRADES = { labels: ['优秀', '良好', '一般'], thresholds: [70, 50], quotas: [{ grade: '优秀', share: 0.25 }] };
