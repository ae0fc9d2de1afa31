/**
 * What the archive keeps of an article: its story with only the sentences something cites (an
 * entity's role, facts and relations, a quote, and, in a curated story, positions, events and
 * figures), never the whole text. Sentence ids stay as they were, so a statement still points at
 * its sentence and a sentence id still points into the article the reader read. The result is
 * still a valid story (`data/validate.ts`): the archive exports it as a story pack. Pure.
 */
import type { Story } from '../../../data/schema';

export function trimStory(story: Story): Story {
  const cited = citedSentenceIds(story);
  // The summary must name kept sentences: the ones cited, else the article's first summary line.
  let summary = story.article.summary.filter((id) => cited.has(id));
  if (summary.length === 0) {
    const first = story.article.summary[0];
    if (first !== undefined) {
      cited.add(first);
      summary = [first];
    }
  }
  const sentences = story.article.sentences.filter((sentence) => cited.has(sentence.id));
  return { ...story, article: { ...story.article, sentences, summary } };
}

/** Every sentence id the story's statements cite. */
export function citedSentenceIds(story: Story): Set<string> {
  const cited = new Set<string>();
  const add = (sources: readonly string[] | undefined) => {
    for (const id of sources ?? []) cited.add(id);
  };
  for (const entity of story.entities) {
    add(entity.role?.sources);
    for (const fact of entity.facts) add(fact.sources);
    for (const relation of entity.relations) add(relation.sources);
  }
  for (const quote of story.quotes) add(quote.sources);
  for (const position of story.positions) add(position.sources);
  for (const event of story.timeline) add(event.sources);
  for (const figure of story.figures) add(figure.sources);
  return cited;
}
