/**
 * Issue 21's performance targets, judged on the extension's figures (extension-cost.ts,
 * article-latency.ts): the tables `npm run bench` prints for them, with pass/fail per page, and the
 * same judgement for bench-output/results.json.
 */
import type { ArticleLatency } from './article-latency';
import type { ExtensionCost } from './extension-cost';
import { median, round } from './stats';

export const ARTICLE_TARGETS = {
  /** Backstory's whole main-thread JavaScript per load on an article page: the median page… */
  mainThreadMedianMs: 12,
  /** …and every article page. */
  mainThreadPageMs: 18,
  /** No task with Backstory's work in it over this. */
  longestTaskMs: 50,
  /** Navigation start → a card for an extracted name can open, worker warm… */
  cardWarmMs: 1000,
  /** …and right after a worker restart. */
  cardAfterRestartMs: 1500,
} as const;

const T = ARTICLE_TARGETS;
const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
const ms = (value: number | null, digits = 2) => (value === null ? '—' : round(value, digits));

/** A page the extension read as an article: one of its loads stored a story for it. */
export const readAsArticle = (cost: ExtensionCost) => cost.storyNames !== null;

function articleColumn(cost: ExtensionCost): string {
  if (cost.storyNames !== null) return `yes, ${cost.storyNames} names`;
  return cost.asked > 0 ? 'asked, no story' : 'no';
}

export interface ExtensionJudgement {
  articlePages: number;
  /** Median over article pages of each page's total. */
  articleMedianMs: number | null;
  medianPass: boolean | null;
  pagesOver18: string[];
  pagesWithLongTask: string[];
  /** Pages not read as articles: the check alone, and what ran after it. */
  notArticles: { page: string; checkMs: number | null; afterCheckMs: number; asked: number }[];
}

export function judgeExtension(costs: ExtensionCost[]): ExtensionJudgement {
  const articles = costs.filter(readAsArticle);
  const articleMedianMs = articles.length ? median(articles.map((c) => c.totalMs)) : null;
  return {
    articlePages: articles.length,
    articleMedianMs,
    medianPass: articleMedianMs === null ? null : articleMedianMs <= T.mainThreadMedianMs,
    pagesOver18: articles.filter((c) => c.totalMs > T.mainThreadPageMs).map((c) => c.page),
    pagesWithLongTask: costs.filter((c) => c.longestOwnTaskMs > T.longestTaskMs).map((c) => c.page),
    notArticles: costs
      .filter((c) => !readAsArticle(c))
      .map((c) => ({ page: c.page, checkMs: c.checkMs, afterCheckMs: c.afterCheckMs, asked: c.asked })),
  };
}

