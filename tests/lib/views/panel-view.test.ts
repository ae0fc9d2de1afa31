import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { StorySchema } from '../../../data/schema';
import seedStory from '../../../data/stories/istanbul-talks-2025.json';
import { withArticle } from '../../../lib/story/story-model';
import { panelView, storySummary, summaryIn } from '../../../lib/views/panel-view';
import { deriveTabState, type MentionSummary } from '../../../lib/views/tab-state';
import { articleTestStory } from '../../helpers/article-test-story';
import { mention, report, seedCatalog } from '../../helpers/panel-test-stories';

const url = 'https://news.example.com/world/istanbul-talks';

describe('panelView', () => {
  it('explains a browser page before asking anything else', () => {
    const view = panelView(
      { url: 'chrome://settings', state: null, contentScriptAnswers: false },
      seedCatalog,
      'en-GB',
    );
    expect(view).toMatchObject({ kind: 'restricted', restriction: { kind: 'browser-page' } });
  });

  it('offers a reload when no content script answers on a web page', () => {
    expect(panelView({ url, state: null, contentScriptAnswers: false }, seedCatalog, 'en-GB')).toEqual({
      kind: 'not-injected',
    });
  });

  it('says the page is being read, not that Backstory never ran there, while the tab loads a page', () => {
    expect(panelView({ url, state: null, contentScriptAnswers: false, loading: true }, seedCatalog, 'en-GB')).toEqual({
      kind: 'reading',
    });
  });

  it('says the page is being read when the content script answers but has not reported', () => {
    expect(panelView({ url, state: null, contentScriptAnswers: true }, seedCatalog, 'en-GB')).toEqual({
      kind: 'reading',
    });
  });

  it('says Backstory is off for the site or everywhere', () => {
    const site = deriveTabState(1, report([], { status: 'off-site' }), seedCatalog, 0);
    const global = deriveTabState(1, report([], { status: 'off-global' }), seedCatalog, 0);
    expect(panelView({ url, state: site, contentScriptAnswers: true }, seedCatalog, 'en-GB')).toEqual({
      kind: 'off',
      reason: 'site',
    });
    expect(panelView({ url, state: global, contentScriptAnswers: true }, seedCatalog, 'en-GB')).toEqual({
      kind: 'off',
      reason: 'global',
    });
  });

  it('says there are no mentions on a page without any', () => {
    const state = deriveTabState(1, report([]), seedCatalog, 0);
    expect(panelView({ url, state, contentScriptAnswers: true }, seedCatalog, 'en-GB')).toEqual({
      kind: 'no-mentions',
    });
  });

  it('keeps saying the page is being read when a report came before the first scan ended', () => {
    const reading = deriveTabState(1, report([], { reading: true }), seedCatalog, 0);
    expect(panelView({ url, state: reading, contentScriptAnswers: true }, seedCatalog, 'en-GB')).toEqual({
      kind: 'reading',
    });
    // What was found so far is shown at once.
    const partial = deriveTabState(
      1,
      report([mention(0, 'hakan-fidan', 'Fidan'), mention(1, 'rustem-umerov', 'Umerov')], { reading: true }),
      seedCatalog,
      0,
    );
    expect(panelView({ url, state: partial, contentScriptAnswers: true }, seedCatalog, 'en-GB').kind).toBe('story');
  });

  it('shows the story with its summary and the entities grouped by side in the schema’s order', () => {
    const state = deriveTabState(
      1,
      report([
        mention(0, 'vladimir-medinsky', 'Medinsky'),
        mention(1, 'volodymyr-zelensky', 'Zelensky'),
        mention(2, 'hakan-fidan', 'Fidan'),
        mention(3, 'vladimir-medinsky', 'Medinsky'),
      ]),
      seedCatalog,
      0,
    );
    const view = panelView({ url, state, contentScriptAnswers: true }, seedCatalog, 'en-GB');
    if (view.kind !== 'story') throw new Error(`expected a story, got ${view.kind}`);
    expect(view.story.storyId).toBe('istanbul-talks-2025');
    expect(view.story.headline).toMatch(/Istanbul/);
    expect(view.story.dateLabel).toBe('16 May 2025');
    expect(view.story.summary.length).toBeGreaterThan(0);
    expect(view.totalMentions).toBe(4);
    expect(view.groups.map((g) => g.side)).toEqual(['ukraine', 'russia', 'turkey']);
    expect(view.groups[1]?.entities[0]).toMatchObject({
      entityId: 'vladimir-medinsky',
      count: 2,
      firstMentionIndex: 0,
    });
  });
});

