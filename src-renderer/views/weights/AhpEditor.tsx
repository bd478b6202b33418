import { Alert, Button, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { judgementText } from '../../../src-shared/engine/weights/saaty-scale';
import { formatShare } from '../../lib/format';
import { identityPairwise, pairwiseFromWeights, SAATY_VALUES, setJudgement, type AhpView, type Pairwise } from './ahpModel';

const OPTIONS = SAATY_VALUES.map((v) => ({ value: v, label: judgementText(v) }));

export interface AhpItem {
  code: string;
  name: string;
  points: number;
}

/** The pairwise comparison editor of one group: the upper triangle on Saaty's 1–9 scale, the
 * reciprocals filled in below, the consistency ratio live, and when CR > 0.10 a warning that
 * names the most inconsistent judgement, highlights its cell and offers the suggested value. */
export function AhpEditor(props: { items: AhpItem[]; matrix: Pairwise; view: AhpView | null; onChange: (m: Pairwise) => void }) {
  const { items, matrix, view, onChange } = props;
  const { t } = useTranslation();
  const n = items.length;
  const worst = view?.worst ?? null;
  const crText = view ? view.cr.toFixed(3) : '—';

  return (
    <div data-testid="ahp-editor" className="kp-ahp">
      <Typography.Paragraph type="secondary" className="kp-ahp-hint">
        {t('ui.weights.ahp.hint')}
      </Typography.Paragraph>
      <Space wrap className="kp-ahp-tools">
        <Tag color={view && view.inconsistent ? 'red' : 'green'} className="kp-ahp-cr" data-testid="ahp-cr" data-cr={view ? String(view.cr) : ''}>
          {t('ui.weights.ahp.cr', { cr: crText })}
        </Tag>
        {view && (
          <Typography.Text type="secondary">
            {n <= 2
              ? t('ui.weights.ahp.trivial')
              : [view.inconsistent ? null : t('ui.weights.ahp.consistent'), t('ui.weights.ahp.lambda', { lambda: view.lambdaMax.toFixed(3) })]
                  .filter(Boolean)
                  .join(' · ')}
          </Typography.Text>
        )}
        <Button size="small" onClick={() => onChange(pairwiseFromWeights(items.map((i) => i.points)))}>
          {t('ui.weights.ahp.fromWeights')}
        </Button>
        <Button size="small" onClick={() => onChange(identityPairwise(n))}>
          {t('ui.weights.ahp.allEqual')}
        </Button>
      </Space>
      {worst && view && (
        <Alert
          data-testid="ahp-warning"
          type="warning"
          showIcon
          className="kp-ahp-warning"
          message={t('ui.weights.ahp.warning', { cr: crText })}
          description={t('ui.weights.ahp.worst', {
            row: items[worst.i].name,
            column: items[worst.j].name,
            value: judgementText(worst.value),
            suggested: judgementText(worst.suggested),
          })}
          action={
            <Button size="small" data-testid="ahp-use-suggested" onClick={() => onChange(setJudgement(matrix, worst.i, worst.j, worst.suggested))}>
              {t('ui.weights.ahp.useSuggested', { suggested: judgementText(worst.suggested) })}
            </Button>
          }
        />
      )}
      <div className="kp-ahp-scroll">
        <table className="kp-ahp-table">
          <thead>
            <tr>
              <th />
              {items.map((it) => (
                <th key={it.code} className="kp-ahp-colhead">
                  <Tooltip title={it.name}>
                    <span>{it.code}</span>
                  </Tooltip>
                </th>
              ))}
              <th className="kp-num">{t('ui.weights.ahp.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row, i) => (
              <tr key={row.code}>
                <th className="kp-ahp-rowhead" title={`${row.name} (${row.code})`}>
                  <span className="kp-ahp-rowname">{row.name}</span>
                  <span className="kp-weight-code">{row.code}</span>
                </th>
                {items.map((col, j) => {
                  const isWorst = worst !== null && worst.i === i && worst.j === j;
                  if (i === j) return <td key={col.code} className="kp-ahp-diag">1</td>;
                  if (j < i) {
                    return (
                      <td key={col.code} className={`kp-ahp-reciprocal${worst !== null && worst.i === j && worst.j === i ? ' kp-ahp-worst-mirror' : ''}`}>
                        {judgementText(matrix[i][j])}
                      </td>
                    );
                  }
                  return (
                    <td key={col.code} className={isWorst ? 'kp-ahp-worst' : undefined} data-testid={`ahp-cell-${row.code}-${col.code}`}>
                      <Select<number>
                        size="small"
                        className="kp-ahp-select"
                        value={matrix[i][j]}
                        options={OPTIONS}
                        popupMatchSelectWidth={false}
                        // the whole scale at once, 1/9 to 9, no scrolling through a virtual list
                        virtual={false}
                        listHeight={600}
                        onChange={(v) => onChange(setJudgement(matrix, i, j, v))}
                      />
                      {isWorst && worst && <div className="kp-ahp-suggested">{t('ui.weights.ahp.suggestedMark', { value: judgementText(worst.suggested) })}</div>}
                    </td>
                  );
                })}
                <td className="kp-num kp-ahp-weight">{view ? formatShare(view.weights[i]) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
