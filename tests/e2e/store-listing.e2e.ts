/**
 * The store listing material (store/) against the extension as built: a permission in a manifest
 * without its line in store/permissions.md (or a line for one no manifest asks for), a Chrome
 * summary that is not the manifest's description, a summary too long for its field, a privacy
 * page not rendered from the current policy, or a screenshot missing or of the wrong size fails
 * here. It reads the builds global-setup makes; no browser is started.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVACY_HTML, PRIVACY_MARKDOWN, privacyPage } from '../../scripts/privacy-page';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './paths';

const STORE = path.join(ROOT, 'store');
const read = (file: string) => readFileSync(file, 'utf8');

interface Manifest {
  description: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
}
const manifests = [CHROME_BUILD, FIREFOX_BUILD].map(
  (build) => JSON.parse(read(path.join(build, 'manifest.json'))) as Manifest,
);

/** The text under a `## heading` of a Markdown file, up to the next heading, without its notes in parentheses lines. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** The last paragraph of a section: the field's text, after the notes about it. */
const fieldText = (markdown: string, heading: string) =>
  section(markdown, heading)
    .split(/\n\s*\n/)
    .at(-1) ?? '';

/** A manifest string as the browser shows it in `lang`: `__MSG_key__` read from the build's `_locales`. */
function localised(text: string, build: string, lang: string): string {
  const key = /^__MSG_(\w+)__$/.exec(text)?.[1];
  if (!key) return text;
  const table = JSON.parse(read(path.join(build, '_locales', lang, 'messages.json'))) as Record<
    string,
    { message: string }
  >;
  return table[key]?.message ?? text;
}

const headings = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);

/** A PNG's size, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the store listing material', () => {
  it('gives one line in store/permissions.md to each permission the manifests ask for, and no other', () => {
    const asked = new Set(
      manifests.flatMap((m) => [
        ...(m.permissions ?? []),
        ...(m.host_permissions ?? []),
        ...(m.optional_permissions ?? []),
      ]),
    );
    const explained = new Set(
      [...read(path.join(STORE, 'permissions.md')).matchAll(/^- `([^`]+)`/gm)].map((match) => match[1]),
    );
    expect([...explained].sort()).toEqual([...asked].sort());
  });

  it.each(['en', 'uk'])(
    'uses the manifest’s description in %s as the Chrome summary, and keeps both summaries within their fields',
    (lang) => {
      const listing = read(path.join(STORE, `listing.${lang}.md`));
      const chrome = fieldText(listing, 'Short description: Chrome Web Store');
      const mozilla = fieldText(listing, 'Short description: addons.mozilla.org');
      for (const [build, manifest] of manifests.entries())
        expect(chrome).toBe(localised(manifest.description, [CHROME_BUILD, FIREFOX_BUILD][build] as string, lang));
      expect(chrome.length).toBeLessThanOrEqual(132);
      expect(mozilla.length).toBeLessThanOrEqual(250);
      // Each listing has every field the other has.
      expect(headings(listing)).toEqual(headings(read(path.join(STORE, 'listing.en.md'))));
    },
  );

  it('publishes the privacy policy page rendered from the current policy', () => {
    expect(read(PRIVACY_HTML)).toBe(privacyPage(read(PRIVACY_MARKDOWN)));
  });

  it('has each screenshot, light and dark, at its store’s size', () => {
    const expected = ['card', 'popup', 'panel'].flatMap((shot, i) =>
      ['dark', 'light'].map((scheme) => `${i + 1}-${shot}-${scheme}.png`),
    );
    for (const [folder, size] of [
      ['chrome', { width: 1280, height: 800 }],
      ['mozilla', { width: 2400, height: 1800 }],
    ] as const) {
      const dir = path.join(STORE, 'screenshots', folder);
      expect(readdirSync(dir).sort(), folder).toEqual(expected.sort());
      for (const file of expected) expect(pngSize(path.join(dir, file)), `${folder}/${file}`).toEqual(size);
    }
  });
});
