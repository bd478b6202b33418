import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportExportTab } from './ImportExportTab';
import { IndicatorsTab } from './IndicatorsTab';
import { ObservationsTab } from './ObservationsTab';
import { UnitsTab } from './UnitsTab';

type DataTab = 'units' | 'indicators' | 'observations' | 'importExport';

/** The Data screen: what the database holds, and import/export of evaluation workbooks. A tab
 * is rendered when first opened and kept (an import report survives a look at the units). */
export function DataView() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<DataTab>('units');
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => setTab(k as DataTab)}
      items={[
        { key: 'units', label: <span data-testid="tab-units">{t('ui.data.tabs.units')}</span>, children: <UnitsTab /> },
        {
          key: 'indicators',
          label: <span data-testid="tab-indicators">{t('ui.data.tabs.indicators')}</span>,
          children: <IndicatorsTab />,
        },
        {
          key: 'observations',
          label: <span data-testid="tab-observations">{t('ui.data.tabs.observations')}</span>,
          children: <ObservationsTab />,
        },
        {
          key: 'importExport',
          label: <span data-testid="tab-import">{t('ui.data.tabs.importExport')}</span>,
          children: <ImportExportTab />,
        },
      ]}
    />
  );
}
