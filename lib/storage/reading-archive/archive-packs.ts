/**
 * The archive as story packs: exported one valid story per article (oldest first, each with the
 * address it was read from), and imported back with the same checks as a pack file (forbidden
 * keys, the story format version and its migrations, `validateStories`). Import never throws on
 * what a file holds: each story it cannot take is refused with one line saying where and why.
 */
import type { Story } from '../../../data/schema';
import { validateStories } from '../../../data/validate';
import { countedNotice, errorText, type Notice, notice } from '../notice';
import { forbiddenKeyProblems } from '../pack-file';
import { migratePack } from '../pack-migrations';
import { siteKeyOf } from '../site-key';
import type { ArchiveImportOutcome, ReadingVisit, SaveOutcome } from './archive-contract';
import { readArticleRecord } from './archive-records';
import { ARTICLES, type ArchiveDatabase } from './archive-schema';

export async function exportPacks(db: ArchiveDatabase): Promise<Story[]> {
  const tx = db.transaction(ARTICLES, 'readonly');
  const stories: Story[] = [];
  let cursor = await tx.store.index('readAt').openCursor();
  while (cursor) {
    const record = readArticleRecord(cursor.value);
    if (record) stories.push({ ...record.story, article: { ...record.story.article, url: record.url } });
    cursor = await cursor.continue();
  }
  // Checked apart, as each will be imported: a story that no longer passes is left out, not exported broken.
  return stories.filter((story) => validateStories([{ file: story.id, data: story }]).problems.length === 0);
}

/** How many stories one import may hold: more than the archive keeps is a file that is not an export. */
const MAX_IMPORT_STORIES = 20_000;

export async function importPacks(
  data: unknown,
  save: (story: Story, visit: ReadingVisit) => Promise<SaveOutcome>,
  now: () => number,
): Promise<ArchiveImportOutcome> {
  if (!Array.isArray(data)) {
    return { imported: 0, refused: [notice('archiveNotList')] };
  }
  if (data.length > MAX_IMPORT_STORIES) {
    return { imported: 0, refused: [countedNotice('archiveTooMany', data.length, MAX_IMPORT_STORIES)] };
  }
  let imported = 0;
  const refused: Notice[] = [];
  for (let i = 0; i < data.length; i++) {
    // The story's place in the file, as a reader counts: written plainly, as an editor's line numbers are.
    const where = String(i + 1);
    try {
      const checked = checkStory(data[i], where);
      if ('key' in checked) {
        refused.push(checked);
        continue;
      }
      const outcome = await save(checked.story, checked.visit(now()));
      if (outcome.saved) imported++;
      else refused.push(notice('archiveStoryNotSaved', where, notice(SAVE_REASONS[outcome.reason])));
    } catch (error) {
      refused.push(notice('archiveStoryUnreadable', where, errorText(error)));
    }
  }
  return { imported, refused };
}

const SAVE_REASONS = {
  empty: 'archiveSaveEmpty',
  quota: 'archiveSaveQuota',
  damaged: 'archiveSaveDamaged',
} as const satisfies Record<Exclude<SaveOutcome, { saved: true }>['reason'], string>;

/** The story and the visit it stands for, or the line that refuses it (`where` is its place in the file). */
function checkStory(item: unknown, where: string): Notice | { story: Story; visit: (now: number) => ReadingVisit } {
  const forbidden = forbiddenKeyProblems(item)[0];
  if (forbidden) return notice('archiveStoryAtPath', where, forbidden.path, forbidden.message);
  const migrated = migratePack(item);
  if (!migrated.ok) return notice('archiveStoryAt', where, migrated.reason);
  const { stories, problems } = validateStories([{ file: where, data: migrated.pack }]);
  const story = stories[0];
  if (problems.length > 0 || !story) {
    const first = problems[0];
    if (!first) return notice('archiveNoStory', where);
    // The checker's words are for a story's editor and stay English (data/validate.ts).
    return problems.length > 1
      ? countedNotice('archiveMoreProblems', problems.length - 1, where, first.path, first.message)
      : notice('archiveStoryAtPath', where, first.path, first.message);
  }
  const url = story.article.url;
  const site = url === undefined ? null : siteKeyOf(url);
  if (url === undefined || site === null) return notice('archiveNoUrl', where);
  return { story, visit: (now) => ({ url, site, readAt: readAtOf(story.article.date, now) }) };
}

/**
 * An export keeps the article's date, not the moment it was read: the date stands for it (never in
 * the future). A year or a month alone ("2024", "2025-03") is a date form of its own to
 * `Date.parse`: its first day, UTC.
 */
function readAtOf(date: string, now: number): number {
  const time = Date.parse(date);
  return Number.isFinite(time) ? Math.min(time, now) : now;
}
