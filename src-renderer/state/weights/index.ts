/** The weights workspace: actions as data, the pure reducer and rebalancing, shares, undo and
 * redo, and the `useWeights` store (.notes/ISSUE4.md, agreed interfaces). */
export * from './types';
export * from './rebalance';
export * from './shares';
export * from './reducer';
export * from './history';
export * from './store';
