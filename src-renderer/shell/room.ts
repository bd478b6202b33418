import type { ThemeConfig } from 'antd';
import { create } from 'zustand';

/** Presentation mode ("for the room"): the committee reads the screen from across a table or
 * on a projector, so everything gets larger: the base font (antd's `fontSize` seed, from which
 * its other sizes derive), control and row heights, and the few fixed sizes of styles.css
 * (room.css, under `.kp-presenting`). */

export const NORMAL_FONT_SIZE = 15;
export const PRESENTING_FONT_SIZE = 20;

/** Laid over the app's theme (theme.ts) by a nested ConfigProvider, which merges tokens. */
export const presentingTheme: ThemeConfig = {
  token: { fontSize: PRESENTING_FONT_SIZE, controlHeight: 40 },
  components: {
    Layout: { headerHeight: 72 },
    Table: { cellPaddingBlockSM: 12, cellPaddingInlineSM: 10 },
    Menu: { itemHeight: 56 },
  },
};

/** How much larger than normal (for pixel sizes the theme does not reach: column widths). */
export const PRESENTING_SCALE = PRESENTING_FONT_SIZE / NORMAL_FONT_SIZE;

const STORAGE_KEY = 'kaoping.presenting';

function storedPresenting(): boolean {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

interface RoomState {
  presenting: boolean;
  setPresenting: (on: boolean) => void;
}

/** Presentation mode, kept for the session (a reload in the meeting keeps the large type). */
export const useRoom = create<RoomState>((set) => ({
  presenting: typeof window === 'undefined' ? false : storedPresenting(),
  setPresenting: (on) => {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, on ? '1' : '0');
    } catch {
      // without storage the mode lasts until the page reloads
    }
    set({ presenting: on });
  },
}));

/** The type size of a chart's labels: 12 px at the desk; in the room 1.2 × the scale of the
 * rest of the type, since a chart's labels are read from further away than a table's. */
export function chartFontSize(presenting: boolean): number {
  return presenting ? Math.round(12 * PRESENTING_SCALE * 1.2) : 12;
}

/** The chart type size for the current mode. */
export function useChartFontSize(): number {
  return chartFontSize(useRoom((s) => s.presenting));
}
