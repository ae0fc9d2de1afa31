/** A size in bytes as the reader writes it ("512 bytes", "3 KB", "2,0 МБ"), in the interface's units. */
import type { Messages } from './messages';

export function sizeLabel(bytes: number, m: Messages): string {
  if (bytes < 1024) return m.count('bytes', bytes);
  if (bytes < 1024 * 1024) return m.t('kilobytes', Math.round(bytes / 1024));
  return m.t('megabytes', m.number(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
}
