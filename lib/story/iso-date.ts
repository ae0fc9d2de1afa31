/**
 * Story dates are ISO strings, sometimes partial ("2014", "2022-03"). They are shown in the
 * reader's language by Intl.DateTimeFormat, with only the parts the date has: "16 May 2025" for
 * en-GB, "May 16, 2025" for en, "16 травня 2025 р." for uk, "Mai 2025" for a month in de.
 * The date is built from its own parts and formatted in UTC, so no time zone can shift a day.
 * The locale is a parameter, so that this stays pure: the surfaces pass the browser's UI
 * language (lib/extension/ui-locale.ts).
 */

type Parts = 'year' | 'month' | 'day';

const OPTIONS: Record<Parts, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** Formatters are costly to make and a briefing formats dozens of dates: one per locale and shape. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, parts: Parts): Intl.DateTimeFormat {
  const key = `${locale}|${parts}`;
  let made = formatters.get(key);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat(locale, OPTIONS[parts]);
    } catch {
      // Not a language tag Intl knows: English rather than no date.
      made = new Intl.DateTimeFormat('en', OPTIONS[parts]);
    }
    formatters.set(key, made);
  }
  return made;
}

/**
 * "2025-05-16", "2025-05" or "2014" in the words of `locale`. A month or day out of range leaves
 * the parts before it; text that does not start with a year is shown as it is.
 */
export function formatIsoDate(iso: string, locale: string): string {
  const [yearText = '', monthText, dayText] = iso.split('-');
  if (!/^\d{4}$/.test(yearText)) return iso;
  const year = Number(yearText);
  const month = monthText !== undefined && /^\d{2}$/.test(monthText) ? Number(monthText) : 0;
  const day = dayText !== undefined && /^\d{2}/.test(dayText) ? Number(dayText.slice(0, 2)) : 0;
  const date = new Date(0);
  if (month < 1 || month > 12) {
    date.setUTCFullYear(year, 0, 1);
    return formatter(locale, 'year').format(date);
  }
  date.setUTCFullYear(year, month - 1, day || 1);
  // 2025-02-30 would roll over into March: such a day is left out.
  const dayIsReal = day >= 1 && date.getUTCMonth() === month - 1;
  if (!dayIsReal) date.setUTCFullYear(year, month - 1, 1);
  return formatter(locale, dayIsReal ? 'day' : 'month').format(date);
}
