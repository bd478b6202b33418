import { create } from 'zustand';

/** The screens of the side navigation, in order. `data`, `ranking` and `weights` exist so far
 * (shell/AppShell.tsx picks the view); the others show an honest empty state. */
export const SCREENS = ['data', 'ranking', 'weights', 'peers', 'whatif', 'sensitivity', 'present', 'review'] as const;
export type Screen = (typeof SCREENS)[number];

interface NavState {
  screen: Screen;
  go: (screen: Screen) => void;
}

export const useNav = create<NavState>((set) => ({
  screen: 'ranking',
  go: (screen) => set({ screen }),
}));
