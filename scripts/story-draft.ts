/**
 * `npm run story:draft -- <article.html | article.txt> [--out draft.json] [--source Outlet]`: runs the extension's
 * own any-article extraction in Node and writes a draft story pack for an editor to review and
 * import. The draft is marked `origin: "article"` (read by rules, not yet checked by a person): it
 * passes `npm run data:check` as it is; an editor adds what the article left unsaid (roles,
 * speakers, sides, positions, a timeline), then removes `origin` to make it a curated story.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Story } from '../data/schema';
import { bundledStories } from '../data/stories';
import { formatProblem, validateStories } from '../data/validate';
import { articleFromPlainText } from '../lib/extraction/article-text';
import { extractArticle } from '../lib/extraction/extract-article';
import { readArticle } from '../lib/extraction/read-article';
import { curatedNames, storyFromArticle } from '../lib/extraction/story-from-article';
import { askedArticle, detectArticle } from '../lib/page/article-detection';
import { buildCatalog } from '../lib/story/story-model';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const out = option('--out');
const input = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!input) {
  console.error('usage: npm run story:draft -- <article.html | article.txt> [--out draft.json] [--source "Outlet"]');
  process.exit(2);
}

const today = new Date().toISOString().slice(0, 10);
const slug =
  path
    .basename(input)
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'article';
// Names the bundled stories know keep their ids, so an imported draft joins those entities.
const curated = curatedNames(buildCatalog(bundledStories));
const source = readFileSync(input, 'utf8');

function draftOf(): Story | undefined {
  const url = `file://${path.resolve(input as string)}`;
  if (/\.html?$/i.test(input as string)) {
    const document = parseHTML(source).document as unknown as Document;
    const page = detectArticle(document) ?? askedArticle(document);
    if (!page) return undefined;
    return readArticle(
      {
        url,
        html: page.root.outerHTML,
        ...(page.headline ? { headline: page.headline } : {}),
        ...(page.siteName ? { siteName: page.siteName } : {}),
        ...(page.published ? { published: page.published } : {}),
        ...(page.language ? { language: page.language } : {}),
      },
      curated,
      today,
    );
  }
  const text = articleFromPlainText(source);
  // A text file names no outlet: the editor says which, or the file's name stands in.
  const outlet = option('--source') ?? path.basename(input as string);
  return storyFromArticle(extractArticle(text), { url, source: outlet, date: today }, curated);
}

const draft = draftOf();
if (!draft) {
  console.error(`story:draft: no article text found in ${input}`);
  process.exit(1);
}
// A draft is a file on the editor's disk, not a page: its id says what it is, its address is not kept.
const { url: _url, ...article } = draft.article;
const story: Story = { ...draft, id: `draft-${slug}`, article };
const { problems } = validateStories([{ file: input, data: story }]);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const target = out ?? `draft-${slug}.json`;
writeFileSync(target, `${JSON.stringify(story, null, 2)}\n`);
const people = story.entities.filter((e) => e.type === 'person');
console.log(
  `wrote ${target}: ${story.article.sentences.length} sentences, ${people.length} people ` +
    `(${people.filter((p) => p.role).length} with a role), ${story.entities.length - people.length} places and organisations, ` +
    `${story.quotes.length} quotes (${story.quotes.filter((q) => q.speaker).length} attributed)`,
);
