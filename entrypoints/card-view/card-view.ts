/**
 * Everything a card needs that a page does not need before the reader asks for one: the card's
 * Preact view and styles in their shadow root, its placement (@floating-ui), the whole bundled
 * stories and packs (a page carries only their outlines: a pack's whole story is read from storage
 * the first time a card needs it, docs/decisions/0028) and the writing of corrections. The content script
 * imports this module on first use (entrypoints/content/card-loader.ts; docs/decisions/0011).
 */
import { browser } from 'wxt/browser';
import type { EntityCardProps } from '../../components/card/EntityCard';
import type { Story } from '../../data/schema';
import { bundledStories } from '../../data/stories';
import type { PageScriptContext } from '../../lib/extension/page-script-context';
import { uiLocale } from '../../lib/extension/ui-locale';
import { followRange } from '../../lib/page/card-position';
import { correctedCatalog } from '../../lib/storage/apply-corrections';
import { addCorrection, type Correction, removeCorrection } from '../../lib/storage/corrections';
import { readPackStories } from '../../lib/storage/pack-reading';
import type { EarlierReading, EntityNames } from '../../lib/storage/reading-archive/archive-contract';
import { updateSettings } from '../../lib/storage/settings';
import type { StorageAreaLike } from '../../lib/storage/storage-area';
import type { Catalog, StoryOutline } from '../../lib/story/story-model';
import { type CardContent, cardContent } from '../../lib/views/card-content';
import { type EarlierReadingView, earlierReadingView, entityNames } from '../../lib/views/earlier-reading';
import { createCardMount } from './card-mount';

/** What the page's catalog is made of right now (the content script keeps it current). */
export interface CardStories {
  /** The active stories as the page has them: outlines. */
  stories: readonly StoryOutline[];
  /** The enabled packs' outlines (their whole stories are read from `packArea` when a card needs them). */
  packs: readonly StoryOutline[];
  corrections: readonly Correction[];
  /** The outline of the story read from the page's article, if any. */
  article?: StoryOutline;
}

export interface CardViewOptions {
  /** What the page's catalog is made of right now (read on every card). */
  sources: () => CardStories;
  /** Where the packs are stored: storage.local unless given. */
  packArea?: StorageAreaLike;
  /** The whole story read from the page's article (the background keeps it); null when gone. */
  articleStory: () => Promise<Story | null>;
  /** What the reader's earlier articles said about an entity (the background's reading archive). */
  earlierReading: (entity: EntityNames) => Promise<EarlierReading | null>;
}

/** An answer from the reading archive, asked for at the start of a dwell and kept a short while. */
interface EarlierAnswer {
  askedAt: number;
  promise: Promise<EarlierReadingView | undefined>;
  settled: boolean;
  view?: EarlierReadingView;
}

/** How long an answer about earlier reading is reused before it is asked again (the archive changes). */
const EARLIER_FRESH_MS = 5000;

export interface CardView {
  /** Settles once the view has everything the page's catalog needs (the article's whole story). */
  prepare(): Promise<void>;
  /** The card's content for an entity, told from `storyId` where the entity is in it. */
  content(entityId: string, storyId: string | undefined): CardContent | undefined;
  /**
   * Asks the reading archive about an entity (again, if the last answer is stale); settles when it
   * has answered. Call it as the dwell begins: the answer is then there when the card opens.
   */
  askEarlier(entityId: string): Promise<void>;
  /** The archive's answer about an entity, if it has come; undefined also while it is on its way. */
  earlier(entityId: string): { settled: boolean; view?: EarlierReadingView };
  /** Writes that the reader has seen the line saying Backstory remembers what they read. */
  markReadingNoticeSeen: typeof markReadingNoticeSeen;
  /** Renders the card (the shadow root is made on the first call); returns the card element. */
  render(props: EntityCardProps): HTMLElement | null;
  /** Empties the card, keeping the shadow root for the next one. */
  clear(): void;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** Whether an event happened inside the card. */
  contains(event: Event): boolean;
  /** Takes the shadow root off the page. */
  remove(): void;
  /** Keeps the card placed at a mention until the returned function is called. */
  follow: typeof followRange;
  addCorrection: typeof addCorrection;
  removeCorrection: typeof removeCorrection;
}

const bundledById = new Map(bundledStories.map((story) => [story.id, story]));

