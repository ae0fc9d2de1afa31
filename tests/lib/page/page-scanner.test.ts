import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMatcher } from '../../../lib/matching/table-builder';
import { breaksBetween, isInSkippedRegion, PageScan, RunReader, rescanRootOf } from '../../../lib/page/page-scanner';
import { TEST_ALIASES } from '../../helpers/engine-test-aliases';

const matcher = buildMatcher(TEST_ALIASES);

function scan(html: string): string[] {
  document.body.innerHTML = html;
  const page = new PageScan(document.body, matcher);
  while (!page.step(Number.POSITIVE_INFINITY)) {
    // runs to completion
  }
  return page.runs.flatMap((run) => run.mentions.map((m) => m.range.toString()));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('inline runs', () => {
  it('reads "Vladimir <b>Medinsky</b>" as one mention', () => {
    expect(scan('<p>appointing Vladimir <b>Medinsky</b>, a former minister</p>')).toEqual(['Vladimir Medinsky']);
  });

  it('joins a name split inside a word by markup', () => {
    expect(scan('<p>President Zelen<span>sky</span> said</p>')).toEqual(['Zelensky']);
  });

  it('joins a name whose first letters sit alone in their own element (drop caps)', () => {
    expect(scan('<p><span class="dropcap">Z</span>elensky said</p>')).toEqual(['Zelensky']);
    expect(scan('<p><b>Ze</b><i>len</i>sky said</p>')).toEqual(['Zelensky']);
    expect(scan('<p>said <b>Pu</b>tin</p>')).toEqual(['Putin']);
  });

  it('finds a name after plain text in the same paragraph, with the text before it in the run', () => {
    expect(scan('<p>Many words before <a href="#">a link</a> and then Vladimir <b>Medinsky</b></p>')).toEqual([
      'Vladimir Medinsky',
    ]);
    expect(scan('<div>Talks with <p>nothing here</p> Zelensky</div>')).toEqual(['Zelensky']);
  });

  it('reads only runs that may hold a name, and every one of those', () => {
    document.body.innerHTML =
      '<p>nothing to see</p><p>Talks: Zelensky</p><p>more text</p><div>Putin <b>spoke</b></div>';
    const reader = new RunReader(document.body, matcher.candidateTest);
    const runs: string[] = [];
    for (let run = reader.next(); run || !reader.done; run = reader.next()) if (run) runs.push(run.text);
    expect(runs).toEqual(['Talks: Zelensky', 'Putin spoke']);
  });

  it('builds no run around a node whose capitals start no name', () => {
    // "Medical" and "Trumpets" pass the candidate test (Med…, Tru…) but start no name.
    document.body.innerHTML = '<p>Medical <b>Trumpets</b> today</p><p>Talks: <i>Zelen</i>sky</p>';
    const reader = new RunReader(document.body, matcher.candidateTest, (text) => matcher.findAlone(text));
    const runs: string[] = [];
    for (let run = reader.next(); run || !reader.done; run = reader.next()) if (run) runs.push(run.text);
    expect(runs).toEqual(['Talks: Zelensky']);
  });

  it('matches a text node holding a name once, not again as its own run', () => {
    const find = vi.spyOn(matcher, 'find');
    try {
      expect(scan('<p>Talks with Zelensky today</p><p>Vladimir <b>Medinsky</b> said</p>')).toEqual([
        'Zelensky',
        'Vladimir Medinsky',
      ]);
      // "Talks with Zelensky today" alone (kept), "Vladimir " alone (may run on), the joined run.
      expect(find).toHaveBeenCalledTimes(3);
    } finally {
      find.mockRestore();
    }
  });

  it('joins names across links and emphasis', () => {
    expect(scan('<p><a href="#">Volodymyr</a> <em>Zelensky</em> met <a>Putin</a></p>')).toEqual([
      'Volodymyr Zelensky',
      'Putin',
    ]);
  });

  it('gives a range that spans the inline elements', () => {
    document.body.innerHTML = '<p>Vladimir <b>Medinsky</b>’s team</p>';
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    const range = page.runs[0]?.mentions[0]?.range;
    expect(range?.startContainer.textContent).toBe('Vladimir ');
    expect(range?.endContainer.textContent).toBe('Medinsky');
    expect(range?.endOffset).toBe(8);
  });

  it('does not join text across block elements', () => {
    expect(scan('<div>Vladimir<p>Putin</p></div>')).toEqual(['Putin']);
    expect(scan('<div><p>Volodymyr</p><p>Zelensky</p></div>')).toEqual(['Zelensky']);
  });

  it('breaks runs at <br>', () => {
    expect(scan('<p>Putin<br>Trump</p>')).toEqual(['Putin', 'Trump']);
    expect(scan('<p>Vladimir<br>Putin</p>')).toEqual(['Putin']);
  });

  it('breaks runs between table cells', () => {
    expect(scan('<table><tr><td>Vladimir</td><td>Putin</td></tr></table>')).toEqual(['Putin']);
    expect(scan('<table><tr><td>Zelen</td><td>sky</td></tr></table>')).toEqual([]);
  });

  it('keeps separate paragraphs as separate runs', () => {
    document.body.innerHTML = '<p>One <b>two</b></p><p>three</p><div>four <span>five</span></div>';
    const reader = new RunReader(document.body, /\S/);
    const runs: string[] = [];
    for (let run = reader.next(); run || !reader.done; run = reader.next()) if (run) runs.push(run.text);
    expect(runs).toEqual(['One two', 'three', 'four five']);
  });
});

describe('skipped regions', () => {
  const cases: [string, string][] = [
    ['script', '<script>var x = "Zelensky";</script>'],
    ['style', '<style>.Zelensky { color: red }</style>'],
    ['noscript', '<noscript>Zelensky</noscript>'],
    ['template', '<template><p>Zelensky</p></template>'],
    ['textarea', '<textarea>Zelensky</textarea>'],
    ['select/option', '<select><option>Zelensky</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>Zelensky</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><b>Zelensky</b></div>'],
    ['code', '<p>Run <code>Zelensky</code></p>'],
    ['pre', '<pre>Zelensky</pre>'],
    ['kbd', '<kbd>Zelensky</kbd>'],
    ['svg title', '<svg><title>Zelensky</title></svg>'],
    ['hidden attribute', '<div hidden><p>Zelensky</p></div>'],
    ['display:none', '<div style="display:none"><p>Zelensky</p></div>'],
    ['visibility:hidden', '<p style="visibility:hidden">Zelensky</p>'],
    ["Backstory's own UI", '<div data-backstory-ui><p>Zelensky</p></div>'],
  ];
  for (const [name, html] of cases) {
    it(`skips ${name}`, () => {
      expect(scan(`${html}<p>Putin</p>`)).toEqual(['Putin']);
    });
  }

  it('reads the labels an SVG draws (a chart’s, a map’s), each label a line of its own', () => {
    expect(
      scan('<svg><text>Zelensky</text><text>Putin</text><text>Volodymyr</text><text>Zelensky</text></svg>'),
    ).toEqual(['Zelensky', 'Putin', 'Zelensky']);
    expect(scan('<svg><text x="0">Vladimir <tspan>Medinsky</tspan></text></svg>')).toEqual(['Vladimir Medinsky']);
  });

  it('scans contenteditable="false" islands like normal text', () => {
    expect(scan('<div contenteditable="false">Zelensky</div>')).toEqual(['Zelensky']);
  });

  it('does not join a name across skipped markup', () => {
    expect(scan('<p>Volodymyr <code>x</code>Zelensky</p>')).toEqual(['Zelensky']);
  });
});

describe('ranges and text', () => {
  it('reports the mention without the possessive and without soft hyphens', () => {
    document.body.innerHTML = '<p>Zelen\u00adsky’s aide</p>';
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    const mention = page.runs[0]?.mentions[0];
    expect(mention?.text).toBe('Zelensky');
    expect(mention?.range.toString()).toBe('Zelen\u00adsky');
  });

  it('reads a non-breaking space inside a name', () => {
    expect(scan('<p>Volodymyr&nbsp;Zelensky</p>')).toEqual(['Volodymyr\u00a0Zelensky']);
  });

  it('can be stopped and resumed without losing mentions', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} about Putin.</p>`).join('');
    const page = new PageScan(document.body, matcher);
    let steps = 1;
    while (!page.step(0)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(page.runs.flatMap((r) => r.mentions)).toHaveLength(40);
  });

  it('leaves the DOM untouched', () => {
    const html = '<p>Vladimir <b>Medinsky</b> and <i>Zelen</i>sky in Dolmabahçe</p>';
    document.body.innerHTML = html;
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    expect(page.runs.flatMap((r) => r.mentions)).toHaveLength(3);
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('open shadow roots', () => {
  function scanWith(options: ConstructorParameters<typeof PageScan>[2] = {}): PageScan {
    const page = new PageScan(document.body, matcher, options);
    while (!page.step(Number.POSITIVE_INFINITY)) {
      // runs to completion
    }
    return page;
  }
  const found = (page: PageScan) => page.runs.flatMap((run) => run.mentions.map((m) => m.range.toString()));
  function host(id: string, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
    const root = (document.getElementById(id) as Element).attachShadow({ mode });
    root.innerHTML = html;
    return root;
  }

  it('reads names in open shadow roots, nested ones and those on built-in elements too', () => {
    document.body.innerHTML = '<p>Putin</p><news-card id="a"></news-card><div id="b"></div>';
    const a = host('a', '<p>Vladimir <b>Medinsky</b> arrived</p><x-inner id="c"></x-inner>');
    const inner = (a.getElementById('c') as Element).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Zelensky</p>';
    host('b', '<p>Putin spoke</p>');
    const seen: ShadowRoot[] = [];
    const page = scanWith({ onShadowRoot: (root) => seen.push(root) });
    expect(found(page).sort()).toEqual(['Putin', 'Putin', 'Vladimir Medinsky', 'Zelensky']);
    expect(page.shadowRoots).toHaveLength(3);
    expect(seen).toEqual(page.shadowRoots);
  });

  it('reads nothing in a closed shadow root, and nothing in any root when told not to', () => {
    document.body.innerHTML = '<x-a id="a"></x-a><x-b id="b"></x-b>';
    host('a', '<p>Zelensky</p>', 'closed');
    host('b', '<p>Putin</p>');
    expect(found(scanWith({ shadowRoots: false }))).toEqual([]);
    expect(found(scanWith())).toEqual(['Putin']);
  });

  it('joins text at the top of a shadow tree into one line, markup and bare text alike', () => {
    document.body.innerHTML = '<p>Talks: <x-name id="a"></x-name></p>';
    host('a', 'Vladimir <b>Medinsky</b>');
    expect(found(scanWith())).toEqual(['Vladimir Medinsky']);
  });

  it('skips a shadow tree whose host sits in a skipped region (hidden, editable, code)', () => {
    document.body.innerHTML =
      '<div hidden><x-a id="a"></x-a></div><pre><x-b id="b"></x-b></pre><p><x-c id="c"></x-c></p>';
    host('a', '<p>Zelensky</p>');
    host('b', '<span>Putin</span>');
    host('c', '<span>Vladimir Medinsky</span>');
    expect(found(scanWith())).toEqual(['Vladimir Medinsky']);
  });

  it('notes custom elements that have no shadow root yet', () => {
    document.body.innerHTML = '<news-quote id="q"></news-quote><p>Putin</p>';
    expect(scanWith().bareHosts.map((el) => el.id)).toEqual(['q']);
  });
});

describe('reading before resolving', () => {
  it('finds matches in the read phase and makes their ranges only when resolved', () => {
    document.body.innerHTML = '<p>Putin spoke</p>';
    const page = new PageScan(document.body, matcher);
    expect(page.read(Number.POSITIVE_INFINITY)).toBe(true);
    expect(page.hasPending).toBe(true);
    expect(page.runs).toEqual([]);
    expect(page.resolve(Number.POSITIVE_INFINITY)).toBe(true);
    expect(page.hasPending).toBe(false);
    expect(page.runs.flatMap((run) => run.mentions.map((m) => m.text))).toEqual(['Putin']);
  });

  it('notes each element whose matches were dropped as hidden, once', () => {
    document.body.innerHTML = '<p id="h" style="display:none">Putin and Trump</p><p>Zelensky</p>';
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    expect(page.hiddenHolders.map((el) => el.id)).toEqual(['h']);
    expect(page.runs).toHaveLength(1);
    expect(page.runs.flatMap((run) => run.mentions.map((m) => m.text))).toEqual(['Zelensky']);
  });
});

describe('where a change is read again', () => {
  it('rescans the block around a changed node, or the shadow root it sits in', () => {
    document.body.innerHTML = '<p id="p">Talks with <b>Putin</b></p><x-a id="a"></x-a>';
    const b = document.querySelector('b') as Element;
    expect(rescanRootOf(b.firstChild as Node, document)).toBe(document.getElementById('p'));
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<span>Zelensky</span>';
    expect(rescanRootOf((root.firstChild as Element).firstChild as Node, document)).toBe(root);
    // A node the page has just removed: a link is not a shadow root, though it has a "host".
    const removed = document.createElement('a');
    removed.href = 'https://example.org/';
    removed.textContent = 'Putin';
    expect(rescanRootOf(removed.firstChild as Node, document)).toBe(document.documentElement);
  });

  it('knows a node in a shadow tree whose host sits in skipped markup is skipped', () => {
    document.body.innerHTML = '<pre><x-a id="a"></x-a></pre><p id="p">Putin</p>';
    const root = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = '<span>Zelensky</span>';
    expect(isInSkippedRegion((root.firstChild as Element).firstChild as Node)).toBe(true);
    expect(isInSkippedRegion((document.getElementById('p') as Element).firstChild as Node)).toBe(false);
    expect(isInSkippedRegion(document.querySelector('pre') as Node)).toBe(true);
  });
});

describe('line breaks between two text nodes', () => {
  it('sees a <br>, a block or skipped markup between them, and not inline markup or spaces', () => {
    document.body.innerHTML =
      '<p><b>Vladimir</b> <i>Putin</i></p><p>Putin<br>Trump</p><div>Putin<p>x</p>Trump</div><p>Putin<code>x</code>Trump</p>';
    /** Whether something breaks the line between the first and the last text node of `el`. */
    const breaks = (el: Element) => {
      const texts = [...el.querySelectorAll('*'), el].flatMap((e) =>
        [...e.childNodes].filter((n): n is Text => n.nodeType === 3),
      );
      texts.sort((x, y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      return breaksBetween(texts[0] as Text, texts.at(-1) as Text);
    };
    expect([...document.body.children].map(breaks)).toEqual([false, true, true, true]);
  });
});

describe('runs and their matches', () => {
  it('joins two adjacent text nodes, as a script splitting text leaves them', () => {
    document.body.innerHTML = '<p id="p"></p>';
    const p = document.getElementById('p') as Element;
    p.append(document.createTextNode('Talks with Zelen'), document.createTextNode('sky today'));
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    expect(page.runs.flatMap((run) => run.mentions.map((m) => m.text))).toEqual(['Zelensky']);
  });

  it('reads blank nodes between inline elements as one space, not as text nodes of the name', () => {
    const nodesOf = (html: string) => {
      document.body.innerHTML = html;
      const page = new PageScan(document.body, matcher);
      page.step(Number.POSITIVE_INFINITY);
      return page.runs.flatMap((run) => run.mentions.map((m) => [m.text, ...m.nodes.map((n) => n.data)]));
    };
    expect(nodesOf('<p><b>Vladimir</b>\n  <b>Putin</b></p>')).toEqual([['Vladimir Putin', 'Vladimir', 'Putin']]);
    expect(nodesOf('<p><b>Vladimir</b>&nbsp;<b>Putin</b></p>')).toEqual([['Vladimir Putin', 'Vladimir', 'Putin']]);
    expect(nodesOf('<p><b>Vladimir</b>  <b>Putin</b></p>')).toEqual([['Vladimir Putin', 'Vladimir', 'Putin']]);
  });

  it('passes over an empty text node inside a name', () => {
    document.body.innerHTML = '<p id="p"></p>';
    (document.getElementById('p') as Element).append('Vladimir ', document.createTextNode(''), 'Putin said');
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    const mention = page.runs[0]?.mentions[0];
    expect(mention?.nodes.map((n) => n.data)).toEqual(['Vladimir ', 'Putin said']);
  });

  it('joins a node that starts with a space to the name before it', () => {
    expect(scan('<p><b>Vladimir</b> Putin said</p>')).toEqual(['Vladimir Putin']);
  });

  it('places a name found in a node that is not the first of its run', () => {
    expect(scan('<p><b>Talks</b> with Zelensky today</p>')).toEqual(['Zelensky']);
  });

  it('keeps the text before a name in document order', () => {
    // "Talks" | " with " | "Putin": read backwards from "Putin", put back in order.
    expect(scan('<p>Talks<i> with </i>Putin</p>')).toEqual(['Putin']);
  });

  it('reads a name after more text nodes than one call reads', () => {
    const filler = Array.from({ length: 600 }, (_, i) => `<p>line ${i}</p>`).join('');
    expect(scan(`${filler}<p>Putin</p>`)).toEqual(['Putin']);
  });

  it('scans a whole document as well as an element', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const page = new PageScan(document, matcher);
    page.step(Number.POSITIVE_INFINITY);
    expect(page.runs.flatMap((run) => run.mentions.map((m) => m.text))).toEqual(['Putin']);
  });

  it('gives a mention only the text nodes it covers', () => {
    document.body.innerHTML = '<p>Talks with <b>Vladimir</b> and Zelensky</p>';
    const page = new PageScan(document.body, matcher);
    page.step(Number.POSITIVE_INFINITY);
    const mention = page.runs[0]?.mentions[0];
    expect(mention?.text).toBe('Zelensky');
    expect(mention?.nodes.map((n) => n.data)).toEqual([' and Zelensky']);
  });

  it('skips bare text at the top of a shadow tree whose host sits in skipped markup', () => {
    document.body.innerHTML = '<pre><x-a id="a"></x-a></pre><p>Trump</p>';
    (document.getElementById('a') as Element).attachShadow({ mode: 'open' }).innerHTML = 'Putin';
    const page = new PageScan(document.body, matcher);
    while (!page.step(Number.POSITIVE_INFINITY)) {
      // runs to completion
    }
    expect(page.runs.flatMap((run) => run.mentions.map((m) => m.text))).toEqual(['Trump']);
  });
});

describe('time slices', () => {
  it('leaves nothing pending when the runs read hold no name', () => {
    document.body.innerHTML = '<p>Ze<b>lda</b> said</p>';
    const page = new PageScan(document.body, matcher);
    expect(page.read(Number.POSITIVE_INFINITY)).toBe(true);
    expect(page.hasPending).toBe(false);
  });

  it('stops reading at its deadline and goes on from there', () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} about Putin.</p>`).join('');
    const page = new PageScan(document.body, matcher);
    expect(page.read(0)).toBe(false);
    let calls = 1;
    while (!page.read(0)) calls++;
    expect(calls).toBeGreaterThan(1);
    page.resolve(Number.POSITIVE_INFINITY);
    expect(page.runs).toHaveLength(20);
  });

  it('says it is done resolving when the last match is resolved at the deadline, and not before', () => {
    document.body.innerHTML = '<p>Putin</p>';
    const one = new PageScan(document.body, matcher);
    one.read(Number.POSITIVE_INFINITY);
    expect(one.resolve(0)).toBe(true);
    document.body.innerHTML = '<p>Putin</p><p>Trump</p>';
    const two = new PageScan(document.body, matcher);
    two.read(Number.POSITIVE_INFINITY);
    expect(two.resolve(0)).toBe(false);
    expect(two.resolve(Number.POSITIVE_INFINITY)).toBe(true);
    expect(two.runs).toHaveLength(2);
    const both = new PageScan(document.body, matcher);
    both.read(Number.POSITIVE_INFINITY);
    expect(both.resolve(Number.POSITIVE_INFINITY)).toBe(true);
  });
});

describe('what is rendered', () => {
  const hiddenAndShown =
    '<div style="display:none"><p>Zelensky</p></div><p style="visibility:hidden">Trump</p><p><span style="display:contents">Putin</span></p>';

  it('reads text inside an element with display: contents', () => {
    expect(scan(hiddenAndShown)).toEqual(['Putin']);
  });

  it('skips hidden text in a browser without checkVisibility, from computed style', () => {
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
    Object.defineProperty(Element.prototype, 'checkVisibility', { value: undefined, configurable: true });
    try {
      expect(scan(hiddenAndShown)).toEqual(['Putin']);
    } finally {
      if (own) Object.defineProperty(Element.prototype, 'checkVisibility', own);
      else delete (Element.prototype as Partial<Element>).checkVisibility;
    }
  });
});
