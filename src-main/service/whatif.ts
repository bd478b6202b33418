import Papa from 'papaparse';
import { KaopingError, type CallArgs, type CallResult, type Handlers } from '../../src-shared/api';
import { scenarioDefinition } from '../../src-shared/api/contract-scenarios';
import { applyScenario, compareScenario, scoreScheme, type ScenarioDefinition, type SensitivityInput } from '../../src-shared/engine';
import type { Store } from '../store';
import type { StoredScenario } from '../store/types';
import type { ServiceContext } from './context';
import { periodInput } from './periodInput';

type StoredView = CallResult<'listScenarios'>[number];

/** A stored scenario as the api shows it; a definition that no longer parses (written by a
 * newer version, say) is refused by name when run, and shown empty in lists. */
function scenarioView(s: StoredScenario): StoredView {
  const parsed = scenarioDefinition.safeParse(s.definition);
  return {
    name: s.name,
    scheme: s.scheme,
    definition: parsed.success ? parsed.data : { overlay: {}, edits: [], categories: {} },
    note: s.note,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** Which scenario a call means: a stored one by name, or an unsaved base scheme + definition. */
interface ScenarioRef {
  period?: string;
  name?: string;
  scheme?: string | null;
  definition?: ScenarioDefinition;
}

function resolveRef(store: Store, ref: ScenarioRef): { name: string | null; scheme: string | null; definition: ScenarioDefinition } {
  if (ref.name === undefined) return { name: null, scheme: ref.scheme ?? null, definition: ref.definition ?? {} };
  const all = store.listScenarios();
  const stored = all.find((s) => s.name === ref.name);
  if (!stored) throw new KaopingError('scenarios.unknownScenario', { name: ref.name, known: all.map((s) => s.name).join(', ') });
  const parsed = scenarioDefinition.safeParse(stored.definition);
  if (!parsed.success) {
    throw new KaopingError('scenarios.badDefinition', { name: stored.name, problem: parsed.error.issues[0]?.message ?? '' });
  }
  return { name: stored.name, scheme: stored.scheme, definition: parsed.data };
}

/** The baseline (base scheme, data as stored) and the scenario's input for one period. */
export function scenarioInput(
  store: Store,
  ref: ScenarioRef,
): { period: string; name: string | null; scheme: string | null; base: SensitivityInput; input: SensitivityInput } {
  const { name, scheme, definition } = resolveRef(store, ref);
  const { period, input: base } = periodInput(store, ref.period, scheme);
  // Derived values (marks, goal completion) follow the scheme's goalIndicator and marks rule:
  // when the overlay changes either, the scenario's values are read again under it (derived.ts);
  // otherwise they are the baseline's. The edits then apply to those values.
  const overlay = definition.overlay ?? {};
  const rereads = 'goalIndicator' in overlay || 'marks' in overlay;
  const overlaid = rereads ? periodInput(store, period, scheme, overlay).input : base;
  const input = applyScenario({ ...overlaid, scheme: base.scheme }, definition);
  return { period, name, scheme, base, input };
}

/** Checks a definition against the database before it is stored: the units and leaf
 * indicators it names exist, and the factors are valid. The engine makes the same checks when
 * a scenario is run on a period (where a unit may have no data). */
function checkDefinition(store: Store, definition: ScenarioDefinition): void {
  const units = new Set(store.listUnits().map((u) => u.code));
  const indicators = store.listIndicators();
  const parents = new Set(indicators.map((i) => i.parent));
  const leaves = new Set(indicators.filter((i) => !parents.has(i.code)).map((i) => i.code));
  const nodes = new Set(indicators.map((i) => i.code));
  (definition.edits ?? []).forEach((e, k) => {
    const edit = k + 1;
    if (!units.has(e.unit)) throw new KaopingError('scenarios.editUnknownUnit', { unit: e.unit, edit });
    if (!leaves.has(e.indicator)) throw new KaopingError('scenarios.editUnknownIndicator', { indicator: e.indicator, edit });
    if (!Number.isFinite(e.value)) throw new KaopingError('scenarios.badEditValue', { unit: e.unit, indicator: e.indicator, value: String(e.value), edit });
    if (e.op === 'multiply' && e.value < 0) throw new KaopingError('scenarios.badFactor', { unit: e.unit, indicator: e.indicator, value: String(e.value), edit });
  });
  for (const unit of Object.keys(definition.categories ?? {})) {
    if (!units.has(unit)) throw new KaopingError('scenarios.unknownUnit', { unit });
  }
  const weights = [definition.overlay?.weights ?? {}, ...Object.values(definition.overlay?.categoryWeights ?? {})];
  for (const w of weights) for (const node of Object.keys(w)) if (!nodes.has(node)) throw new KaopingError('scenarios.unknownNode', { node });
}

function comparison(store: Store, args: ScenarioRef & { movers?: number }): CallResult<'runScenario'> {
  const { period, name, scheme, base, input } = scenarioInput(store, args);
  const before = scoreScheme(base.tree, base.matrix, base.scheme, base.context);
  const after = scoreScheme(input.tree, input.matrix, input.scheme, input.context);
  const c = compareScenario(before, after, args.movers ?? 10);
  const names = new Map(store.listUnits().map((u) => [u.code, u.name]));
  const named = (rows: typeof c.rows) => rows.map((r) => ({ ...r, name: names.get(r.unit) ?? r.unit }));
  return { period, scenario: name, scheme, gradeLabels: c.gradeLabels, rows: named(c.rows), movers: named(c.movers), gradeChanges: named(c.gradeChanges) };
}

const cell = (v: number | string | null): string | number => (v === null ? '' : v);

/** The comparison as CSV (numbers at full precision, empty = none). */
export function comparisonCsv(c: CallResult<'runScenario'>): string {
  const header = ['unit', 'name', 'base_rank', 'rank', 'change', 'base_total', 'total', 'base_grade', 'grade'];
  const rows = c.rows.map((r) => [r.unit, r.name, r.baseRank, r.rank, r.change, r.baseTotal, r.total, r.baseGrade, r.grade].map(cell));
  return Papa.unparse({ fields: header, data: rows }, { newline: '\n' }) + '\n';
}

type WhatifCalls = 'listScenarios' | 'saveScenario' | 'renameScenario' | 'deleteScenario' | 'runScenario' | 'exportScenario';

/** The scenario calls. Each write is one store transaction with its audit entry; refusals are
 * KaopingErrors naming the problem and leave the database as it was. */
export function whatifHandlers(ctx: ServiceContext): Pick<Handlers, WhatifCalls> {
  return {
    listScenarios: async () => ctx.store.listScenarios().map(scenarioView),
    saveScenario: async ({ name, scheme, definition, note }: CallArgs<'saveScenario'>) => {
      checkDefinition(ctx.store, definition);
      return scenarioView(ctx.store.saveScenario({ name, scheme, definition, note, user: ctx.user }));
    },
    renameScenario: async ({ name, newName }) => scenarioView(ctx.store.renameScenario(name, newName, ctx.user)),
    deleteScenario: async ({ name }) => ({ deleted: ctx.store.deleteScenario(name, ctx.user).name }),
    runScenario: async (args) => comparison(ctx.store, args),
    exportScenario: async (args) => {
      const c = comparison(ctx.store, args);
      return { filename: `${c.scenario ?? 'scenario'}-${c.period}.csv`, csv: comparisonCsv(c) };
    },
  };
}
