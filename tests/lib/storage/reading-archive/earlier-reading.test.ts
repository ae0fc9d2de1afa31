import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../data/schema';
import { EARLIER_ARTICLES_SHOWN } from '../../../../lib/storage/reading-archive/archive-contract';
import type { MentionRecord } from '../../../../lib/storage/reading-archive/archive-schema';
import {
  earlierReading,
  newestFirst,
  refOf,
  statementsOf,
} from '../../../../lib/storage/reading-archive/earlier-reading';
import { articleStory } from './archive-test-stories';

function mention(url: string, readAt: number, extra: Partial<MentionRecord> = {}): MentionRecord {
  return {
    identity: 'p:rustem umerov',
    url,
    readAt,
    order: -readAt,
    entityIds: ['rustem-umerov'],
    name: 'Umerov',
    type: 'person',
    article: { headline: `Headline of ${url}`, outlet: 'News', date: '2025-05-16' },
    ...extra,
  };
}
const role = (text: string, sentence = 's1') => ({ role: { text, sentence } });

describe('earlier in your reading, from the archive’s rows', () => {
  it('orders rows newest first, and rows read at the same time by address', () => {
    const rows = [mention('https://b.example', 1), mention('https://c.example', 3), mention('https://a.example', 1)];
    expect(newestFirst(rows).map((row) => row.url)).toEqual([
      'https://c.example',
      'https://a.example',
      'https://b.example',
    ]);
    expect(rows.map((row) => row.url)).toEqual(['https://b.example', 'https://c.example', 'https://a.example']);
  });

  it('says nothing when no earlier article named the entity', () => {
    expect(earlierReading([], [], 0)).toBeNull();
  });

  it('lists each article once, newest first, and counts the articles it read or was told of', () => {
    const rows = [mention('https://a.example', 1), mention('https://b.example', 2), mention('https://a.example', 1)];
    const reading = earlierReading(rows, [], 0);
    expect(reading?.articles).toEqual([refOf(rows[1] as MentionRecord), refOf(rows[0] as MentionRecord)]);
    expect(reading?.articleCount).toBe(2);
    expect(earlierReading(rows, [], 7)?.articleCount).toBe(7);
  });

  it('shows at most the newest articles it may, and still counts them all', () => {
    const rows = Array.from({ length: EARLIER_ARTICLES_SHOWN + 3 }, (_, i) => mention(`https://n.example/${i}`, i));
    const reading = earlierReading(rows, [], 0);
    expect(reading?.articles).toHaveLength(EARLIER_ARTICLES_SHOWN);
    expect(reading?.articles[0]?.url).toBe(`https://n.example/${EARLIER_ARTICLES_SHOWN + 2}`);
    expect(reading?.articleCount).toBe(EARLIER_ARTICLES_SHOWN + 3);
  });

  it('gives a run of articles with the same title once, from its newest, and shows a change of title', () => {
    const rows = [
      mention('https://1.example', 1, role('Defence Minister', 'old')),
      mention('https://2.example', 2, role('defence minister', 'older-run-newest')),
      mention('https://3.example', 3),
      mention('https://4.example', 4, role('Secretary of the Security Council', 'newest')),
    ];
    const reading = earlierReading(rows, [], 0);
    expect(reading?.roles.map((r) => [r.text, r.sentence, r.article.url])).toEqual([
      ['Secretary of the Security Council', 'newest', 'https://4.example'],
      ['defence minister', 'older-run-newest', 'https://2.example'],
    ]);
  });

  it('names the entity by the fullest name any article gave, with the newest article’s type', () => {
    const rows = [
      mention('https://1.example', 1, { name: 'Rustem Umerov', type: 'organisation' }),
      mention('https://2.example', 2, { name: 'Umerov', type: 'person' }),
    ];
    const reading = earlierReading(rows, [], 0);
    expect(reading).toMatchObject({ name: 'Rustem Umerov', type: 'person' });
  });

  it('passes the statements on as it was given them', () => {
    const article = refOf(mention('https://1.example', 1));
    const statements = [{ kind: 'fact' as const, text: 'He spoke.', sentence: 'He spoke.', article }];
    expect(earlierReading([mention('https://1.example', 1)], statements, 0)?.statements).toEqual(statements);
  });
});

