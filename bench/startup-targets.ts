/**
 * Issue 23's start-up targets, judged on the extension's figures: the content script's size as
 * built, each page's main-thread JavaScript per load by kind of page (extension-cost.ts), and how
 * soon a card shows after the dwell, the page's first and a later one (first-card.ts). Printed by
 * `npm run bench` and written to bench-output/results.json with the same verdicts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readAsArticle } from './article-targets';
import type { ExtensionCost } from './extension-cost';
import type { CardLatency } from './first-card';
import { median, round } from './stats';

export const STARTUP_TARGETS = {
  /** A page with no mentions: Backstory's main-thread JavaScript per load. */
  noMentionsMs: 5,
  /** A page with mentions of known stories (not read as an article): the median page… */
  mentionsMedianMs: 8,
  /** …and every such page. */
  mentionsPageMs: 12,
  /** The scripts every page loads (content.js and the frame gate), gzipped. */
  contentScriptGzipKb: 20,
  /** The page's first card: shown this soon after the dwell ends. */
  firstCardMs: 50,
} as const;

const T = STARTUP_TARGETS;
const verdict = (ok: boolean | null) => (ok === null ? '—' : ok ? 'pass' : 'FAIL');

export interface ScriptSize {
  bytes: number;
  gzipBytes: number;
  /** Each script the sum is made of (gzipped one by one, as the browser reads them). */
  scripts: { file: string; bytes: number; gzipBytes: number }[];
}

/**
 * The scripts the top frame of every page loads, as built in `dir` (the extension's folder):
 * content.js and the frame gate, which the manifest gives every frame, the top one included
 * (decision 0029). The budget is theirs together.
 */
export const EVERY_PAGE_SCRIPTS = ['content-scripts/content.js', 'frame-gate.js'];

export function contentScriptSize(dir: string): ScriptSize {
  const scripts = EVERY_PAGE_SCRIPTS.map((file) => {
    const code = readFileSync(path.join(dir, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  });
  const sum = (pick: (s: (typeof scripts)[number]) => number) => scripts.reduce((total, s) => total + pick(s), 0);
  return { bytes: sum((s) => s.bytes), gzipBytes: sum((s) => s.gzipBytes), scripts };
}

export type PageKind = 'no mentions' | 'mentions' | 'article';

export function kindOf(cost: ExtensionCost): PageKind {
  if (readAsArticle(cost)) return 'article';
  return cost.mentions > 0 ? 'mentions' : 'no mentions';
}

export interface StartupJudgement {
  size: ScriptSize & { pass: boolean };
  noMentions: { pages: string[]; over: string[] };
  mentions: { pages: string[]; medianMs: number | null; medianPass: boolean | null; over: string[] };
  firstCard: { medianMs: number | null; over: string[] };
}

const pageBudget = (kind: PageKind): number | null =>
  kind === 'no mentions' ? T.noMentionsMs : kind === 'mentions' ? T.mentionsPageMs : null;

export function judgeStartup(size: ScriptSize, costs: ExtensionCost[], cards: CardLatency[]): StartupJudgement {
  const of = (kind: PageKind) => costs.filter((c) => kindOf(c) === kind);
  const mentions = of('mentions');
  const mentionsMedian = mentions.length ? median(mentions.map((c) => c.totalMs)) : null;
  const firsts = cards.flatMap((c) => (c.firstMs === null ? [] : [c.firstMs]));
  return {
    size: { ...size, pass: size.gzipBytes <= T.contentScriptGzipKb * 1024 },
    noMentions: {
      pages: of('no mentions').map((c) => c.page),
      over: of('no mentions')
        .filter((c) => c.totalMs > T.noMentionsMs)
        .map((c) => c.page),
    },
    mentions: {
      pages: mentions.map((c) => c.page),
      medianMs: mentionsMedian,
      medianPass: mentionsMedian === null ? null : mentionsMedian <= T.mentionsMedianMs,
      over: mentions.filter((c) => c.totalMs > T.mentionsPageMs).map((c) => c.page),
    },
    firstCard: {
      medianMs: firsts.length ? median(firsts) : null,
      over: cards.filter((c) => c.firstMs !== null && c.firstMs > T.firstCardMs).map((c) => c.page),
    },
  };
}

export function printStartupTable(
  size: ScriptSize,
  costs: ExtensionCost[],
  cards: CardLatency[],
  cardReps: number,
): StartupJudgement {
  const cardsByPage = new Map(cards.map((c) => [c.page, c]));
  console.table(
    costs.map((c) => {
      const kind = kindOf(c);
      const budget = pageBudget(kind);
      const card = cardsByPage.get(c.page);
      return {
        page: c.page,
        kind,
        mentions: c.mentions,
        'total ms': round(c.totalMs, 2),
        budget: budget ?? 'issue 21',
        verdict: budget === null ? '—' : verdict(c.totalMs <= budget),
        'first card ms': card?.firstMs == null ? '—' : round(card.firstMs, 1),
        'later card ms': card?.laterMs == null ? '—' : round(card.laterMs, 1),
        [`first ≤ ${T.firstCardMs}`]: verdict(card?.firstMs == null ? null : card.firstMs <= T.firstCardMs),
      };
    }),
  );
  const judged = judgeStartup(size, costs, cards);
  const kb = (bytes: number) => round(bytes / 1024, 1);
  console.log(
    `Start-up (issue 23). The scripts every page loads (${size.scripts.map((s) => `${s.file} ${kb(s.gzipBytes)} KB`).join(' + ')} gzipped): ${kb(size.bytes)} KB minified, ${kb(size.gzipBytes)} KB gzipped, target ≤ ${T.contentScriptGzipKb} KB: ${verdict(judged.size.pass)}. Total ms as in the extension table. No mentions (${judged.noMentions.pages.length}) ≤ ${T.noMentionsMs} ms each: ${judged.noMentions.over.length ? `FAIL (${judged.noMentions.over.join(', ')})` : 'pass'}. Mentions of known stories (${judged.mentions.pages.length}): median ${judged.mentions.medianMs === null ? '—' : round(judged.mentions.medianMs, 2)} ms, target ≤ ${T.mentionsMedianMs}: ${verdict(judged.mentions.medianPass)}; every page ≤ ${T.mentionsPageMs}: ${judged.mentions.over.length ? `FAIL (${judged.mentions.over.join(', ')})` : 'pass'}. Article pages: issue 21's table.`,
  );
  console.log(
    `Cards (medians of ${cardReps} loads a page, pages with two different names highlighted): milliseconds from the dwell's end (the pointer's arrival on the mention + the hover delay) to the first frame with the card shown; first = the page's first card, which loads the card's module; later = a second card on another name in the same page. First card ≤ ${T.firstCardMs} ms: ${judged.firstCard.over.length ? `FAIL (${judged.firstCard.over.join(', ')})` : 'pass'}${judged.firstCard.medianMs === null ? '' : ` (median ${round(judged.firstCard.medianMs, 1)} ms)`}.`,
  );
  return judged;
}
