import { Slider } from 'antd';
import { memo, useCallback, useRef, useState } from 'react';
import { useWeights } from '../../state/weights';
import { useNodeShare, useShownFigure } from '../../state/weights/selectors';

/** antd's slider (with its tooltip) redraws only when a prop changes: an edit of a sibling
 * passes it the same props until the deferred render. */
const MemoSlider = memo(Slider);
const TOOLTIP = { open: false, formatter: (v?: number) => `${v}%` };

/** A node's share of its parent as a slider (percent). Moving it dispatches `setShare`: the
 * unlocked siblings make room in proportion. One drag (or a run of arrow keys) is one undo
 * step: the first change of a gesture starts an entry, the following ones coalesce into it. */
export function WeightSlider({ code, disabled }: { code: string; disabled: boolean }) {
  const gesture = useRef(false);
  const [focused, setFocused] = useState(false);
  // From the store, not from the row (the table draws its rows a moment after an edit): at
  // once in the slider in hand (a key held down must step from the value it just set); its
  // siblings draw the settled weights, after the live ranking, in a deferred render.
  const active = focused || gesture.current;
  const share = useShownFigure(useNodeShare(code, !active), active);
  const dispatch = useWeights((s) => s.dispatch);
  const category = useWeights((s) => s.activeCategory) ?? undefined;
  const onChange = useCallback(
    (v: number) => {
      dispatch({ type: 'setShare', code, share: v / 100, category, coalesce: gesture.current });
      gesture.current = true;
    },
    [dispatch, code, category],
  );
  const onChangeComplete = useCallback(() => {
    gesture.current = false;
  }, []);
  const onFocus = useCallback(() => setFocused(true), []);
  const onBlur = useCallback(() => setFocused(false), []);
  return (
    <div data-testid={`weight-slider-${code}`} className="kp-weight-slider" onFocus={onFocus} onBlur={onBlur}>
      <MemoSlider
        min={0}
        max={100}
        step={0.5}
        value={Math.round(share * 1000) / 10}
        disabled={disabled}
        tooltip={TOOLTIP}
        onChange={onChange}
        onChangeComplete={onChangeComplete}
      />
    </div>
  );
}
