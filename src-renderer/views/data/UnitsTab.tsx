import { Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinct } from '../../lib/distinct';
import { comparePinyin } from '../../lib/pinyin';
import { useTableScrollY } from '../../lib/useAvailableHeight';
import { useCatalog } from '../../state/catalog';
import type { ApiUnit } from '../../state/types';
import { vocab } from './labels';
import { filterUnits, parentOptions, type UnitFilter } from './unitFilters';

/** The units (who is assessed), filterable by level, township, category and name. */
export function UnitsTab() {
  const { t, i18n } = useTranslation();
  const units = useCatalog((s) => s.units);
  const [filter, setFilter] = useState<UnitFilter>({ level: null, parent: null, category: null, query: '' });
  const ref = useRef<HTMLDivElement>(null);
  const scrollY = useTableScrollY(ref);
  const exists = (k: string) => i18n.exists(k);

  const names = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const rows = useMemo(() => filterUnits(units, filter), [units, filter]);
  const levels = useMemo(() => distinct(units.map((u) => u.level)), [units]);
  const categories = useMemo(() => distinct(units.map((u) => u.category)), [units]);
  const parents = useMemo(() => parentOptions(units), [units]);
  const groupNames = useMemo(() => distinct(units.flatMap((u) => Object.keys(u.groups))), [units]);

  const columns: ColumnsType<ApiUnit> = [
    { title: t('ui.units.code'), dataIndex: 'code', width: 120, sorter: (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) },
    { title: t('ui.units.name'), dataIndex: 'name', width: 200, sorter: (a, b) => comparePinyin(a.name, b.name) },
    {
      title: t('ui.units.parent'),
      key: 'parent',
      width: 180,
      render: (_, u) => (u.parent ? (names.get(u.parent) ?? u.parent) : ''),
      sorter: (a, b) => comparePinyin(a.parent ? (names.get(a.parent) ?? a.parent) : '', b.parent ? (names.get(b.parent) ?? b.parent) : ''),
    },
    { title: t('ui.units.level'), key: 'level', width: 110, render: (_, u) => vocab(t, exists, 'level', u.level) },
    {
      title: t('ui.units.category'),
      dataIndex: 'category',
      width: 160,
      sorter: (a, b) => comparePinyin(a.category ?? '', b.category ?? ''),
    },
    ...groupNames.map((g) => ({
      title: g,
      key: `group:${g}`,
      width: 140,
      render: (_: unknown, u: ApiUnit) => u.groups[g] ?? '',
    })),
  ];
  const width = columns.reduce((s, c) => s + (typeof c.width === 'number' ? c.width : 120), 0);

  return (
    <div>
      <div className="kp-toolbar">
        <Input.Search
          allowClear
          style={{ width: 300 }}
          placeholder={t('ui.common.search')}
          onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('ui.units.filterLevel')}
          options={levels.map((l) => ({ value: l, label: vocab(t, exists, 'level', l) }))}
          value={filter.level}
          onChange={(v?: string) => setFilter((f) => ({ ...f, level: v ?? null }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          placeholder={t('ui.units.filterParent')}
          options={parents}
          value={filter.parent}
          onChange={(v?: string) => setFilter((f) => ({ ...f, parent: v ?? null }))}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('ui.units.filterCategory')}
          options={categories.map((c) => ({ value: c, label: c }))}
          value={filter.category}
          onChange={(v?: string) => setFilter((f) => ({ ...f, category: v ?? null }))}
        />
        <Typography.Text className="kp-toolbar-count">
          {rows.length === units.length
            ? t('ui.common.count', { count: units.length })
            : t('ui.common.shown', { shown: rows.length, total: units.length })}
        </Typography.Text>
      </div>
      <div ref={ref}>
        <Table<ApiUnit>
          data-testid="units-table"
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={rows}
          pagination={false}
          virtual
          scroll={{ x: width, y: scrollY }}
          locale={{ emptyText: t('ui.units.empty') }}
        />
      </div>
    </div>
  );
}
