import { InputNumber } from 'antd';
import { memo, useCallback, useState } from 'react';
import { useWeights } from '../../state/weights';
import { useNodePoints } from '../../state/weights/selectors';

/** antd's number input redraws only when a prop changes (an edit elsewhere passes the same). */
const MemoInputNumber = memo(InputNumber<number>);

/** A node's weight in points. Typing is a draft until Enter or leaving the field, so a number
 * typed digit by digit is one edit; the step arrows set the value at once. `setWeight`
 * changes this node only: its siblings keep their points and their shares move. */
export function WeightInput({ code, disabled }: { code: string; disabled: boolean }) {
  // From the store, not from the row (the table draws its rows a moment after the edit), and
  // at once: a field shows the number just typed into it (a cheap redraw, unlike a slider).
  const points = useNodePoints(code);
  const dispatch = useWeights((s) => s.dispatch);
  const category = useWeights((s) => s.activeCategory) ?? undefined;
  const [draft, setDraft] = useState<number | null | undefined>(undefined);
  // Stable handlers: with them, an edit of another node passes the memoised field equal props.
  const commit = useCallback(
    (v: number | null | undefined) => {
      setDraft(undefined);
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) dispatch({ type: 'setWeight', code, value: v, category });
    },
    [dispatch, code, category],
  );
  const onChange = useCallback((v: number | null) => setDraft(v), []);
  const onPressEnter = useCallback(() => commit(draft), [commit, draft]);
  const onBlur = useCallback(() => {
    if (draft !== undefined) commit(draft);
  }, [commit, draft]);
  return (
    <MemoInputNumber
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
      onChange={onChange}
      onStep={commit}
      onPressEnter={onPressEnter}
      onBlur={onBlur}
    />
  );
}
