import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { distinct } from '../../lib/distinct';
import { useMessage } from '../../i18n/useMessage';
import type { Issue } from '../../state/types';

interface ReportRow extends Issue {
  index: number;
  text: string;
}

/** The validation report: every problem with sheet, row, column and reason, in the UI
 * language; sortable and filterable so a long report can be worked through sheet by sheet. */
export function ImportReport({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation();
  const say = useMessage();
  const rows: ReportRow[] = useMemo(
    () => issues.map((i, index) => ({ ...i, index, text: say(i.key, i.params) })),
    [issues, say],
  );
  const sheets = useMemo(() => distinct(issues.map((i) => i.sheet)), [issues]);
  const errors = issues.filter((i) => i.severity === 'error').length;

  const columns: ColumnsType<ReportRow> = [
    {
      title: t('ui.report.severity'),
      dataIndex: 'severity',
      width: 100,
      filters: [
        { text: t('ui.report.error'), value: 'error' },
        { text: t('ui.report.warning'), value: 'warning' },
      ],
      onFilter: (v, r) => r.severity === v,
      sorter: (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
      render: (s: Issue['severity']) => (
        <Tag color={s === 'error' ? 'red' : 'gold'}>{t(s === 'error' ? 'ui.report.error' : 'ui.report.warning')}</Tag>
      ),
    },
    {
      title: t('ui.report.sheet'),
      dataIndex: 'sheet',
      width: 130,
      filters: sheets.map((s) => ({ text: s, value: s })),
      onFilter: (v, r) => r.sheet === v,
      sorter: (a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? ''),
    },
    {
      title: t('ui.report.row'),
      dataIndex: 'row',
      width: 80,
      align: 'right',
      className: 'kp-num',
      sorter: (a, b) => (a.row ?? 0) - (b.row ?? 0),
    },
    {
      title: t('ui.report.column'),
      dataIndex: 'column',
      width: 130,
      sorter: (a, b) => (a.column ?? '').localeCompare(b.column ?? ''),
    },
    { title: t('ui.report.message'), dataIndex: 'text' },
  ];

  return (
    <div data-testid="import-report">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('ui.report.title')}
        <Typography.Text type="secondary" style={{ fontWeight: 400, marginLeft: 12, fontSize: 14 }}>
          {t('ui.report.count', { errors, warnings: issues.length - errors })}
        </Typography.Text>
      </Typography.Title>
      <Table<ReportRow>
        size="small"
        rowKey="index"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      />
    </div>
  );
}
