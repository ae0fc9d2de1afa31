/**
 * CHANGELOG.md's entry for a release: the first line of each commit since the last tag (or since
 * the first commit), oldest first, following the first parent so that a merged branch is its
 * merge commit's one line. Pure.
 */

export interface ChangelogRelease {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  /** The tag this release follows, or undefined for the first. */
  previousTag: string | undefined;
  /** Commit subjects, oldest first. */
  subjects: string[];
}

const TITLE = '# Changelog';

export function changelogEntry({ version, date, previousTag, subjects }: ChangelogRelease): string {
  const since = previousTag ? `Since ${previousTag}` : 'Since the first commit';
  const count = `${subjects.length} commit${subjects.length === 1 ? '' : 's'}`;
  const lines = subjects.length > 0 ? subjects.map((subject) => `- ${subject.trim()}`) : ['- No changes.'];
  return [`## ${version} (${date})`, '', `${since} (${count}):`, '', ...lines, ''].join('\n');
}

/** The changelog with `entry` on top, newest release first; a missing file starts with its title. */
export function withChangelogEntry(existing: string | undefined, entry: string): string {
  const body = (existing ?? `${TITLE}\n`).replace(/\r\n/g, '\n');
  const afterTitle = body.startsWith(TITLE) ? body.slice(TITLE.length).replace(/^\n+/, '') : body;
  return `${TITLE}\n\n${entry}${afterTitle ? `\n${afterTitle}` : ''}`;
}

/** The release date: SOURCE_DATE_EPOCH when set (a rebuild of an old release), else today, in UTC. */
export function releaseDate(env: Readonly<Record<string, string | undefined>>, now: Date): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return date.toISOString().slice(0, 10);
}
