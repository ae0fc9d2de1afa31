import { beforeEach, describe, expect, it } from 'vitest';
import { matchRequest } from '../../bench/offpage-offsets';
import type { Matcher } from '../../lib/matching/matcher';
import { buildMatcher } from '../../lib/matching/table-builder';
import { TEST_ALIASES } from '../helpers/engine-test-aliases';

// Built in each test: a mutation run switches a mutant on only inside the tests (decision 0019).
let matcher: Matcher;
beforeEach(() => {
  matcher = buildMatcher(TEST_ALIASES);
});

/** Each match as the text it covers, read back from the nodes the answer names. */
function covered(texts: string[], matches: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < matches.length; i += 5) {
    const [first, start, last, end] = matches.slice(i, i + 4) as [number, number, number, number];
    if (first === last) out.push((texts[first] as string).slice(start, end));
    else
      out.push(
        (texts[first] as string).slice(start) +
          texts.slice(first + 1, last).join('') +
          (texts[last] as string).slice(0, end),
      );
  }
  return out;
}

describe("the off-page probe's offsets", () => {
  it('finds a name split over two nodes of one run and names both nodes', () => {
    const texts = ['Minister Vladimir ', 'Medinsky', ' said.'];
    const matches = matchRequest(matcher, { texts, runStarts: [0] });
    expect(matches.slice(0, 4)).toEqual([0, 9, 1, 8]);
    expect(covered(texts, matches)).toEqual(['Vladimir Medinsky']);
  });

  it('counts node numbers over the whole request, not within the run', () => {
    const texts = ['Nothing here.', 'Then ', 'Putin', ' spoke.'];
    const matches = matchRequest(matcher, { texts, runStarts: [0, 1] });
    expect(matches.slice(0, 4)).toEqual([2, 0, 2, 5]);
    expect(covered(texts, matches)).toEqual(['Putin']);
  });

  it('does not join text across runs', () => {
    const texts = ['Vladimir ', 'Medinsky'];
    expect(covered(texts, matchRequest(matcher, { texts, runStarts: [0, 1] }))).toEqual(['Medinsky']);
  });
});
