import type { CallResult } from '../../../../src-shared/api';

/** A stored scheme as listSchemes gives it. */
export type ApiScheme = CallResult<'listSchemes'>[number];

/** What the name form says about a name: empty, free, the name of a scheme it would replace
 * (save as), or taken in a way that refuses it (finalised, or any scheme for rename/clone). */
export type NameCheck = 'empty' | 'free' | 'replaces' | 'finalised' | 'taken' | 'unchanged';

/** Checks a name typed into the form. `replaceable`: save as may replace an unfinalised
 * scheme of that name (saveScheme does); clone and rename may not. `current`: the name being
 * renamed, which may be kept. Names are compared trimmed, as the contract trims them. */
export function checkName(
  typed: string,
  schemes: readonly ApiScheme[],
  opts: { replaceable: boolean; current?: string },
): NameCheck {
  const name = typed.trim();
  if (name === '') return 'empty';
  if (opts.current !== undefined && name === opts.current) return 'unchanged';
  const existing = schemes.find((s) => s.name === name);
  if (!existing) return 'free';
  if (existing.finalisedAt) return opts.replaceable ? 'finalised' : 'taken';
  return opts.replaceable ? 'replaces' : 'taken';
}

/** Whether the form may be submitted with that check. */
export function nameAccepted(check: NameCheck): boolean {
  return check === 'free' || check === 'replaces';
}

/** An ISO timestamp as local `YYYY-MM-DD HH:mm` (the same in both languages: unambiguous and
 * short enough for a table cell). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The two schemes a comparison opens with: the baseline (else the first) against the one
 * loaded in the workspace (else the next one); null when there are fewer than two. */
export function defaultPair(schemes: readonly ApiScheme[], loaded: string | null): [string, string] | null {
  if (schemes.length < 2) return null;
  const a = schemes.find((s) => s.isBaseline)?.name ?? schemes[0].name;
  const b = loaded !== null && loaded !== a && schemes.some((s) => s.name === loaded) ? loaded : schemes.find((s) => s.name !== a)!.name;
  return [a, b];
}
