/**
 * A pack's page part as stored (lib/storage/pack-page.ts: its JSON, a newline, its entities' JSON)
 * taken apart and put together again, for tests that damage one field of it.
 */
export function parsePagePart(made: string): Record<string, unknown> {
  const cut = made.indexOf('\n');
  if (cut < 0) return JSON.parse(made) as Record<string, unknown>;
  return { ...(JSON.parse(made.slice(0, cut)) as Record<string, unknown>), entities: made.slice(cut + 1) };
}

/** The stored text of `part` (`parsePagePart`'s): its entities after the newline when they are a string. */
export function pagePartText(part: Record<string, unknown>): string {
  const { entities, ...rest } = part;
  return typeof entities === 'string' ? `${JSON.stringify(rest)}\n${entities}` : JSON.stringify(part);
}
