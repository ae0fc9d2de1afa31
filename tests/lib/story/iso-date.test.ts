import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../lib/story/iso-date';

describe('formatIsoDate', () => {
  it('formats full and partial dates as written', () => {
    expect(formatIsoDate('2025-05-16')).toBe('16 May 2025');
    expect(formatIsoDate('2014-03')).toBe('March 2014');
    expect(formatIsoDate('2014')).toBe('2014');
  });

  it('keeps the calendar day whatever the time zone (no Date object)', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    expect(formatIsoDate('2025-01-01')).toBe('1 January 2025');
    process.env.TZ = before;
  });

  it('leaves an out-of-range month as the year alone', () => {
    expect(formatIsoDate('2025-13-01')).toBe('2025');
  });
});
