/** The text on a top-level sector of the sunburst: a short Chinese name in lines of two
 * characters (产业\n兴旺), which fits a narrow sector; anything longer, or a Latin name, is
 * too wide for a sector and shows its code (the legend beside the chart names it). */
export function sectorLabel(name: string, code: string): string {
  const chars = [...name];
  const cjk = chars.every((c) => /\p{Script=Han}/u.test(c));
  if (!cjk || chars.length > 6) return code;
  if (chars.length <= 2) return name;
  const lines: string[] = [];
  const per = chars.length <= 4 ? 2 : 3;
  for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(''));
  return lines.join('\n');
}
