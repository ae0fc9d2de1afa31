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
