import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import type { ArchivedArticleRef, EarlierReading } from '../../../lib/storage/reading-archive/archive-contract';
import { buildCatalog } from '../../../lib/story/story-model';
import { earlierReadingView, entityNames } from '../../../lib/views/earlier-reading';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';

const may: ArchivedArticleRef = {
  url: 'https://a.example/may',
  headline: 'May talks',
  outlet: 'A News',
  date: '2025-05-16',
  readAt: 1,
};
const july: ArchivedArticleRef = {
  url: 'https://b.example/july',
  headline: 'July talks',
  outlet: 'B Post',
  date: '2025-07',
  readAt: 2,
};

describe('entityNames', () => {
  it('asks the archive by every story’s spellings of the entity and its given names, never by a gated alias', () => {
    const catalog = buildCatalog([cardTestStory, articleTestStory]);
    const names = entityNames(catalog, 'vladimir-medinsky');
    expect(names?.name).toBe('Vladimir Medinsky');
    expect(names?.type).toBe('person');
    expect(names?.aliases).toEqual(expect.arrayContaining(['Vladimir Medinsky', 'Medinsky']));
    expect(names?.givenNames).toContain('Vladimir');
    const gated = cardTestStory.entities.flatMap((e) => e.aliases.filter((a) => a.requiresContext).map((a) => a.text));
    for (const text of gated) expect(entityNames(catalog, 'vladimir-medinsky')?.aliases).not.toContain(text);
    expect(entityNames(catalog, 'nobody')).toBeUndefined();
  });
});

describe('entityNames, spelling by spelling', () => {
  it('leaves out an alias that counts only beside another name', () => {
    const bruce: Story = {
      ...cardTestStory,
      entities: cardTestStory.entities.map((e) =>
        e.id === 'vladimir-putin'
          ? { ...e, aliases: [{ text: 'Putin' }, { text: 'Vladimir', requiresContext: true }] }
          : e,
      ),
    };
    expect(entityNames(buildCatalog([bruce]), 'vladimir-putin')?.aliases).toEqual(['Putin']);
  });

  it('names no given names for an entity whose stories give none', () => {
    expect(entityNames(buildCatalog([cardTestStory]), 'istanbul')).toStrictEqual({
      type: 'place',
      name: 'Istanbul',
      aliases: ['Istanbul'],
    });
  });
});

describe('earlierReadingView', () => {
  const reading: EarlierReading = {
    name: 'Rustem Umerov',
    type: 'person',
    roles: [
      { text: 'Secretary of the National Security Council', sentence: 's-july', article: july },
      { text: 'Defence Minister', sentence: 's-may-2', article: may },
      { text: 'defence minister', sentence: 's-may-1', article: may },
    ],
    statements: [
      { kind: 'role', text: 'Secretary of the National Security Council', sentence: 's-july', article: july },
      { kind: 'quote', text: 'We are ready', sentence: '“We are ready,” Umerov said.', article: july },
      { kind: 'fact', text: 'Umerov led the delegation.', sentence: 'Umerov led the delegation.', article: may },
      { kind: 'fact', text: 'Umerov met Fidan.', sentence: 'Umerov met Fidan.', article: may },
      { kind: 'fact', text: 'Umerov flew home.', sentence: 'Umerov flew home.', article: may },
    ],
    articles: [july, may],
  };

  it('gives one line per change of title, newest first, each dated with its outlet', () => {
    const view = earlierReadingView(reading, 'en-GB');
    expect(view?.roles.map((r) => r.text)).toEqual(['Secretary of the National Security Council', 'Defence Minister']);
    expect(view?.roles[0]?.article).toEqual({ url: july.url, headline: 'July talks', label: 'B Post · July 2025' });
    expect(view?.roles[1]?.article.label).toBe('A News · 16 May 2025');
  });

  it('keeps the latest few statements and quotes (roles are listed apart) and counts the articles', () => {
    const view = earlierReadingView(reading, 'en-GB', 2);
    expect(view?.statements.map((s) => [s.kind, s.text])).toEqual([
      ['quote', 'We are ready'],
      ['fact', 'Umerov led the delegation.'],
    ]);
    expect(view?.count).toBe(2);
    expect(earlierReadingView({ ...reading, articles: [may] }, 'en-GB')?.count).toBe(1);
  });

  it('compares each title with the line before it, not with an older one', () => {
    const titles = ['Minister', 'Secretary', 'Envoy', 'envoy'].map((text, i) => ({
      text,
      sentence: `s-${i}`,
      article: may,
    }));
    const view = earlierReadingView({ ...reading, roles: titles }, 'en-GB');
    expect(view?.roles.map((r) => r.text)).toEqual(['Minister', 'Secretary', 'Envoy']);
  });

  it('has nothing to show when no earlier article named the entity', () => {
    expect(earlierReadingView(null, 'en-GB')).toBeUndefined();
    expect(earlierReadingView({ ...reading, roles: [], statements: [], articles: [] }, 'en-GB')).toBeUndefined();
  });
});
