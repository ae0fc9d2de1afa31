import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../data/schema';
import { bundledStories } from '../../../data/stories';
import { extensionOf, type TablesExtension } from '../../../lib/matching/held-tables';
import { findMentions, Matcher } from '../../../lib/matching/matcher';
import { heldKey, tablesFor } from '../../../lib/matching/stored-tables';
import { buildTables, candidateSources, snapshotOf } from '../../../lib/matching/table-builder';
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

/** `story` with its first entity's aliases spelled otherwise: as many aliases, other texts. */
const respelled = (story: StoryOutline): StoryOutline => ({
  ...story,
  entities: story.entities.map((entity, i) =>
    i === 0 ? { ...entity, aliases: entity.aliases.map((alias) => ({ ...alias, text: `${alias.text}a` })) } : entity,
  ),
});

describe('a page’s tables once its article is read, with a pack on', () => {
  // The test article names two of the bundled story's people; this one names a third, new, person.
  const told = outlineOf(articleTestStory);
  const [fidan] = told.entities as [StoryOutline['entities'][number]];
  const article: StoryOutline = {
    ...told,
    entities: [
      ...told.entities,
      { ...fidan, id: 'ayla-kaya', name: 'Ayla Kaya', aliases: [{ text: 'Ayla Kaya' }, { text: 'Kaya' }] },
    ],
  };
  const stories = () => {
    const part = storedPart();
    runSteps(part);
    return { part, stories: [...bundled, part.outline] };
  };
  /** What the background answers a page that holds `part`'s tables, with `candidates` from a build of `background`. */
  const extensionFor = (background: readonly StoryOutline[], part: PackPagePart, candidatesOf = background) => {
    const aliases = correctedCatalog(background, [], article).aliases;
    const candidates = candidateSources(buildTables(correctedCatalog(candidatesOf, [], article).aliases).candidates);
    return extensionOf(aliases, part.matcher, candidates) as TablesExtension;
  };
  const articleText = `${text} Hakan Fidan spoke; Vladimir Medinsky listened; Ayla Kaya left.`;

  it('grow the pack’s tables held ahead by the article’s names, into the tables a build makes', () => {
    const { part, stories: on } = stories();
    expect(heldKey([part.matcher])).toBeUndefined();
    pageCatalog(on, []);
    // The page says it holds them once its catalog is the one they were made for.
    expect(heldKey([part.matcher])).toBe(part.matcher.key);
    const extension = extensionFor(on, part);
    expect(extension).not.toBeNull();
    // The article names a bundled story's person too: that entity's entries are merged anew.
    const { aliases } = pageCatalog(on, [], article);
    const tables = tablesFor(aliases, [part.matcher], extension);
    const built = buildTables(aliases);
    expect(snapshotOf(aliases, tables)).toEqual(snapshotOf(aliases, built));
    const found = findMentions(new Matcher(aliases, tables), articleText);
    expect(found).toEqual(findMentions(new Matcher(aliases, built), articleText));
    expect(found.map((m) => m.entityId)).toEqual(expect.arrayContaining(['ayla-kaya', 'hakan-fidan', 'p1']));
  });

  it('take the candidate pattern the background sent, not one made again of every alias', () => {
    const { part, stories: on } = stories();
    pageCatalog(on, []);
    // Another list's pattern, to tell the one sent from one made here.
    const sent = extensionFor(on, part, bundled);
    const { aliases } = pageCatalog(on, [], article);
    expect(tablesFor(aliases, [part.matcher], sent).candidates?.test.source).toBe(sent.candidates?.test[0]);
    expect(sent.candidates?.test[0]).not.toBe(buildTables(aliases).candidates?.test.source);
  });

  it('are read or built as before when the page holds none, or its catalog is not the one the background grew', () => {
    const { part, stories: on } = stories();
    const extension = extensionFor(on, part, bundled);
    const cases: [string, () => void, StoryOutline[], TablesExtension][] = [
      // Not held: the page's catalog was never the one the part's tables were made for.
      ['not held', () => {}, on, extension],
      ['other added', () => pageCatalog(on, []), on, { ...extension, added: 'x' }],
      ['other base', () => pageCatalog(on, []), on, { ...extension, base: 'x' }],
      // A bundled story off on the page, or another version's spelling: its catalog does not
      // start with the held aliases, though the article's come after them as sent.
      ['a story off', () => pageCatalog(on, []), on.slice(1), extension],
      ['respelled', () => pageCatalog(on, []), [respelled(bundled[0] as StoryOutline), part.outline], extension],
    ];
    for (const [name, hold, pageStories, sent] of cases) {
      hold();
      const { aliases } = pageCatalog(pageStories, [], article);
      const tables = tablesFor(aliases, [part.matcher], sent);
      expect({ name, tables: comparableTables(tables) }).toEqual({
        name,
        tables: comparableTables(buildTables(aliases)),
      });
    }
  });
});
