import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../data/schema';
import { buildCatalog } from '../../../lib/story/story-model';
import {
  capTitle,
  deriveTabState,
  mentionsInPageOrder,
  pageEntities,
  storiesOfPage,
  TITLE_LIMIT,
} from '../../../lib/views/tab-state';
import { articleTestStory } from '../../helpers/article-test-story';
import { mention, otherStory, report, seedCatalog, seedStory, twoStoryCatalog } from '../../helpers/panel-test-stories';

describe('deriveTabState', () => {
  it('counts the mentions of each entity on the page', () => {
    const state = deriveTabState(
      7,
      report([
        mention(0, 'vladimir-medinsky', 'Medinsky'),
        mention(1, 'volodymyr-zelensky', 'Zelensky'),
        mention(2, 'vladimir-medinsky', 'Medinsky'),
      ]),
      seedCatalog,
      1000,
    );
    expect(state.entityCounts).toEqual({ 'vladimir-medinsky': 2, 'volodymyr-zelensky': 1 });
    expect(state.storyCounts).toEqual({ 'istanbul-talks-2025': 3 });
    expect(state.tabId).toBe(7);
    expect(state.updatedAt).toBe(1000);
  });

  it('says the page is about the story with most mentions', () => {
    const state = deriveTabState(
      1,
      report([
        mention(0, 'donald-trump', 'Trump'),
        mention(1, 'jamieson-greer', 'Jamieson Greer'),
        mention(2, 'jamieson-greer', 'Greer'),
      ]),
      twoStoryCatalog,
      0,
    );
    // Trump is in both stories, so he counts for both; Greer tips it to the tariff story.
    expect(state.storyCounts).toEqual({ 'istanbul-talks-2025': 1, 'tariff-summit': 3 });
    expect(state.primaryStoryId).toBe('tariff-summit');
  });

  it('reads each mention’s stories once: the page’s story comes from the same counts', () => {
    const mentions = [
      mention(0, 'donald-trump', 'Trump'),
      mention(1, 'jamieson-greer', 'Jamieson Greer'),
      mention(2, 'jamieson-greer', 'Greer'),
    ];
    const lookups = vi.spyOn(twoStoryCatalog.entities as Map<string, unknown>, 'get');
    const state = deriveTabState(1, report(mentions), twoStoryCatalog, 0);
    expect(lookups).toHaveBeenCalledTimes(mentions.length);
    const [top] = Object.entries(state.storyCounts).sort((a, b) => b[1] - a[1]);
    expect(state.primaryStoryId).toBe(top?.[0]);
  });

  it('breaks a tie in favour of the story listed first, so the popup does not flicker', () => {
    const state = deriveTabState(
      1,
      report([
        mention(0, 'donald-trump', 'Trump'),
        mention(1, 'vladimir-medinsky', 'Medinsky'),
        mention(2, 'jamieson-greer', 'Greer'),
      ]),
      twoStoryCatalog,
      0,
    );
    expect(state.storyCounts).toEqual({ 'istanbul-talks-2025': 2, 'tariff-summit': 2 });
    expect(state.primaryStoryId).toBe('istanbul-talks-2025');
  });

  it('announces no story for a page that names one of its people and a few of its countries', () => {
    const state = deriveTabState(
      1,
      report([
        mention(0, 'vladimir-putin', 'Putin'),
        mention(1, 'united-states', 'US'),
        mention(2, 'united-states', 'US'),
        mention(3, 'united-states', 'US'),
        mention(4, 'russia', 'Russia'),
      ]),
      seedCatalog,
      0,
    );
    expect(state.storyCounts).toEqual({ 'istanbul-talks-2025': 5 });
    expect(state.primaryStoryId).toBeNull();
  });

  it('announces the story once the page names two of its distinctive people', () => {
    const state = deriveTabState(
      1,
      report([mention(0, 'vladimir-putin', 'Putin'), mention(1, 'rustem-umerov', 'Umerov')]),
      seedCatalog,
      0,
    );
    expect(state.primaryStoryId).toBe('istanbul-talks-2025');
  });

  it('counts a story whose id is also an object property name ("constructor")', () => {
    const catalog = buildCatalog([{ ...otherStory, id: 'constructor' }]);
    const state = deriveTabState(
      1,
      report([mention(0, 'jamieson-greer', 'Jamieson Greer'), mention(1, 'donald-trump', 'Trump')]),
      catalog,
      0,
    );
    expect(state.storyCounts).toEqual({ constructor: 2 });
    expect(state.primaryStoryId).toBe('constructor');
  });

  it('counts an entity whose id is also an object property name ("constructor")', () => {
    const story = JSON.parse(JSON.stringify(otherStory).replaceAll('"jamieson-greer"', '"constructor"'));
    const catalog = buildCatalog([story]);
    const state = deriveTabState(
      1,
      report([mention(0, 'constructor', 'Jamieson Greer'), mention(1, 'constructor', 'Greer')]),
      catalog,
      0,
    );
    expect(state.entityCounts).toEqual({ constructor: 2 });
  });

  it('has no story for a page without mentions', () => {
    const state = deriveTabState(1, report([]), seedCatalog, 0);
    expect(state.primaryStoryId).toBeNull();
    expect(state.entityCounts).toEqual({});
  });

  it('drops mentions of entities the catalog no longer knows (a stale content script)', () => {
    const state = deriveTabState(
      1,
      report([mention(0, 'someone-removed', 'Someone'), mention(1, 'nato', 'NATO')]),
      seedCatalog,
      0,
    );
    expect(state.mentions.map((m) => m.entityId)).toEqual(['nato']);
    expect(state.entityCounts).toEqual({ nato: 1 });
  });

  it('keeps the page’s address, title and on/off status', () => {
    const state = deriveTabState(3, report([], { status: 'off-site', title: 'T' }), seedCatalog, 0);
    expect(state).toMatchObject({
      status: 'off-site',
      title: 'T',
      url: 'https://news.example.com/world/istanbul-talks',
    });
  });
});

