import { describe, expect, it } from 'vitest';
import { EARLIER_ARTICLES_SHOWN } from '../../../../lib/storage/reading-archive/archive-contract';
import { DAY, freshArchive, names, read, T0 } from './archive-test-stories';

const umerovMay = {
  url: 'https://news.example/may',
  headline: 'Talks open in Istanbul',
  outlet: 'Verily News',
  date: '2025-05-16',
  entities: [
    {
      name: 'Rustem Umerov',
      aliases: ['Rustem Umerov', 'Umerov'],
      givenNames: ['Rustem'],
      role: 'Defence Minister',
      says: ['We came to talk'],
    },
  ],
};
const umerovSeptember = {
  url: 'https://other.example/sept',
  headline: 'A new post for Umerov',
  outlet: 'The Morning Ledger',
  date: '2025-09-02',
  entities: [
    {
      name: 'Rustem Umerov',
      aliases: ['Rustem Umerov', 'Umerov'],
      givenNames: ['Rustem'],
      role: 'Secretary of the Security Council',
      facts: ['Umerov was moved to the Security Council.'],
    },
  ],
};

describe('the card: earlier in your reading', () => {
  it('gives the role as of each earlier article, newest first, so a change of title shows', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    await read(archive, umerovSeptember, T0 + 100 * DAY);
    const earlier = await archive.earlier(names('Rustem Umerov'), { exceptUrl: 'https://page.example/now', limit: 5 });
    expect(earlier?.roles.map((role) => [role.text, role.article.date])).toEqual([
      ['Secretary of the Security Council', '2025-09-02'],
      ['Defence Minister', '2025-05-16'],
    ]);
    expect(earlier?.roles[1]?.sentence).toBe('Defence Minister Rustem Umerov arrived on Tuesday.');
    expect(earlier?.articles.map((article) => [article.url, article.outlet])).toEqual([
      ['https://other.example/sept', 'The Morning Ledger'],
      ['https://news.example/may', 'Verily News'],
    ]);
    expect(earlier?.articleCount).toBe(2);
  });

  it('shows a title once for a run of articles giving it, and stays bounded for someone in every article', async () => {
    const { archive } = await freshArchive();
    const roles = ['Defence Minister', 'Defence Minister', 'Secretary', 'Secretary', 'Defence Minister'];
    for (let n = 0; n < 30; n++) {
      const role = roles[Math.min(n, roles.length - 1)];
      await read(
        archive,
        { url: `https://news.example/${n}`, entities: [{ name: 'Rustem Umerov', role }] },
        T0 + n * DAY,
      );
    }
    const earlier = await archive.earlier(names('Rustem Umerov'), { exceptUrl: 'https://news.example/29', limit: 2 });
    expect(earlier?.roles.map((role) => [role.text, role.article.url])).toEqual([
      ['Defence Minister', 'https://news.example/28'],
      ['Secretary', 'https://news.example/3'],
      ['Defence Minister', 'https://news.example/1'],
    ]);
    expect(earlier?.articles).toHaveLength(EARLIER_ARTICLES_SHOWN);
    expect(earlier?.articles[0]?.url).toBe('https://news.example/28');
    expect(earlier?.articleCount).toBe(29);
    expect(earlier?.statements).toHaveLength(2);
  });

  it('lists the latest statements and quotes, newest first, no more than asked, each with its sentence', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    await read(archive, umerovSeptember, T0 + 100 * DAY);
    const earlier = await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 3 });
    expect(earlier?.statements.map((s) => [s.kind, s.text, s.article.headline])).toEqual([
      ['role', 'Secretary of the Security Council', 'A new post for Umerov'],
      ['fact', 'Umerov was moved to the Security Council.', 'A new post for Umerov'],
      ['quote', 'We came to talk', 'Talks open in Istanbul'],
    ]);
    expect(earlier?.statements[2]?.sentence).toBe('“We came to talk,” Rustem Umerov said.');
  });

  it('leaves out the page the reader is on, and answers null when no other article named them', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    expect(await archive.earlier(names('Rustem Umerov'), { exceptUrl: umerovMay.url, limit: 3 })).toBeNull();
    expect(await archive.earlier(names('Hakan Fidan'), { exceptUrl: '', limit: 3 })).toBeNull();
  });

  it('gives a bare surname the card of the one person read about with that surname', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    const earlier = await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 3 });
    expect(earlier?.name).toBe('Rustem Umerov');
  });

  it('keeps two people who share a surname apart, and a bare surname then stays unknown', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    await read(
      archive,
      { url: 'https://news.example/timur', entities: [{ name: 'Timur Umerov', role: 'Businessman' }] },
      T0 + DAY,
    );
    const rustem = await archive.earlier(names('Rustem Umerov'), { exceptUrl: '', limit: 3 });
    const timur = await archive.earlier(names('Timur Umerov'), { exceptUrl: '', limit: 3 });
    expect(rustem?.roles.map((role) => role.text)).toEqual(['Defence Minister']);
    expect(timur?.roles.map((role) => role.text)).toEqual(['Businessman']);
    expect(await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 3 })).toBeNull();
  });

  it('files a later article that names the person by surname alone under them, while they are the only one', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    await read(
      archive,
      { url: 'https://news.example/bare', entities: [{ name: 'Umerov', facts: ['Umerov left early.'] }] },
      T0 + DAY,
    );
    const earlier = await archive.earlier(names('Rustem Umerov'), { exceptUrl: '', limit: 5 });
    expect(earlier?.articles.map((article) => article.url)).toEqual([
      'https://news.example/bare',
      'https://news.example/may',
    ]);
  });

  it('joins spellings of one name: diacritics, and a curated entity’s aliases', async () => {
    const { archive } = await freshArchive();
    await read(
      archive,
      { url: 'https://a.example/1', entities: [{ name: 'Recep Tayyip Erdoğan', role: 'President' }] },
      T0,
    );
    await read(
      archive,
      { url: 'https://b.example/2', entities: [{ name: 'Volodymyr Zelenskyy', role: 'President' }] },
      T0,
    );
    const erdogan = await archive.earlier(names('Recep Tayyip Erdogan'), { exceptUrl: '', limit: 3 });
    expect(erdogan?.name).toBe('Recep Tayyip Erdoğan');
    const curated = names('Volodymyr Zelensky', ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Зеленський']);
    expect((await archive.earlier(curated, { exceptUrl: '', limit: 3 }))?.name).toBe('Volodymyr Zelenskyy');
  });
});

