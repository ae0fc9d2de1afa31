import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Story, StorySchema } from '../../../data/schema';
import { indexStories, panelStoryOf } from '../../../lib/story/story-index';
import { buildCatalog } from '../../../lib/story/story-model';
import {
  type BriefingPerson,
  type BriefingView,
  briefingView,
  filterPeople,
  groupPeople,
  mentionRows,
  panelBriefing,
} from '../../../lib/views/briefing-view';
import { cardContent } from '../../../lib/views/card-content';
import { panelView } from '../../../lib/views/panel-view';
import { deriveTabState, pageEntities, type TabState } from '../../../lib/views/tab-state';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';
import { mention, report, seedCatalog, seedStory } from '../../helpers/panel-test-stories';

/** The seed story's page: Zelensky once, Medinsky twice. */
function seedPageState() {
  return deriveTabState(
    1,
    report([
      mention(0, 'volodymyr-zelensky', 'Zelensky'),
      mention(1, 'vladimir-medinsky', 'Medinsky'),
      mention(2, 'vladimir-medinsky', 'Medinsky’s'),
    ]),
    seedCatalog,
    0,
  );
}

function seedBriefing(state: TabState): BriefingView {
  const briefing = briefingView(
    seedCatalog,
    'istanbul-talks-2025',
    pageEntities(state, seedCatalog, 'istanbul-talks-2025', 'en'),
    'en-GB',
  );
  if (!briefing) throw new Error('the seed story has a briefing');
  return briefing;
}

// Made in each test, not as the file loads, so that a mutation run can judge the code they run.
let state: TabState;
let view: BriefingView;
beforeEach(() => {
  state = seedPageState();
  view = seedBriefing(state);
});

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
    const medinsky = view.people.find((p) => p.entityId === 'vladimir-medinsky');
    expect(medinsky).toMatchObject({ countOnPage: 2, firstMentionIndex: 1 });
    const rubio = view.people.find((p) => p.entityId === 'marco-rubio');
    expect(rubio?.countOnPage).toBe(0);
    expect(rubio?.firstMentionIndex).toBeUndefined();
  });

  it('takes each person’s count and first mention from the page entities it is given', () => {
    const onPage = pageEntities(state, seedCatalog, 'istanbul-talks-2025', 'en').map((e) =>
      e.entityId === 'vladimir-medinsky' ? { ...e, count: 7, firstMentionIndex: 42 } : e,
    );
    const people = briefingView(seedCatalog, 'istanbul-talks-2025', onPage, 'en-GB')?.people ?? [];
    expect(people.find((p) => p.entityId === 'vladimir-medinsky')).toMatchObject({
      countOnPage: 7,
      firstMentionIndex: 42,
    });
  });

  it('lists each person as their card tells them, from what a list shows: the story without facts gives the same rows', () => {
    const catalog = buildCatalog([seedStory, articleTestStory]);
    for (const storyId of [seedStory.id, articleTestStory.id]) {
      const rows = briefingView(catalog, storyId, [], 'en-GB')?.people ?? [];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const card = cardContent(catalog, row.entityId, storyId, 'en-GB');
        expect([row.name, row.type, row.typeLabel, row.role, row.side]).toEqual([
          card?.name,
          card?.type,
          card?.typeLabel,
          card?.role?.text,
          card?.side,
        ]);
      }
      const listed = indexStories([seedStory, articleTestStory].map(panelStoryOf));
      expect(briefingView(listed, storyId, [], 'en-GB')).toEqual(briefingView(catalog, storyId, [], 'en-GB'));
    }
  });

  it('has no briefing for a story the catalog does not hold', () => {
    expect(briefingView(seedCatalog, 'no-such-story', [], 'en-GB')).toBeUndefined();
  });
});

