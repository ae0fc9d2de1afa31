/**
 * Story validation: the schema first, then every cross-reference the schema cannot see
 * (sentence ids, verbatim quotes, entity and reference ids, duplicate ids, alias clashes) and
 * the alias text rules of `alias-rules.ts`.
 * Browser-safe (no node:fs): the build check, `npm run data:check` and the options page
 * (user-imported story packs) all call `validateStories`.
 */
import * as v from 'valibot';
import { foldKey } from '../lib/matching/text-fold';
import { aliasTextProblem } from './alias-rules';
import { type Alias, type Entity, type Story, StorySchema } from './schema';

export interface StoryProblem {
  /** The file (or pack name) the problem is in. */
  file: string;
  /** JSON path inside that file: `$.entities[3].aliases[0].text`. */
  path: string;
  message: string;
}

export interface StoryInput {
  file: string;
  data: unknown;
}

export interface ValidationResult {
  /** The inputs that passed every check, parsed (text trimmed), in input order. */
  stories: Story[];
  /** Every problem found, in input order. An input with any problem is left out of `stories`. */
  problems: StoryProblem[];
}

export function formatProblem(p: StoryProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** `['entities', 3, 'aliases']` → `$.entities[3].aliases`. */
export function jsonPath(keys: readonly (string | number)[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Quotes are compared with only quotation marks and whitespace normalised. */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One alias already accepted, with where it came from (for clash messages). */
interface KnownAlias {
  entityId: string;
  storyId: string;
  alias: Alias;
}

/** What earlier stories (bundled, or earlier files in this run) have established. */
interface Known {
  storyFiles: Map<string, string>;
  entities: Map<string, { type: Entity['type']; name: string; storyId: string }>;
  aliases: Map<string, KnownAlias[]>;
}

export function validateStories(
  inputs: readonly StoryInput[],
  options: { existing?: readonly Story[] } = {},
): ValidationResult {
  const known: Known = { storyFiles: new Map(), entities: new Map(), aliases: new Map() };
  for (const story of options.existing ?? []) remember(known, story, `story "${story.id}"`);

  const stories: Story[] = [];
  const problems: StoryProblem[] = [];
  for (const input of inputs) {
    const found: StoryProblem[] = [];
    const report = (keys: readonly (string | number)[], message: string) =>
      found.push({ file: input.file, path: jsonPath(keys), message });

    if (typeof input.data !== 'object' || input.data === null || Array.isArray(input.data)) {
      // valibot would accept an array as an object and list every field as missing.
      report([], 'a story must be one JSON object');
      problems.push(...found);
      continue;
    }
    const parsed = v.safeParse(StorySchema, input.data);
    if (!parsed.success) {
      for (const issue of parsed.issues) report(issueKeys(issue), issueMessage(issue));
    } else {
      checkStory(parsed.output, known, report);
    }
    problems.push(...found);
    if (parsed.success && found.length === 0) {
      stories.push(parsed.output);
      remember(known, parsed.output, input.file);
    }
  }
  return { stories, problems };
}

type Report = (keys: readonly (string | number)[], message: string) => void;
type Issue = v.InferIssue<typeof StorySchema>;

function issueKeys(issue: Issue): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
}

/** valibot's own wording is fine except for object keys, which readers know as fields. */
function issueMessage(issue: Issue): string {
  const last = issue.path?.[issue.path.length - 1]?.key;
  if (issue.type === 'strict_object') {
    if (issue.expected === 'never') return `unknown field "${String(last)}"`;
    if (issue.received === 'undefined' && last !== undefined) return `missing required field "${String(last)}"`;
  }
  return issue.message;
}

function remember(known: Known, story: Story, file: string): void {
  known.storyFiles.set(story.id, file);
  for (const entity of story.entities) {
    if (!known.entities.has(entity.id)) {
      known.entities.set(entity.id, { type: entity.type, name: entity.name, storyId: story.id });
    }
    for (const alias of entity.aliases) {
      const key = foldKey(alias.text);
      const list = known.aliases.get(key) ?? [];
      list.push({ entityId: entity.id, storyId: story.id, alias });
      known.aliases.set(key, list);
    }
  }
}

function checkStory(story: Story, known: Known, report: Report): void {
  const earlierFile = known.storyFiles.get(story.id);
  if (earlierFile !== undefined) report(['id'], `duplicate story id "${story.id}" (already used by ${earlierFile})`);

  const sentences = uniqueIds(story.article.sentences, ['article', 'sentences'], 'sentence', report);
  const entities = uniqueIds(story.entities, ['entities'], 'entity', report);
  const references = uniqueIds(story.references, ['references'], 'reference', report);
  uniqueIds(story.timeline, ['timeline'], 'event', report);
  uniqueIds(story.figures, ['figures'], 'figure', report);
  uniqueIds(story.quotes, ['quotes'], 'quote', report);

  const checkSources = (sources: readonly string[] | undefined, at: (string | number)[]) => {
    sources?.forEach((id, i) => {
      if (!sentences.has(id)) report([...at, 'sources', i], `unknown sentence id "${id}"`);
    });
  };
  const checkBackground = (background: { reference: string } | undefined, at: (string | number)[]) => {
    if (background && !references.has(background.reference)) {
      report([...at, 'background', 'reference'], `unknown reference "${background.reference}" (add it to references)`);
    }
  };
  const checkEntity = (id: string, at: (string | number)[]) => {
    if (!entities.has(id)) report(at, `unknown entity "${id}" (not among this story's entities)`);
  };
  /** Relations and events may carry either kind of source in the schema; the rule is exactly one. */
  const checkOneSource = (item: { sources?: unknown; background?: unknown }, at: (string | number)[]) => {
    if ((item.sources === undefined) === (item.background === undefined)) {
      report(at, 'a statement needs exactly one of "sources" (article sentences) or "background" (a named reference)');
    }
  };

  story.article.summary.forEach((id, i) => {
    if (!sentences.has(id)) report(['article', 'summary', i], `unknown sentence id "${id}"`);
  });

  // An editor states every role and every speaker; only a story read from an article may leave
  // out what its article does not say.
  const curated = story.origin !== 'article';
  story.entities.forEach((entity, e) => {
    const at = ['entities', e];
    if (curated && !entity.role) report([...at, 'role'], 'an entity of a curated story needs a role');
    for (const [statement, where] of [
      ...(entity.role ? [[entity.role, [...at, 'role']] as const] : []),
      ...entity.facts.map((fact, f) => [fact, [...at, 'facts', f]] as const),
    ] as const) {
      checkSources(statement.sources, [...where]);
      checkBackground(statement.background, [...where]);
    }
    entity.relations.forEach((relation, r) => {
      const where = [...at, 'relations', r];
      checkOneSource(relation, where);
      checkSources(relation.sources, where);
      checkBackground(relation.background, where);
      checkEntity(relation.target, [...where, 'target']);
    });
    checkMergeWithKnown(entity, known, at, report);
    checkAliasesOfEntity(entity, entities, at, report);
  });

  story.positions.forEach((position, p) => {
    checkSources(position.sources, ['positions', p]);
    position.entities?.forEach((id, i) => {
      checkEntity(id, ['positions', p, 'entities', i]);
    });
  });
  story.timeline.forEach((event, t) => {
    checkOneSource(event, ['timeline', t]);
    checkSources(event.sources, ['timeline', t]);
    checkBackground(event.background, ['timeline', t]);
  });
  story.figures.forEach((figure, f) => {
    checkSources(figure.sources, ['figures', f]);
  });
  story.quotes.forEach((quote, q) => {
    checkSources(quote.sources, ['quotes', q]);
    if (quote.speaker !== undefined) checkEntity(quote.speaker, ['quotes', q, 'speaker']);
    else if (curated) report(['quotes', q, 'speaker'], 'a quote of a curated story needs a speaker');
    checkQuoteVerbatim(quote.text, quote.sources, story, ['quotes', q, 'text'], report);
  });

  checkAliasClashes(story, known, report);
}

/** Reports repeated ids; returns every id seen (so later checks do not repeat the complaint). */
function uniqueIds(
  items: readonly { id: string }[],
  at: (string | number)[],
  what: string,
  report: Report,
): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else report([...at, i, 'id'], `duplicate ${what} id "${item.id}" (first used at ${jsonPath([...at, earlier])})`);
  });
  return new Set(first.keys());
}

