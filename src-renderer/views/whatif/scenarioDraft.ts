import type { CallResult } from '../../../src-shared/api';
import type { DataEdit, NodeAggregation, ScenarioDefinition, ScoringScheme } from '../../../src-shared/engine';
import type { ScoringMethod } from '../../../src-shared/model';

/** A scenario as the editor holds it, and its conversion to and from the stored definition
 * (src-shared/engine/scenarios). Pure. */
export interface ScenarioDraft {
  name: string;
  /** Base scheme; null = the standard computation. */
  scheme: string | null;
  note: string;
  weights: { node: string; weight: number }[];
  scoring: ScoringMethod | null;
  aggregate: NodeAggregation | null;
  normaliseWithin: 'all' | 'category' | null;
  /** Quota of the best grade as a percentage of the ranked units (null: the base scheme's). */
  topQuota: number | null;
  edits: DataEdit[];
  /** What the editor has no field for but a stored scenario may hold (other overlay options,
   * category moves), carried through unchanged so that saving never drops it. */
  otherOverlay: ScoringScheme;
  categories: Record<string, string | null>;
}

export const emptyDraft = (scheme: string | null = null): ScenarioDraft => ({
  name: '',
  scheme,
  note: '',
  weights: [],
  scoring: null,
  aggregate: null,
  normaliseWithin: null,
  topQuota: null,
  edits: [],
  otherOverlay: {},
  categories: {},
});

/** The definition: the options set in the draft as the overlay (a quota replaces the base
 * scheme's quotas with one on its best grade), and the data edits. */
export function toDefinition(d: ScenarioDraft, base: ScoringScheme): ScenarioDefinition {
  const overlay: ScoringScheme = { ...d.otherOverlay };
  if (d.weights.length > 0) overlay.weights = Object.fromEntries(d.weights.map((w) => [w.node, w.weight]));
  if (d.scoring) overlay.scoring = d.scoring;
  if (d.aggregate) overlay.aggregate = d.aggregate;
  if (d.normaliseWithin) overlay.normaliseWithin = d.normaliseWithin;
  if (d.topQuota !== null && base.grades) {
    overlay.grades = { ...base.grades, quotas: [{ grade: base.grades.labels[0], share: d.topQuota / 100 }] };
  }
  return { overlay, edits: d.edits.map((e) => ({ ...e })), categories: { ...d.categories } };
}

type Stored = CallResult<'listScenarios'>[number];

/** A stored scenario back in the editor (options the editor has no field for are kept in the
 * stored definition only). */
export function fromStored(s: Stored): ScenarioDraft {
  const o = s.definition.overlay ?? {};
  const quota = o.grades?.quotas?.[0];
  // A grades overlay that is just the base grades with one quota on the best grade is the
  // editor's quota field; any other grades overlay is kept as it is.
  const simpleQuota = o.grades !== undefined && o.grades.quotas?.length === 1 && quota?.share !== undefined && quota.grade === o.grades.labels[0];
  const { weights: _w, scoring: _s, aggregate: _a, normaliseWithin: _n, ...rest } = o;
  if (simpleQuota) delete rest.grades;
  return {
    name: s.name,
    scheme: s.scheme,
    note: s.note ?? '',
    weights: Object.entries(o.weights ?? {}).map(([node, weight]) => ({ node, weight })),
    scoring: o.scoring ?? null,
    aggregate: o.aggregate ?? null,
    normaliseWithin: o.normaliseWithin ?? null,
    topQuota: simpleQuota ? Math.round(quota!.share! * 10000) / 100 : null,
    edits: (s.definition.edits ?? []).map((e) => ({ ...e })),
    otherOverlay: rest,
    categories: { ...(s.definition.categories ?? {}) },
  };
}

/** Units that moved up and down, and grade changes, for the summary line. */
export function changeCounts(rows: readonly { change: number | null; grade: string | null; baseGrade: string | null }[]): { up: number; down: number; grades: number } {
  let up = 0;
  let down = 0;
  let grades = 0;
  for (const r of rows) {
    if (r.change !== null && r.change > 0) up++;
    if (r.change !== null && r.change < 0) down++;
    if (r.grade !== r.baseGrade) grades++;
  }
  return { up, down, grades };
}
