import { describe, expect, it } from 'vitest';
import { withoutFragment } from '../../../lib/story/page-address';

describe('withoutFragment', () => {
  it('drops the #fragment and keeps the query', () => {
    expect(withoutFragment('https://news.example/a?x=1#live')).toBe('https://news.example/a?x=1');
    expect(withoutFragment('https://news.example/a')).toBe('https://news.example/a');
    expect(withoutFragment('https://news.example/a#')).toBe('https://news.example/a');
  });

  it('leaves nothing of an address that is only a fragment', () => {
    expect(withoutFragment('#live')).toBe('');
  });
});
