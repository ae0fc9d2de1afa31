import { describe, expect, it, vi } from 'vitest';
import { createReadingMemory, type ReadingMemoryOptions } from '../../../lib/extension/reading-memory';
import type { ReadingArchive, SaveOutcome } from '../../../lib/storage/reading-archive/archive-contract';
import { ArchiveFromNewerVersionError } from '../../../lib/storage/reading-archive/open-archive';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings';
import { buildCatalog } from '../../../lib/story/story-model';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';
import { say, sayInUkrainian } from '../../helpers/messages';

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
    expect(say((await memory.status()).problem)).toMatch(/could not be opened \(UnknownError: broken\).*not affected/);
    fail = false;
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: true, forgotten: 0 });
    expect(open).toHaveBeenCalledTimes(4);
    expect(say((await memory.status()).problem)).toBeUndefined();
  });

  it('says an archive from a newer Backstory is kept for when the reader updates, without offering to reset it', async () => {
    const { memory } = setup({
      open: async () => {
        throw new ArchiveFromNewerVersionError('written by a newer version');
      },
    });
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: false, reason: 'unavailable' });
    const { problem } = await memory.status();
    expect(say(problem)).toMatch(/newer version of Backstory.*kept as it is/);
    expect(say(problem)).not.toMatch(/Forget everything/);
  });

  it('says so when the browser has no room for the archive', async () => {
    const archive = fakeArchive({ save: vi.fn(async (): Promise<SaveOutcome> => ({ saved: false, reason: 'quota' })) });
    const { memory } = setup({ archive });
    await memory.remember(articleTestStory, page);
    expect(say((await memory.status()).problem)).toMatch(/no room/);
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

  it('asks the archive about earlier articles other than this page’s, whatever its #fragment', async () => {
    const { memory, archive } = setup();
    const names = { type: 'person' as const, name: 'Hakan Fidan', aliases: ['Fidan'] };
    await memory.earlier(names, page.url, 3);
    expect(archive.earlier).toHaveBeenCalledWith(names, { exceptUrl: 'https://www.news.example/istanbul', limit: 3 });
  });

  it('tells the options page how much the archive holds, with no problem while all is well', async () => {
    const { memory } = setup();
    expect(await memory.status()).toStrictEqual({ articles: 3, bytes: 900 });
  });

  it('says the archive is empty and why when it cannot be read', async () => {
    const archive = fakeArchive({
      usage: vi.fn(async () => {
        throw new Error('transaction aborted');
      }),
    });
    const { memory } = setup({ archive });
    const status = await memory.status();
    expect({ ...status, problem: say(status.problem) }).toEqual({
      articles: 0,
      bytes: 0,
      problem: 'The reading archive could not be read (transaction aborted).',
    });
    expect(sayInUkrainian(status.problem)).toBe('Не вдалося прочитати архів читання (transaction aborted).');
  });

  it('names the last article that could not be remembered, and forgets the problem once one is', async () => {
    let fail = true;
    const archive = fakeArchive({
      save: vi.fn(async (): Promise<SaveOutcome> => {
        if (fail) throw 'disk gone';
        return { saved: true, forgotten: 1 };
      }),
    });
    const { memory } = setup({ archive });
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: false, reason: 'damaged' });
    expect(say((await memory.status()).problem)).toBe('The last article could not be remembered (disk gone).');
    fail = false;
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: true, forgotten: 1 });
    expect(say((await memory.status()).problem)).toBeUndefined();
  });

  it('keeps the problem of a full archive when an article is merely empty', async () => {
    let outcome: SaveOutcome = { saved: false, reason: 'quota' };
    const archive = fakeArchive({ save: vi.fn(async () => outcome) });
    const { memory } = setup({ archive });
    await memory.remember(articleTestStory, page);
    outcome = { saved: false, reason: 'empty' };
    expect(await memory.remember(articleTestStory, page)).toEqual({ saved: false, reason: 'empty' });
    expect(say((await memory.status()).problem)).toMatch(/no room/);
  });

  it('keeps nothing from a page whose host is a public suffix, with no site of its own', async () => {
    const { memory, archive } = setup();
    expect(await memory.remember(articleTestStory, { url: 'https://co.uk/a', incognito: false })).toEqual({
      saved: false,
      reason: 'off',
    });
    expect(archive.save).not.toHaveBeenCalled();
  });

  it('finds people read about, exports and imports through the archive, and answers nothing when it cannot open', async () => {
    const person = { name: 'Hakan Fidan', type: 'person' as const, articles: 2, lastReadAt: 5 };
    const archive = fakeArchive({
      people: vi.fn(async () => [person]) as never,
      exportPacks: vi.fn(async () => [articleTestStory]),
      importPacks: vi.fn(async () => ({ imported: 1, refused: [] })),
    });
    const { memory } = setup({ archive });
    expect(await memory.people('fid', 5)).toEqual([person]);
    expect(archive.people).toHaveBeenCalledWith('fid', 5);
    expect(await memory.exportAll()).toEqual([articleTestStory]);
    expect(await memory.importAll([articleTestStory])).toEqual({ imported: 1, refused: [] });
    expect(archive.importPacks).toHaveBeenCalledWith([articleTestStory]);

    const broken = setup({
      open: async () => {
        throw new Error('gone');
      },
    }).memory;
    expect(await broken.people('fid', 5)).toEqual([]);
    expect(await broken.exportAll()).toEqual([]);
    expect(await broken.forget('news.example')).toBe(0);
    await expect(broken.importAll([])).rejects.toThrow('gone');
    expect(say((await broken.status()).problem)).toMatch(/could not be opened \(gone\)/);
  });

  it('opens the archive once for many questions', async () => {
    const { memory, open } = setup();
    await memory.people('a', 1);
    await memory.exportAll();
    await memory.status();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('forgets everything even when the archive was never opened, and clears the problem', async () => {
    const { memory, destroy } = setup({
      open: async () => {
        throw new Error('gone');
      },
    });
    await memory.people('a', 1);
    expect(await memory.forget()).toBe(0);
    expect(destroy).toHaveBeenCalled();
    expect(say((await memory.status()).problem)).toMatch(/could not be opened/);
  });

  it('tells what is new for at most six people, and nothing new without the page’s own article', async () => {
    const july = { url: 'https://b.example/july', headline: 'July', outlet: 'B', date: '2025-07-01', readAt: 5 };
    const earlier = vi.fn(async () => ({
      name: 'Hakan Fidan',
      type: 'person' as const,
      roles: [],
      statements: [],
      articles: [july],
    }));
    const archive = fakeArchive({
      storySoFar: vi.fn(async () => [{ article: july, shared: ['Hakan Fidan'] }]),
      earlier,
    });
    const { memory } = setup({ archive });
    const fidans = Array.from({ length: 8 }, () => ({
      entityId: 'hakan-fidan',
      names: { type: 'person' as const, name: 'Hakan Fidan', aliases: ['Fidan'] },
    }));
    const view = await memory.storySoFar({ url: page.url, article: articleTestStory, entities: fidans });
    expect(view.newSince).toHaveLength(6);
    expect(earlier).toHaveBeenCalledTimes(6);
    expect(earlier).toHaveBeenCalledWith(fidans[0]?.names, {
      exceptUrl: 'https://www.news.example/istanbul',
      limit: 50,
    });
    const withoutArticle = await memory.storySoFar({ url: page.url, entities: fidans });
    expect(withoutArticle.newSince).toEqual([]);
    expect(withoutArticle.timeline).toHaveLength(1);
  });

  it('looks for nothing new when the reader has read no earlier article about the page’s people', async () => {
    const archive = fakeArchive();
    const { memory } = setup({ archive });
    const view = await memory.storySoFar({
      url: page.url,
      article: articleTestStory,
      entities: [{ entityId: 'hakan-fidan', names: { type: 'person', name: 'Hakan Fidan', aliases: ['Fidan'] } }],
    });
    expect(view).toEqual({ timeline: [], newSince: [] });
    expect(archive.earlier).not.toHaveBeenCalled();
  });
});

describe('reading memory when the archive has less to say', () => {
  const fidan = {
    entityId: 'hakan-fidan',
    names: { type: 'person' as const, name: 'Hakan Fidan', aliases: ['Fidan'] },
  };

  it('gives an empty story so far when the archive cannot answer', async () => {
    const archive = fakeArchive({
      storySoFar: vi.fn(async () => {
        throw new Error('transaction aborted');
      }),
    });
    const { memory } = setup({ archive });
    expect(await memory.storySoFar({ url: page.url, article: articleTestStory, entities: [fidan] })).toEqual({
      timeline: [],
      newSince: [],
    });
  });

  it('lists no one as new when the archive has no earlier statements for them', async () => {
    const july = { url: 'https://b.example/july', headline: 'July', outlet: 'B', date: '2025-07-01', readAt: 5 };
    const archive = fakeArchive({ storySoFar: vi.fn(async () => [{ article: july, shared: ['Hakan Fidan'] }]) });
    const { memory } = setup({ archive });
    const view = await memory.storySoFar({ url: page.url, article: articleTestStory, entities: [fidan] });
    expect(view.timeline).toHaveLength(1);
    expect(view.newSince).toEqual([]);
  });
});