describe('filterPeople', () => {
  const names = (query: string) => filterPeople(view.people, query).map((p) => p.entityId);

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

  it('finds a Turkish spelling typed without its dotless ı', () => {
    expect(names('dolmabahce sarayi')).toEqual(['dolmabahce-palace']);
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

  it('names each row from the entity as the story tells it, without building a whole card per mention', () => {
    // A card needs the story itself (its sentences, quotes, relations); a row needs only a name and a side.
    const storyLookups = vi.spyOn(seedCatalog.storyById as Map<string, unknown>, 'get');
    const rows = mentionRows(state, seedCatalog, 'istanbul-talks-2025');
    expect(rows.map((r) => [r.name, r.side])).toEqual([
      ['Volodymyr Zelensky', 'ukraine'],
      ['Vladimir Medinsky', 'russia'],
      ['Vladimir Medinsky', 'russia'],
    ]);
    expect(storyLookups).not.toHaveBeenCalled();
  });

  it('is empty without state', () => {
    expect(mentionRows(null, seedCatalog, 'istanbul-talks-2025')).toEqual([]);
  });
});

describe('panelBriefing', () => {
  it('briefs the story the panel shows, with the page’s mentions, from the panel’s own view', () => {
    const shown = panelView({ url: state.url, state, contentScriptAnswers: true }, seedCatalog, 'en-GB');
    const { briefing, mentions } = panelBriefing(shown, seedCatalog, 'en-GB');
    expect(briefing).toEqual(view);
    expect(mentions).toEqual(mentionRows(state, seedCatalog, 'istanbul-talks-2025'));
  });

  it('has no briefing when the page shows no story', () => {
    expect(panelBriefing({ kind: 'no-mentions' }, seedCatalog, 'en-GB')).toEqual({ briefing: undefined, mentions: [] });
    expect(panelBriefing({ kind: 'reading' }, seedCatalog, 'en-GB')).toEqual({ briefing: undefined, mentions: [] });
  });
});

describe('the briefing of an article Backstory read', () => {
  it('lists everyone in one group, people first, with no sides', () => {
    const catalog = buildCatalog([articleTestStory]);
    const view = briefingView(catalog, articleTestStory.id, [], 'en-GB');
    if (!view) throw new Error('no briefing');
    const groups = groupPeople(view.story, view.people);
    expect(groups.map((g) => g.label)).toEqual(['Named in this article']);
    expect(groups[0]?.entities.map((p) => p.name)).toEqual(['Hakan Fidan', 'Vladimir Medinsky']);
  });

  it('shows a quote the article does not attribute as unattributed', () => {
    const view = briefingView(buildCatalog([articleTestStory]), articleTestStory.id, [], 'en-GB');
    expect(view?.quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['We want the war to end', 'Hakan Fidan'],
      ['Nothing was agreed', undefined],
    ]);
  });
});

/** The card test story with a briefing's sections written out of order, as an editor may. */
function unorderedStory(): Story {
  return v.parse(StorySchema, {
    ...cardTestStory,
    positions: [
      { side: 'turkey', label: 'Ankara', text: 'Turkey hosts the talks.', sources: ['s1'] },
      { side: 'russia', label: 'Moscow', text: 'Russia sent a delegation.', sources: ['s2'] },
      { side: 'ukraine', label: 'Kyiv', text: 'Ukraine doubts Russia is serious.', sources: ['s1'] },
    ],
    timeline: [
      { id: 'talks', date: '2025-05-16', text: 'Talks begin.', sources: ['s1'] },
      { id: 'invasion', date: '2022-02-24', text: 'The invasion begins.', sources: ['s4'] },
      { id: 'appointed', date: '2020-01-21', time: '10:00 local', text: 'Medinsky is made an aide.', sources: ['s4'] },
    ],
    quotes: [
      ...cardTestStory.quotes,
      { id: 'unattributed', text: 'points of contact', sources: ['s3'] },
      { id: 'unknown-speaker', speaker: 'someone-else', text: 'find possible solutions', sources: ['s3'] },
    ],
  });
}

describe('the briefing’s order and its quotes’ speakers', () => {
  it('lists the sides’ positions in the schema’s side order, whatever order the story gives', () => {
    const briefing = briefingView(buildCatalog([unorderedStory()]), 'test-talks', [], 'en-GB');
    expect(briefing?.positions.map((p) => [p.sideLabel, p.label])).toEqual([
      ['Ukraine', 'Kyiv'],
      ['Russia', 'Moscow'],
      ['Turkey', 'Ankara'],
    ]);
  });

  it('puts the timeline in date order, with a time where the story gives one', () => {
    const briefing = briefingView(buildCatalog([unorderedStory()]), 'test-talks', [], 'en-GB');
    expect(briefing?.timeline.map((e) => [e.dateLabel, e.time])).toEqual([
      ['21 January 2020', '10:00 local'],
      ['24 February 2022', undefined],
      ['16 May 2025', undefined],
    ]);
    expect(briefing?.timeline[1]).not.toHaveProperty('time');
  });

  it('names a known speaker from the story, an unknown one by its id, and otherwise says it was not named', () => {
    const briefing = briefingView(buildCatalog([unorderedStory()]), 'test-talks', [], 'en-GB');
    expect(briefing?.quotes.map((q) => [q.speakerName, q.speakerSide])).toEqual([
      ['Vladimir Medinsky', 'russia'],
      [undefined, 'other'],
      ['someone-else', 'other'],
    ]);
    expect(briefing?.quotes[1]).not.toHaveProperty('speakerId');
    expect(briefing?.quotes[2]?.speakerId).toBe('someone-else');
  });
});

describe('groupPeople', () => {
  const person = (entityId: string, type: string, side: string) =>
    ({ entityId, type, side, aliases: [], countOnPage: 0 }) as unknown as BriefingPerson;

  it('groups a curated story’s people by side, in the schema’s side order, keeping their order within a side', () => {
    const people = [
      person('kremlin', 'place', 'russia'),
      person('zelensky', 'person', 'ukraine'),
      person('putin', 'person', 'russia'),
    ];
    expect(
      groupPeople({ origin: 'curated' }, people).map((g) => [g.side, g.label, g.entities.map((p) => p.entityId)]),
    ).toEqual([
      ['ukraine', 'Ukraine', ['zelensky']],
      ['russia', 'Russia', ['kremlin', 'putin']],
    ]);
  });

  it('puts an article’s people first, then places and organisations, each kept in the article’s order', () => {
    const people = [
      person('istanbul', 'place', 'turkey'),
      person('fidan', 'person', 'turkey'),
      person('nato', 'organisation', 'other'),
      person('medinsky', 'person', 'russia'),
    ];
    const groups = groupPeople({ origin: 'article' }, people);
    expect(groups.map((g) => [g.side, g.label])).toEqual([['other', 'Named in this article']]);
    expect(groups[0]?.entities.map((p) => p.entityId)).toEqual(['fidan', 'medinsky', 'istanbul', 'nato']);
  });

  it('has no group for an article that names nobody', () => {
    expect(groupPeople({ origin: 'article' }, [])).toEqual([]);
  });
});

describe('filterPeople, beyond the seed story', () => {
  const person = (entityId: string, aliases: string[], role?: string) =>
    ({
      entityId,
      typeLabel: 'Person',
      ...(role ? { role } : {}),
      aliases,
      countOnPage: 0,
    }) as unknown as BriefingPerson;
  const people = [person('putin', ['Vladimir Putin', 'Putin']), person('rubio', ['Marco Rubio'], 'Secretary of State')];
  const found = (query: string) => filterPeople(people, query).map((p) => p.entityId);

  it('reads words however they are spaced, and a query of spaces keeps everyone', () => {
    expect(found('  vladimir    putin ')).toEqual(['putin']);
    expect(found(' \t ')).toEqual(['putin', 'rubio']);
  });

  it('finds a person without a role by name, and does not match across two spellings', () => {
    expect(found('putin')).toEqual(['putin']);
    expect(found('putinputin')).toEqual([]);
    expect(found('rubiosecretary')).toEqual([]);
  });
});

describe('mentionRows, for a mention the catalog no longer knows', () => {
  it('leaves out a mention whose entity no story holds', () => {
    const stale = {
      ...seedPageState(),
      mentions: [mention(0, 'nobody', 'Nobody'), mention(1, 'vladimir-putin', 'Putin')],
    };
    expect(mentionRows(stale, seedCatalog, 'istanbul-talks-2025').map((r) => r.entityId)).toEqual(['vladimir-putin']);
  });
});

describe('the briefing’s dateline, figures, sources and quote contexts', () => {
  it('gives them as the story does, each figure with its source and each reference dated as read', () => {
    const figure = seedStory.figures[0];
    const reference = seedStory.references.find((r) => r.url !== undefined);
    if (!figure || !reference) throw new Error('the seed story has figures and references with addresses');
    const briefing = seedBriefing(seedPageState());
    expect(briefing.dateline).toBe(seedStory.article.dateline);
    expect(briefing.figures[0]).toMatchObject({ id: figure.id, value: figure.value, label: figure.label });
    expect(briefing.figures[0]?.source.kind).toBe('article');
    expect(briefing.references.find((r) => r.id === reference.id)).toMatchObject({
      title: reference.title,
      publisher: reference.publisher,
      url: reference.url,
    });
    expect(briefing.references[0]?.accessedLabel).toMatch(/\d{4}$/);
    const withContext = seedStory.quotes.find((q) => q.context !== undefined);
    expect(briefing.quotes.find((q) => q.id === withContext?.id)?.context).toBe(withContext?.context);
  });
});
