/**
 * A notice from lib/ in the interface's language. Text that came as text (the story checker's
 * words, written for a story's editor in English) is shown as it is, marked English.
 */
import type { Notice } from '../../lib/storage/notice';
import { noticeText } from '../../lib/views/notice-text';
import { useMessages } from './messages';

export function NoticeText({ notice }: { notice: Notice | string }) {
  const m = useMessages();
  return typeof notice === 'string' ? <span lang="en">{notice}</span> : noticeText(m, notice);
}

/** A stable key for a list of notices. */
export function noticeKey(notice: Notice | string): string {
  return typeof notice === 'string' ? notice : JSON.stringify(notice);
}
