/** The interface's tables as the components get them: English (their default) and Ukrainian. */

import { COUNTED_NOTICE_PARAMS, NOTICE_PARAMS, type Notice } from '../../lib/storage/notice';
import { tableMessages } from '../../lib/views/messages';
import { noticeText } from '../../lib/views/notice-text';
import englishTable from '../../public/_locales/en/messages.json';
import ukrainianTable from '../../public/_locales/uk/messages.json';

export const english = tableMessages(englishTable);
export const ukrainian = tableMessages(ukrainianTable);
export { englishTable, ukrainianTable };

/** A notice from lib/ as the English interface words it (text that came as text, as it is). */
export function say(notice: Notice | string): string;
export function say(notice: Notice | string | undefined): string | undefined;
export function say(notice: Notice | string | undefined): string | undefined {
  return notice === undefined || typeof notice === 'string' ? notice : noticeText(english, notice);
}

/** The same notice as the Ukrainian interface words it. */
export function sayInUkrainian(notice: Notice | string): string;
export function sayInUkrainian(notice: Notice | string | undefined): string | undefined;
export function sayInUkrainian(notice: Notice | string | undefined): string | undefined {
  return notice === undefined || typeof notice === 'string' ? notice : noticeText(ukrainian, notice);
}

function isNotice(value: unknown): value is Notice {
  if (typeof value !== 'object' || value === null || !('key' in value)) return false;
  const key = (value as { key: unknown }).key;
  return typeof key === 'string' && (Object.hasOwn(NOTICE_PARAMS, key) || Object.hasOwn(COUNTED_NOTICE_PARAMS, key));
}

/** `value` with every notice inside it worded as the English interface words it: for asserting on lib/'s results. */
export function inEnglish<T>(value: T): T {
  if (isNotice(value)) return say(value) as T;
  if (Array.isArray(value)) return value.map(inEnglish) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inEnglish(v)])) as T;
  }
  return value;
}