describe('the briefing: story so far and people you have read about', () => {
  it('lists the earlier articles sharing people with the page, newest first, with the shared names', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    await read(
      archive,
      { url: 'https://news.example/fidan', entities: [{ name: 'Hakan Fidan', role: 'Minister' }] },
      T0 + DAY,
    );
    await read(
      archive,
      { url: 'https://news.example/other', entities: [{ name: 'Kaja Kallas', role: 'EU' }] },
      T0 + 2 * DAY,
    );
    const page = [names('Rustem Umerov'), names('Hakan Fidan'), names('Marco Rubio')];
    const entries = await archive.storySoFar(page, { exceptUrl: 'https://page.example/', limit: 10 });
    expect(entries.map((entry) => [entry.article.url, entry.shared])).toEqual([
      ['https://news.example/fidan', ['Hakan Fidan']],
      ['https://news.example/may', ['Rustem Umerov']],
    ]);
    expect(await archive.storySoFar(page, { exceptUrl: '', limit: 1 })).toHaveLength(1);
  });

  it('finds people by any word prefix, folded, most recently read first, with role and count', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    await read(archive, umerovSeptember, T0 + 100 * DAY);
    await read(archive, { url: 'https://news.example/e', entities: [{ name: 'Recep Tayyip Erdoğan' }] }, T0 + 5 * DAY);
    expect((await archive.people('erdog', 10)).map((p) => p.name)).toEqual(['Recep Tayyip Erdoğan']);
    expect((await archive.people('TAYYIP ERD', 10)).map((p) => p.name)).toEqual(['Recep Tayyip Erdoğan']);
    expect(await archive.people('rdogan', 10)).toEqual([]);
    const everyone = await archive.people('', 10);
    expect(everyone.map((p) => [p.name, p.role, p.articleCount])).toEqual([
      ['Rustem Umerov', 'Secretary of the Security Council', 2],
      ['Recep Tayyip Erdoğan', undefined, 1],
    ]);
    expect(await archive.people('', 1)).toHaveLength(1);
  });

  it('matches the query at the start of a word, never inside one', async () => {
    const { archive } = await freshArchive();
    await read(archive, { url: 'https://news.example/m', entities: [{ name: 'Mark Osmark Rutte' }] }, T0);
    expect((await archive.people('osmark rut', 10)).map((p) => p.name)).toEqual(['Mark Osmark Rutte']);
    expect(await archive.people('mark rut', 10)).toEqual([]);
  });
});

