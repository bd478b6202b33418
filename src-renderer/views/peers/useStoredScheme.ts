import { useWeights } from '../../state/weights';

/** The stored scheme the weights screen has loaded, so that the comparison and the report card
 * score as the ranking does; undefined for the standard computation. (Unsaved weight edits are
 * not followed: a comparison is made with a scheme that exists.) */
export function useStoredScheme(): string | undefined {
  return useWeights((s) => s.schemeName) ?? undefined;
}
