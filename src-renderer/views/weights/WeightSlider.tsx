import { Slider } from 'antd';
import { useRef } from 'react';
import { useWeights } from '../../state/weights';
import { useNodeShare } from '../../state/weights/selectors';

/** A node's share of its parent as a slider (percent). Moving it dispatches `setShare`: the
 * unlocked siblings make room in proportion. One drag (or a run of arrow keys) is one undo
 * step: the first change of a gesture starts an entry, the following ones coalesce into it. */
export function WeightSlider({ code, disabled }: { code: string; disabled: boolean }) {
  // From the store, not from the row: the table draws its rows a moment after an edit
  // (deferred), and a key held down must step from the value it just set.
  const share = useNodeShare(code);
  const dispatch = useWeights((s) => s.dispatch);
  const category = useWeights((s) => s.activeCategory) ?? undefined;
  const gesture = useRef(false);
  return (
    <div data-testid={`weight-slider-${code}`} className="kp-weight-slider">
      <Slider
        min={0}
        max={100}
        step={0.5}
        value={Math.round(share * 1000) / 10}
        disabled={disabled}
        tooltip={{ formatter: (v) => `${v}%` }}
        onChange={(v: number) => {
          dispatch({ type: 'setShare', code, share: v / 100, category, coalesce: gesture.current });
          gesture.current = true;
        }}
        onChangeComplete={() => {
          gesture.current = false;
        }}
      />
    </div>
  );
}
