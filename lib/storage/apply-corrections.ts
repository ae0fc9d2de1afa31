/**
 * The reader's corrections applied to stories, before any catalog or matcher is built from them:
 * a `not-a-name` correction takes every alias with its text out of every entity (curated or read
 * from the article), a `wrong-person` one takes it out of that entity only. Applied at the story
 * level so the highlights, cards, popup and briefing, which all build on these stories, agree;
 * the matcher and the mention engine never hear of corrections. Pure: the caller passes the
 * corrections in force on its page (`correctionsFor` in corrections.ts). A declined alias goes
 * when the corrected text is any of its case forms ("Зеленського" takes out "Зеленський").
 */
import { declinedForms } from '../matching/declension';
import { foldKey } from '../matching/text-fold';
import { indexWithArticle } from '../story/story-index';
import {
  buildCatalog,
  type Catalog,
  type CatalogIndex,
  type EntityOutline,
  inflectionOf,
  type StoryOutline,
} from '../story/story-model';
import type { Correction } from './corrections';

interface Rules {
  /** Folded texts that are no name at all. */
  notNames: ReadonlySet<string>;
  /** Folded texts each entity must not be matched by. */
  notThis: ReadonlyMap<string, ReadonlySet<string>>;
}

function rulesOf(corrections: readonly Correction[]): Rules {
  const notNames = new Set<string>();
  const notThis = new Map<string, Set<string>>();
  for (const correction of corrections) {
    if (correction.kind === 'not-a-name') {
      notNames.add(correction.folded);
      continue;
    }
    let texts = notThis.get(correction.entityId);
    if (!texts) {
      texts = new Set();
      notThis.set(correction.entityId, texts);
    }
    texts.add(correction.folded);
  }
  return { notNames, notThis };
}

function correctEntity<E extends EntityOutline>(entity: E, rules: Rules): E {
  const notThis = rules.notThis.get(entity.id);
  const corrected = (folded: string) => rules.notNames.has(folded) || notThis?.has(folded) === true;
  const aliases = entity.aliases.filter((alias) => {
    if (corrected(foldKey(alias.text))) return false;
    const inflection = inflectionOf(alias, entity.type);
    return !inflection || !declinedForms(alias.text, inflection).some((form) => corrected(foldKey(form)));
  });
  // An entity left with no alias stays: relations and the briefing may still name it.
  return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
}

/**
 * The stories without the corrected aliases. Stories and entities nothing applies to are returned
 * as they were (same objects), so a page with no corrections in force keeps the bundled matcher.
 */
export function applyCorrections<S extends StoryOutline>(
  stories: readonly S[],
  corrections: readonly Correction[],
): S[] {
  if (corrections.length === 0) return [...stories];
  const rules = rulesOf(corrections);
  return stories.map((story) => {
    const entities = story.entities.map((entity) => correctEntity(entity, rules));
    return entities.every((entity, i) => entity === story.entities[i]) ? story : { ...story, entities };
  });
}

/**
 * The catalog of a page: the active stories and the story read from its article, if any, with the
 * corrections in force there. The content script, the background (for the article's matcher
 * tables) and the panels all build it here, so they agree.
 */
export function correctedCatalog<S extends StoryOutline>(
  stories: readonly S[],
  corrections: readonly Correction[],
  article?: S,
  build: (stories: readonly S[]) => Catalog<S> = buildCatalog,
): Catalog<S> {
  const [correctedArticle] = article ? applyCorrections([article], corrections) : [];
  const corrected = applyCorrections(stories, corrections);
  // As `withArticle` does, in one build.
  return build(
    correctedArticle ? [...corrected.filter((story) => story.origin !== 'article'), correctedArticle] : corrected,
  );
}

/** The same stories and corrections as `correctedCatalog`, without the matcher's alias list: the panels'. */
export function correctedIndex<S extends StoryOutline>(
  stories: readonly S[],
  corrections: readonly Correction[],
  article?: S,
): CatalogIndex<S> {
  const [correctedArticle] = article ? applyCorrections([article], corrections) : [];
  return indexWithArticle(applyCorrections(stories, corrections), correctedArticle);
}
