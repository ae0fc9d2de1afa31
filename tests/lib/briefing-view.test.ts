import { describe, expect, it } from 'vitest';
import { briefingView, filterPeople, foldForSearch, mentionRows } from '../../lib/briefing-view';
import { deriveTabState } from '../../lib/tab-state';
import { mention, report, seedCatalog, seedStory } from './panel-test-stories';

const state = deriveTabState(
  1,
  report([
    mention(0, 'volodymyr-zelensky', 'Zelensky'),
    mention(1, 'vladimir-medinsky', 'Medinsky'),
    mention(2, 'vladimir-medinsky', 'Medinsky’s'),
  ]),
  seedCatalog,
  0,
);
const view = briefingView(seedCatalog, 'istanbul-talks-2025', state);
if (!view) throw new Error('the seed story has a briefing');

describe('briefingView', () => {
  it('holds every section of the story', () => {
    expect(view.story.summary.length).toBe(seedStory.article.summary.length);
    expect(view.positions.length).toBe(seedStory.positions.length);
    expect(view.people.length).toBe(seedStory.entities.length);
    expect(view.timeline.length).toBe(seedStory.timeline.length);
    expect(view.quotes.length).toBe(seedStory.quotes.length);
    expect(view.figures.length).toBe(seedStory.figures.length);
    expect(view.references.length).toBe(seedStory.references.length);
  });

  it('cites the article sentence behind each side’s position', () => {
    for (const position of view.positions) {
      expect(position.source.kind).toBe('article');
      if (position.source.kind === 'article') expect(position.source.sentences.length).toBeGreaterThan(0);
    }
  });

  it('puts the timeline in date order', () => {
    const dates = view.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('names each quote’s speaker', () => {
    for (const quote of view.quotes) expect(quote.speakerName).not.toBe(quote.speakerId);
  });

  it('knows how often each person is on the page and where first', () => {
    const medinsky = view.people.find((p) => p.content.entityId === 'vladimir-medinsky');
    expect(medinsky).toMatchObject({ countOnPage: 2, firstMentionIndex: 1 });
    const rubio = view.people.find((p) => p.content.entityId === 'marco-rubio');
    expect(rubio?.countOnPage).toBe(0);
    expect(rubio?.firstMentionIndex).toBeUndefined();
  });

  it('has no briefing for a story the catalog does not hold', () => {
    expect(briefingView(seedCatalog, 'no-such-story', null)).toBeUndefined();
  });
});

describe('filterPeople', () => {
  const names = (query: string) => filterPeople(view.people, query).map((p) => p.content.entityId);

  it('finds people by name, spelling variant or role, ignoring case and accents', () => {
    expect(names('medinsky')).toContain('vladimir-medinsky');
    expect(names('medinsky')).not.toContain('volodymyr-zelensky');
    expect(names('ZELENSKYY')).toContain('volodymyr-zelensky');
    expect(names('dolmabahce')).toContain('dolmabahce-palace');
    expect(names('secretary of state')).toContain('marco-rubio');
  });

  it('needs every word to match', () => {
    expect(names('vladimir putin')).toEqual(['vladimir-putin']);
  });

  it('keeps everyone for an empty query and no one for nonsense', () => {
    expect(names('  ')).toHaveLength(view.people.length);
    expect(names('qwxz')).toEqual([]);
  });

  it('folds accents and case', () => {
    expect(foldForSearch('Dolmabahçe')).toBe('dolmabahce');
  });
});

describe('mentionRows', () => {
  it('lists the page’s mentions in page order with their words around them', () => {
    const rows = mentionRows(state, seedCatalog, 'istanbul-talks-2025');
    expect(rows.map((r) => [r.index, r.name, r.text])).toEqual([
      [0, 'Volodymyr Zelensky', 'Zelensky'],
      [1, 'Vladimir Medinsky', 'Medinsky'],
      [2, 'Vladimir Medinsky', 'Medinsky’s'],
    ]);
    expect(rows[1]).toMatchObject({ side: 'russia', before: 'words before Medinsky ', after: ' and words after' });
  });

  it('is empty without state', () => {
    expect(mentionRows(null, seedCatalog, 'istanbul-talks-2025')).toEqual([]);
  });
});
