import { describe, expect, it } from 'vitest';
import { sizeLabel } from '../../../lib/views/size-label';
import { english, ukrainian } from '../../helpers/messages';

describe('sizeLabel', () => {
  it('writes sizes as a reader reads them', () => {
    expect(sizeLabel(512, english)).toBe('512 bytes');
    expect(sizeLabel(14 * 1024, english)).toBe('14 KB');
    expect(sizeLabel(50 * 1024 * 1024, english)).toBe('50.0 MB');
  });

  it('writes sizes in Ukrainian with a decimal comma and the plural of "байт"', () => {
    expect(sizeLabel(1, ukrainian)).toBe('1 байт');
    expect(sizeLabel(3, ukrainian)).toBe('3 байти');
    expect(sizeLabel(512, ukrainian)).toBe('512 байтів');
    expect(sizeLabel(14 * 1024, ukrainian)).toBe('14 КБ');
    expect(sizeLabel(3.2 * 1024 * 1024, ukrainian)).toBe('3,2 МБ');
  });
});
