/** CSV/formula injection (OWASP "CSV Injection"): a text cell starting with =, +, - or @ may be
 * run as a formula by the spreadsheet that opens an exported file. Export prefixes such text
 * with a single quote; import removes that one quote again, so a round trip is exact.
 * Text that already starts with quotes before one of those characters gets one more quote on
 * export, so that `'=x` typed by a user also survives the round trip. */

const RISKY = /^'*[=+\-@]/;

/** Export side: the text to write for a text cell. */
export function neutralise(text: string): string {
  return RISKY.test(text) ? "'" + text : text;
}

/** Import side: undoes neutralise(). */
export function unneutralise(text: string): string {
  return text.charCodeAt(0) === 39 && RISKY.test(text) ? text.slice(1) : text;
}
