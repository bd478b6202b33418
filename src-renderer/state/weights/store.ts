import { create } from 'zustand';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { buildTree, type IndicatorTree } from '../../../src-shared/engine/tree';
import type { Indicator } from '../../../src-shared/model';
import { emptyHistory, recordEdit, redoEdit, undoEdit, type WeightsHistory } from './history';
import { initialModel, reduceWeights, workingScheme } from './reducer';
import type { WeightAction, WeightsModel } from './types';

/** The weights workspace (.notes/ISSUE4.md, agreed interfaces): the working copy of a scheme's
 * weights, edited only through `dispatch(action)`, with undo and redo. The store itself needs
 * no api: a screen loads a scheme into it (`load`) with the catalog's indicators. */

/** Marked whenever a dispatched edit (or an undo/redo) changes the weights: the start of the
 * input-to-redraw measure (bench/ui.ts); the ranking marks `kaoping:ranking-drawn`. */
export const WEIGHTS_INPUT_MARK = 'kaoping:weights-input';

export interface WeightsState extends WeightsModel {
  /** The stored scheme loaded, null for the tree's own weights or an unsaved copy. */
  schemeName: string | null;
  /** The loaded scheme (what `reset` goes back to). */
  base: ScoringScheme;
  /** The indicator tree the weights are for (the catalog's). */
  indicators: readonly Indicator[];
  /** `indicators` built (null before any or when they do not form a tree). */
  tree: IndicatorTree | null;
  /** The category tab shown (null = the weights every unit uses). The screen passes it as
   * the actions' `category`; the reducer never reads it. */
  activeCategory: string | null;
  /** The actions undo can take back, oldest first (for display; `history` holds the models). */
  past: WeightAction[];
  /** The actions redo can apply again, the next one last. */
  future: WeightAction[];
  history: WeightsHistory;
  /** Bumped by `schemesChanged()` after a scheme was saved, renamed, deleted or made the
   * baseline, so that views which list schemes (the live baseline) fetch them again. */
  schemesVersion: number;
  /** The weights the slow parts of the Weights screen draw (the tree table, the sunburst, the
   * sliders not in hand): the working weights, caught up by `settle()` once the live ranking
   * has drawn an edit, or SETTLE_AFTER_MS after it at the latest. So after an edit the main
   * thread rescores-and-draws the ranking first and only then starts on the table (the
   * worker's answer would otherwise wait behind the table's render). */
  settledWeights: Record<string, number>;
  settledCategoryWeights: Record<string, Record<string, number>>;

  dispatch: (action: WeightAction) => void;
  undo: () => void;
  redo: () => void;
  /** Loads a scheme as the working copy (history cleared, nothing locked). `indicators`
   * replaces the tree when given (else the current one is kept). */
  load: (name: string | null, scheme: ScoringScheme, indicators?: readonly Indicator[]) => void;
  /** The catalog's indicators changed (an import): the loaded scheme is loaded again on the
   * new tree; nothing happens when the tree is the same. */
  setIndicators: (indicators: readonly Indicator[]) => void;
  setActiveCategory: (category: string | null) => void;
  /** Renames the working copy (after "save as") without touching weights or history. */
  setSchemeName: (name: string | null) => void;
  schemesChanged: () => void;
  /** The working weights become the settled ones (see `settledWeights`). */
  settle: () => void;
}

/** The latest the settled weights follow an edit, when nothing settles them sooner (no live
 * ranking on screen, or a slow one). */
export const SETTLE_AFTER_MS = 150;

const EMPTY_MODEL: WeightsModel = { weights: {}, categoryWeights: {}, locks: new Set(), methods: {}, methodOptions: {} };

