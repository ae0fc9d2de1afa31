import { describe, expect, it } from 'vitest';
import { verdictOnTabUpdate } from '../../../lib/extension/tab-updates';

const PAGE = 'https://news.example/live/talks';
const reported = { url: PAGE, topDocument: 'D1' };
const older = { url: PAGE };

describe('what a tab’s update means for its kept mentions', () => {
  it('keeps them while the tab loads at the same address when the top document is known: a frame’s load looks the same', () => {
    expect(verdictOnTabUpdate({ status: 'loading' }, reported)).toBe('keep');
  });

  it('asks the top document once the tab has loaded, whether that was a reload or a frame’s load', () => {
    expect(verdictOnTabUpdate({ status: 'complete' }, reported)).toBe('check');
  });

  it('drops them on a new address, known top document or not', () => {
    for (const kept of [reported, older])
      expect(verdictOnTabUpdate({ status: 'loading', url: 'https://news.example/other' }, kept)).toBe('drop');
  });

  it('keeps them when only the #fragment changes, or the same address is confirmed', () => {
    for (const url of [`${PAGE}#update-3`, PAGE])
      for (const kept of [reported, older]) expect(verdictOnTabUpdate({ status: 'loading', url }, kept)).toBe('keep');
  });

  it('drops them on a same-address load when no top document is known, as a reload', () => {
    expect(verdictOnTabUpdate({ status: 'loading' }, older)).toBe('drop');
  });

  it('leaves them alone on a load that ends without a known top document, and on other changes', () => {
    expect(verdictOnTabUpdate({ status: 'complete' }, older)).toBe('keep');
    expect(verdictOnTabUpdate({}, reported)).toBe('keep');
    expect(verdictOnTabUpdate({ url: 'https://news.example/other' }, reported)).toBe('keep');
  });
});