export async function createCardView(ctx: PageScriptContext, options: CardViewOptions): Promise<CardView> {
  const mount = createCardMount(ctx);
  await mount.ready();
  let made: { from: CardStories; article: Story | undefined; catalog: Catalog } | undefined;
  /** The article's whole story, for the outline it was asked for. */
  let article: { outline: StoryOutline; story: Promise<Story | null> } | undefined;
  /** The enabled packs' whole stories, for the outlines they were asked for. */
  let packStories: { outlines: readonly StoryOutline[]; stories: Promise<Map<string, Story>> } | undefined;

  const wholePacks = (outlines: readonly StoryOutline[]): Promise<Map<string, Story>> => {
    if (packStories?.outlines !== outlines) {
      const ids = outlines.map((outline) => outline.id);
      packStories = {
        outlines,
        // A pack that cannot be read (damaged since the page read its part) has no card; the options name it.
        stories: readPackStories(options.packArea ?? browser.storage.local, ids).then(
          (read) => new Map(read.stories.map((story) => [story.id, story])),
          () => new Map(),
        ),
      };
    }
    return packStories.stories;
  };

  const wholeArticle = (outline: StoryOutline): Promise<Story | null> => {
    if (article?.outline !== outline) {
      article = { outline, story: options.articleStory().catch(() => null) };
    }
    return article.story;
  };

  /** The page's catalog with whole stories, made again only when what it is made of changes. */
  const catalog = async (): Promise<Catalog> => {
    const from = options.sources();
    const story = from.article ? ((await wholeArticle(from.article)) ?? undefined) : undefined;
    if (made && made.article === story && sameSources(made.from, from)) return made.catalog;
    const packs = await wholePacks(from.packs);
    const whole = from.stories.flatMap((outline) => {
      const found = bundledById.get(outline.id) ?? packs.get(outline.id);
      return found ? [found] : [];
    });
    made = { from, article: story, catalog: correctedCatalog(whole, from.corrections, story) };
    return made.catalog;
  };
  let current: Catalog | undefined;
  // Dates on the card are written in the browser's language.
  const locale = uiLocale();
  const answers = new Map<string, EarlierAnswer>();

  const askEarlier = (entityId: string): Promise<void> => {
    const known = answers.get(entityId);
    if (known && performance.now() - known.askedAt < EARLIER_FRESH_MS) return known.promise.then(() => {});
    const names = entityNames(current ?? buildOutlineCatalog(options.sources()), entityId);
    const answer: EarlierAnswer = {
      askedAt: performance.now(),
      settled: false,
      promise: Promise.resolve(undefined),
    };
    answer.promise = (names ? options.earlierReading(names) : Promise.resolve(null))
      .then(
        (reading) => earlierReadingView(reading, locale),
        () => undefined,
      )
      .then((view) => {
        answer.settled = true;
        if (view) answer.view = view;
        return view;
      });
    answers.set(entityId, answer);
    return answer.promise.then(() => {});
  };

  return {
    prepare: async () => {
      current = await catalog();
    },
    content: (entityId, storyId) => (current ? cardContent(current, entityId, storyId, locale) : undefined),
    askEarlier,
    earlier: (entityId) => {
      const answer = answers.get(entityId);
      return answer ? { settled: answer.settled, ...(answer.view ? { view: answer.view } : {}) } : { settled: false };
    },
    markReadingNoticeSeen,
    render: (props) => mount.render(props),
    clear: () => mount.clear(),
    hasFocus: () => mount.hasFocus(),
    contains: (event) => mount.contains(event),
    remove: () => mount.remove(),
    follow: followRange,
    addCorrection,
    removeCorrection,
  };
}

/** The page's catalog of outlines, for the names to ask the archive by before the whole one is made. */
function buildOutlineCatalog(from: CardStories): Catalog<StoryOutline> {
  return correctedCatalog(from.stories, from.corrections, from.article);
}

function markReadingNoticeSeen(area: Parameters<typeof updateSettings>[0]): Promise<unknown> {
  return updateSettings(area, () => ({ readingNoticeSeen: true }));
}

function sameSources(a: CardStories, b: CardStories): boolean {
  return a.stories === b.stories && a.packs === b.packs && a.corrections === b.corrections && a.article === b.article;
}
