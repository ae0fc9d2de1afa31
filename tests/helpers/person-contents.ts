/**
 * Who's who card content for component tests, as the side panel makes it when an entry opens
 * (entrypoints/sidepanel/App.tsx): here every entry's, made up front from a catalog of whole stories.
 */
import type { CatalogIndex } from '../../lib/story/story-model';
import { type CardContent, cardContent } from '../../lib/views/card-content';

/** The card content of every entity of `storyId`, by entity id. */
export function allContents(catalog: CatalogIndex, storyId: string, locale = 'en-GB'): Map<string, CardContent | null> {
  const story = catalog.storyById.get(storyId);
  return new Map(
    (story?.entities ?? []).map((entity) => [entity.id, cardContent(catalog, entity.id, storyId, locale) ?? null]),
  );
}
