/**
 * Story dates are ISO strings, sometimes partial ("2014", "2022-03"). They are shown as written,
 * in English, without a Date object: no time zone can shift a day, and tests are locale-free.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-05-16" → "16 May 2025"; "2025-05" → "May 2025"; "2014" → "2014". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (!monthName) return year ?? iso;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
