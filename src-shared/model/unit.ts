/** Who is evaluated (docs/workbook-format.md, sheet `units`). */
export interface Unit {
  code: string;
  name: string;
  /** Code of the containing unit (e.g. the township of a village), or null. */
  parent: string | null;
  /** e.g. `county`, `township`, `village`. */
  level: string | null;
  /** The peer class for classified assessment (分类考核). */
  category: string | null;
  /** Further grouping columns `group:<name>` (name -> value). */
  groups: Record<string, string>;
  /** Columns the format does not know, kept verbatim. */
  attributes: Record<string, string>;
  position: number;
}
