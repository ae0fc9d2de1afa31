import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import { activeStories } from '../../../lib/story/active-stories';

const load = (name: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/packs', name), 'utf8')) as Story;
const artemis = load('valid-pack.json');
const hostile = load('hostile-pack.json');

describe('active stories', () => {
  it('uses the bundled stories and the enabled packs, bundled first', () => {
    expect(activeStories([artemis], [hostile], []).map((s) => s.id)).toEqual(['artemis-ii-crew-2023', 'hostile-pack']);
  });

  it('leaves out the stories the reader switched off, bundled or imported', () => {
    expect(activeStories([artemis], [hostile], ['artemis-ii-crew-2023']).map((s) => s.id)).toEqual(['hostile-pack']);
    expect(activeStories([artemis], [hostile], ['hostile-pack']).map((s) => s.id)).toEqual(['artemis-ii-crew-2023']);
  });

  it('never lets a pack shadow a bundled story with the same id', () => {
    const impostor = { ...artemis, title: 'Impostor' };
    const result = activeStories([artemis], [impostor], []);
    expect(result).toHaveLength(1);
    expect(result[0]?.title).toBe(artemis.title);
  });

  it('is empty when everything is switched off', () => {
    expect(activeStories([artemis], [], ['artemis-ii-crew-2023'])).toEqual([]);
  });
});
