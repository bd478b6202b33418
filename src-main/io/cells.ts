import { unneutralise } from './neutralise';
import type { RawCell } from './raw-sheet';

/** Reading one cell as text or as a number, as docs/workbook-format.md describes. Called once
 * per cell of a 100,000-row sheet, so the common cases return early without building anything. */

/** A cell as text: trimmed, null when empty; the export's formula neutralisation undone. */
export function cellText(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const s = cell.trim();
    if (s === '') return null;
    return s.charCodeAt(0) === 39 /* ' */ ? unneutralise(s) : s;
  }
  // String() spells a number the shortest way that reads back the same (3301, 0.5).
  if (typeof cell === 'number') return String(cell);
  return cell ? 'TRUE' : 'FALSE';
}

/** What reading a number cell gave: a number (possibly non-finite, when the text said so), or
 * MISSING (empty, NA, -, —), or INVALID (anything else). */
export const MISSING = null;
export const INVALID = undefined;
export type NumberRead = number | typeof MISSING | typeof INVALID;

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const NON_FINITE = /^([+-]?)(?:inf|infinity|∞)$/i;
/** Missing markers (compared after lower-casing and full-width folding). */
const MISSING_MARKERS = new Set(['', 'na', 'n/a', '#n/a', '-', '--', '—', '——', '–', '－']);

/** Reads a value cell: numbers, numeric strings, `93%` -> 93, missing markers -> MISSING. */
export function readNumber(cell: RawCell | undefined): NumberRead {
  if (cell === null || cell === undefined) return MISSING;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return INVALID;
  let s = cell.trim();
  if (PLAIN.test(s)) return Number(s);
  if (s.charCodeAt(0) === 39) s = unneutralise(s);
  return readNumberSlow(s);
}

/** The less common spellings: full-width digits (１２％), percent, thousands separators,
 * missing markers, spelled-out infinity and NaN. */
function readNumberSlow(text: string): NumberRead {
  let s = toHalfWidth(text).replace(/\s+/g, '');
  if (MISSING_MARKERS.has(s.toLowerCase())) return MISSING;
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (PLAIN.test(s)) return Number(s);
  if (GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  const inf = NON_FINITE.exec(s);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  return INVALID;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '是', '有', '√', '✓']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '否', '无', '×', '✗']);

/** Reads a veto item's cell: besides numbers, TRUE/FALSE and yes/no (是/否) as 1/0. */
export function readFlag(cell: RawCell | undefined): NumberRead {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  const n = readNumber(cell);
  if (n !== INVALID || typeof cell !== 'string') return n;
  const s = toHalfWidth(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return 1;
  if (FALSE_WORDS.has(s)) return 0;
  return INVALID;
}

/** Folds full-width ASCII (what a Chinese input method types) to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Text of a cell for an error message: what the user wrote, shortened. */
export function shownValue(cell: RawCell | undefined): string {
  const s = cell === null || cell === undefined ? '' : String(cell);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
