import { describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { snapshotFits, tablesFromSnapshot } from '../../../lib/matching/matcher-tables';
import { buildTables } from '../../../lib/matching/table-builder';
import { bundledKey, makePackPagePart, readPackPagePart } from '../../../lib/storage/pack-page';
import { activeStories } from '../../../lib/story/active-stories';
import { buildCatalog, outlineOf } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';

const bundledOutlines = () => bundledStories.map(outlineOf);

describe('a pack’s page part', () => {
  it('holds the pack’s outline, without its facts, quotes or sources', () => {
    const part = readPackPagePart(makePackPagePart(cardTestStory, bundledOutlines()), cardTestStory.id);
    expect(part?.outline).toEqual(outlineOf(cardTestStory));
    expect(part?.outline).not.toHaveProperty('article');
  });

  it('holds the tables of the page’s catalog with the pack on, which read back as a build makes them', () => {
    const outlines = bundledOutlines();
    const part = readPackPagePart(makePackPagePart(cardTestStory, outlines), cardTestStory.id);
    if (!part) throw new Error('no part');
    // The catalog a page makes: the bundled stories, then the pack (activeStories' order).
    const { aliases } = buildCatalog(activeStories(outlines, [part.outline], []));
    expect(snapshotFits(aliases, part.matcher)).toBe(true);
    expect(tablesFromSnapshot(aliases, part.matcher)).toEqual(buildTables(aliases));
  });

  it('names the bundled stories it was made with, so that an update’s other stories show', () => {
    const outlines = bundledOutlines();
    const part = readPackPagePart(makePackPagePart(cardTestStory, outlines), cardTestStory.id);
    expect(part?.bundled).toBe(bundledKey(outlines));
    expect(bundledKey(outlines.slice(1))).not.toBe(bundledKey(outlines));
  });

  it('is stored as one string', () => {
    expect(typeof makePackPagePart(cardTestStory, [])).toBe('string');
  });

  it('is not read when it is missing, not JSON, another pack’s or damaged', () => {
    const good = JSON.parse(makePackPagePart(cardTestStory, [])) as Record<string, unknown>;
    const id = cardTestStory.id;
    const damaged = (change: Record<string, unknown>) => JSON.stringify({ ...good, ...change });
    expect(readPackPagePart(JSON.stringify(good), id)).not.toBeNull();
    expect(readPackPagePart(undefined, id)).toBeNull();
    expect(readPackPagePart(good, id)).toBeNull();
    expect(readPackPagePart('{"outline": ', id)).toBeNull();
    expect(readPackPagePart(JSON.stringify(good), 'another-pack')).toBeNull();
    expect(readPackPagePart(damaged({ bundled: 7 }), id)).toBeNull();
    expect(
      readPackPagePart(damaged({ outline: { ...(good.outline as object), entities: [{ id: 'x' }] } }), id),
    ).toBeNull();
    expect(
      readPackPagePart(damaged({ matcher: { ...(good.matcher as object), patternStart: 'nope' } }), id),
    ).toBeNull();
    expect(
      readPackPagePart(damaged({ matcher: { ...(good.matcher as object), candidates: { test: 1 } } }), id),
    ).toBeNull();
    expect(readPackPagePart(damaged({ matcher: null }), id)).toBeNull();
  });
});