export function printExtensionTable(costs: ExtensionCost[], reps: number): ExtensionJudgement {
  console.table(
    costs.map((c) => ({
      page: c.page,
      article: articleColumn(c),
      'compile ms': ms(c.compileMs),
      'evaluate ms': ms(c.evaluateMs),
      'later ms': ms(c.laterMs),
      'total ms': ms(c.totalMs),
      'worst ms': ms(c.worstTotalMs),
      'cpu ms': ms(c.cpuMs),
      'cpu, frames whole ms': ms(c.cpuWholeMs),
      'check ms': ms(c.checkMs),
      'after check ms': ms(c.afterCheckMs),
      'longest task ms': ms(c.longestTaskMs, 1),
      'ours of it ms': ms(c.longestOwnTaskMs, 1),
      'its cpu ms': ms(c.longestOwnTaskCpuMs, 1),
      [`total ≤ ${T.mainThreadPageMs}`]: readAsArticle(c) ? verdict(c.totalMs <= T.mainThreadPageMs) : '—',
      [`task ≤ ${T.longestTaskMs}`]: verdict(c.longestOwnTaskMs <= T.longestTaskMs),
    })),
  );
  const judged = judgeExtension(costs);
  console.log(
    `The built extension, per page load until the page is settled: the first scan read and, on a page read as an article, the story applied and its rescan reported (medians of ${reps}; Chromium's trace of the renderer's main thread). Evaluate = compile + top level + main() up to its first await; later = every other evaluation of or call into an extension script on the page's thread (its same-origin frames' included) and the microtasks of the tasks they ran in; total = median of each load's evaluate + later, worst = the highest. Check = the article check's idle callback (detection; on an article page also the body block's outerHTML and the request); after check = the JavaScript after it (reading the answer's tables, the rescan). CPU = the thread's CPU time in every task that our code or an extension answer (storage, messages) started, the data handed to the page included, and our part of any page task our script ran inside (the parser's, making a frame; a rendering frame, running our requestAnimationFrame callback); cpu, frames whole = the same with those rendering frames counted whole, the page's style, layout and paint in them included. Longest task = the whole task, in any load, in which our code ran; ours of it = the longest task as ours (a task we started whole, our part of a page's task), which the ≤ ${T.longestTaskMs} ms target is judged on, and its CPU time (docs/decisions/0029). Not counted: style, layout, paint, GC outside our calls.`,
  );
  if (judged.articleMedianMs !== null) {
    console.log(
      `Article pages (${judged.articlePages}): median total ${round(judged.articleMedianMs, 2)} ms, target ≤ ${T.mainThreadMedianMs} ms: ${verdict(judged.medianPass === true)}; every article page ≤ ${T.mainThreadPageMs} ms: ${judged.pagesOver18.length ? `FAIL (${judged.pagesOver18.join(', ')})` : 'pass'}; no task over ${T.longestTaskMs} ms: ${judged.pagesWithLongTask.length ? `FAIL (${judged.pagesWithLongTask.join(', ')})` : 'pass'}.`,
    );
  }
  if (judged.notArticles.length) {
    const checks = judged.notArticles.flatMap((n) => (n.checkMs === null ? [] : [round(n.checkMs, 2)]));
    const low = Math.min(...checks);
    const high = Math.max(...checks);
    const after = Math.max(...judged.notArticles.map((n) => n.afterCheckMs));
    const asked = judged.notArticles.reduce((sum, n) => sum + n.asked, 0);
    console.log(
      `Not read as articles (${judged.notArticles.length}: ${judged.notArticles.map((n) => n.page).join(', ')}): the check ${checks.length ? `${low === high ? low : `${low}–${high}`} ms` : 'not found in the traces'} a load (median), JavaScript after it at most ${round(after, 2)} ms, requests to the background: ${asked}.`,
    );
  }
  if (costs.some((c) => c.checkMs === null)) {
    console.log(
      "Check ms '—': no idle callback with the article check's 2 s timeout in the trace (bench/trace-cost.ts looks for it).",
    );
  }
  const bounded = costs.filter((c) => c.bounded > 0);
  if (bounded.length) {
    console.log(
      `Loads that ended on a time bound, not on a report (bench/page-settle.ts): ${bounded.map((c) => `${c.page} ${c.bounded}/${c.loads}`).join(', ')} (a story whose names are nowhere shown on the page sends no new report).`,
    );
  }
  return judged;
}

function cardColumn(value: number | null, extracted: number, runs: number): string | number {
  if (extracted === 0) return 'no new names';
  if (runs === 0) return '—';
  return value === null ? 'not shown' : Math.round(value);
}

const judgeCard = (value: number | null, extracted: number, target: number): boolean | null =>
  extracted === 0 || value === null ? null : value <= target;

export function printLatencyTable(latency: ArticleLatency[], reps: number): void {
  console.table(
    latency.map((l) => {
      const warm = judgeCard(l.warmMs, l.extractedNames, T.cardWarmMs);
      const restart = judgeCard(l.restartMs, l.extractedNames, T.cardAfterRestartMs);
      return {
        page: l.page,
        'new names': l.extractedNames,
        'load ms': Math.round(l.loadMs),
        'asked ms': l.askedMs === null ? '—' : Math.round(l.askedMs),
        'card warm ms': cardColumn(l.warmMs, l.extractedNames, l.warmRuns.length),
        'card restart ms': cardColumn(l.restartMs, l.extractedNames, l.restartRuns.length),
        [`warm ≤ ${T.cardWarmMs}`]: warm === null ? '—' : verdict(warm),
        [`restart ≤ ${T.cardAfterRestartMs}`]: restart === null ? '—' : verdict(restart),
      };
    }),
  );
  console.log(
    `Cards for names read from the article, per page read as an article (medians of ${reps} loads each way): milliseconds from navigation start to the first frame in which a name no curated story knows ("new names") is highlighted, i.e. the story applied and a hover opens its card. Warm = the service worker running and used for articles before; restart = the worker stopped just before the navigation (CDP ServiceWorker.stopAllWorkers). Load = navigation start to the load event; asked = to the page sending its article block (warm). "not shown": no new name was highlighted, as where the text holding them is not rendered (those pages show it by script, stripped here); such a page is loaded once, warm, and not judged.`,
  );
}

export function latencyJson(latency: ArticleLatency[]) {
  return latency.map((l) => ({
    ...l,
    warmPass: judgeCard(l.warmMs, l.extractedNames, T.cardWarmMs),
    restartPass: judgeCard(l.restartMs, l.extractedNames, T.cardAfterRestartMs),
  }));
}

export function extensionJson(costs: ExtensionCost[]) {
  return costs.map((c) => ({
    ...c,
    readAsArticle: readAsArticle(c),
    totalPass: readAsArticle(c) ? c.totalMs <= T.mainThreadPageMs : null,
    longestTaskPass: c.longestOwnTaskMs <= T.longestTaskMs,
  }));
}
