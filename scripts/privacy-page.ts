/**
 * `npm run store:privacy`: store/privacy-policy.html, the page the stores link to, rendered from
 * store/privacy-policy.md (the one to edit). Only the Markdown the policy uses is understood:
 * `#` and `##` headings, paragraphs, `- ` lists (continued by indented lines), **bold**, `code`
 * and [links](url). tests/e2e/store-listing.e2e.ts fails when the HTML is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../store');
export const PRIVACY_MARKDOWN = path.join(STORE_DIR, 'privacy-policy.md');
export const PRIVACY_HTML = path.join(STORE_DIR, 'privacy-policy.html');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`(.+?)`/g, '<code>$1</code>')
    .replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>');
}

/** The policy's Markdown as the body of an HTML page. */
export function renderPolicy(markdown: string): { title: string; body: string } {
  const blocks = markdown.trim().split(/\n\s*\n/);
  let title = '';
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const first = lines[0] ?? '';
    if (first.startsWith('# ')) {
      title = first.slice(2).trim();
      html.push(`<h1>${inline(title)}</h1>`);
    } else if (first.startsWith('## ')) {
      html.push(`<h2>${inline(first.slice(3).trim())}</h2>`);
    } else if (first.startsWith('- ')) {
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2).trim());
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      html.push(`<ul>\n${items.map((item) => `  <li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    } else {
      html.push(`<p>${inline(lines.map((line) => line.trim()).join(' '))}</p>`);
    }
  }
  return { title, body: html.join('\n') };
}

export function privacyPage(markdown: string): string {
  const { title, body } = renderPolicy(markdown);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<!-- Rendered from privacy-policy.md by \`npm run store:privacy\`: edit that file, not this one. -->
<style>
  :root { color-scheme: light dark; }
  body { max-width: 42rem; margin: 2.5rem auto; padding: 0 1.25rem; font: 17px/1.6 Georgia, "DejaVu Serif", serif; color: #17171a; background: #fff; }
  h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }
  li { margin-bottom: 0.6em; }
  code { font-size: 0.9em; }
  @media (prefers-color-scheme: dark) { body { color: #f0efec; background: #141416; } a { color: #8ab8ff; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PRIVACY_HTML, privacyPage(readFileSync(PRIVACY_MARKDOWN, 'utf8')));
  console.log(`Wrote ${path.relative(process.cwd(), PRIVACY_HTML)}`);
}
