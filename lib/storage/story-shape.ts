/**
 * Whether a value read back from storage still has a story's shape (ids, names and aliases where
 * the matcher and the cards read them): the page's only check of a stored pack, which was checked
 * in full when it was imported (docs/decisions/0011). A whole story and an outline both pass.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function hasStoryShape(value: Record<string, unknown>): boolean {
  return (
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.entities) &&
    value.entities.every(
      (entity: unknown) =>
        isRecord(entity) &&
        typeof entity.id === 'string' &&
        typeof entity.name === 'string' &&
        typeof entity.type === 'string' &&
        Array.isArray(entity.aliases) &&
        entity.aliases.every((alias: unknown) => isRecord(alias) && typeof alias.text === 'string'),
    )
  );
}
