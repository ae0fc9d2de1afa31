/**
 * Measures any-article extraction against the hand-annotated gold set
 * (tests/fixtures/extraction-gold/<page>.json) and the dev fixtures
 * (tests/fixtures/extraction-dev/<page>.json, original articles written to develop against): people
 * precision and recall, role accuracy, quote attribution accuracy and misattributed quotes, per
 * page and per split (tuning, dev and held-back apart, and overall). It runs the extension's own
 * pipeline: detection picks the page's body block and read-article reads it as the background
 * does; the seed is plain text.
 *
 *   npm run eval:extract                     every page
 *   npm run eval:extract -- --split tuning   one split (tuning | dev | held-back)
 *   npm run eval:extract -- --page bbc-1     one page
 *   npm run eval:extract -- --verbose        misses and false positives (tuning and dev pages only:
 *                                            held-back pages are scored, never inspected)
 *   npm run eval:extract -- --hide-held-back
 *                                            leaves the held-back pages out entirely (not read, not
 *                                            scored, no split line): for working on the rules without
 *                                            seeing them; figures are measured on them once, at the end
 *   npm run eval:extract -- --record         writes the figures of the pages and splits scored to
 *                                            recorded-figures.json; those of the others stay
 *   npm run eval:extract -- --check          exits 1 if a figure fell below the recorded one
 *
 * Without ../shared (the saved corpus), corpus pages are skipped with a warning (an error in CI)
 * and the seed is read from its copy in tests/fixtures/articles/; the dev fixtures are in the
 * repository and always scored.
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
import { SHARED_DIR, sharedPresent } from './shared-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(root, 'tests/fixtures/extraction-gold');
const devDir = join(root, 'tests/fixtures/extraction-dev');
const recordedPath = join(goldDir, 'recorded-figures.json');
const shared = SHARED_DIR;
const seedPath = join(shared, 'seeds/000_fdd6b36bfce213f2.txt');
const seedCopy = join(root, 'tests/fixtures/articles/seed-article.txt');
const EPSILON = 0.005;

const SPLITS = ['tuning', 'dev', 'held-back'] as const;
type Split = (typeof SPLITS)[number];

interface GoldNamed {
  name: string;
  forms: string[];
}
interface GoldPerson extends GoldNamed {
  roles: string[];
}
interface Gold {
  page: string;
  /** `fixture`: a dev page, its HTML beside its gold in tests/fixtures/extraction-dev/. */
  source: 'corpus' | 'seed' | 'fixture';
  split: Split;
  /** BCP 47 primary tag; pages in another language than English are also scored apart ("dev-fr"). */
  language?: string;
  people: GoldPerson[];
  organisations: GoldNamed[];
  quotes: { text: string; speaker: string | null }[];
  ignore: string[];
}

/** Counts that add up across pages; figures are ratios of them. */
interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  rolesRight: number;
  rolesTotal: number;
  quotesRight: number;
  quotesTotal: number;
  misattributed: number;
}

interface Figures {
  precision: number | null;
  recall: number | null;
  roles: number | null;
  quotes: number | null;
  misattributed: number;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function figuresOf(c: Counts): Figures {
  return {
    precision: ratio(c.truePositives, c.truePositives + c.falsePositives),
    recall: ratio(c.truePositives, c.truePositives + c.falseNegatives),
    roles: ratio(c.rolesRight, c.rolesTotal),
    quotes: ratio(c.quotesRight, c.quotesTotal),
    misattributed: c.misattributed,
  };
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
function extractedOf(gold: Gold): ExtractedArticle {
  if (gold.source === 'seed') {
    const path = existsSync(seedPath) ? seedPath : seedCopy;
    return extractArticle(articleFromPlainText(readFileSync(path, 'utf8')));
  }
  const html = readFileSync(
    gold.source === 'fixture'
      ? join(devDir, `${gold.page}.html`)
      : join(shared, 'corpus/news-pages', `${gold.page}.html`),
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

function noCounts(): Counts {
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    rolesRight: 0,
    rolesTotal: 0,
    quotesRight: 0,
    quotesTotal: 0,
    misattributed: 0,
  };
}

function score(gold: Gold, extracted: ExtractedArticle): Omit<PageResult, 'ms'> {
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
    if (role && g.roles.some((r) => role.includes(foldPhrase(r)))) counts.rolesRight++;
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
    if (wrong) {
      counts.misattributed++;
      details.push(
        `MISATTRIBUTED "${g.text.slice(0, 40)}…" to ${byId.get(wrong.speaker as string)?.name} (gold ${g.speaker})`,
      );
    }
  }
  return { counts, details };
}

function add(a: Counts, b: Counts): Counts {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof Counts)[]) sum[key] += b[key];
  return sum;
}

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function line(label: string, c: Counts, ms?: number): string {
  const f = figuresOf(c);
  return [
    label.padEnd(16),
    `people P ${pct(f.precision)} R ${pct(f.recall)} (${c.truePositives} tp, ${c.falsePositives} fp, ${c.falseNegatives} fn)`,
    `roles ${pct(f.roles)} (${c.rolesRight}/${c.rolesTotal})`,
    `quotes ${pct(f.quotes)} (${c.quotesRight}/${c.quotesTotal})`,
    `misattributed ${c.misattributed}`,
    ms === undefined ? '' : `${ms.toFixed(0)} ms`,
  ].join('  ');
}

