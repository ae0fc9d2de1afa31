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

  it('takes the top page’s address for a frame (a srcdoc frame’s own is about:srcdoc)', () => {
    expect(readerPageUrl(frame({ topHref: 'https://news.example/a' }))).toBe('https://news.example/a');
    expect(readerPageUrl(window)).toBe(window.location.href);
  });
});
