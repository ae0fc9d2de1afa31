import { afterEach, describe, expect, it } from 'vitest';
import { locateSentence } from '../../../lib/page/sentence-locator';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('finding an article sentence back in the page', () => {
  it('finds a sentence split across inline markup, whatever its apostrophes and spaces', () => {
    document.body.innerHTML =
      '<p>Intro.</p><p>Turkey’s Foreign Minister <a href="#">Hakan   Fidan</a> opened the <b>session</b>.</p>';
    const range = locateSentence(document.body, "Turkey's Foreign Minister Hakan Fidan opened the session.");
    expect(range?.toString()).toBe('Turkey’s Foreign Minister Hakan   Fidan opened the session.');
  });

  it('ignores text the scanner skips (scripts, hidden regions) and answers null for a sentence not there', () => {
    document.body.innerHTML =
      '<script>var s = "Fidan opened the session.";</script><p hidden>Fidan opened the session.</p>';
    expect(locateSentence(document.body, 'Fidan opened the session.')).toBeNull();
    expect(locateSentence(document.body, '')).toBeNull();
  });

  it('finds a sentence that runs across two paragraphs of the page', () => {
    document.body.innerHTML = '<p>He said</p><p>nothing more.</p>';
    expect(locateSentence(document.body, 'He said nothing more.')?.toString()).toBe('He saidnothing more.');
    // Inline markup joins words as printed: "session" and "." are one word's end, not two.
    document.body.innerHTML = '<p>It opened the <b>session</b>.</p>';
    expect(locateSentence(document.body, 'It opened the session.')?.toString()).toBe('It opened the session.');
  });
});
