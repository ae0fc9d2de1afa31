/**
 * Bumped when a story file's shape changes; `lib/storage/pack-migrations.ts` upgrades older packs.
 * On its own so that what reads packs on a page does not carry the schema's validation code.
 */
export const STORY_SCHEMA_VERSION = 1;
