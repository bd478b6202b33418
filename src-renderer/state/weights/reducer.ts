import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import type { IndicatorTree } from '../../../src-shared/engine/tree';
import { applyProportions, rebalance } from './rebalance';
import { groupMembers, groupOf, weightsFor } from './shares';
import { ROOT_GROUP, type WeightAction, type WeightsModel } from './types';

/** The pure reducer of the weights workspace: (model, action) → model. An action that changes
 * nothing (a locked node, an unknown code, a value that is already there, a bad number)
 * returns the very same model object, so the history can leave it out. The model is never
 * mutated: every change makes new objects along its path (undo keeps references). */

export interface ReduceContext {
  tree: IndicatorTree;
  /** The loaded scheme: what `reset` goes back to. */
  base: ScoringScheme;
}

/** The model right after loading `base` on `tree`: every node's weight from the scheme, else
 * the tree; the scheme's category weights; nothing locked; every group manual. */
export function initialModel(tree: IndicatorTree, base: ScoringScheme): WeightsModel {
  return {
    weights: baseWeights(tree, base),
    categoryWeights: copyCategoryWeights(base.categoryWeights),
    locks: new Set(),
    methods: {},
    methodOptions: {},
  };
}

/** The working copy as a scheme: the loaded scheme with every node's working weight and the
 * category weights (left out when there are none and the loaded scheme had none). */
export function workingScheme(base: ScoringScheme, model: Pick<WeightsModel, 'weights' | 'categoryWeights'>): ScoringScheme {
  const scheme: ScoringScheme = { ...base, weights: { ...model.weights } };
  const categoryWeights = copyCategoryWeights(model.categoryWeights);
  if (Object.keys(categoryWeights).length > 0 || base.categoryWeights !== undefined) scheme.categoryWeights = categoryWeights;
  else delete scheme.categoryWeights;
  return scheme;
}

export function reduceWeights(model: WeightsModel, action: WeightAction, ctx: ReduceContext): WeightsModel {
  switch (action.type) {
    case 'setWeight':
      return setWeight(model, action.code, action.value, action.category, ctx);
    case 'setShare':
      return setShare(model, action.code, action.share, action.category, ctx);
    case 'lock':
    case 'unlock':
      return setLock(model, action.code, action.type === 'lock', ctx);
    case 'reset':
      return reset(model, action.code, action.category, ctx);
    case 'applyGroupWeights':
      return applyGroupWeights(model, action, ctx);
    case 'setMethod':
      return setMethod(model, action, ctx);
  }
}

function setWeight(model: WeightsModel, code: string, value: number, category: string | undefined, ctx: ReduceContext): WeightsModel {
  if (!ctx.tree.byCode.has(code) || model.locks.has(code)) return model;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return model;
  const next = writeWeights(model, { [code]: value }, category, ctx.tree);
  return next === model ? model : manualGroup(next, groupOf(ctx.tree, code), category);
}

function setShare(model: WeightsModel, code: string, share: number, category: string | undefined, ctx: ReduceContext): WeightsModel {
  const group = groupOf(ctx.tree, code);
  if (group === null || model.locks.has(code) || typeof share !== 'number' || Number.isNaN(share)) return model;
  const current = weightsFor(ctx.tree, model, category ?? null);
  const next = writeWeights(model, rebalance(groupMembers(ctx.tree, group), current, model.locks, code, share), category, ctx.tree);
  return next === model ? model : manualGroup(next, group, category);
}

function setLock(model: WeightsModel, code: string, lock: boolean, ctx: ReduceContext): WeightsModel {
  if (!ctx.tree.byCode.has(code) || model.locks.has(code) === lock) return model;
  const locks = new Set(model.locks);
  if (lock) locks.add(code);
  else locks.delete(code);
  return { ...model, locks };
}

/** Reset ignores locks: it is an explicit return to the loaded scheme, not a rebalance. */
function reset(model: WeightsModel, code: string | undefined, category: string | undefined, ctx: ReduceContext): WeightsModel {
  const { tree, base } = ctx;
  if (code !== undefined && !tree.byCode.has(code)) return model;

  if (code === undefined && category === undefined) {
    const fresh = initialModel(tree, base);
    const next: WeightsModel = { ...fresh, locks: model.locks };
    return sameWeights(model, next) && isEmpty(model.methods) && isEmpty(model.methodOptions) ? model : next;
  }

  if (category === undefined) {
    const value = baseWeights(tree, base)[code!];
    if (model.weights[code!] === value) return model;
    return { ...model, weights: { ...model.weights, [code!]: value } };
  }

  const baseOwn = ownEntry(base.categoryWeights ?? {}, category);
  const own = ownEntry(model.categoryWeights, category);
  const categoryWeights = { ...model.categoryWeights };
  if (code === undefined) {
    if (baseOwn) categoryWeights[category] = { ...baseOwn };
    else delete categoryWeights[category];
  } else {
    const map = { ...(own ?? {}) };
    if (baseOwn && hasOwn(baseOwn, code)) map[code] = baseOwn[code];
    else delete map[code];
    if (Object.keys(map).length === 0 && !baseOwn) delete categoryWeights[category];
    else categoryWeights[category] = map;
  }
  return sameCategoryWeights(model.categoryWeights, categoryWeights) ? model : { ...model, categoryWeights };
}

