import { describe, expect, it } from 'vitest';
import { hasStoryShape, isRecord } from '../../../lib/storage/story-shape';

const alias = { text: 'Kyiv' };
const entity = { id: 'e', name: 'Kyiv', type: 'place', aliases: [alias], details: 'ignored' };
const story = { id: 's', title: 'War', entities: [entity] };

describe('a value read back from storage', () => {
  it('is a record only when it is a plain object', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('s')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });

  it('has a story’s shape with ids, names and aliases where they are read', () => {
    expect(hasStoryShape(story)).toBe(true);
    expect(hasStoryShape({ ...story, entities: [] })).toBe(true);
    expect(hasStoryShape({ ...story, entities: [{ ...entity, aliases: [] }] })).toBe(true);
  });

  it('has not when the story lacks its id, title or entity list', () => {
    expect(hasStoryShape({ ...story, id: 1 })).toBe(false);
    expect(hasStoryShape({ ...story, title: undefined })).toBe(false);
    expect(hasStoryShape({ ...story, entities: { 0: entity } })).toBe(false);
  });

  it('has not when any entity, even after a good one, lacks a field the matcher or cards read', () => {
    const damaged = [
      null,
      [entity],
      { ...entity, id: 1 },
      { ...entity, name: null },
      { ...entity, type: undefined },
      { ...entity, aliases: 'Kyiv' },
      { ...entity, aliases: [alias, null] },
      { ...entity, aliases: [alias, [alias]] },
      { ...entity, aliases: [alias, { text: 3 }] },
    ];
    for (const bad of damaged) expect(hasStoryShape({ ...story, entities: [entity, bad] })).toBe(false);
  });
});