interface Recorded {
  pages: Record<string, Figures>;
  splits: Record<string, Figures & { pages: string[] }>;
}

function dropped(label: string, now: Figures, was: Figures): string[] {
  const problems: string[] = [];
  for (const key of ['precision', 'recall', 'roles', 'quotes'] as const) {
    const before = was[key];
    const after = now[key];
    if (before !== null && (after === null || after < before - EPSILON))
      problems.push(`${label}: ${key} fell from ${pct(before)} to ${pct(after)}`);
  }
  if (now.misattributed > was.misattributed)
    problems.push(`${label}: misattributed quotes rose from ${was.misattributed} to ${now.misattributed}`);
  return problems;
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
  if (!corpus) console.warn(`warning: ${shared} is absent: corpus pages skipped, only the seed is scored`);

  if (split && !(SPLITS as readonly string[]).includes(split)) {
    console.error(`unknown split "${split}": one of ${SPLITS.join(', ')}`);
    process.exit(1);
  }
  const readGolds = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'recorded-figures.json')
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
  const golds = [...readGolds(goldDir), ...readGolds(devDir)]
    .filter((g) => (!split || g.split === split) && (!only || g.page === only))
    .filter((g) => !hideHeldBack || g.split !== 'held-back')
    .filter((g) => corpus || g.source !== 'corpus')
    .sort((a, b) => SPLITS.indexOf(a.split) - SPLITS.indexOf(b.split) || a.page.localeCompare(b.page));

  const results = new Map<Gold, PageResult>();
  for (const gold of golds) {
    const t0 = performance.now();
    const extracted = extractedOf(gold);
    const ms = performance.now() - t0;
    results.set(gold, { ...score(gold, extracted), ms });
  }

  const zero = noCounts();
  const splits: Record<string, { counts: Counts; pages: string[] }> = {};
  let heading: string | undefined;
  for (const [gold, result] of results) {
    if (gold.split !== heading) {
      heading = gold.split;
      console.log(`${heading === SPLITS[0] ? '' : '\n'}[${heading}]`);
    }
    console.log(line(gold.page, result.counts, result.ms));
    if (verbose && result.details.length > 0) {
      if (gold.split === 'held-back') console.log('    (details withheld: held-back page)');
      else for (const d of result.details) console.log(`    ${d}`);
    }
    // French and German pages are summed apart ("dev-fr"), so that the English splits' figures
    // stay comparable with those recorded before other languages were read.
    const group = gold.language && gold.language !== 'en' ? `${gold.split}-${gold.language}` : gold.split;
    for (const key of [group, 'overall']) {
      splits[key] ??= { counts: { ...zero }, pages: [] };
      const s = splits[key];
      s.counts = add(s.counts, result.counts);
      s.pages.push(gold.page);
    }
  }
  console.log('');
  const scored = Object.keys(splits)
    .filter((key) => key !== 'overall')
    .sort(
      (a, b) =>
        SPLITS.indexOf(a.split('-')[0] as Split) - SPLITS.indexOf(b.split('-')[0] as Split) || a.localeCompare(b),
    );
  for (const key of scored.length > 1 ? [...scored, 'overall'] : scored) {
    const s = splits[key];
    if (s) console.log(line(key, s.counts));
  }

  const now: Recorded = {
    pages: Object.fromEntries([...results].map(([g, r]) => [g.page, figuresOf(r.counts)])),
    splits: Object.fromEntries(Object.entries(splits).map(([k, s]) => [k, { ...figuresOf(s.counts), pages: s.pages }])),
  };
  if (args.includes('--record')) {
    // Only what was scored is replaced: `--split tuning --record` leaves the held-back figures as
    // they were measured, and "overall" is recorded only from a run of every page.
    const was: Recorded = existsSync(recordedPath)
      ? (JSON.parse(readFileSync(recordedPath, 'utf8')) as Recorded)
      : { pages: {}, splits: {} };
    const { overall, ...scoredSplits } = now.splits;
    const everything = !split && !only && !hideHeldBack && corpus;
    const recorded: Recorded = {
      pages: { ...was.pages, ...now.pages },
      splits: { ...was.splits, ...scoredSplits, ...(everything && overall ? { overall } : {}) },
    };
    writeFileSync(recordedPath, `${asFormatted(recorded)}\n`);
    console.log(`\nrecorded ${Object.keys(scoredSplits).join(', ')} to ${recordedPath}`);
  }
  if (args.includes('--check')) {
    if (!existsSync(recordedPath)) {
      console.error('no recorded figures: run with --record first');
      process.exit(1);
    }
    const was = JSON.parse(readFileSync(recordedPath, 'utf8')) as Recorded;
    const problems: string[] = [];
    for (const [page, figures] of Object.entries(now.pages)) {
      const before = was.pages[page];
      if (before) problems.push(...dropped(page, figures, before));
    }
    for (const [key, figures] of Object.entries(now.splits)) {
      const before = was.splits[key];
      // A split is compared only when the same pages were scored (not with the corpus absent).
      if (before && before.pages.join() === figures.pages.join()) problems.push(...dropped(key, figures, before));
    }
    if (problems.length > 0) {
      console.error(`\nextraction quality dropped:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('\nno figure dropped below the recorded ones');
  }
}

main();