describe('panelView for a page Backstory read as an article', () => {
  const catalog = withArticle(seedCatalog, articleTestStory);
  const read = (mentions: MentionSummary[]) =>
    deriveTabState(1, report(mentions, { url: articleTestStory.article.url }), seedCatalog, 0, articleTestStory);

  it('shows the article’s story with everyone in one group, and the curated story the page is also about', () => {
    const state = read([mention(0, 'hakan-fidan', 'Fidan'), mention(1, 'vladimir-medinsky', 'Medinsky')]);
    const view = panelView({ url, state, contentScriptAnswers: true }, catalog, 'en-GB');
    if (view.kind !== 'story') throw new Error(`expected the story, got ${view.kind}`);
    expect(view.story).toMatchObject({ storyId: articleTestStory.id, origin: 'article' });
    expect(view.related).toMatchObject({ storyId: 'istanbul-talks-2025', origin: 'curated', dateLabel: '16 May 2025' });
    expect(view.groups.map((g) => [g.side, g.label, g.entities.map((e) => e.entityId)])).toEqual([
      ['other', 'Named in this article', ['hakan-fidan', 'vladimir-medinsky']],
    ]);
  });

  it('lists a curated story’s name found outside the article’s text apart from the names the article gives', () => {
    const state = read([
      mention(0, 'rustem-umerov', 'Umerov'),
      mention(1, 'hakan-fidan', 'Fidan'),
      mention(2, 'vladimir-medinsky', 'Medinsky'),
    ]);
    const view = panelView({ url, state, contentScriptAnswers: true }, catalog, 'en-GB');
    if (view.kind !== 'story') throw new Error(`expected the story, got ${view.kind}`);
    expect(view.groups.map((g) => [g.label, g.entities.map((e) => e.entityId)])).toEqual([
      ['Named in this article', ['hakan-fidan', 'vladimir-medinsky']],
      ['Also on this page', ['rustem-umerov']],
    ]);
  });

  it('says there are no mentions when the article’s page names nobody', () => {
    const state = read([]);
    expect(state.primaryStoryId).toBe(articleTestStory.id);
    expect(panelView({ url, state, contentScriptAnswers: true }, catalog, 'en-GB')).toEqual({ kind: 'no-mentions' });
  });
});

describe('storySummary', () => {
  it('leaves out a summary sentence the article does not hold', () => {
    const story = v.parse(StorySchema, seedStory);
    const first = story.article.summary[0] ?? '';
    const summary = storySummary(
      { ...story, article: { ...story.article, summary: ['no-such-sentence', first] } },
      'en',
    );
    expect(summary.summary).toEqual([story.article.sentences.find((s) => s.id === first)?.text]);
  });
});

describe('summaryIn: a story’s translated summary fields', () => {
  const story = v.parse(StorySchema, seedStory);

  it('shows the Ukrainian headline and summary to a Ukrainian interface, marked as Ukrainian', () => {
    const shown = summaryIn(storySummary(story, 'uk'), 'uk');
    expect(shown.headline).toEqual({ text: story.translations?.uk?.headline, lang: 'uk' });
    expect(shown.summary.lang).toBe('uk');
    expect(shown.summary.sentences[0]).toMatch(/^Україна й Росія відновили/);
  });

  it('keeps the story’s own English for a language it has no translation in', () => {
    const summary = storySummary(story, 'de');
    const shown = summaryIn(summary, 'de');
    expect(shown.headline).toEqual({ text: story.article.headline, lang: 'en' });
    expect(shown.summary).toEqual({ sentences: summary.summary, lang: 'en' });
  });

  it('keeps the story’s own English for a story with no translations at all', () => {
    const { translations: _, ...untranslated } = story;
    const shown = summaryIn(storySummary(untranslated, 'uk'), 'uk');
    expect(shown.headline).toEqual({ text: story.article.headline, lang: 'en' });
  });

  it('translates only the fields a translation gives', () => {
    const partial = { ...story, translations: { uk: { title: 'Переговори' } } };
    const shown = summaryIn(storySummary(partial, 'uk'), 'uk');
    expect(shown.headline.lang).toBe('en');
    expect(shown.summary.lang).toBe('en');
  });
});

describe('StorySchema: translations', () => {
  const base = v.parse(StorySchema, seedStory);

  it('is optional, so stored packs without it still read', () => {
    const { translations: _, ...without } = base;
    expect(v.safeParse(StorySchema, without).success).toBe(true);
  });

  it('refuses a language it does not know and a field it does not know', () => {
    expect(v.safeParse(StorySchema, { ...base, translations: { xx: { title: 'T' } } }).success).toBe(false);
    expect(v.safeParse(StorySchema, { ...base, translations: { uk: { byline: 'Хтось' } } }).success).toBe(false);
    expect(v.safeParse(StorySchema, { ...base, translations: { uk: { summary: [] } } }).success).toBe(false);
  });
});
