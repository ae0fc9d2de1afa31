/**
 * Measures any-article extraction against the hand-annotated gold set
 * (tests/fixtures/extraction-gold/<page>.json), the dev fixtures
 * (tests/fixtures/extraction-dev/<page>.json, original articles written to develop against) and the
 * held-back fixtures (tests/fixtures/extraction-held-back/<page>.json, original
 * articles no rule writer reads): people precision and recall, role accuracy, quote attribution
 * accuracy and misattributed quotes, per page, per split (tuning, dev and held-back apart, and
 * overall) and, within a split that mixes languages, per language (`held-back en`, `held-back fr`).
 * It runs the extension's own pipeline: detection picks the page's body block and read-article
 * reads it as the background does; the seed is plain text.
 *
 *   npm run eval:extract                     every page
 *   npm run eval:extract -- --split tuning   one split (tuning | dev | held-back)
 *   npm run eval:extract -- --page bbc-1     one page
 *   npm run eval:extract -- --verbose        misses and false positives (tuning and dev pages only:
 *                                            held-back pages are scored, never inspected)
 *   npm run eval:extract -- --hide-held-back
 *                                            leaves the held-back pages out entirely (not scored, no
 *                                            split line; the held-back fixtures' directory is not read):
 *                                            for working on the rules without seeing them; figures are
 *                                            measured on them once, at the end
 *   npm run eval:extract -- --record         writes the figures of the pages and totals scored to
 *                                            recorded-figures.json; those of the others stay
 *   npm run eval:extract -- --check          exits 1 if a figure fell below the recorded one (a page
 *                                            or total with no recorded figure is scored, not checked)
 *   npm run eval:extract -- --audit          per language, each attribution rule's quotes: right,
 *                                            wrong, refused (rule-audit.ts); tuning and dev pages only,
 *                                            and not the pages kept unseen (`"unseen"` in their gold)
 *
 * Without ../shared (the saved corpus), corpus pages are skipped with a warning (an error in CI)
 * and the seed is read from its copy in tests/fixtures/articles/; the dev and held-back fixtures are
 * in the repository and always scored.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { articleFromPlainText } from '../lib/extraction/article-text';
import { type ExtractedArticle, type ExtractedEntity, extractArticle } from '../lib/extraction/extract-article';
import { extractFromRequest } from '../lib/extraction/read-article';
import { foldText } from '../lib/matching/text-fold';
import { askedArticle, detectArticle } from '../lib/page/article-detection';
import { type Counts, figuresOf, noCounts, pct } from './eval-extract/figures';
import { dirsToRead, goldDirs } from './eval-extract/gold-dirs';
import { droppedFigures, type Recorded } from './eval-extract/recorded-check';
import { auditTable, NO_RULE, outcomeOf, type RuleTally, roleRuleOf, tally } from './eval-extract/rule-audit';
import { isOverall, languageOf, SPLITS, type Split, totalsOf } from './eval-extract/totals';
import { SHARED_DIR, sharedPresent } from './shared-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const recordedPath = join(root, 'tests/fixtures/extraction-gold/recorded-figures.json');
const shared = SHARED_DIR;
const seedPath = join(shared, 'seeds/000_fdd6b36bfce213f2.txt');
const seedCopy = join(root, 'tests/fixtures/articles/seed-article.txt');

interface GoldNamed {
  name: string;
  forms: string[];
}
interface GoldPerson extends GoldNamed {
  roles: string[];
}
interface Gold {
  page: string;
  /** `fixture`: a page written for the project, its HTML beside its gold. */
  source: 'corpus' | 'seed' | 'fixture';
  split: Split;
  language?: string;
  people: GoldPerson[];
  organisations: GoldNamed[];
  quotes: { text: string; speaker: string | null }[];
  ignore: string[];
  /** Written and scored before a round's rule changes and never tuned on ("round 6"): left out of `--audit`. */
  unseen?: string;
}

