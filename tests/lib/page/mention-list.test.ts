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

  it('counts a gated alias once its context is on the page, wherever it stands', () => {
    const runs = scanned('<p>Bruce said no.</p><p>Tammy Bruce spoke.</p>');
    expect(listOf(runs).list.map((m) => m.text)).toEqual(['Bruce', 'Tammy Bruce']);
  });

  it('gives each mention its entity, text, range and text nodes, and each text node its mentions', () => {
    const runs = scanned('<p>Putin met Zelensky.</p><p>Vladimir <b>Medinsky</b> spoke.</p>');
    const { list, byNode } = listOf(runs);
    expect(list.map((m) => [m.index, m.entityId, m.text, String(m.range)])).toEqual([
      [0, 'vladimir-putin', 'Putin', 'Putin'],
      [1, 'volodymyr-zelensky', 'Zelensky', 'Zelensky'],
      [2, 'vladimir-medinsky', 'Vladimir Medinsky', 'Vladimir Medinsky'],
    ]);
    const [first, second] = [...document.querySelectorAll('p')];
    const firstText = first?.firstChild as Text;
    const vladimir = second?.firstChild as Text;
    const medinsky = second?.querySelector('b')?.firstChild as Text;
    expect(list[2]?.nodes).toEqual([vladimir, medinsky]);
    expect([...byNode.keys()]).toEqual([firstText, vladimir, medinsky]);
    expect(byNode.get(firstText)?.map((m) => m.text)).toEqual(['Putin', 'Zelensky']);
    expect(byNode.get(medinsky)).toEqual([list[2]]);
  });

  it('names the shadow roots holding counted mentions, and those above them, and no other', () => {
    document.body.innerHTML = '<x-a id="a"></x-a><x-c id="c"></x-c><x-d id="d"></x-d>';
    const outer = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>outer</p><x-b id="b"></x-b>';
    const inner = (outer.getElementById('b') as Element).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Putin spoke.</p>';
    const gated = (document.getElementById('c') as Element).attachShadow({ mode: 'open' });
    gated.innerHTML = '<p>Bruce said no.</p>';
    const empty = (document.getElementById('d') as Element).attachShadow({ mode: 'open' });
    empty.innerHTML = '<p>Nobody.</p>';
    const matcher = new Matcher(TEST_ALIASES, readOrBuildTables(TEST_ALIASES));
    const runs = [inner, gated, empty].flatMap((root) => {
      const scan = new PageScan(root, matcher);
      while (!scan.step(Number.POSITIVE_INFINITY));
      return scan.runs;
    });
    const { list, roots } = listOf(runs);
    expect(list.map((m) => m.text)).toEqual(['Putin']);
    expect(roots).toEqual([inner, outer]);
  });
});

/** The list made from `runs`, slice by slice. */
function listOf(runs: readonly ScannedRun[]): MentionList {
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
  return made as MentionList;
}