function checkQuoteVerbatim(
  text: string,
  sources: readonly string[],
  story: Story,
  at: (string | number)[],
  report: Report,
): void {
  const cited = new Set(sources);
  const citedSentences = story.article.sentences.filter((s) => cited.has(s.id));
  // Unknown ids are reported on their own; a quote citing none of the article cannot be checked.
  if (citedSentences.length === 0) return;
  const haystack = normaliseQuoteText(citedSentences.map((s) => s.text).join(' '));
  if (!haystack.includes(normaliseQuoteText(text))) {
    report(at, `quote is not verbatim in the sentence(s) it cites (${sources.join(', ')}): "${text}"`);
  }
}

/** An entity shared with an earlier story must be the same entity: same type, same name. */
function checkMergeWithKnown(entity: Entity, known: Known, at: (string | number)[], report: Report): void {
  const earlier = known.entities.get(entity.id);
  if (!earlier) return;
  if (earlier.type !== entity.type) {
    report(
      [...at, 'type'],
      `entity "${entity.id}" has type ${earlier.type} in story "${earlier.storyId}" but ${entity.type} here`,
    );
  }
  if (earlier.name !== entity.name) {
    report(
      [...at, 'name'],
      `entity "${entity.id}" is named "${earlier.name}" in story "${earlier.storyId}" but "${entity.name}" here`,
    );
  }
}

