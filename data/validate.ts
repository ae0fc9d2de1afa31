/**
 * Story validation: the schema first, then every cross-reference the schema cannot see
 * (sentence ids, verbatim quotes, entity and reference ids, duplicate ids, alias clashes) and
 * the alias text rules of `alias-rules.ts`.
 * Browser-safe (no node:fs): the build check, `npm run data:check` and the options page
 * (user-imported story packs) all call `validateStories`.
 */
import * as v from 'valibot';
import { type DeclensionFault, DeclensionProblem, declinedForms, declinedWords } from '../lib/matching/declension';
import { foldKey } from '../lib/matching/text-fold';
import { aliasTextProblem, isCommonWord } from './alias-rules';
import { type Alias, type Entity, type EntityType, type Story, StorySchema } from './schema';

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
  /** The case form that has this key, when it is not the alias as written. */
  form?: string;
}

/**
 * What the matcher finds of an alias (lib/matching/declension.ts): the alias, and each case form
 * of a declined one, as they are compared (folded), each once.
 */
export function aliasForms(alias: Alias, type: EntityType): { key: string; form?: string }[] {
  // A declaration that does not fit is reported on its own (checkDeclension): the alias is then as written.
  const forms = declinedForms(alias.text, inflectionFor(alias, type));
  const own = foldKey(alias.text);
  const seen = new Set<string>();
  const out: { key: string; form?: string }[] = [];
  for (const form of forms) {
    const key = foldKey(form);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(key === own ? { key } : { key, form });
  }
  return out;
}

/** As lib/story/story-model.ts `inflectionOf` gives it to the matcher (data/ reads no lib/story). */
function inflectionFor(alias: Alias, type: EntityType) {
  const { lang } = alias;
  if ((lang !== 'uk' && lang !== 'ru' && lang !== 'de') || alias.declension === 'none' || alias.case === 'exact') {
    return undefined;
  }
  return { lang, declension: alias.declension, obliqueStem: alias.obliqueStem, person: type === 'person' };
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
      for (const { key, form } of aliasForms(alias, entity.type)) {
        const list = known.aliases.get(key) ?? [];
        list.push({ entityId: entity.id, storyId: story.id, alias, ...(form === undefined ? {} : { form }) });
        known.aliases.set(key, list);
      }
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
    checkDeclension(alias, entity.type, where, report);
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
 * A declared paradigm fits its alias (its language, its words, their endings), and no case form
 * of a declined alias is a common word ("что", "und").
 */
function checkDeclension(alias: Alias, type: EntityType, where: (string | number)[], report: Report): void {
  const declared = alias.declension !== undefined || alias.obliqueStem !== undefined;
  if (declared && alias.lang !== 'uk' && alias.lang !== 'ru' && alias.lang !== 'de') {
    report(
      [...where, alias.declension !== undefined ? 'declension' : 'obliqueStem'],
      `alias "${alias.text}" declares how it declines, which only a Ukrainian, Russian or German alias does (set "lang")`,
    );
    return;
  }
  if (declared && alias.case === 'exact' && alias.declension !== 'none') {
    report(
      [...where, 'declension'],
      `alias "${alias.text}" is matched exactly as written ("case": "exact"): it cannot decline`,
    );
    return;
  }
  const inflection = inflectionFor(alias, type);
  if (!inflection) return;
  try {
    declinedWords(alias.text, inflection);
  } catch (error) {
    if (!(error instanceof DeclensionProblem)) throw error;
    const field = error.fault === 'oblique-stem' ? 'obliqueStem' : 'declension';
    const words = alias.text.trim().split(/\s+/).length;
    report([...where, field], `alias "${alias.text}" cannot decline as declared: ${faultMessage(error.fault, words)}`);
    return;
  }
  for (const { form } of aliasForms(alias, type)) {
    if (form !== undefined && isCommonWord(form)) {
      report(
        [...where, 'text'],
        `alias "${alias.text}" has the case form "${form}", the common word "${foldKey(form)}" (declare "declension": "none")`,
      );
    }
  }
}

function faultMessage(fault: DeclensionFault, words: number): string {
  switch (fault) {
    case 'uk-adjective':
      return 'a Ukrainian adjective ends in -ий, -ій or -а';
    case 'uk-possessive':
      return 'a Ukrainian possessive surname ends in -ов, -ев, -єв, -ін, -ин or -їн (-а for a woman)';
    case 'uk-soft-feminine':
      return 'a Ukrainian soft feminine noun ends in a consonant or -ь';
    case 'ru-adjective':
      return 'a Russian adjective ends in -ий, -ый, -ой or -ая';
    case 'ru-possessive':
      return 'a Russian possessive surname ends in -ов, -ев, -ёв, -ин or -ын (-а for a woman)';
    case 'ru-soft-feminine':
      return 'a Russian soft feminine noun ends in -ь';
    case 'one-per-word':
      return `give one paradigm per word (${words} words), or "none" for the whole alias`;
    case 'word-count':
      return `declension must list one paradigm per word (${words} words)`;
    case 'german':
      return 'a German alias declares only "none" (its genitive -s is derived)';
    case 'oblique-stem':
      return 'an oblique stem needs a last word that declines';
  }
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
  const inStory = new Map<string, { entityId: string; alias: Alias; form?: string }[]>();
  story.entities.forEach((entity, e) => {
    entity.aliases.forEach((alias, a) => {
      const where = ['entities', e, 'aliases', a, 'text'];
      let reported = false;
      // The alias as written first, then its case forms: one message per alias is enough.
      for (const { key, form } of aliasForms(alias, entity.type)) {
        const clashes = (other: { entityId: string; alias: Alias }) =>
          other.entityId !== entity.id && !aliasesDistinguishable(alias, other.alias);
        const clash = (inStory.get(key) ?? []).find(clashes);
        const clashElsewhere = (known.aliases.get(key) ?? []).find(clashes);
        if (!reported && clash) {
          report(where, clashMessage(alias, form, clash, undefined));
          reported = true;
        } else if (!reported && clashElsewhere) {
          report(where, clashMessage(alias, form, clashElsewhere, clashElsewhere.storyId));
          reported = true;
        }
        const list = inStory.get(key) ?? [];
        list.push({ entityId: entity.id, alias, ...(form === undefined ? {} : { form }) });
        inStory.set(key, list);
      }
    });
  });
}

function clashMessage(
  alias: Alias,
  form: string | undefined,
  other: { entityId: string; alias: Alias; form?: string },
  otherStory: string | undefined,
): string {
  const where = otherStory === undefined ? '' : ` in story "${otherStory}"`;
  const mine = form === undefined ? `alias "${alias.text}"` : `alias "${alias.text}" (its case form "${form}")`;
  const theirs =
    other.form === undefined ? `"${other.alias.text}"` : `"${other.alias.text}", case form "${other.form}"`;
  return (
    `${mine} is also claimed by entity "${other.entityId}"${where} (${theirs}) with no rule to tell ` +
    'them apart (mark one "requiresContext", or make one "case": "exact" with a different exact form)'
  );
}
