/**
 * A curated entity's spellings count when the reader's articles are matched up (issue 22): an
 * article that writes "Umerov" and another that writes "Умєров" are about the curated Rustem
 * Umerov. Before an article is kept, each of its entities that is a curated one (the extractor
 * kept the curated id) takes the curated entity's unambiguous aliases as well.
 */
import type { Story } from '../../../data/schema';
import type { Catalog } from '../../story/story-model';

export function withCuratedAliases(story: Story, catalog: Pick<Catalog, 'aliases' | 'entities' | 'storyById'>): Story {
  const curated = new Map<string, { text: string; case?: 'exact' }[]>();
  for (const alias of catalog.aliases) {
    // A gated alias ("Bruce") counts only beside its entity's other names on the same page.
    if (alias.requiresContext) continue;
    const list = curated.get(alias.entityId) ?? [];
    list.push(alias.case === 'exact' ? { text: alias.text, case: 'exact' } : { text: alias.text });
    curated.set(alias.entityId, list);
  }
  let changed = false;
  const entities = story.entities.map((entity) => {
    const extra = curated.get(entity.id);
    if (!extra || !isCurated(catalog, entity.id)) return entity;
    const have = new Set(entity.aliases.map((alias) => alias.text));
    const added = extra.filter((alias) => !have.has(alias.text));
    if (added.length === 0) return entity;
    changed = true;
    return { ...entity, aliases: [...entity.aliases, ...added] };
  });
  return changed ? { ...story, entities } : story;
}

function isCurated(catalog: Pick<Catalog, 'entities' | 'storyById'>, entityId: string): boolean {
  const entity = catalog.entities.get(entityId);
  return !!entity?.storyIds.some((id) => catalog.storyById.get(id)?.origin !== 'article');
}
