/**
 * What lib/ has to tell the reader (a pack refused at import, damage found in storage, the
 * reading memory's outcomes, a correction that could not be saved), as a message key of
 * `public/_locales` and its parameters, never as words: lib/ does not know the reader's
 * language, and the interface turns a notice into words with its `Messages`
 * (lib/views/notice-text.ts, docs/decisions/0017). A notice is plain data, so it crosses the
 * extension's messages and storage as it is.
 */

/**
 * Every key a notice may carry, with how many parameters (`$1`…) its message takes. A counted
 * notice's count is `$1` and its parameters follow from `$2`. The tests check each one against
 * both tables.
 */
export const NOTICE_PARAMS = {
  oneFileAtATime: 0,
  storageFull: 0,
  storageFailed: 1,
  packTooLarge: 2,
  packNotJsonAt: 3,
  packNotJson: 1,
  packForbiddenKey: 1,
  packEmpty: 0,
  packBundledId: 2,
  packAlreadyImported: 2,
  packNoStory: 0,
  packNotObject: 0,
  packNoVersion: 1,
  packBadVersion: 0,
  packFromNewer: 2,
  packTooOld: 2,
  packNotImported: 1,
  packMissing: 1,
  packUnreadable: 2,
  packDamagedSeeOptions: 0,
  packIndexDamaged: 0,
  packIndexRebuilt: 0,
  packListedTwice: 1,
  packStoryGone: 1,
  packRepairNotSaved: 1,
  packPanelPartNotSaved: 2,
  packDetailsPartsNotSaved: 2,
  packsUnreadable: 1,
  settingsReset: 0,
  settingsDamaged: 1,
  correctionsListDamaged: 0,
  correctionsUnreadable: 1,
  correctionNotSaved: 0,
  correctionAlreadyUndone: 0,
  correctionUndoFailed: 1,
  correctionNoSite: 0,
  readingUnreadable: 1,
  readingNotRemembered: 1,
  readingNoRoom: 0,
  readingFromNewer: 0,
  readingCannotOpen: 1,
  readingAskFailed: 1,
  archiveNotList: 0,
  archiveStoryAt: 2,
  archiveStoryAtPath: 3,
  archiveStoryUnreadable: 2,
  archiveStoryNotSaved: 2,
  archiveSaveEmpty: 0,
  archiveSaveQuota: 0,
  archiveSaveDamaged: 0,
  archiveNoStory: 1,
  archiveNoUrl: 1,
  archiveNotFromOptions: 0,
  jsonValue: 0,
  jsonAfterProperty: 0,
  jsonAfterItem: 0,
  jsonButFileEnds: 1,
  jsonQuoteBeforeLineEnd: 0,
  jsonClosingQuote: 0,
  jsonNoControl: 0,
  jsonValidEscape: 0,
  jsonHexDigits: 0,
  jsonDigit: 0,
  jsonNoComment: 0,
  jsonValueAfterComma: 2,
  jsonNameAfterComma: 0,
  jsonPropertyName: 0,
  jsonColon: 0,
  jsonEndOfFile: 0,
  jsonDoubleQuotes: 0,
} as const;

/** Counted notices: the count picks the plural form (`_one`, `_few`, …) and is `$1`. */
export const COUNTED_NOTICE_PARAMS = {
  correctionsDamaged: 0,
  archiveTooMany: 1,
  archiveMoreProblems: 3,
} as const;

export type NoticeKey = keyof typeof NOTICE_PARAMS;
export type CountedNoticeKey = keyof typeof COUNTED_NOTICE_PARAMS;

/**
 * A parameter: a name or number from the reader's data, another notice (a reason inside a
 * sentence), a size in bytes (written in the reader's units), or text that is not the
 * interface's to translate (a browser's error, the story checker's words), shown as it is.
 */
export type NoticeParam = string | number | Notice | { bytes: number };

export type Notice =
  | { key: NoticeKey; params?: readonly NoticeParam[] }
  | { key: CountedNoticeKey; count: number; params?: readonly NoticeParam[] };

export function notice(key: NoticeKey, ...params: NoticeParam[]): Notice {
  return params.length === 0 ? { key } : { key, params };
}

export function countedNotice(key: CountedNoticeKey, count: number, ...params: NoticeParam[]): Notice {
  return params.length === 0 ? { key, count } : { key, count, params };
}

/** An error's own words, as the browser or a library wrote them (not the interface's to translate). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether two notices say the same thing (for showing a repair once). */
export function sameNotice(a: Notice, b: Notice): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
