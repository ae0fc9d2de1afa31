import { describe, expect, it } from 'vitest';
import type { Story } from '../../../data/schema';
import { buildCatalog, inflectionOf, outlineOf } from '../../../lib/story/story-model';
import { cardTestStory } from '../../helpers/card-test-story';

describe('how an alias declines', () => {
  it('declines Ukrainian, Russian and German aliases, a person’s as a person’s', () => {
    expect(inflectionOf({ text: 'Зеленський', lang: 'uk' }, 'person')).toEqual({ lang: 'uk', person: true });
    expect(inflectionOf({ text: 'Киев', lang: 'ru' }, 'place')).toEqual({ lang: 'ru', person: false });
    expect(inflectionOf({ text: 'Selenskyj', lang: 'de' }, 'person')).toEqual({ lang: 'de', person: true });
    expect(inflectionOf({ text: 'Київ', lang: 'uk', obliqueStem: 'Києв' }, 'place')).toEqual({
      lang: 'uk',
      obliqueStem: 'Києв',
      person: false,
    });
  });

  it('matches as written an alias of another language, a case-exact one and one declared "none"', () => {
    expect(inflectionOf({ text: 'Zelensky' }, 'person')).toBeUndefined();
    expect(inflectionOf({ text: 'Zelenski', lang: 'tr' }, 'person')).toBeUndefined();
    expect(inflectionOf({ text: 'НАТО', lang: 'uk', case: 'exact' }, 'organisation')).toBeUndefined();
    expect(inflectionOf({ text: 'Каллас', lang: 'uk', declension: 'none' }, 'person')).toBeUndefined();
  });

  it('keeps a spelling shared by Ukrainian and Russian once per language, each with its own rules', () => {
    const story: Story = {
      ...cardTestStory,
      entities: cardTestStory.entities.map((e, i) =>
        i === 0 ? { ...e, aliases: [...e.aliases, { text: 'Трамп', lang: 'uk' }, { text: 'Трамп', lang: 'ru' }] } : e,
      ),
    };
    const trump = buildCatalog([story]).aliases.filter((a) => a.text === 'Трамп');
    expect(trump.map((a) => a.inflection?.lang)).toEqual(['uk', 'ru']);
  });
});

describe('the outline a page reads', () => {
  it('leaves out where each spelling comes from: no page needs it', () => {
    const story: Story = {
      ...cardTestStory,
      entities: cardTestStory.entities.map((e, i) =>
        i === 0 ? { ...e, aliases: [{ text: 'Selenskyj', lang: 'de', source: 'Tagesschau' }] } : e,
      ),
    };
    expect(outlineOf(story).entities[0]?.aliases).toEqual([{ text: 'Selenskyj', lang: 'de' }]);
  });
});