describe('pageEntities', () => {
  it('lists each entity once, most mentioned first, with its first mention to jump to', () => {
    const state = deriveTabState(
      1,
      report([
        mention(0, 'volodymyr-zelensky', 'Zelensky'),
        mention(1, 'vladimir-medinsky', 'Medinsky'),
        mention(2, 'vladimir-medinsky', 'Medinsky'),
        mention(3, 'nato', 'NATO'),
      ]),
      seedCatalog,
      0,
    );
    const entities = pageEntities(state, seedCatalog, 'istanbul-talks-2025', 'en');
    expect(entities.map((e) => [e.entityId, e.count, e.firstMentionIndex])).toEqual([
      ['vladimir-medinsky', 2, 1],
      ['volodymyr-zelensky', 1, 0],
      ['nato', 1, 3],
    ]);
    expect(entities[0]).toMatchObject({ name: 'Vladimir Medinsky', side: 'russia' });
    expect(entities[0]?.role).toMatch(/delegation/i);
  });

  it('jumps to the first mention in page order even when the mentions arrive out of order', () => {
    const state = deriveTabState(
      1,
      report([
        mention(4, 'vladimir-medinsky', 'Medinsky'),
        mention(2, 'nato', 'NATO'),
        mention(1, 'vladimir-medinsky', 'Medinsky'),
      ]),
      seedCatalog,
      0,
    );
    expect(
      pageEntities(state, seedCatalog, undefined, 'en').map((e) => [e.entityId, e.count, e.firstMentionIndex]),
    ).toEqual([
      ['vladimir-medinsky', 2, 1],
      ['nato', 1, 2],
    ]);
  });
});

describe('a tab state from a capped report', () => {
  const page = Array.from({ length: 500 }, (_, i) =>
    i === 450 ? mention(i, 'nato', 'NATO') : mention(i, 'vladimir-medinsky', 'Medinsky'),
  );
  const state = deriveTabState(3, report(page, {}, 100), seedCatalog, 0);

  it('counts every mention on the page, not only the ones listed', () => {
    expect(state.mentions).toHaveLength(100);
    expect(state.totalMentions).toBe(500);
    expect(state.entityCounts).toEqual({ 'vladimir-medinsky': 499, nato: 1 });
    expect(state.storyCounts).toEqual({ 'istanbul-talks-2025': 500 });
  });

  it('lists an entity first mentioned past the list, with a jump to that mention', () => {
    expect(
      pageEntities(state, seedCatalog, undefined, 'en').map((e) => [e.entityId, e.count, e.firstMentionIndex]),
    ).toEqual([
      ['vladimir-medinsky', 499, 0],
      ['nato', 1, 450],
    ]);
  });

  it('drops counts of entities it does not know and cuts an overlong title', () => {
    const odd = deriveTabState(
      3,
      report([mention(0, 'nato', 'NATO')], {
        title: 'T'.repeat(100_000),
        entityCounts: { nato: 1, 'gone-entity': 7 },
        firstMentions: { nato: 0, 'gone-entity': 1 },
      }),
      seedCatalog,
      0,
    );
    expect(odd.entityCounts).toEqual({ nato: 1 });
    expect(odd.totalMentions).toBe(1);
    expect(odd.title.length).toBeLessThan(1000);
  });
});

