import { afterEach, describe, expect, it } from 'vitest';
import { frameRole, hasText, MIN_FRAME_SIDE, readerPageUrl } from '../../../lib/page/frame-gate';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A frame's window as the gate sees it: the top window's origin, its own, its size and document. */
function frame(options: {
  topOrigin?: string | 'throws';
  origin?: string;
  width?: number;
  height?: number;
  html?: string;
  topHref?: string;
}): Window {
  const top = {
    get origin(): string {
      if (options.topOrigin === 'throws') throw new DOMException('Blocked a frame', 'SecurityError');
      return options.topOrigin ?? 'https://news.example';
    },
    location: { href: options.topHref ?? 'https://news.example/story' },
  };
  document.body.innerHTML = options.html ?? '<p>Zelensky spoke</p>';
  return {
    top,
    origin: options.origin ?? 'https://news.example',
    innerWidth: options.width ?? 600,
    innerHeight: options.height ?? 200,
    document,
    location: { href: 'about:srcdoc' },
  } as unknown as Window;
}

describe('which frames Backstory reads', () => {
  it('reads the top frame in full', () => {
    expect(frameRole(window)).toBe('top');
  });

  it('reads a frame of the top page’s origin that is large enough and holds text', () => {
    expect(frameRole(frame({}))).toBe('frame');
  });

  it('leaves another site’s frame alone, whether reading its top throws or tells another origin', () => {
    expect(frameRole(frame({ topOrigin: 'throws' }))).toBe('none');
    expect(frameRole(frame({ origin: 'https://ads.example' }))).toBe('none');
  });

  it('leaves a frame too small to read, and one without text', () => {
    expect(frameRole(frame({ width: MIN_FRAME_SIDE - 1 }))).toBe('none');
    expect(frameRole(frame({ height: MIN_FRAME_SIDE - 1 }))).toBe('none');
    expect(frameRole(frame({ width: MIN_FRAME_SIDE, height: MIN_FRAME_SIDE }))).toBe('frame');
    expect(frameRole(frame({ html: ' <img alt=""> \u00a0 <div>  </div>' }))).toBe('none');
  });

  it('finds text after blank nodes, and none in an empty document', () => {
    document.body.innerHTML = '<div> </div><span>\u00a0</span><p>x</p>';
    expect(hasText(document)).toBe(true);
    document.body.innerHTML = '';
    expect(hasText(document)).toBe(false);
  });

  it('reads a window without a top (its frame taken out of the page) as a top frame', () => {
    expect(frameRole({ ...frame({}), top: null } as unknown as Window)).toBe('top');
  });

  it('leaves a frame whose page throws when asked about it, never throwing itself', () => {
    const hostile = frame({});
    Object.defineProperty(hostile, 'innerWidth', {
      get() {
        throw new Error('the page redefined innerWidth');
      },
    });
    expect(frameRole(hostile)).toBe('none');
  });

  it('looks for text in the body only, not in the head’s title', () => {
    document.head.innerHTML = '<title>Zelensky spoke</title>';
    try {
      document.body.innerHTML = ' <div> </div>';
      expect(hasText(document)).toBe(false);
    } finally {
      document.head.innerHTML = '';
    }
  });

  it('looks for text in the root element of a document without a body, and finds none in one without a root', () => {
    const xml = new DOMParser().parseFromString('<story><p>Zelensky spoke</p></story>', 'application/xml');
    expect(xml.body ?? null).toBeNull();
    expect(hasText(xml)).toBe(true);
    const empty = document.implementation.createHTMLDocument('');
    empty.documentElement.remove();
    expect(hasText(empty)).toBe(false);
  });

  it('takes a frame’s own address when the top page’s cannot be read', () => {
    const win = frame({});
    Object.defineProperty(win.top as Window, 'location', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(readerPageUrl(win)).toBe('about:srcdoc');
  });

  it('takes the top page’s address for a frame (a srcdoc frame’s own is about:srcdoc)', () => {
    expect(readerPageUrl(frame({ topHref: 'https://news.example/a' }))).toBe('https://news.example/a');
    expect(readerPageUrl(window)).toBe(window.location.href);
  });
});
