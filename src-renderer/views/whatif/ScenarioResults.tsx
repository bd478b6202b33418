import { Col, List, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../src-shared/api';
import { Chart } from '../../charts/Chart';
import '../../charts/sensitivityEcharts';
import { slopeOption } from '../../charts/slope';
import { formatScore } from '../../lib/format';
import { changeCounts } from './scenarioDraft';

type Comparison = CallResult<'runScenario'>;
type Row = Comparison['rows'][number];

const signed = (n: number | null) => (n === null ? '' : n > 0 ? `↑${n}` : n < 0 ? `↓${-n}` : '0');

/** The comparison with the baseline: a summary line, the slope chart of the biggest movers, the
 * movers and grade changes, and the table of every unit. */
export function ScenarioResults({ c, fontSize }: { c: Comparison; fontSize: number }) {
  const { t } = useTranslation();
  const counts = changeCounts(c.rows);
  const slopeHeight = Math.max(240, 40 + c.movers.length * 28);
  const slope = useMemo(
    () =>
      slopeOption(
        c.movers.filter((r) => r.baseRank !== null && r.rank !== null).map((r) => ({ label: r.name, baseRank: r.baseRank!, rank: r.rank! })),
        { baseline: t('ui.whatif.slope.baseline'), scenario: t('ui.whatif.slope.scenario') },
        fontSize,
        slopeHeight,
      ),
    [c, t, fontSize, slopeHeight],
  );
  const line = (r: Row) => `${r.name}  ${r.baseRank ?? '–'} → ${r.rank ?? '–'} (${signed(r.change)})`;
  const gradeLine = (r: Row) => `${r.name}  ${r.baseGrade ?? '–'} → ${r.grade ?? '–'}`;
  return (
    <div data-testid="scenario-results">
      <Typography.Paragraph data-testid="scenario-summary">{t('ui.whatif.summary', { period: c.period, ...counts })}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={14}>
          <Chart option={slope} height={slopeHeight} exportName={t('ui.whatif.exportName.slope')} testId="chart-slope" title={t('ui.whatif.slope.title')} />
        </Col>
        <Col span={10}>
          <List size="small" header={<b>{t('ui.whatif.movers')}</b>} data-testid="scenario-movers" dataSource={c.movers} renderItem={(r) => <List.Item>{line(r)}</List.Item>}
            locale={{ emptyText: t('ui.whatif.noChanges') }} />
          <List size="small" header={<b>{t('ui.whatif.gradeChanges')}</b>} data-testid="scenario-grade-changes" dataSource={c.gradeChanges} renderItem={(r) => <List.Item>{gradeLine(r)}</List.Item>}
            locale={{ emptyText: t('ui.whatif.noChanges') }} />
        </Col>
      </Row>
      <Table<Row>
        data-testid="scenario-table"
        size="small"
        rowKey="unit"
        dataSource={c.rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onRow={(r) => ({ 'data-unit': r.unit }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'rank', dataIndex: 'rank', title: t('ui.whatif.column.rank'), width: 90 },
          { key: 'baseRank', dataIndex: 'baseRank', title: t('ui.whatif.column.baseRank'), width: 90 },
          { key: 'change', title: t('ui.whatif.column.change'), width: 80, render: (_, r) => signed(r.change) },
          { key: 'name', dataIndex: 'name', title: t('ui.whatif.column.unit') },
          { key: 'total', title: t('ui.whatif.column.total'), width: 100, render: (_, r) => formatScore(r.total) },
          { key: 'baseTotal', title: t('ui.whatif.column.baseTotal'), width: 100, render: (_, r) => formatScore(r.baseTotal) },
          ...(c.gradeLabels.length > 0
            ? [
                { key: 'grade', dataIndex: 'grade', title: t('ui.whatif.column.grade'), width: 90 },
                { key: 'baseGrade', dataIndex: 'baseGrade', title: t('ui.whatif.column.baseGrade'), width: 90 },
              ]
            : []),
        ]}
      />
    </div>
  );
}