describe('deriveTabState at the edges', () => {
  it('keeps a title of exactly the limit as it is', () => {
    const title = 'T'.repeat(TITLE_LIMIT);
    expect(capTitle(title)).toBe(title);
    expect(capTitle(`${title}x`)).toBe(`${'T'.repeat(TITLE_LIMIT - 1)}…`);
  });

  it('counts no entity reported with no mentions, and invents no first mention for one', () => {
    const state = deriveTabState(
      3,
      report([mention(0, 'nato', 'NATO')], {
        entityCounts: { nato: 1, 'vladimir-putin': 0, 'vladimir-medinsky': 2 },
        firstMentions: { nato: 0, 'vladimir-putin': 4 },
      }),
      seedCatalog,
      0,
    );
    expect({ ...state.entityCounts }).toEqual({ nato: 1, 'vladimir-medinsky': 2 });
    expect(Object.keys(state.firstMentions)).toEqual(['nato']);
    expect(state.totalMentions).toBe(3);
    // An entity with no first mention has nowhere to jump to: it is not listed.
    expect(pageEntities(state, seedCatalog, undefined, 'en').map((e) => e.entityId)).toEqual(['nato']);
  });

  it('dates a role told by another story than the page’s, and only such a role', () => {
    const state = {
      entityCounts: { 'donald-trump': 2, 'jamieson-greer': 1, 'vladimir-medinsky': 1 },
      firstMentions: { 'donald-trump': 0, 'jamieson-greer': 1, 'vladimir-medinsky': 2 },
    };
    const entities = pageEntities(state, twoStoryCatalog, 'istanbul-talks-2025', 'en-GB');
    const asOf = Object.fromEntries(entities.map((e) => [e.entityId, e.roleAsOf]));
    // Greer is only in the Geneva story: his role holds as of its date, which the page may not share.
    expect(asOf['jamieson-greer']).toEqual({ date: '2025-05-11', label: '11 May 2025' });
    expect(asOf['donald-trump']).toBeUndefined();
    expect(asOf['vladimir-medinsky']).toBeUndefined();
  });

  it('dates a role by its background reference when it has one, rather than by its story', () => {
    const background: Story = {
      ...otherStory,
      references: [{ id: 'r1', title: 'Who is who', publisher: 'Test Wire', accessed: '2025-05-10' }],
      entities: otherStory.entities.map((e) =>
        e.id === 'jamieson-greer' && e.role
          ? { ...e, role: { text: e.role.text, background: { reference: 'r1', asOf: '2025-04-09' } } }
          : e,
      ),
    };
    const catalog = buildCatalog([seedStory, background]);
    const state = { entityCounts: { 'jamieson-greer': 1 }, firstMentions: { 'jamieson-greer': 0 } };
    expect(pageEntities(state, catalog, 'istanbul-talks-2025', 'en-GB')[0]?.roleAsOf).toEqual({
      date: '2025-04-09',
      label: '9 April 2025',
    });
  });

  it('lists entities mentioned as often in the order the page first mentions them', () => {
    const state = { entityCounts: { nato: 1, 'vladimir-putin': 1 }, firstMentions: { nato: 9, 'vladimir-putin': 2 } };
    expect(pageEntities(state, seedCatalog, undefined, 'en').map((e) => e.entityId)).toEqual([
      'vladimir-putin',
      'nato',
    ]);
  });

  it('makes a page read as an article about that article, naming the curated story it is also about', () => {
    const mentions = [mention(0, 'hakan-fidan', 'Fidan'), mention(1, 'vladimir-medinsky', 'Medinsky')];
    const state = deriveTabState(1, report(mentions), seedCatalog, 0, articleTestStory);
    expect(state).toMatchObject({
      primaryStoryId: articleTestStory.id,
      relatedStoryId: 'istanbul-talks-2025',
      article: articleTestStory,
    });
    const alone = deriveTabState(1, report([mention(0, 'hakan-fidan', 'Fidan')]), seedCatalog, 0, articleTestStory);
    expect(alone.primaryStoryId).toBe(articleTestStory.id);
    expect(alone).not.toHaveProperty('relatedStoryId');
    const curated = deriveTabState(1, report(mentions), seedCatalog, 0);
    expect(curated.primaryStoryId).toBe('istanbul-talks-2025');
    expect(curated).not.toHaveProperty('relatedStoryId');
    expect(curated).not.toHaveProperty('article');
  });
});

