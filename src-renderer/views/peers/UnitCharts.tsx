import { Alert, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../charts/Chart';
import '../../charts/peersEcharts';
import { useCatalog } from '../../state/catalog';
import { bumpFor, quadrantFor, radarFor, stripFor, strengthsFor, type Comparison } from './peerChartOptions';

/** The unit against its peers: radar of dimensions, strengths and weaknesses, each indicator's
 * position, rank over time and the level–improvement quadrants. */
export function UnitCharts({ c, fontSize }: { c: Comparison; fontSize: number }) {
  const { t, i18n } = useTranslation();
  const indicators = useCatalog((s) => s.indicators);
  const ctx = useMemo(() => ({ t, locale: i18n.language, indicators, fontSize }), [t, i18n.language, indicators, fontSize]);
  const radar = useMemo(() => radarFor(c, ctx), [c, ctx]);
  const strengths = useMemo(() => strengthsFor(c, ctx), [c, ctx]);
  const strip = useMemo(() => stripFor(c, ctx), [c, ctx]);
  const bump = useMemo(() => bumpFor(c, ctx), [c, ctx]);
  const quadrant = useMemo(() => quadrantFor(c, ctx), [c, ctx]);
  const name = (chart: string) => t('ui.peers.chart.exportName', { chart: t(`ui.peers.chart.${chart}`), unit: c.unit.name, period: c.period });
  const title = (chart: string) => <strong>{t(`ui.peers.chart.${chart}`)}</strong>;
  const tall = Math.round(fontSize * 30);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Chart option={radar} height={tall} exportName={name('radar')} title={title('radar')} testId="chart-radar" />
      </Col>
      <Col xs={24} xl={12}>
        <Chart option={strengths.option} height={Math.max(tall, 60 + strengths.rows * fontSize * 3)} exportName={name('strengths')} title={title('strengths')} testId="chart-strengths" />
      </Col>
      <Col span={24}>
        <Chart option={strip.option} height={strip.height} exportName={name('strip')} title={title('strip')} testId="chart-strip" />
      </Col>
      <Col xs={24} xl={12}>
        <Chart option={bump} height={tall} exportName={name('bump')} title={title('bump')} testId="chart-bump" />
      </Col>
      <Col xs={24} xl={12}>
        {quadrant ? (
          <Chart option={quadrant} height={tall} exportName={name('quadrant')} title={title('quadrant')} testId="chart-quadrant" />
        ) : (
          <Alert type="info" showIcon message={t('ui.peers.chart.quadrantNone')} />
        )}
      </Col>
    </Row>
  );
}
