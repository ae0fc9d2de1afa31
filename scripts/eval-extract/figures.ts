/** The eval's counts, which add up across pages, and the figures that are ratios of them. */

/** Counts that add up across pages; figures are ratios of them. */
export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  rolesRight: number;
  rolesTotal: number;
  quotesRight: number;
  quotesTotal: number;
  misattributed: number;
}

export interface Figures {
  precision: number | null;
  recall: number | null;
  roles: number | null;
  quotes: number | null;
  misattributed: number;
}

export function noCounts(): Counts {
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    rolesRight: 0,
    rolesTotal: 0,
    quotesRight: 0,
    quotesTotal: 0,
    misattributed: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof Counts)[]) sum[key] += b[key];
  return sum;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function figuresOf(c: Counts): Figures {
  return {
    precision: ratio(c.truePositives, c.truePositives + c.falsePositives),
    recall: ratio(c.truePositives, c.truePositives + c.falseNegatives),
    roles: ratio(c.rolesRight, c.rolesTotal),
    quotes: ratio(c.quotesRight, c.quotesTotal),
    misattributed: c.misattributed,
  };
}

export const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
