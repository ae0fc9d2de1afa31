/**
 * How much of a long list the panels show: a page at a time, as the reader asks for more, and
 * always far enough to hold an item something asked to show (a jump, a link to a person). A huge
 * page's or a big story's lists are thousands long; rendered whole they were one long task and
 * hundreds of thousands of nodes (issue 25, docs/decisions/0027).
 */

/** Items shown of `total`: `pages` pages of `pageSize`, extended to hold index `reveal`. */
export function shownCount(total: number, pageSize: number, pages: number, reveal = -1): number {
  return Math.min(total, Math.max(pages * pageSize, reveal + 1));
}

/** How many the next "show more" adds, and how many are left after the ones shown. */
export function nextPage(total: number, shown: number, pageSize: number): { adds: number; left: number } {
  const left = Math.max(0, total - shown);
  return { adds: Math.min(pageSize, left), left };
}