describe('keeping and forgetting', () => {
  it('replaces an article read again instead of keeping it twice, and counts usage', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    const once = await archive.usage();
    await read(archive, umerovMay, T0 + DAY);
    expect(await archive.usage()).toEqual(once);
    expect(once.articles).toBe(1);
    expect((await archive.people('', 5)).map((p) => p.articleCount)).toEqual([1]);
    expect(once.bytes).toBeGreaterThan(500);
  });

  it('keeps only the sentences statements cite, not the whole article', async () => {
    const { archive } = await freshArchive();
    await read(archive, { ...umerovMay, filler: 20 }, T0);
    const [story] = await archive.exportPacks();
    expect(story?.article.sentences.map((s) => s.text)).not.toContain('Nothing else happened in hour 0-3.');
    expect(story?.article.sentences).toHaveLength(3);
  });

  it('forgets one site, and only it, and then forgets everything', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0, 'news.example');
    await read(archive, umerovSeptember, T0 + DAY, 'other.example');
    expect(await archive.forgetSite('other.example')).toBe(1);
    const earlier = await archive.earlier(names('Rustem Umerov'), { exceptUrl: '', limit: 5 });
    expect(earlier?.articles.map((a) => a.url)).toEqual([umerovMay.url]);
    expect(earlier?.roles.map((r) => r.text)).toEqual(['Defence Minister']);
    expect(earlier?.articleCount).toBe(1);
    await archive.forgetAll();
    expect(await archive.earlier(names('Rustem Umerov'), { exceptUrl: '', limit: 5 })).toBeNull();
    expect(await archive.people('', 10)).toEqual([]);
    expect(await archive.usage()).toEqual({ articles: 0, bytes: 0 });
  });

  it('forgets who a forgotten article named: a bare surname is the one remaining person again', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0, 'news.example');
    await read(archive, { url: 'https://b.example/t', entities: [{ name: 'Timur Umerov' }] }, T0 + DAY, 'b.example');
    expect(await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 1 })).toBeNull();
    await archive.forgetSite('b.example');
    expect((await archive.earlier(names('Umerov'), { exceptUrl: '', limit: 1 }))?.name).toBe('Rustem Umerov');
  });

  it('answers empty for a story that names no one, and keeps nothing', async () => {
    const { archive } = await freshArchive();
    await read(archive, umerovMay, T0);
    const story = await archive.exportPacks();
    const nobody = { ...(story[0] as NonNullable<(typeof story)[0]>), entities: [], quotes: [] };
    expect(await archive.save(nobody, { url: 'https://x.example/', site: 'x.example', readAt: T0 })).toEqual({
      saved: false,
      reason: 'empty',
    });
    expect((await archive.usage()).articles).toBe(1);
  });
});
