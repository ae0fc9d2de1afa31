/**
 * Stories for the panel tests: the bundled seed story, and a second small story that shares
 * one entity (Donald Trump) with it, so counting and "which story is this page about" can be
 * checked across stories.
 */
import * as v from 'valibot';
import { type Story, StorySchema } from '../../data/schema';
import { bundledStories } from '../../data/stories/index';
import { buildCatalog } from '../../lib/story/story-model';
import { summariseMentions } from '../../lib/views/report-summary';
import type { MentionSummary, PageReport } from '../../lib/views/tab-state';

export const seedStory = bundledStories.find((s) => s.id === 'istanbul-talks-2025') as Story;

export const otherStory: Story = v.parse(StorySchema, {
  schemaVersion: 1,
  id: 'tariff-summit',
  title: 'Tariff summit in Geneva',
  article: {
    headline: 'Trade negotiators meet in Geneva',
    source: 'Test Wire',
    date: '2025-05-11',
    sentences: [
      { id: 's1', text: 'Donald Trump said the talks in Geneva were going well.' },
      { id: 's2', text: 'Negotiator Jamieson Greer led the American side.' },
    ],
    summary: ['s1'],
  },
  positions: [],
  timeline: [],
  figures: [],
  quotes: [],
  entities: [
    {
      id: 'donald-trump',
      type: 'person',
      name: 'Donald Trump',
      aliases: [{ text: 'Donald Trump' }, { text: 'Trump' }],
      role: { text: 'President of the United States', sources: ['s1'] },
      description: 'US president.',
      side: 'united-states',
      facts: [],
      relations: [],
    },
    {
      id: 'jamieson-greer',
      type: 'person',
      name: 'Jamieson Greer',
      aliases: [{ text: 'Jamieson Greer' }, { text: 'Greer', requiresContext: true }],
      role: { text: 'US Trade Representative', sources: ['s2'] },
      description: 'Leads US trade negotiations.',
      side: 'united-states',
      facts: [],
      relations: [],
    },
  ],
  references: [],
});

export const seedCatalog = buildCatalog([seedStory]);
export const twoStoryCatalog = buildCatalog([seedStory, otherStory]);

/** A mention as the content script would report it, with made-up surrounding words. */
export function mention(index: number, entityId: string, text: string): MentionSummary {
  return { index, entityId, text, before: `words before ${text} `, after: ' and words after' };
}

/** A report of these mentions, counted as the content script counts them (no list cap unless `limit`). */
export function report(mentions: MentionSummary[], overrides: Partial<PageReport> = {}, limit = Infinity): PageReport {
  const tally = summariseMentions(mentions, ({ before, after }) => ({ before, after }), limit);
  return {
    url: 'https://news.example.com/world/istanbul-talks',
    title: 'Talks in Istanbul',
    status: 'active',
    reading: false,
    ...tally,
    ...overrides,
  };
}
