import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import type { ArchivedArticleRef, EarlierReading } from '../../../lib/storage/reading-archive/archive-contract';
import { newSinceLastRead, storySoFarTimeline } from '../../../lib/views/story-so-far';
import { articleTestStory } from '../../helpers/article-test-story';

const ref = (date: string, readAt: number, outlet = 'A News'): ArchivedArticleRef => ({
  url: `https://a.example/${date}-${readAt}`,
  headline: `Talks on ${date}`,
  outlet,
  date,
  readAt,
});

describe('storySoFarTimeline', () => {
  it('lists the earlier articles oldest first, by their date and then when they were read', () => {
    const timeline = storySoFarTimeline(
      [
        { article: ref('2025-06-02', 5), shared: ['Hakan Fidan'] },
        { article: ref('2025-05-16', 9), shared: ['Hakan Fidan', 'Vladimir Medinsky'] },
        { article: ref('2025-05-16', 3), shared: ['Vladimir Medinsky'] },
      ],
      'en-GB',
    );
    expect(timeline.map((entry) => [entry.date, entry.article.url.split('-').at(-1)])).toEqual([
      ['2025-05-16', '3'],
      ['2025-05-16', '9'],
      ['2025-06-02', '5'],
    ]);
    expect(timeline[0]?.article.label).toBe('A News · 16 May 2025');
    expect(timeline[1]?.shared).toEqual(['Hakan Fidan', 'Vladimir Medinsky']);
  });
});

describe('newSinceLastRead', () => {
  const earlier = (sentences: string[]): EarlierReading => ({
    name: 'Hakan Fidan',
    type: 'person',
    roles: [],
    statements: sentences.map((sentence) => ({
      kind: 'fact',
      text: sentence,
      sentence,
      article: ref('2025-05-10', 1),
    })),
    articles: [ref('2025-05-12', 2, 'B Post'), ref('2025-05-10', 1)],
  });

  it('gives what this article says about the person that the reader’s earlier articles did not, with the last read', () => {
    const fresh = newSinceLastRead(
      articleTestStory,
      'hakan-fidan',
      earlier(['Fidan  sat between the two delegations.']),
      'en-GB',
    );
    expect(fresh?.lastRead.label).toBe('B Post · 12 May 2025');
    expect(fresh?.lines.map((l) => l.text)).toEqual(['Turkey’s Foreign Minister', '“We want the war to end”']);
    // The role and the first fact cite one sentence: it is listed once.
    expect(new Set(fresh?.lines.map((l) => l.sentence)).size).toBe(fresh?.lines.length);
  });

  it('has nothing new when every sentence was read before, or the person is not in this article', () => {
    const all = articleTestStory.article.sentences.map((s) => s.text);
    expect(newSinceLastRead(articleTestStory, 'hakan-fidan', earlier(all), 'en-GB')).toBeUndefined();
    expect(newSinceLastRead(articleTestStory, 'nobody', earlier([]), 'en-GB')).toBeUndefined();
  });

  it('reads a sentence read before as the same whatever its spacing at either end', () => {
    const all = articleTestStory.article.sentences.map((s) => ` ${s.text}\n`);
    expect(newSinceLastRead(articleTestStory, 'hakan-fidan', earlier(all), 'en-GB')).toBeUndefined();
  });

  it('tells nothing new from a role the article does not give, nor from a fact with no sentence of the article', () => {
    const fidan = articleTestStory.entities.find((e) => e.id === 'hakan-fidan');
    if (!fidan) throw new Error('the article test story names Hakan Fidan');
    const { role: _role, ...withoutRole } = fidan;
    const story: Story = {
      ...articleTestStory,
      quotes: [],
      entities: [
        {
          ...withoutRole,
          facts: [
            { text: 'Fidan is Turkey’s foreign minister.', background: { reference: 'ministry', asOf: '2025-05-01' } },
            { text: 'Fidan sat between the two delegations.', sources: ['s2'] },
          ],
        },
      ],
    };
    expect(newSinceLastRead(story, 'hakan-fidan', earlier([]), 'en-GB')?.lines).toEqual([
      { text: 'Fidan sat between the two delegations.', sentence: 'Fidan sat between the two delegations.' },
    ]);
  });
});
