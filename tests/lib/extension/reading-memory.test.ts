import { describe, expect, it, vi } from 'vitest';
import { createReadingMemory, type ReadingMemoryOptions } from '../../../lib/extension/reading-memory';
import type { ReadingArchive, SaveOutcome } from '../../../lib/storage/reading-archive/archive-contract';
import { ArchiveFromNewerVersionError } from '../../../lib/storage/reading-archive/open-archive';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings';
import { buildCatalog } from '../../../lib/story/story-model';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';

function fakeArchive(change: Partial<ReadingArchive> = {}): ReadingArchive {
  return {
    save: vi.fn(async (): Promise<SaveOutcome> => ({ saved: true, forgotten: 0 })),
    earlier: vi.fn(async () => null),
    storySoFar: vi.fn(async () => []),
    people: vi.fn(async () => []),
    forgetSite: vi.fn(async () => 2),
    forgetAll: vi.fn(async () => {}),
    exportPacks: vi.fn(async () => []),
    importPacks: vi.fn(async () => ({ imported: 0, refused: [] })),
    usage: vi.fn(async () => ({ articles: 3, bytes: 900 })),
    close: vi.fn(),
    ...change,
  };
}

function setup(
  options: { settings?: Partial<Settings>; archive?: ReadingArchive; open?: ReadingMemoryOptions['open'] } = {},
) {
  const archive = options.archive ?? fakeArchive();
  const destroy = vi.fn(async () => {});
  const open = vi.fn(options.open ?? (async () => archive));
  const memory = createReadingMemory({
    open,
    destroy,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...options.settings }),
    catalog: async () => buildCatalog([cardTestStory]),
    locale: 'en-GB',
    now: () => 1234,
  });
  return { memory, archive, open, destroy };
}

const page = { url: 'https://www.news.example/istanbul#live', incognito: false };

describe('reading memory', () => {
  it('keeps an article read in a normal window, under its address without #fragment, with curated spellings', async () => {
    const { memory, archive } = setup();
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: true, forgotten: 0 });
    expect(archive.save).toHaveBeenCalledWith(expect.anything(), {
      url: 'https://www.news.example/istanbul',
      site: 'news.example',
      readAt: 1234,
    });
    const saved = vi.mocked(archive.save).mock.calls[0]?.[0];
    const medinsky = saved?.entities.find((e) => e.id === 'vladimir-medinsky');
    expect(medinsky?.aliases.length).toBeGreaterThan(1);
  });

  it('never keeps an article from a private window, a site switched off, with Backstory off, or while paused', async () => {
    const cases: [Partial<Settings>, boolean, string][] = [
      [{}, true, 'private'],
      [{ disabledSites: ['news.example'] }, false, 'off'],
      [{ enabled: false }, false, 'off'],
      [{ rememberReading: false }, false, 'paused'],
    ];
    for (const [settings, incognito, reason] of cases) {
      const { memory, archive, open } = setup({ settings });
      expect(await memory.remember(articleTestStory, { ...page, incognito })).toEqual({ saved: false, reason });
      expect(archive.save).not.toHaveBeenCalled();
      expect(open).not.toHaveBeenCalled();
    }
  });

  it('answers "nothing earlier" when the archive cannot open, says why in the status, and tries again later', async () => {
    let fail = true;
    const archive = fakeArchive();
    const { memory, open } = setup({
      open: async () => {
        if (fail) throw new DOMException('broken', 'UnknownError');
        return archive;
      },
    });
    expect(await memory.earlier({ type: 'person', name: 'X', aliases: ['X'] }, page.url, 3)).toBeNull();
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: false, reason: 'unavailable' });
    expect((await memory.status()).problem).toMatch(/could not be opened \(UnknownError: broken\).*not affected/);
    fail = false;
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: true, forgotten: 0 });
    expect(open).toHaveBeenCalledTimes(4);
    expect((await memory.status()).problem).toBeUndefined();
  });

  it('says an archive from a newer Backstory is kept for when the reader updates, without offering to reset it', async () => {
    const { memory } = setup({
      open: async () => {
        throw new ArchiveFromNewerVersionError('written by a newer version');
      },
    });
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: false, reason: 'unavailable' });
    const { problem } = await memory.status();
    expect(problem).toMatch(/newer version of Backstory.*kept as it is/);
    expect(problem).not.toMatch(/Forget everything/);
  });

  it('says so when the browser has no room for the archive', async () => {
    const archive = fakeArchive({ save: vi.fn(async (): Promise<SaveOutcome> => ({ saved: false, reason: 'quota' })) });
    const { memory } = setup({ archive });
    await memory.remember(articleTestStory, page);
    expect((await memory.status()).problem).toMatch(/no room/);
  });

  it('forgets one site through the archive, and everything by deleting the database, damaged or not', async () => {
    const { memory, archive, destroy, open } = setup();
    expect(await memory.forget('news.example')).toBe(2);
    expect(archive.forgetSite).toHaveBeenCalledWith('news.example');
    await memory.forget();
    expect(archive.close).toHaveBeenCalled();
    expect(destroy).toHaveBeenCalled();
    await memory.status();
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('builds the story so far from the page’s people only, with what is new since the last read', async () => {
    const july = { url: 'https://b.example/july', headline: 'July', outlet: 'B', date: '2025-07-01', readAt: 5 };
    const archive = fakeArchive({
      storySoFar: vi.fn(async () => [{ article: july, shared: ['Hakan Fidan'] }]),
      earlier: vi.fn(async () => ({
        name: 'Hakan Fidan',
        type: 'person' as const,
        roles: [],
        statements: [],
        articles: [july],
      })),
    });
    const { memory } = setup({ archive });
    const view = await memory.storySoFar({
      url: page.url,
      article: articleTestStory,
      entities: [
        { entityId: 'istanbul', names: { type: 'place', name: 'Istanbul', aliases: ['Istanbul'] } },
        { entityId: 'hakan-fidan', names: { type: 'person', name: 'Hakan Fidan', aliases: ['Fidan'] } },
      ],
    });
    expect(vi.mocked(archive.storySoFar).mock.calls[0]?.[0].map((n) => n.name)).toEqual(['Hakan Fidan']);
    expect(vi.mocked(archive.storySoFar).mock.calls[0]?.[1].exceptUrl).toBe('https://www.news.example/istanbul');
    expect(view.timeline.map((t) => t.article.url)).toEqual([july.url]);
    expect(view.newSince.map((n) => n.entityId)).toEqual(['hakan-fidan']);
  });
});
