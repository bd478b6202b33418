import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { MEANING } from '../../../charts/palette';

/** A signed change with an arrow and the gain/loss colour (never colour alone). Positive is
 * drawn as a gain: a higher weight, or a rank gained. */
export function DiffCell({ value, text }: { value: number; text: string }) {
  if (value === 0) return <span className="kp-muted">{text}</span>;
  const up = value > 0;
  return (
    <span style={{ color: up ? MEANING.gain : MEANING.loss, fontWeight: 600, whiteSpace: 'nowrap' }}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {text}
    </span>
  );
}
