/**
 * A story as Backstory reads it from an article (origin "article"), in the real schema: one
 * person no curated story knows (Hakan Fidan) and one the card test story knows (Vladimir
 * Medinsky, under the curated id), for the card and panel tests.
 */
import * as v from 'valibot';
import { type Story, StorySchema } from '../../data/schema';

export const articleTestStory: Story = v.parse(StorySchema, {
  schemaVersion: 1,
  id: 'article-0a1b2c3d',
  origin: 'article',
  title: 'Ukraine and Russia meet in Istanbul',
  article: {
    headline: 'Ukraine and Russia meet in Istanbul',
    source: 'Example News',
    date: '2025-05-16',
    url: 'https://news.example/istanbul',
    sentences: [
      { id: 's1', text: 'Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.' },
      { id: 's2', text: 'Fidan sat between the two delegations.' },
      { id: 's3', text: 'Vladimir Medinsky led the Russian side.' },
      { id: 's4', text: '“We want the war to end,” Fidan said.' },
      { id: 's5', text: '“Nothing was agreed,” one diplomat said.' },
    ],
    summary: ['s1'],
  },
  positions: [],
  timeline: [],
  figures: [],
  quotes: [
    { id: 'q1', speaker: 'hakan-fidan', text: 'We want the war to end', sources: ['s4'] },
    { id: 'q2', text: 'Nothing was agreed', sources: ['s5'] },
  ],
  entities: [
    {
      id: 'hakan-fidan',
      type: 'person',
      name: 'Hakan Fidan',
      givenNames: ['Hakan'],
      aliases: [{ text: 'Hakan Fidan' }, { text: 'Fidan' }],
      role: { text: 'Turkey’s Foreign Minister', sources: ['s1'] },
      description: 'Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.',
      side: 'other',
      facts: [
        { text: 'Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.', sources: ['s1'] },
        { text: 'Fidan sat between the two delegations.', sources: ['s2'] },
        { text: '“We want the war to end,” Fidan said.', sources: ['s4'] },
      ],
      relations: [],
    },
    {
      id: 'vladimir-medinsky',
      type: 'person',
      name: 'Vladimir Medinsky',
      givenNames: ['Vladimir'],
      aliases: [{ text: 'Vladimir Medinsky' }],
      description: 'Vladimir Medinsky led the Russian side.',
      side: 'other',
      facts: [{ text: 'Vladimir Medinsky led the Russian side.', sources: ['s3'] }],
      relations: [],
    },
  ],
  references: [],
});
