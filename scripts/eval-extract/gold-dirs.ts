/**
 * Where the eval's gold files are. The held-back fixtures (original articles) are a directory of
 * their own, so that hiding the held-back pages leaves it unread, not merely unprinted.
 */
import { join } from 'node:path';
import type { Split } from './totals';

export interface GoldDir {
  path: string;
  /** Set when every page in the directory is of one split, known without reading it. */
  split?: Split;
}

export function goldDirs(root: string): GoldDir[] {
  return [
    { path: join(root, 'tests/fixtures/extraction-gold') },
    { path: join(root, 'tests/fixtures/extraction-dev'), split: 'dev' },
    { path: join(root, 'tests/fixtures/extraction-held-back'), split: 'held-back' },
  ];
}

/** The directories a run reads: none whose pages are all of a split it leaves out. */
export function dirsToRead(
  dirs: readonly GoldDir[],
  options: { split?: string | undefined; hideHeldBack: boolean },
): GoldDir[] {
  return dirs.filter(
    (d) =>
      d.split === undefined ||
      ((!options.split || d.split === options.split) && !(options.hideHeldBack && d.split === 'held-back')),
  );
}
