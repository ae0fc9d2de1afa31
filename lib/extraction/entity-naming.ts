/**
 * An extracted entity's id and its other forms: shared by the English pipeline
 * (extract-article.ts) and the rule-table languages (languages/read-with-rules.ts).
 */
import { foldText } from '../matching/text-fold';
import type { EntityCluster } from './coreference';

/** The forms the article uses besides the entity's name ("Umerov", "Mr. Umerov"). */
export function formsOf(cluster: EntityCluster): string[] {
  const forms = new Set<string>();
  for (const m of cluster.mentions) {
    forms.add(m.form);
    forms.add(m.name);
  }
  forms.delete(cluster.name);
  return [...forms];
}

/** A slug of the entity's name, unique among those `taken` (which it joins). */
export function uniqueSlug(cluster: EntityCluster, taken: Set<string>): string {
  const base =
    foldText(cluster.name)
      .text.replace(/'s\b/g, 's')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || cluster.kind;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
