/**
 * A small story for the card tests, in the real schema (validated in the tests), so the card
 * logic can be checked independently of the seed data's wording.
 */
import * as v from 'valibot';
import { type Story, StorySchema } from '../../data/schema';

export const cardTestStory: Story = v.parse(StorySchema, {
  schemaVersion: 1,
  id: 'test-talks',
  title: 'Test talks in Istanbul',
  article: {
    headline: 'Talks begin in Istanbul',
    source: 'AFP',
    date: '2025-05-16',
    sentences: [
      { id: 's1', text: 'Ukrainian President Volodymyr Zelensky accused Russia of lacking seriousness about peace.' },
      {
        id: 's2',
        text: 'Western officials have criticized Putin for appointing Vladimir Medinsky, a former cultural minister, to lead the Russian side.',
      },
      {
        id: 's3',
        text: 'Medinsky said the delegation carried a direct mandate from Putin to “find possible solutions and points of contact.”',
        section: 'Points of contact',
      },
      { id: 's4', text: 'Medinsky led the failed 2022 negotiations at the start of the invasion.' },
    ],
    summary: ['s1'],
  },
  positions: [],
  timeline: [],
  figures: [],
  quotes: [
    {
      id: 'medinsky-points-of-contact',
      speaker: 'vladimir-medinsky',
      text: 'find possible solutions and points of contact.',
      sources: ['s3'],
      context: 'On the eve of the talks, Thursday',
    },
  ],
  entities: [
    {
      id: 'vladimir-medinsky',
      type: 'person',
      name: 'Vladimir Medinsky',
      givenNames: ['Vladimir'],
      aliases: [{ text: 'Vladimir Medinsky' }, { text: 'Medinsky' }, { text: 'Мединский', lang: 'ru' }],
      role: { text: 'Head of the Russian delegation', sources: ['s2'] },
      description: 'Kremlin aide and former culture minister who leads Russia’s team.',
      side: 'russia',
      facts: [
        { text: 'Led the failed 2022 negotiations.', sources: ['s4'] },
        {
          text: 'Served as Russia’s culture minister from 2012 to 2020.',
          background: { reference: 'kremlin-bio', asOf: '2020-01-21' },
        },
      ],
      relations: [{ label: 'was sent by', target: 'vladimir-putin', sources: ['s2'] }],
    },
    {
      id: 'volodymyr-zelensky',
      type: 'person',
      name: 'Volodymyr Zelensky',
      aliases: [
        { text: 'Zelensky' },
        { text: 'Zelenskyy' },
        { text: 'Зеленський', lang: 'uk' },
        { text: 'Зеленский', lang: 'ru' },
      ],
      role: { text: 'President of Ukraine', sources: ['s1'] },
      description: 'Ukraine’s president since 2019.',
      side: 'ukraine',
      facts: [{ text: 'Accused Russia of lacking seriousness about peace.', sources: ['s1'] }],
      relations: [],
    },
    {
      id: 'vladimir-putin',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: [{ text: 'Putin' }],
      role: { text: 'President of Russia', sources: ['s2'] },
      description: 'Russia’s president, who proposed the talks but did not attend.',
      side: 'russia',
      facts: [],
      relations: [],
    },
    {
      id: 'istanbul',
      type: 'place',
      name: 'Istanbul',
      aliases: [{ text: 'Istanbul' }],
      role: { text: 'Host city of the talks', sources: ['s1'] },
      description: 'Turkey’s largest city.',
      side: 'turkey',
      facts: [],
      relations: [],
    },
  ],
  references: [
    {
      id: 'kremlin-bio',
      title: 'Vladimir Medinsky, Aide to the President',
      publisher: 'Kremlin.ru',
      accessed: '2025-05-20',
    },
  ],
});