describe('what one stored article says about the entity', () => {
  const article = refOf(mention('https://news.example/1', 1));
  const story = (): Story =>
    articleStory({
      url: 'https://news.example/1',
      entities: [
        { name: 'Rustem Umerov', role: 'Defence Minister', says: ['We are ready'], facts: ['Umerov led the team.'] },
        { name: 'Hakan Fidan', role: 'Foreign Minister', says: ['Talks go on'] },
      ],
    });
  const sentence = (s: Story, text: string) => s.article.sentences.find((x) => x.text.includes(text))?.text;

  it('gives its quotes, then its role’s sentence, then its facts, each sentence once', () => {
    const s = story();
    const said = statementsOf(s, ['rustem-umerov'], article);
    expect(said.map((x) => [x.kind, x.text])).toEqual([
      ['quote', 'We are ready'],
      ['role', 'Defence Minister'],
      ['fact', 'Umerov led the team.'],
    ]);
    expect(said.map((x) => x.sentence)).toEqual([
      sentence(s, 'We are ready'),
      sentence(s, 'Defence Minister Rustem Umerov'),
      'Umerov led the team.',
    ]);
    expect(said.every((x) => x.article === article)).toBe(true);
  });

  it('gives nothing of another entity, and every entity it is filed under', () => {
    const s = story();
    expect(statementsOf(s, ['hakan-fidan'], article).map((x) => x.text)).toEqual(['Talks go on', 'Foreign Minister']);
    expect(statementsOf(s, ['hakan-fidan', 'rustem-umerov'], article).map((x) => x.text)).toEqual([
      'We are ready',
      'Talks go on',
      'Defence Minister',
      'Umerov led the team.',
      'Foreign Minister',
    ]);
    expect(statementsOf(s, ['nobody'], article)).toEqual([]);
  });

  it('leaves the role to a fact that cites the same sentence, and skips what cites a sentence not kept', () => {
    const s = story();
    const umerov = s.entities[0] as Story['entities'][number];
    const roleSentence = umerov.role?.sources?.[0] as string;
    umerov.facts = [
      { text: 'He became minister.', sources: [roleSentence] },
      { text: 'Lost.', sources: ['s999'] },
    ];
    s.quotes = s.quotes.map((q) => (q.speaker === 'rustem-umerov' ? { ...q, sources: ['s999'] } : q));
    expect(statementsOf(s, ['rustem-umerov'], article).map((x) => [x.kind, x.text])).toEqual([
      ['fact', 'He became minister.'],
    ]);
  });

  it('skips a quote with no speaker', () => {
    const s = story();
    s.quotes = s.quotes.map(({ speaker: _, ...quote }) => quote);
    expect(statementsOf(s, ['rustem-umerov'], article).map((x) => x.kind)).toEqual(['role', 'fact', 'fact']);
  });

  it('leaves out background facts and roles, and an entity with no role, without failing', () => {
    const s = story();
    const umerov = s.entities[0] as Story['entities'][number];
    const background = { reference: 'kyiv-independent', asOf: '2025-05-01' };
    const { role: _role, ...withoutRole } = umerov;
    s.entities[0] = { ...withoutRole, facts: [{ text: 'Known before.', background }, ...umerov.facts] };
    expect(statementsOf(s, ['rustem-umerov'], article).map((x) => x.kind)).toEqual(['quote', 'fact']);
    s.entities[0] = { ...umerov, role: { text: 'Defence Minister', background }, facts: [] };
    expect(statementsOf(s, ['rustem-umerov'], article).map((x) => x.kind)).toEqual(['quote']);
  });
});

describe('the order of earlier articles', () => {
  it('puts rows read at the same time in address order, whatever order they came in', () => {
    const urls = ['https://a.example', 'https://b.example', 'https://c.example'];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const rows = order.map((i) => mention(urls[i] as string, 5));
      expect(newestFirst(rows).map((row) => row.url)).toEqual(urls);
    }
  });

  it('lists an article that two rows name (two identities of one entity) as its newest reading', () => {
    const rows = [mention('https://a.example', 1, { name: 'Rustem Umerov' }), mention('https://a.example', 4)];
    expect(earlierReading(rows, [], 0)?.articles).toEqual([refOf(rows[1] as MentionRecord)]);
  });
});
