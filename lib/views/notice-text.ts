/**
 * A notice from lib/ (lib/storage/notice.ts) in the reader's words: its message from the
 * interface's table, with each parameter written out (a nested notice in the same language, a
 * size in the reader's units, a number in the reader's number format). Text that came as text
 * (a browser's error, a name) is put in as it is.
 */
import type { Notice, NoticeParam } from '../storage/notice';
import type { Messages } from './messages';
import { sizeLabel } from './size-label';

export function noticeText(m: Messages, notice: Notice): string {
  const params = (notice.params ?? []).map((param) => paramText(m, param));
  return 'count' in notice ? m.count(notice.key, notice.count, ...params) : m.t(notice.key, ...params);
}

function paramText(m: Messages, param: NoticeParam): string {
  if (typeof param === 'string') return param;
  if (typeof param === 'number') return m.number(param);
  if ('bytes' in param) return sizeLabel(param.bytes, m);
  return noticeText(m, param);
}
