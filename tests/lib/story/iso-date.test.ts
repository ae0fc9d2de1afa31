import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../lib/story/iso-date';

describe('formatIsoDate', () => {
  it('writes full and partial dates in English as the reader’s variety of English does', () => {
    expect(formatIsoDate('2025-05-16', 'en-GB')).toBe('16 May 2025');
    expect(formatIsoDate('2025-05-16', 'en')).toBe('May 16, 2025');
    expect(formatIsoDate('2014-03', 'en-GB')).toBe('March 2014');
    expect(formatIsoDate('2014-03', 'en')).toBe('March 2014');
    expect(formatIsoDate('2014', 'en')).toBe('2014');
  });

  it('writes them in Ukrainian and German, month names declined as each language wants', () => {
    expect(formatIsoDate('2025-05-16', 'uk')).toBe('16 травня 2025 р.');
    expect(formatIsoDate('2025-05', 'uk')).toBe('травень 2025 р.');
    expect(formatIsoDate('2014', 'uk')).toBe('2014');
    expect(formatIsoDate('2025-05-16', 'de')).toBe('16. Mai 2025');
    expect(formatIsoDate('2025-03', 'de')).toBe('März 2025');
    expect(formatIsoDate('2014', 'de')).toBe('2014');
  });

  it('keeps the calendar day whatever the time zone', () => {
    const before = process.env.TZ;
    // Languages no other test uses: their formatters are made under these zones.
    process.env.TZ = 'Pacific/Honolulu';
    expect(formatIsoDate('2025-01-01', 'en-IE')).toBe('1 January 2025');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(formatIsoDate('2025-12-31', 'en-NZ')).toBe('31 December 2025');
    process.env.TZ = before;
  });

  it('leaves out a month or day that is out of range, and shows text that is not a date as it is', () => {
    expect(formatIsoDate('2025-13-01', 'en-GB')).toBe('2025');
    expect(formatIsoDate('2025-02-30', 'en-GB')).toBe('February 2025');
    expect(formatIsoDate('2025-02-29', 'en-GB')).toBe('February 2025');
    expect(formatIsoDate('2024-02-29', 'en-GB')).toBe('29 February 2024');
    expect(formatIsoDate('sometime', 'en-GB')).toBe('sometime');
  });

  it('shows the day of a date that carries a time', () => {
    expect(formatIsoDate('2025-05-16T09:30:00Z', 'en-GB')).toBe('16 May 2025');
  });

  it('reads only four-digit years, two-digit months and days: anything else keeps the parts before it', () => {
    expect(formatIsoDate('12025-05', 'en-GB')).toBe('12025-05');
    expect(formatIsoDate('2025-x05', 'en-GB')).toBe('2025');
    expect(formatIsoDate('2025-05x', 'en-GB')).toBe('2025');
    expect(formatIsoDate('2025-5-16', 'en-GB')).toBe('2025');
    expect(formatIsoDate('2025-05-1', 'en-GB')).toBe('May 2025');
  });

  it('writes a year before 100 as that year, not the 1900s', () => {
    expect(formatIsoDate('0014', 'en')).toBe('14');
  });

  it('falls back to English for a language tag Intl does not know', () => {
    expect(formatIsoDate('2025-05-16', 'not a language')).toBe('May 16, 2025');
  });
});
