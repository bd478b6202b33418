import { Col, Row } from 'antd';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export function ImportExportTab() {
  return (
    <Row gutter={[24, 24]} style={{ overflow: 'auto', maxHeight: 'calc(100vh - 190px)' }}>
      <Col xs={24} xl={16}>
        <ImportPanel />
      </Col>
      <Col xs={24} xl={8}>
        <ExportPanel />
      </Col>
    </Row>
  );
}