export const useWeights = create<WeightsState>((set, get) => {
  /** Puts a model and history in place; marks the input when the weights moved. */
  const commit = (model: WeightsModel, history: WeightsHistory, startedAt: number): void => {
    const before = get();
    set({ ...model, history, past: history.past.map((e) => e.action), future: history.future.map((e) => e.action) });
    if (model.weights !== before.weights || model.categoryWeights !== before.categoryWeights) {
      markInput(startedAt);
      settleLater();
    }
  };

  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  const settleLater = (): void => {
    if (settleTimer === null) settleTimer = setTimeout(() => get().settle(), SETTLE_AFTER_MS);
  };
  const cancelSettle = (): void => {
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = null;
  };

  return {
    schemeName: null,
    base: {},
    indicators: [],
    tree: null,
    activeCategory: null,
    ...EMPTY_MODEL,
    past: [],
    future: [],
    history: emptyHistory(),
    schemesVersion: 0,
    settledWeights: EMPTY_MODEL.weights,
    settledCategoryWeights: EMPTY_MODEL.categoryWeights,

    dispatch: (action) => {
      const startedAt = now();
      const state = get();
      if (!state.tree) return;
      const before = modelOf(state);
      const after = reduceWeights(before, action, { tree: state.tree, base: state.base });
      if (after === before) return;
      commit(after, recordEdit(state.history, action, before, after), startedAt);
    },
    undo: () => {
      const startedAt = now();
      const step = undoEdit(get().history);
      if (step) commit(step.model, step.history, startedAt);
    },
    redo: () => {
      const startedAt = now();
      const step = redoEdit(get().history);
      if (step) commit(step.model, step.history, startedAt);
    },
    load: (name, scheme, indicators) => {
      const list = indicators ?? get().indicators;
      const tree = indicators ? tryBuildTree(indicators) : get().tree;
      const model = tree ? initialModel(tree, scheme) : { ...EMPTY_MODEL, locks: new Set<string>() };
      const history = emptyHistory();
      // Not an edit on the way to the live ranking: drawn everywhere at once.
      cancelSettle();
      set({
        schemeName: name,
        base: scheme,
        indicators: list,
        tree,
        ...model,
        history,
        past: [],
        future: [],
        settledWeights: model.weights,
        settledCategoryWeights: model.categoryWeights,
      });
    },
    setIndicators: (indicators) => {
      const state = get();
      if (sameTree(state.indicators, indicators)) return;
      state.load(state.schemeName, state.base, indicators);
    },
    setActiveCategory: (category) => set({ activeCategory: category }),
    setSchemeName: (name) => set({ schemeName: name }),
    schemesChanged: () => set((s) => ({ schemesVersion: s.schemesVersion + 1 })),
    settle: () => {
      cancelSettle();
      const s = get();
      if (s.settledWeights !== s.weights || s.settledCategoryWeights !== s.categoryWeights) {
        set({ settledWeights: s.weights, settledCategoryWeights: s.categoryWeights });
      }
    },
  };
});

/** The working copy as a ScoringScheme: the loaded scheme with the working weights of every
 * node and the category weights — what "save" stores and what scoring takes. */
export function currentScheme(): ScoringScheme {
  const s = useWeights.getState();
  return workingScheme(s.base, s);
}

/** The part of the state the reducer works on. */
export function modelOf(state: WeightsModel): WeightsModel {
  return {
    weights: state.weights,
    categoryWeights: state.categoryWeights,
    locks: state.locks,
    methods: state.methods,
    methodOptions: state.methodOptions,
  };
}

function tryBuildTree(indicators: readonly Indicator[]): IndicatorTree | null {
  try {
    return buildTree(indicators);
  } catch {
    return null;
  }
}

/** Same codes, parents, weights, kinds and positions: nothing the weights depend on moved. */
function sameTree(a: readonly Indicator[], b: readonly Indicator[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return x.code === y.code && x.parent === y.parent && x.weight === y.weight && x.kind === y.kind && x.position === y.position;
  });
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function markInput(startTime: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(WEIGHTS_INPUT_MARK, { startTime });
}
