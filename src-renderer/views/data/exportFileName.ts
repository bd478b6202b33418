/** `kaoping-export-YYYYMMDD.xlsx`, in local time (the date on the committee's wall clock). */
export function exportFileName(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `kaoping-export-${y}${m}${d}.xlsx`;
}
