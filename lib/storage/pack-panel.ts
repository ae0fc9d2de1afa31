/**
 * A pack's panel part (`pack-panel:v1:<id>`): what the popup and the side panel list of a pack
 * (storage/panel-catalog.ts), made from the pack when it is imported, or by the background when
 * an update or a start finds it missing or damaged (`pack-page-refresh.ts`), and stored beside it.
 * It is the story without its entities' descriptions, facts and relations (story/story-index.ts
 * `panelStoryOf`): an opened who's-who entry reads the whole pack. Never the only copy of anything:
 * a panel that finds it missing or damaged reads the pack whole, and the options page remakes it.
 *
 * Stored as one JSON string, as the page part is: what a storage answer costs grows with the
 * number of values in it, and a string is one value (docs/decisions/0028).
 */
import type { Story } from '../../data/schema';
import { type PanelStory, panelStoryOf } from '../story/story-index';
import { parseStoredJson } from './stored-json';
import { hasStoryShape, isRecord } from './story-shape';

/** The panel part of `story`, as stored. */
export function makePackPanelPart(story: Story): string {
  return JSON.stringify(panelStoryOf(story));
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const LISTS = ['positions', 'timeline', 'quotes', 'figures', 'references'] as const;

/** Whether a parsed part has what the panels read: a story's shape, its article, its lists, each entity's side. */
function hasPanelShape(value: Record<string, unknown>): boolean {
  const { article } = value;
  return (
    hasStoryShape(value) &&
    isRecord(article) &&
    typeof article.headline === 'string' &&
    typeof article.source === 'string' &&
    typeof article.date === 'string' &&
    isList(article.sentences) &&
    isList(article.summary) &&
    LISTS.every((key) => isList(value[key])) &&
    (value.entities as unknown[]).every((entity) => typeof (entity as Record<string, unknown>).side === 'string')
  );
}

/** The stored panel part of pack `id`, or null when there is none or it is damaged (the pack is then read whole). */
export function readPackPanelPart(value: unknown, id: string): PanelStory | null {
  const part = parseStoredJson(value);
  if (!isRecord(part) || part.id !== id || !hasPanelShape(part)) return null;
  return part as unknown as PanelStory;
}
