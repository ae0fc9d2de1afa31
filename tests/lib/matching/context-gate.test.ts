import { describe, expect, it } from 'vitest';
import { contextGate } from '../../../lib/matching/context-gate';
import type { AliasEntry } from '../../../lib/story/story-model';

const alias = (entityId: string, text: string, contextEntities?: readonly string[]): AliasEntry => ({
  entityId,
  text,
  case: 'proper',
  requiresContext: contextEntities !== undefined,
  contextEntities: contextEntities ?? [entityId],
});

const tammyBruce = alias('tammy-bruce', 'Tammy Bruce');
const bruce = alias('tammy-bruce', 'Bruce', ['tammy-bruce']);
const washington = alias('united-states', 'Washington', ['united-states', 'donald-trump']);
const putin = alias('vladimir-putin', 'Putin');
const trump = alias('donald-trump', 'Trump');

describe('the context rule', () => {
  it('counts an ungated alias whatever else is found', () => {
    expect(contextGate([putin])(putin)).toBe(true);
  });

  it('does not unlock a bare surname for an unrelated name on the page', () => {
    const counts = contextGate([putin, bruce, washington]);
    expect([counts(putin), counts(bruce), counts(washington)]).toEqual([true, false, false]);
  });

  it('unlocks a gated alias once its own entity has an unambiguous mention', () => {
    expect(contextGate([bruce, tammyBruce])(bruce)).toBe(true);
  });

  it('unlocks a gated alias through one of its named context entities', () => {
    expect(contextGate([washington, trump])(washington)).toBe(true);
  });

  it('does not let two gated aliases unlock each other', () => {
    expect(contextGate([bruce, alias('tammy-bruce', 'Ms Bruce', ['tammy-bruce'])])(bruce)).toBe(false);
  });
});

describe('the story rule for generic names', () => {
  const story = (entityId: string, text: string, generic = false, inArticle = false): AliasEntry => ({
    ...alias(entityId, text),
    generic,
    stories: ['talks'],
    inArticle,
  });
  const us = story('united-states', 'US', true);
  const nato = story('nato', 'NATO', true);
  const putinInStory = story('vladimir-putin', 'Putin');
  const umerov = story('rustem-umerov', 'Umerov');

  it('does not count a country or an alliance on a page that names only one of the story’s people', () => {
    const counts = contextGate([putinInStory, us, nato]);
    expect([counts(putinInStory), counts(us), counts(nato)]).toEqual([true, false, false]);
  });

  it('counts them once the page names two of the story’s distinctive people', () => {
    const counts = contextGate([putinInStory, umerov, us, nato]);
    expect([counts(us), counts(nato)]).toEqual([true, true]);
  });

  it('never lets generic names make a page about a story by themselves', () => {
    const counts = contextGate([us, nato, story('russia', 'Russia', true)]);
    expect(counts(us)).toBe(false);
  });

  it('counts a generic name that the page’s own article names', () => {
    const named = story('united-states', 'US', true, true);
    expect(contextGate([named])(named)).toBe(true);
  });
});

describe('the two rules together', () => {
  const inStories = (entityId: string, text: string, stories: string[], extra: Partial<AliasEntry> = {}) => ({
    ...alias(entityId, text),
    stories,
    ...extra,
  });

  it('does not let a locked bare surname help make the page about its story', () => {
    const putin = inStories('vladimir-putin', 'Putin', ['talks']);
    const lockedBruce = inStories('tammy-bruce', 'Bruce', ['talks'], {
      requiresContext: true,
      contextEntities: ['tammy-bruce'],
    });
    const us = inStories('united-states', 'US', ['talks'], { generic: true });
    const counts = contextGate([putin, lockedBruce, us]);
    expect([counts(putin), counts(lockedBruce), counts(us)]).toEqual([true, false, false]);
  });

  it('counts a generic name of two stories on a page about either one', () => {
    const putin = inStories('vladimir-putin', 'Putin', ['talks']);
    const umerov = inStories('rustem-umerov', 'Umerov', ['talks']);
    const us = inStories('united-states', 'US', ['alaska-summit', 'talks'], { generic: true });
    expect(contextGate([putin, umerov, us])(us)).toBe(true);
  });
});