function applyGroupWeights(
  model: WeightsModel,
  action: Extract<WeightAction, { type: 'applyGroupWeights' }>,
  ctx: ReduceContext,
): WeightsModel {
  const members = groupMembers(ctx.tree, action.parent);
  if (members.length === 0) return model;
  for (const [code, w] of Object.entries(action.weights)) {
    if (!members.includes(code) || typeof w !== 'number' || !Number.isFinite(w) || w < 0) return model;
  }
  const current = weightsFor(ctx.tree, model, action.category ?? null);
  let next = writeWeights(model, applyProportions(members, current, model.locks, action.weights), action.category, ctx.tree);
  if (!(model.methods[action.parent] === action.method || (action.method === 'manual' && !hasOwn(model.methods, action.parent)))) {
    next = { ...next, methods: { ...next.methods, [action.parent]: action.method } };
  }
  // The editor's inputs (AHP matrix, α) go with the weights they produced: undo takes both
  // back, and the editor reopens on the inputs of the weights in force.
  if (action.options !== undefined && JSON.stringify(model.methodOptions[action.parent]) !== JSON.stringify(action.options)) {
    next = { ...next, methodOptions: { ...next.methodOptions, [action.parent]: structuredClone(action.options) } };
  }
  return next;
}

function setMethod(model: WeightsModel, action: Extract<WeightAction, { type: 'setMethod' }>, ctx: ReduceContext): WeightsModel {
  if (action.parent !== ROOT_GROUP && !ctx.tree.children.has(action.parent)) return model;
  const sameMethod = (model.methods[action.parent] ?? 'manual') === action.method;
  const sameOptions = action.options === undefined || JSON.stringify(model.methodOptions[action.parent]) === JSON.stringify(action.options);
  if (sameMethod && sameOptions) return model;
  const next: WeightsModel = { ...model, methods: { ...model.methods, [action.parent]: action.method } };
  if (action.options !== undefined) next.methodOptions = { ...model.methodOptions, [action.parent]: structuredClone(action.options) };
  return next;
}

/** Writes node weights into the working weights, or into a category's own weights. Returns
 * the same model when every value is already there (for a category: already its own). */
function writeWeights(
  model: WeightsModel,
  values: Readonly<Record<string, number>>,
  category: string | undefined,
  tree: IndicatorTree,
): WeightsModel {
  if (category === undefined) {
    const changed = Object.entries(values).some(([c, v]) => (hasOwn(model.weights, c) ? model.weights[c] : tree.byCode.get(c)!.weight) !== v);
    return changed ? { ...model, weights: { ...model.weights, ...values } } : model;
  }
  const own = ownEntry(model.categoryWeights, category) ?? {};
  const resolved = weightsFor(tree, model, category);
  const changed = Object.entries(values).some(([c, v]) => resolved[c] !== v);
  if (!changed) return model;
  return { ...model, categoryWeights: { ...model.categoryWeights, [category]: { ...own, ...values } } };
}

/** A hand edit in a group makes its method `manual` again (the label must say how the
 * weights came about); the method's options stay, so its editor reopens as it was. Category
 * edits leave the group's method alone (methods are per group, for everyone). */
function manualGroup(model: WeightsModel, group: string | null, category: string | undefined): WeightsModel {
  if (group === null || category !== undefined || !hasOwn(model.methods, group) || model.methods[group] === 'manual') return model;
  const methods = { ...model.methods };
  delete methods[group];
  return { ...model, methods };
}

function baseWeights(tree: IndicatorTree, base: ScoringScheme): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of tree.nodes) {
    out[code] = base.weights && hasOwn(base.weights, code) ? base.weights[code] : tree.byCode.get(code)!.weight;
  }
  return out;
}

function copyCategoryWeights(cw: ScoringScheme['categoryWeights']): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [category, map] of Object.entries(cw ?? {})) out[category] = { ...map };
  return out;
}

function sameWeights(a: WeightsModel, b: WeightsModel): boolean {
  return sameRecord(a.weights, b.weights) && sameCategoryWeights(a.categoryWeights, b.categoryWeights);
}

function sameCategoryWeights(a: Record<string, Record<string, number>>, b: Record<string, Record<string, number>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && sameRecord(a[k], b[k]));
}

function sameRecord(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && Object.is(a[k], b[k]));
}

function isEmpty(record: object): boolean {
  return Object.keys(record).length === 0;
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(record, key) ? record[key] : undefined;
}
