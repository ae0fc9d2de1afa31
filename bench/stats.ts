/** The two summaries every bench figure goes through. */
export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
