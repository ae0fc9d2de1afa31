/**
 * Small article stories for the reading archive's tests, built from a few lines each: a person's
 * role sentence, their quotes and facts, and sentences nothing cites (the archive trims those).
 * Each is a valid story pack (origin "article"), as Backstory reads one from an article.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Entity, EntityType, Quote, Sentence, Story } from '../../../../data/schema';
import type { ReadingArchive, ReadingVisit } from '../../../../lib/storage/reading-archive/archive-contract';
import { type ArchiveOptions, openReadingArchive } from '../../../../lib/storage/reading-archive/open-archive';

export interface EntitySpec {
  name: string;
  id?: string;
  type?: EntityType;
  aliases?: string[];
  givenNames?: string[];
  /** Written into a sentence "<role> <name> arrived on Tuesday." that the role cites. */
  role?: string;
  says?: string[];
  facts?: string[];
}

export interface ArticleSpec {
  url: string;
  headline?: string;
  outlet?: string;
  date?: string;
  entities: EntitySpec[];
  /** Sentences no statement cites. */
  filler?: number;
}

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2025, 4, 16, 9);

export function articleStory(spec: ArticleSpec): Story {
  const sentences: Sentence[] = [];
  const say = (text: string) => {
    const id = `s${sentences.length + 1}`;
    sentences.push({ id, text });
    return id;
  };
  say('Delegations met in the morning.');
  const quotes: Quote[] = [];
  const entities: Entity[] = spec.entities.map((entity, e) => {
    for (let i = 0; i < (spec.filler ?? 1); i++) say(`Nothing else happened in hour ${e}-${i}.`);
    const id = entity.id ?? slug(entity.name);
    const roleId = entity.role ? say(`${entity.role} ${entity.name} arrived on Tuesday.`) : undefined;
    const facts = (entity.facts ?? []).map((fact) => ({ text: fact, sources: [say(fact)] }));
    for (const words of entity.says ?? []) {
      const sentence = say(`“${words},” ${entity.name} said.`);
      quotes.push({ id: `q${quotes.length + 1}`, speaker: id, text: words, sources: [sentence] });
      facts.push({ text: `“${words},” ${entity.name} said.`, sources: [sentence] });
    }
    return {
      id,
      type: entity.type ?? 'person',
      name: entity.name,
      ...(entity.givenNames ? { givenNames: entity.givenNames } : {}),
      aliases: (entity.aliases ?? [entity.name]).map((text) => ({ text })),
      ...(entity.role && roleId ? { role: { text: entity.role, sources: [roleId] } } : {}),
      description: entity.name,
      side: 'other',
      facts,
      relations: [],
    };
  });
  say('The talks ended without a statement.');
  return {
    schemaVersion: 1,
    id: `article-${slug(spec.url).slice(-40)}`,
    origin: 'article',
    title: spec.headline ?? `Article at ${spec.url}`,
    article: {
      headline: spec.headline ?? `Article at ${spec.url}`,
      source: spec.outlet ?? 'Example News',
      date: spec.date ?? '2025-05-16',
      url: spec.url,
      sentences,
      summary: ['s1'],
    },
    positions: [],
    timeline: [],
    figures: [],
    quotes,
    entities,
    references: [],
  };
}

export function visitOf(story: Story, readAt: number, site = 'news.example'): ReadingVisit {
  return { url: story.article.url as string, site, readAt };
}

/** A new archive in a database of its own (a fresh fake IndexedDB each call). */
export async function freshArchive(
  options: ArchiveOptions = {},
): Promise<{ archive: ReadingArchive; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { archive: await openReadingArchive(factory, options), factory };
}

/** Saves the article and fails the test when it was not saved. */
export async function read(archive: ReadingArchive, spec: ArticleSpec, readAt: number, site?: string) {
  const story = articleStory(spec);
  const outcome = await archive.save(story, visitOf(story, readAt, site));
  if (!outcome.saved) throw new Error(`not saved: ${outcome.reason}`);
  return story;
}

export function names(name: string, aliases: string[] = [name], type: EntityType = 'person') {
  return { type, name, aliases };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
