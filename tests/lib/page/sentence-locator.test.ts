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

  it('finds a sentence given with spaces around it', () => {
    document.body.innerHTML = '<p>Fidan opened the session.</p>';
    expect(locateSentence(document.body, '  Fidan opened the session.  ')?.toString()).toBe(
      'Fidan opened the session.',
    );
  });

  it('finds a long sentence by its beginning, though the page words its end otherwise', () => {
    const start = 'Turkey’s Foreign Minister Hakan Fidan opened the session of the regional council in Ankara';
    document.body.innerHTML = `<p>${start} on Monday morning.</p>`;
    const range = locateSentence(document.body, `${start} on Tuesday.`);
    expect(range?.toString().startsWith(start)).toBe(true);
  });

  it('starts the range in the sentence’s own paragraph, not at the end of the one before', () => {
    document.body.innerHTML = '<p>Intro.</p><p id="s">Fidan opened the session.</p>';
    const range = locateSentence(document.body, 'Fidan opened the session.');
    expect(range?.startContainer).toBe(document.getElementById('s')?.firstChild);
    expect(range?.startOffset).toBe(0);
  });
});
