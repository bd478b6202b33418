import { useLayoutEffect, useState, type RefObject } from 'react';

/** Height from the top of `ref`'s element to the bottom of the window, less `margin`: what a
 * scrolling block may use so that only it scrolls, not the page. */
export function useAvailableHeight(ref: RefObject<HTMLElement>, margin = 24, min = 240): number {
  return useMeasured(ref, margin, min, nothing);
}

/** The same for an antd Table inside `ref`: the body's scroll height, i.e. the available height
 * less the table's own header (which grows when long column titles wrap). */
export function useTableScrollY(ref: RefObject<HTMLElement>, margin = 24, min = 200): number {
  return useMeasured(ref, margin, min, tableHeader);
}

const nothing = () => 0;

function tableHeader(el: HTMLElement): number {
  const head = el.querySelector<HTMLElement>('.ant-table-header, .ant-table-thead');
  return head ? head.offsetHeight : 40;
}

function useMeasured(
  ref: RefObject<HTMLElement>,
  margin: number,
  min: number,
  subtract: (el: HTMLElement) => number,
): number {
  const [height, setHeight] = useState(min);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - margin - subtract(el))));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    if (ref.current) {
      observer.observe(ref.current);
      if (ref.current.parentElement) observer.observe(ref.current.parentElement);
    }
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref, margin, min, subtract]);
  return height;
}
