import { InputNumber } from 'antd';
import { useState } from 'react';
import { useWeights } from '../../state/weights';
import { useNodePoints } from '../../state/weights/selectors';

/** A node's weight in points. Typing is a draft until Enter or leaving the field, so a number
 * typed digit by digit is one edit; the step arrows set the value at once. `setWeight`
 * changes this node only: its siblings keep their points and their shares move. */
export function WeightInput({ code, disabled }: { code: string; disabled: boolean }) {
  // From the store, not from the row: the table may draw its rows a moment after the edit.
  const points = useNodePoints(code);
  const dispatch = useWeights((s) => s.dispatch);
  const category = useWeights((s) => s.activeCategory) ?? undefined;
  const [draft, setDraft] = useState<number | null | undefined>(undefined);
  const commit = (v: number | null | undefined) => {
    setDraft(undefined);
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) dispatch({ type: 'setWeight', code, value: v, category });
  };
  return (
    <InputNumber<number>
      data-testid={`weight-input-${code}`}
      // the full number (the field shows two decimals), for tests and assistive tools
      data-points={String(points)}
      className="kp-weight-input"
      size="small"
      min={0}
      step={1}
      precision={2}
      disabled={disabled}
      value={draft === undefined ? points : draft}
      onChange={(v) => setDraft(v)}
      onStep={(v) => commit(v)}
      onPressEnter={() => commit(draft)}
      onBlur={() => draft !== undefined && commit(draft)}
    />
  );
}