/** The project's fold, trimmed, without a trailing possessive. */
function fold(text: string): string {
  return foldText(text).text.trim().replace(/'s$/, '');
}

/** Folded, punctuation as spaces: for role phrases. */
function foldPhrase(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesOf(x: { name: string; forms: string[] }): Set<string> {
  return new Set([x.name, ...x.forms].map(fold));
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * What the extension extracts from the page: the body block its detection picks (or, as for the
 * popup's "Find names on this page", the best block), read as the background reads it.
 */
function extractedOf(gold: Gold, dir: string): ExtractedArticle {
  if (gold.source === 'seed') {
    const path = existsSync(seedPath) ? seedPath : seedCopy;
    return extractArticle(articleFromPlainText(readFileSync(path, 'utf8')));
  }
  const html = readFileSync(
    gold.source === 'fixture' ? join(dir, `${gold.page}.html`) : join(shared, 'corpus/news-pages', `${gold.page}.html`),
    'utf8',
  );
  const document = parseHTML(html).document as unknown as Document;
  const page = detectArticle(document) ?? askedArticle(document);
  if (!page) return extractArticle({ paragraphs: [] });
  const found = extractFromRequest({
    url: `https://corpus.invalid/${gold.page}`,
    html: page.root.outerHTML,
    ...(page.headline ? { headline: page.headline } : {}),
    ...(page.language ? { language: page.language } : {}),
  });
  return found?.extracted ?? extractArticle({ paragraphs: [] });
}

interface PageResult {
  counts: Counts;
  ms: number;
  details: string[];
}

/** Per language, per attribution rule: what became of the gold quotes it decided. */
const audit = new Map<string, Map<string, RuleTally>>();
const auditWrong: string[] = [];
/** Per language, per role rule (where the role stands against the name): right, wrong, none found. */
const roleAudit = new Map<string, Map<string, RuleTally>>();
const roleWrong: string[] = [];

function score(gold: Gold, extracted: ExtractedArticle, audited = false): Omit<PageResult, 'ms'> {
  const details: string[] = [];
  const counts = noCounts();
  const people = extracted.entities.filter((e) => e.kind === 'person');
  const ignore = new Set(gold.ignore.map(fold));
  const matched = new Map<GoldPerson, ExtractedEntity>();
  for (const entity of people) {
    const names = namesOf(entity);
    // The person the entity's own name is first ("Dennis Calloway"), else one a form of it shares
    // ("Mr. Calloway"): a surname two people share must not give one the other's entity.
    const goldPerson =
      gold.people.find((g) => namesOf(g).has(fold(entity.name))) ??
      gold.people.find((g) => overlaps(names, namesOf(g)));
    if (goldPerson && !matched.has(goldPerson)) {
      matched.set(goldPerson, entity);
      counts.truePositives++;
    } else if (goldPerson || ![...names].some((n) => ignore.has(n))) {
      counts.falsePositives++;
      details.push(`false positive: ${entity.name}${goldPerson ? ` (second entity for ${goldPerson.name})` : ''}`);
    }
  }
  for (const g of gold.people) {
    if (!matched.has(g)) {
      counts.falseNegatives++;
      details.push(`missed person: ${g.name}`);
    }
    const entity = matched.get(g);
    if (!entity || g.roles.length === 0) continue;
    counts.rolesTotal++;
    const role = foldPhrase(entity.role?.text ?? '');
    const right = role !== '' && g.roles.some((r) => role.includes(foldPhrase(r)));
    if (audited) {
      const stated = entity.role;
      const sentence = extracted.sentences.find((s) => s.id === stated?.sentence)?.text ?? '';
      const rule = stated ? roleRuleOf(sentence, stated.text, [entity.name, ...entity.forms]) : '(no role found)';
      tally(roleAudit, languageOf(gold.language), rule, right ? 'right' : stated ? 'wrong' : 'refused');
      if (stated && !right)
        roleWrong.push(`${gold.page}: ${g.name} "${stated.text}" by ${rule}, want ${g.roles.join(' | ')}`);
    }
    if (right) counts.rolesRight++;
    else details.push(`role of ${g.name}: got "${entity.role?.text ?? '(none)'}", want one of ${g.roles.join(' | ')}`);
  }
  const byId = new Map(extracted.entities.map((e) => [e.id, e]));
  const speakerIs = (entityId: string, goldName: string) => {
    const entity = byId.get(entityId);
    const goldNamed = [...gold.people, ...gold.organisations].find((g) => g.name === goldName);
    return entity !== undefined && goldNamed !== undefined && overlaps(namesOf(entity), namesOf(goldNamed));
  };
  for (const g of gold.quotes) {
    const goldText = fold(g.text);
    const candidates = extracted.quotes.filter((q) => {
      const text = fold(q.text);
      return text.includes(goldText.slice(0, 25)) || goldText.includes(text);
    });
    if (g.speaker !== null) {
      counts.quotesTotal++;
      if (candidates.some((q) => q.speaker && speakerIs(q.speaker, g.speaker as string))) counts.quotesRight++;
      else {
        const got = candidates.map((q) => (q.speaker ? byId.get(q.speaker)?.name : '(no speaker)')).join(', ');
        details.push(`quote "${g.text.slice(0, 40)}…" (${g.speaker}): got ${got || '(quote not found)'}`);
      }
    }
    const wrong = candidates.find((q) => q.speaker && (g.speaker === null || !speakerIs(q.speaker, g.speaker)));
    if (audited && candidates.length > 0) {
      const right = candidates.find((q) => q.speaker && g.speaker !== null && speakerIs(q.speaker, g.speaker));
      const decided = wrong ?? right ?? candidates.find((q) => q.rule) ?? (candidates[0] as (typeof candidates)[0]);
      const rule = decided.rule ?? NO_RULE;
      const outcome = outcomeOf(g.speaker, decided.speaker, (entity) => speakerIs(entity, g.speaker as string));
      tally(audit, languageOf(gold.language), rule, outcome);
      if (outcome === 'wrong')
        auditWrong.push(
          `${gold.page}: "${g.text.slice(0, 40)}…" by ${rule} to ${byId.get(decided.speaker as string)?.name}`,
        );
    }
    if (wrong) {
      counts.misattributed++;
      details.push(
        `MISATTRIBUTED "${g.text.slice(0, 40)}…" to ${byId.get(wrong.speaker as string)?.name} (gold ${g.speaker})`,
      );
    }
  }
  return { counts, details };
}

function line(label: string, c: Counts, ms?: number): string {
  const f = figuresOf(c);
  return [
    label.padEnd(28),
    `people P ${pct(f.precision)} R ${pct(f.recall)} (${c.truePositives} tp, ${c.falsePositives} fp, ${c.falseNegatives} fn)`,
    `roles ${pct(f.roles)} (${c.rolesRight}/${c.rolesTotal})`,
    `quotes ${pct(f.quotes)} (${c.quotesRight}/${c.quotesTotal})`,
    `misattributed ${c.misattributed}`,
    ms === undefined ? '' : `${ms.toFixed(0)} ms`,
  ].join('  ');
}

/** JSON as the repository's formatter (Biome) prints it: a short list of names on one line. */
function asFormatted(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /^( *)("\w+": )\[\n([^\]]*)\n *\]/gm,
    (whole, indent: string, key: string, items: string) => {
      const line = `${indent}${key}[${items
        .split(',\n')
        .map((item) => item.trim())
        .join(', ')}]`;
      return line.length <= 120 ? line : whole;
    },
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = option('--split');
  const only = option('--page');
  const verbose = args.includes('--verbose');
  const hideHeldBack = args.includes('--hide-held-back');
  const corpus = sharedPresent(join(shared, 'corpus/news-pages'), 'News corpus');
  if (!corpus) console.warn(`warning: ${shared} is absent: corpus pages skipped, the seed and the fixtures scored`);

  if (split && !(SPLITS as readonly string[]).includes(split)) {
    console.error(`unknown split "${split}": one of ${SPLITS.join(', ')}`);
    process.exit(1);
  }
  // Read, parsed and scored only where a run needs them: `--hide-held-back` never opens the
  // held-back fixtures' directory. The gold set's own held-back pages are read to learn their split
  // and then dropped unscored.
  const dirs = dirsToRead(goldDirs(root), { split, hideHeldBack });
  const readGolds = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'recorded-figures.json')
      .map((f) => ({ gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold, dir }));
  const englishFirst = (g: Gold) => (languageOf(g.language) === 'en' ? '' : languageOf(g.language));
  const golds = dirs
    .flatMap((d) => readGolds(d.path))
    .filter(({ gold: g }) => (!split || g.split === split) && (!only || g.page === only))
    .filter(({ gold: g }) => !hideHeldBack || g.split !== 'held-back')
    .filter(({ gold: g }) => corpus || g.source !== 'corpus')
    .sort(
      ({ gold: a }, { gold: b }) =>
        SPLITS.indexOf(a.split) - SPLITS.indexOf(b.split) ||
        englishFirst(a).localeCompare(englishFirst(b)) ||
        a.page.localeCompare(b.page),
    );

  const results = new Map<Gold, PageResult>();
  for (const { gold, dir } of golds) {
    const t0 = performance.now();
    const extracted = extractedOf(gold, dir);
    const ms = performance.now() - t0;
    const audited = args.includes('--audit') && gold.split !== 'held-back' && gold.unseen === undefined;
    results.set(gold, { ...score(gold, extracted, audited), ms });
  }

  let heading: string | undefined;
  for (const [gold, result] of results) {
    if (gold.split !== heading) {
      heading = gold.split;
      console.log(`${heading === SPLITS[0] ? '' : '\n'}[${heading}]`);
    }
    const language = languageOf(gold.language);
    console.log(line(language === 'en' ? gold.page : `${gold.page} [${language}]`, result.counts, result.ms));
    if (verbose && result.details.length > 0) {
      if (gold.split === 'held-back') console.log('    (details withheld: held-back page)');
      else for (const d of result.details) console.log(`    ${d}`);
    }
  }
  const totals = totalsOf(
    [...results].map(([g, r]) => ({
      page: g.page,
      split: g.split,
      ...(g.language ? { language: g.language } : {}),
      counts: r.counts,
    })),
  );
  console.log('');
  const oneSplit = new Set([...results.keys()].map((g) => g.split)).size === 1;
  for (const total of totals) if (!(oneSplit && isOverall(total.key))) console.log(line(total.key, total.counts));

  if (args.includes('--audit')) {
    console.log(`\nattribution rules (gold quotes, tuning and dev pages, not the unseen ones):${auditTable(audit)}`);
    for (const w of auditWrong) console.log(`  wrong: ${w}`);
    console.log(`\nrole rules (gold people with a role; refused: none found):${auditTable(roleAudit)}`);
    for (const w of roleWrong) console.log(`  wrong: ${w}`);
  }

  const now: Recorded = {
    pages: Object.fromEntries([...results].map(([g, r]) => [g.page, figuresOf(r.counts)])),
    splits: Object.fromEntries(totals.map((t) => [t.key, { ...figuresOf(t.counts), pages: t.pages }])),
  };
  if (args.includes('--record')) {
    // Only what was scored is replaced: `--split tuning --record` leaves the held-back figures as
    // they were measured, and "overall" (and its languages) is recorded only from a run of every page.
    const was: Recorded = existsSync(recordedPath)
      ? (JSON.parse(readFileSync(recordedPath, 'utf8')) as Recorded)
      : { pages: {}, splits: {} };
    const everything = !split && !only && !hideHeldBack && corpus;
    const recordedTotals = Object.entries(now.splits).filter(([key]) => everything || !isOverall(key));
    const recorded: Recorded = {
      pages: { ...was.pages, ...now.pages },
      splits: { ...was.splits, ...Object.fromEntries(recordedTotals) },
    };
    writeFileSync(recordedPath, `${asFormatted(recorded)}\n`);
    console.log(`\nrecorded ${recordedTotals.map(([key]) => key).join(', ')} to ${recordedPath}`);
  }
  if (args.includes('--check')) {
    if (!existsSync(recordedPath)) {
      console.error('no recorded figures: run with --record first');
      process.exit(1);
    }
    const was = JSON.parse(readFileSync(recordedPath, 'utf8')) as Recorded;
    const problems = droppedFigures(new Map([...results].map(([g, r]) => [g.page, r.counts])), was);
    if (problems.length > 0) {
      console.error(`\nextraction quality dropped:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('\nno figure dropped below the recorded ones');
  }
}

main();
