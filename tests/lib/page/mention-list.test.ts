import { afterEach, describe, expect, it } from 'vitest';
import { Matcher } from '../../../lib/matching/matcher';
import { readOrBuildTables } from '../../../lib/matching/table-builder';
import { type MentionList, mentionListPhases } from '../../../lib/page/mention-list';
import { PageScan, type ScannedRun } from '../../../lib/page/page-scanner';
import type { Phase } from '../../../lib/page/scan-scheduler';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

afterEach(() => {
  document.body.innerHTML = '';
});

function scanned(html: string): ScannedRun[] {
  document.body.innerHTML = html;
  const scan = new PageScan(document.body, new Matcher(TEST_ALIASES, readOrBuildTables(TEST_ALIASES)));
  while (!scan.step(Number.POSITIVE_INFINITY));
  return scan.runs;
}

/** Runs `phases` as the scheduler would, each call with `deadline`; returns how many calls it took. */
function runAll(phases: readonly Phase[], deadline: number): number {
  let calls = 0;
  for (const phase of phases) {
    while (true) {
      calls++;
      if (phase(deadline) === true) break;
    }
  }
  return calls;
}

const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, i) => `<p>Vladimir Medinsky met Zelensky on day ${i}.</p>`).join('');

describe('the mention list, made in slices', () => {
  it('lists every counted mention in page order, whatever the slices', () => {
    const runs = scanned(paragraphs(300));
    let whole: MentionList | undefined;
    let sliced: MentionList | undefined;
    runAll(
      mentionListPhases(
        () => runs,
        (made) => {
          whole = made;
        },
      ),
      Number.POSITIVE_INFINITY,
    );
    runAll(
      mentionListPhases(
        () => runs,
        (made) => {
          sliced = made;
        },
      ),
      Number.NEGATIVE_INFINITY,
    );
    expect(whole?.list).toHaveLength(600);
    expect(sliced?.list.map((m) => `${m.index}:${m.text}`)).toEqual(whole?.list.map((m) => `${m.index}:${m.text}`));
    expect(sliced?.byNode.size).toBe(whole?.byNode.size);
  });

  it('stops at a slice’s deadline and goes on in the next slice', () => {
    const runs = scanned(paragraphs(300));
    let made: MentionList | undefined;
    const phases = mentionListPhases(
      () => runs,
      (list) => {
        made = list;
      },
    );
    // Past its deadline, a slice does one short stretch of work and stops.
    const calls = runAll(phases, Number.NEGATIVE_INFINITY);
    expect(calls).toBeGreaterThan(phases.length + 4);
    expect(made?.list).toHaveLength(600);
  });

  it('leaves out a gated alias without its context, as the one-go gate does', () => {
    const runs = scanned('<p>Bruce said no.</p>');
    let made: MentionList | undefined;
    runAll(
      mentionListPhases(
        () => runs,
        (list) => {
          made = list;
        },
      ),
      Number.NEGATIVE_INFINITY,
    );
    expect(made?.list).toEqual([]);
  });
});