describe('mentionsInPageOrder', () => {
  it('puts mentions in page order even when they arrive out of order', () => {
    const ordered = mentionsInPageOrder({
      mentions: [mention(2, 'nato', 'NATO'), mention(0, 'nato', 'NATO'), mention(1, 'nato', 'NATO')],
    });
    expect(ordered.map((m) => m.index)).toEqual([0, 1, 2]);
  });
});

describe('storiesOfPage', () => {
  it('is every story a mention on the page belongs to', () => {
    const state = deriveTabState(
      1,
      report([mention(0, 'donald-trump', 'Trump'), mention(1, 'jamieson-greer', 'Greer')]),
      twoStoryCatalog,
      0,
    );
    expect(storiesOfPage(state).sort()).toEqual(['istanbul-talks-2025', 'tariff-summit']);
  });

  it('holds the page’s own article and the story it is related to', () => {
    const state = deriveTabState(
      1,
      report([mention(0, 'vladimir-medinsky', 'Medinsky')]),
      seedCatalog,
      0,
      articleTestStory,
    );
    expect(storiesOfPage(state)).toContain(articleTestStory.id);
    expect(storiesOfPage({ storyCounts: {}, primaryStoryId: 'a', relatedStoryId: 'b' })).toEqual(['a', 'b']);
  });

  it('is none without a state: a panel with nothing to tell reads no pack', () => {
    expect(storiesOfPage(null)).toEqual([]);
  });
});

describe('what a tab state and its entity list leave out', () => {
  it('holds no frame list for a page whose frames name no one', () => {
    const state = deriveTabState(1, report([mention(0, 'nato', 'NATO')]), seedCatalog, 0);
    expect(state).not.toHaveProperty('frames');
  });

  it('names no story for a page about none, even beside the stories it mentions', () => {
    expect(storiesOfPage({ storyCounts: { 'istanbul-talks-2025': 2 }, primaryStoryId: null })).toEqual([
      'istanbul-talks-2025',
    ]);
  });

  it('dates no role for an entity another story tells without one', () => {
    const roleless: Story = {
      ...otherStory,
      entities: otherStory.entities.map(({ role: _role, ...entity }) => entity),
    };
    const catalog = buildCatalog([seedStory, roleless]);
    const state = { entityCounts: { 'jamieson-greer': 1 }, firstMentions: { 'jamieson-greer': 0 } };
    const [greer] = pageEntities(state, catalog, 'istanbul-talks-2025', 'en-GB');
    expect(greer?.name).toBe('Jamieson Greer');
    expect(greer).not.toHaveProperty('role');
    expect(greer).not.toHaveProperty('roleAsOf');
  });

  it('gives a jump into a frame only for an entity first mentioned in one', () => {
    const state = {
      entityCounts: { nato: 1 },
      firstMentions: { nato: 4 },
      mentions: [],
      totalMentions: 1,
      frames: [
        {
          frameId: 9,
          mentions: [],
          entityCounts: { 'vladimir-putin': 1 },
          firstMentions: { 'vladimir-putin': 0 },
          totalMentions: 1,
        },
      ],
    };
    const entities = pageEntities(state, seedCatalog, undefined, 'en');
    const byId = Object.fromEntries(entities.map((e) => [e.entityId, e]));
    expect(byId['vladimir-putin']?.firstMentionFrame).toBe(9);
    expect(byId.nato).not.toHaveProperty('firstMentionFrame');
  });
});
