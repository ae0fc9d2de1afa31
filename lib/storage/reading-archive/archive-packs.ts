/**
 * The archive as story packs: exported one valid story per article (oldest first, each with the
 * address it was read from), and imported back with the same checks as a pack file (forbidden
 * keys, the story format version and its migrations, `validateStories`). Import never throws on
 * what a file holds: each story it cannot take is refused with one line saying where and why.
 */
import type { Story } from '../../../data/schema';
import { formatProblem, validateStories } from '../../../data/validate';
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
    return {
      imported: 0,
      refused: ['The file is not a reading archive export: it must hold a list of stories ([ … ]).'],
    };
  }
  if (data.length > MAX_IMPORT_STORIES) {
    return {
      imported: 0,
      refused: [`The file holds ${data.length} stories; an archive export holds at most ${MAX_IMPORT_STORIES}.`],
    };
  }
  let imported = 0;
  const refused: string[] = [];
  for (let i = 0; i < data.length; i++) {
    const where = `Story ${i + 1}`;
    try {
      const checked = checkStory(data[i], where);
      if (typeof checked === 'string') {
        refused.push(checked);
        continue;
      }
      const outcome = await save(checked.story, checked.visit(now()));
      if (outcome.saved) imported++;
      else refused.push(`${where}: not saved (${SAVE_REASONS[outcome.reason]}).`);
    } catch (error) {
      refused.push(`${where}: could not be read (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  return { imported, refused };
}

const SAVE_REASONS: Record<Exclude<SaveOutcome, { saved: true }>['reason'], string> = {
  empty: 'it names no one',
  quota: 'the browser has no room left for the archive',
  damaged: 'the archive could not be written',
};

/** The story and the visit it stands for, or the line that refuses it. */
function checkStory(item: unknown, where: string): string | { story: Story; visit: (now: number) => ReadingVisit } {
  const forbidden = forbiddenKeyProblems(item)[0];
  if (forbidden) return `${where}: ${forbidden.path}: ${forbidden.message}`;
  const migrated = migratePack(item);
  if (!migrated.ok) return `${where}: ${migrated.reason}`;
  const { stories, problems } = validateStories([{ file: where, data: migrated.pack }]);
  const story = stories[0];
  if (problems.length > 0 || !story) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return first ? `${formatProblem(first)}${more}` : `${where}: holds no story.`;
  }
  const url = story.article.url;
  const site = url === undefined ? null : siteKeyOf(url);
  if (url === undefined || site === null) {
    return `${where}: $.article.url: an archived article needs the web address it was read from.`;
  }
  return { story, visit: (now) => ({ url, site, readAt: readAtOf(story.article.date, now) }) };
}

/** An export keeps the article's date, not the moment it was read: the date stands for it (never in the future). */
function readAtOf(date: string, now: number): number {
  const time = Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  return Number.isFinite(time) ? Math.min(time, now) : now;
}