function checkAliasesOfEntity(entity: Entity, entities: Set<string>, at: (string | number)[], report: Report): void {
  // A person's first name alone never identifies them ("Vladimir" is Putin, Medinsky and Zelensky in Russian).
  const givenNames = new Set((entity.givenNames ?? []).map(foldKey));
  if (entity.type === 'person') {
    const first = entity.name.split(/\s+/)[0];
    if (first && first !== entity.name) givenNames.add(foldKey(first));
  }
  entity.aliases.forEach((alias, a) => {
    const where = [...at, 'aliases', a];
    const textProblem = aliasTextProblem(alias);
    if (textProblem) report([...where, 'text'], textProblem);
    if (givenNames.has(foldKey(alias.text))) {
      report(
        [...where, 'text'],
        `alias "${alias.text}" is a given name alone, which never counts as a mention (list it in givenNames instead)`,
      );
    }
    if (alias.contextEntities && !alias.requiresContext) {
      report([...where, 'contextEntities'], 'contextEntities only apply to an alias with "requiresContext": true');
    }
    alias.contextEntities?.forEach((id, c) => {
      if (!entities.has(id))
        report([...where, 'contextEntities', c], `unknown entity "${id}" (not among this story's entities)`);
    });
  });
}

/**
 * Two entities may share a spelling only when a rule tells them apart on the page:
 * one side needs context, or one side is case-exact and the exact forms differ ("US" vs "us").
 */
export function aliasesDistinguishable(a: Alias, b: Alias): boolean {
  if (a.requiresContext || b.requiresContext) return true;
  const exact = a.case === 'exact' || b.case === 'exact';
  return exact && a.text !== b.text;
}

function checkAliasClashes(story: Story, known: Known, report: Report): void {
  const inStory = new Map<string, { entityId: string; alias: Alias }[]>();
  story.entities.forEach((entity, e) => {
    entity.aliases.forEach((alias, a) => {
      const key = foldKey(alias.text);
      const where = ['entities', e, 'aliases', a, 'text'];
      const clash = (inStory.get(key) ?? []).find(
        (other) => other.entityId !== entity.id && !aliasesDistinguishable(alias, other.alias),
      );
      const clashElsewhere = (known.aliases.get(key) ?? []).find(
        (other) => other.entityId !== entity.id && !aliasesDistinguishable(alias, other.alias),
      );
      if (clash) {
        report(where, clashMessage(alias, clash.entityId, clash.alias, undefined));
      } else if (clashElsewhere) {
        report(where, clashMessage(alias, clashElsewhere.entityId, clashElsewhere.alias, clashElsewhere.storyId));
      }
      const list = inStory.get(key) ?? [];
      list.push({ entityId: entity.id, alias });
      inStory.set(key, list);
    });
  });
}

function clashMessage(alias: Alias, otherEntity: string, other: Alias, otherStory: string | undefined): string {
  const where = otherStory === undefined ? '' : ` in story "${otherStory}"`;
  return (
    `alias "${alias.text}" is also claimed by entity "${otherEntity}"${where} ("${other.text}") with no rule to tell ` +
    'them apart (mark one "requiresContext", or make one "case": "exact" with a different exact form)'
  );
}
