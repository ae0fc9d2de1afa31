import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../data/schema';
import { bundledStories } from '../../../data/stories';
import { findMentions, Matcher } from '../../../lib/matching/matcher';
import { buildTables, tablesFor } from '../../../lib/matching/table-builder';
import { foldKey } from '../../../lib/matching/text-fold';
import { correctedCatalog } from '../../../lib/storage/apply-corrections';
import type { Correction } from '../../../lib/storage/corrections';
import { makePackPagePart, type PackPagePart, readPackPagePart } from '../../../lib/storage/pack-page';
import { pageCatalog, pagePartSteps } from '../../../lib/storage/page-catalog';
import { buildCatalog, outlineOf, type StoryOutline } from '../../../lib/story/story-model';
import { articleTestStory } from '../../helpers/article-test-story';
import { bigPack, bigPackNames } from '../../helpers/big-pack';
import { comparableTables } from '../../helpers/comparable-tables';
import { pagePartText, parsePagePart } from '../../helpers/page-part-text';
import { plainCatalog } from '../../helpers/plain-catalog';

const bundled = bundledStories.map(outlineOf);
const COUNT = 400;
const bundledAliases = buildCatalog(bundled).aliases.length;

/** A 400-entity pack's page part as a page reads it back (a fresh parse, as each storage read is). */
function storedPart(made = makePackPagePart(bigPack(COUNT) as unknown as Story, bundled)): PackPagePart {
  return readPackPagePart(made, 'big-pack') as PackPagePart;
}
const runSteps = (part: PackPagePart) => {
  for (const step of pagePartSteps(part)) step();
};
const notAName = (text: string): Correction => ({
  id: `c-${text}`,
  kind: 'not-a-name',
  entityId: 'p1',
  entityName: text,
  scope: 'everywhere',
  site: 'news.example',
  createdAt: '2026-12-07T00:00:00.000Z',
  text,
  folded: foldKey(text),
});
const article = outlineOf(articleTestStory);
const names = bigPackNames(COUNT);
const text = `${names[0]?.name} met ${names[COUNT - 1]?.name} and ${names[7]?.surname} in Istanbul.`;

describe('a page’s catalog with a pack on', () => {
  it('is the catalog its stories, corrections and article make, made ahead or not', () => {
    const ahead = storedPart();
    runSteps(ahead);
    for (const part of [ahead, storedPart()]) {
      const cases: [StoryOutline[], Correction[], StoryOutline | undefined][] = [
        [[...bundled, part.outline], [], undefined],
        [[...bundled, part.outline], [notAName(names[0]?.name ?? '')], undefined],
        [[...bundled, part.outline], [], article],
        [[part.outline, ...bundled], [], undefined],
        [bundled.slice(1).concat(part.outline), [], undefined],
        // The pack's outline is not last: another story comes after it.
        [[...bundled, part.outline, article], [], undefined],
      ];
      for (const [stories, corrections, told] of cases) {
        expect(plainCatalog(pageCatalog(stories, corrections, told))).toEqual(
          plainCatalog(correctedCatalog(stories, corrections, told)),
        );
      }
    }
  });

  it('is made, with the pack on, from the part’s catalog table, parsing none of the pack’s entities', () => {
    const part = storedPart();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      runSteps(part);
      const catalog = pageCatalog([...bundled, part.outline], []);
      expect(catalog.aliases).toHaveLength(bundledAliases + COUNT);
      expect(catalog.entities.has('p7')).toBe(true);
      expect(parse).not.toHaveBeenCalled();
      // A card asks for an entity: only then are the pack's entities read.
      expect(catalog.entities.get('p7')?.name).toBe(names[6]?.name);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('reads back the tables made ahead when the catalog is the one they were made for, without hashing its aliases', () => {
    // A key that no alias list hashes to: only a catalog known by its stories can take these tables.
    const made = parsePagePart(makePackPagePart(bigPack(COUNT) as unknown as Story, bundled)) as {
      matcher: object;
    };
    const part = storedPart(pagePartText({ ...made, matcher: { ...made.matcher, key: 'not-a-hash' } }));
    runSteps(part);
    const { aliases } = pageCatalog([...bundled, part.outline], []);
    const read = tablesFor(aliases, [part.matcher]);
    // The same tables, read once (in the step), handed to each catalog they fit.
    expect(tablesFor(aliases, [part.matcher])).toBe(read);
    const built = new Matcher(aliases, buildTables(aliases));
    expect(findMentions(new Matcher(aliases, read), text)).toEqual(findMentions(built, text));
    expect(findMentions(built, text)).toHaveLength(3);
  });

  it('builds its own tables when the stories before the pack are not those the part was made after', () => {
    const part = storedPart();
    runSteps(part);
    const [first, ...rest] = bundled as [StoryOutline, ...StoryOutline[]];
    // As many aliases as the bundled stories have, one of them spelled otherwise (another version's).
    const respelled: StoryOutline = {
      ...first,
      entities: first.entities.map((entity, i) =>
        i === 0
          ? { ...entity, aliases: entity.aliases.map((alias) => ({ ...alias, text: `${alias.text}a` })) }
          : entity,
      ),
    };
    // A bundled story switched off, or spelled otherwise: the part's tables do not fit, and are not taken.
    for (const before of [rest, [respelled, ...rest]]) {
      const { aliases } = pageCatalog([...before, part.outline], []);
      expect(comparableTables(tablesFor(aliases, [part.matcher]))).toEqual(comparableTables(buildTables(aliases)));
    }
  });
});
