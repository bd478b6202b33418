import { create } from 'zustand';

/** The screens of the side navigation, in order (shell/AppShell.tsx picks the view). `present`
 * and `review` are not built yet and show an honest empty state. */
export const SCREENS = ['data', 'ranking', 'weights', 'peers', 'whatif', 'sensitivity', 'present', 'review'] as const;
export type Screen = (typeof SCREENS)[number];

interface NavState {
  screen: Screen;
  go: (screen: Screen) => void;
  /** The unit whose report card (views/profile) the peers screen shows; null: the comparison. */
  profileUnit: string | null;
  /** Opens a unit's report card (from the peers screen, a ranking row or its explanation);
   * null goes back to the comparison. */
  openProfile: (unit: string | null) => void;
}

export const useNav = create<NavState>((set) => ({
  screen: 'ranking',
  go: (screen) => set({ screen }),
  profileUnit: null,
  openProfile: (unit) => set(unit === null ? { profileUnit: null } : { screen: 'peers', profileUnit: unit }),
}));
