/** What the off-page probe's page and background say to each other and to the driver (bench/offpage-probe.ts). */

/** What the page sends: every read text node's data, and where each run (a block's inline text) starts. */
export interface OffpageRequest {
  type: 'offpage-match';
  texts: string[];
  runStarts: number[];
}

/** What the background answers: five numbers a match (first node, offset, last node, offset, alias), and its own time. */
export interface OffpageAnswer {
  matches: number[];
  workerMs: number;
}

/** The pieces' wall times (ms) and sizes, as the driver reads them from `RESULT_ATTRIBUTE`. */
export interface OffpageResult {
  walkMs: number;
  nodes: number;
  runs: number;
  chars: number;
  sendMs: number;
  roundTripMs: number;
  workerMs: number;
  paintMs: number;
  mentions: number;
  painted: number;
  /** From the script's start (performance.now() of the page) to the highlights being set. */
  startMs: number;
  doneAt: number;
}

export const RESULT_ATTRIBUTE = 'data-offpage-probe';

/** Where the probe's background stores the candidate pattern's test (source and flags). */
export const CANDIDATE_KEY = 'offpageCandidateTest';
