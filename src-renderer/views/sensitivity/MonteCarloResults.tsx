import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonteCarloSummary } from '../../../src-shared/engine';
import { Chart } from '../../charts/Chart';
import { gradeProbabilityOption, uncertainGradeUnits } from '../../charts/gradeProbability';
import { intervalUnits, rankIntervalsOption } from '../../charts/rankIntervals';
import '../../charts/sensitivityEcharts';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** The Monte Carlo table (by nominal rank) and its two charts. */
export function MonteCarloResults({ summary, names, fontSize }: { summary: MonteCarloSummary; names: Map<string, string>; fontSize: number }) {
  const { t } = useTranslation();
  const rows = useMemo(
    () => [...summary.units].sort((a, b) => (a.nominal ?? Infinity) - (b.nominal ?? Infinity)).map((u) => ({ ...u, name: names.get(u.unit) ?? u.unit })),
    [summary, names],
  );
  const intervals = useMemo(
    () => rankIntervalsOption(intervalUnits(rows, (u) => u.name), {
      interval: t('ui.sensitivity.intervals.interval'),
      median: t('ui.sensitivity.intervals.median'),
      nominal: t('ui.sensitivity.intervals.nominal'),
    }, fontSize),
    [rows, t, fontSize],
  );
  const gradeUnits = useMemo(
    () => uncertainGradeUnits(rows.filter((u) => u.nominal !== null).map((u) => ({ label: u.name, nominal: u.nominal!, probabilities: u.gradeProbability }))),
    [rows],
  );
  const grades = useMemo(() => gradeProbabilityOption(gradeUnits, summary.gradeLabels, fontSize), [gradeUnits, summary.gradeLabels, fontSize]);
  const columns = [
    { key: 'nominal', dataIndex: 'nominal', title: t('ui.sensitivity.column.nominal'), width: 90 },
    { key: 'name', dataIndex: 'name', title: t('ui.sensitivity.column.name') },
    { key: 'median', dataIndex: 'median', title: t('ui.sensitivity.column.median'), width: 90 },
    { key: 'q05', dataIndex: 'q05', title: t('ui.sensitivity.column.q05'), width: 90 },
    { key: 'q95', dataIndex: 'q95', title: t('ui.sensitivity.column.q95'), width: 90 },
    ...summary.gradeLabels.map((g, k) => ({
      key: `g${k}`,
      title: t('ui.sensitivity.column.grade', { grade: g }),
      width: 100,
      render: (_: unknown, u: (typeof rows)[number]) => pct(u.gradeProbability[k]),
    })),
    { key: 'topK', title: t('ui.sensitivity.column.topK', { k: summary.topK }), width: 110, render: (_: unknown, u: (typeof rows)[number]) => pct(u.topK) },
  ];
  return (
    <>
      <Chart
        option={intervals}
        height={360}
        exportName={t('ui.sensitivity.exportName.intervals')}
        testId="chart-rank-intervals"
        title={t('ui.sensitivity.intervals.title')}
      />
      {summary.gradeLabels.length > 0 ? (
        <Chart
          option={grades}
          height={Math.max(160, 48 + gradeUnits.length * Math.round(fontSize * 1.8))}
          exportName={t('ui.sensitivity.exportName.grades')}
          testId="chart-grade-probability"
          title={t('ui.sensitivity.grades.title')}
        />
      ) : (
        <p>{t('ui.sensitivity.grades.none')}</p>
      )}
      <Table
        data-testid="mc-table"
        size="small"
        rowKey="unit"
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(u) => ({ 'data-unit': u.unit }) as React.HTMLAttributes<HTMLElement>}
      />
    </>
  );
}
