/**
 * Dates as CBP and spreadsheets write them: "9/30/2021" (CBP's US order), "2021-09-30", "30 September 2021",
 * "Sep 30, 2021". Returns YYYY-MM-DD, or null for anything else, including impossible days.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function iso(year: number, m: number, day: number): string | null {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, m - 1, day));
  if (m < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) return iso(+m[3]!, +m[1]!, +m[2]!);
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]*(\d{4})$/.exec(s);
  if (m && month(m[2]!)) return iso(+m[3]!, month(m[2]!), +m[1]!);
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m && month(m[1]!)) return iso(+m[3]!, month(m[1]!), +m[2]!);
  return null;
}
