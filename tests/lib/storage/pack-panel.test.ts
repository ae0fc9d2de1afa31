import { describe, expect, it } from 'vitest';
import { makePackPanelPart, readPackPanelPart } from '../../../lib/storage/pack-panel';
import { panelStoryOf } from '../../../lib/story/story-index';
import { cardTestStory } from '../../helpers/card-test-story';

const id = cardTestStory.id;

describe('a pack’s panel part', () => {
  it('holds what the panels list: the story’s sections, each entity’s name, role and side', () => {
    const part = readPackPanelPart(makePackPanelPart(cardTestStory), id);
    expect(part).toEqual(panelStoryOf(cardTestStory));
    expect(part?.quotes).toEqual(cardTestStory.quotes);
    expect(part?.timeline).toEqual(cardTestStory.timeline);
    expect(part?.article).toEqual(cardTestStory.article);
    const medinsky = part?.entities.find((entity) => entity.id === 'vladimir-medinsky');
    const whole = cardTestStory.entities.find((entity) => entity.id === 'vladimir-medinsky');
    expect(medinsky).toMatchObject({ name: whole?.name, role: whole?.role, side: whole?.side, type: whole?.type });
  });

  it('leaves out what only an opened entry shows: descriptions, facts, relations, where a spelling is printed', () => {
    const text = makePackPanelPart(cardTestStory);
    expect(typeof text).toBe('string');
    for (const entity of readPackPanelPart(text, id)?.entities ?? []) {
      expect(entity).not.toHaveProperty('description');
      expect(entity).not.toHaveProperty('facts');
      expect(entity).not.toHaveProperty('relations');
      for (const alias of entity.aliases) expect(alias).not.toHaveProperty('source');
    }
    const fact = cardTestStory.entities.flatMap((entity) => entity.facts)[0]?.text ?? 'no fact';
    expect(text).not.toContain(fact);
  });

  it('is not read when it is missing, not JSON, another pack’s or damaged', () => {
    const good = JSON.parse(makePackPanelPart(cardTestStory)) as Record<string, unknown>;
    const damaged = (change: Record<string, unknown>) => JSON.stringify({ ...good, ...change });
    expect(readPackPanelPart(JSON.stringify(good), id)).not.toBeNull();
    expect(readPackPanelPart(undefined, id)).toBeNull();
    expect(readPackPanelPart(good, id)).toBeNull();
    expect(readPackPanelPart('{"id": ', id)).toBeNull();
    expect(readPackPanelPart(JSON.stringify(good), 'another-pack')).toBeNull();
    expect(readPackPanelPart(damaged({ article: null }), id)).toBeNull();
    expect(readPackPanelPart(damaged({ article: { ...(good.article as object), headline: 7 } }), id)).toBeNull();
    expect(readPackPanelPart(damaged({ article: { ...(good.article as object), source: null } }), id)).toBeNull();
    expect(readPackPanelPart(damaged({ article: { ...(good.article as object), date: 20250516 } }), id)).toBeNull();
    const entities = good.entities as Record<string, unknown>[];
    const lastWithoutSide = [...entities.slice(0, -1), { ...entities.at(-1), side: undefined }];
    expect(readPackPanelPart(damaged({ entities: lastWithoutSide }), id)).toBeNull();
    expect(readPackPanelPart(damaged({ quotes: 'none' }), id)).toBeNull();
    expect(readPackPanelPart(damaged({ references: undefined }), id)).toBeNull();
    expect(
      readPackPanelPart(damaged({ entities: [{ id: 'x', name: 'X', type: 'person', aliases: [] }] }), id),
    ).toBeNull();
    expect(readPackPanelPart(damaged({ entities: 'none' }), id)).toBeNull();
  });
});
