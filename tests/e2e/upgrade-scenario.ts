/**
 * What a reader does before an update (or a downgrade) and what must hold after it, shared by
 * the Chromium and Firefox upgrade tests. The steps run inside the extension's own pages, through
 * their controls, so the same code drives both browsers and both builds. Each function passed to
 * `page.evaluate` must not refer to anything outside itself (it is serialised into the page); it
 * keeps to hooks that every release has had (data-testid, data-story-id, role=switch, input
 * names, the card's classes): a release that renames one must keep the old one working here.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { mentionHighlightName } from '../../lib/page/highlights';
import type { HighlightStyle } from '../../lib/storage/settings';
import { ROOT } from './paths';

const PACK_FILE = 'valid-pack.json';

/** A file put beside each build under test, naming it: both builds may carry the same version. */
export const BUILD_STAMP = 'upgrade-test-build.txt';

/** Copies `build` to `dir` (replacing what was there) and stamps it with `name`. */
export function placeBuild(build: string, dir: string, name: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  writeFileSync(path.join(dir, BUILD_STAMP), name);
}

/** Everything the reader sets in the options page. */
export const READER_CHOICES = {
  packName: PACK_FILE,
  packText: readFileSync(path.join(ROOT, 'tests/fixtures/packs', PACK_FILE), 'utf8'),
  packId: 'artemis-ii-crew-2023',
  /** The bundled story, switched off: its names must stay unmarked after the update. */
  storyId: 'istanbul-talks-2025',
  site: 'example.org',
  style: 'tint' as HighlightStyle,
  delayMs: 500,
};
export type ReaderChoices = typeof READER_CHOICES;

/** The article-page name the reader marks "Not a name" everywhere from its card, and one that stays. */
export const CORRECTED_NAME = 'Lars Berg';
export const KEPT_NAME = 'Anna Berg';
/** A pack name and a bundled-story name on /fixtures/options-pack-page.html. */
export const PACK_NAME = 'Christina Koch';
export const STORY_NAME = 'Vladimir Medinsky';

/** The highlight the mentions are painted in once the reader's style is in force. */
export const CHOSEN_HIGHLIGHT = mentionHighlightName(READER_CHOICES.style);

/** Runs in a page: the text of every range in the highlight `name`. */
export function highlightTexts(name: string): string[] {
  return [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString());
}

/** What the options page shows: read the same way from either build. */
export interface OptionsState {
  style: string | null;
  delay: string | null;
  sites: string[];
  /** data-enabled of each story row, by story id. */
  stories: Record<string, string | null>;
  corrections: string[];
  banner: string | null;
}

/** Runs in the options page: each choice through its control, waiting for storage to hold it before the next. */
export async function chooseInOptions(choices: ReaderChoices): Promise<void> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const ext =
    (globalThis as unknown as { browser?: { storage: { local: Area } }; chrome?: { storage: { local: Area } } })
      .browser ?? (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome;
  const stored = async () => JSON.stringify(await ext.storage.local.get(null));
  const until = async (what: string, test: (json: string) => boolean) => {
    for (let i = 0; i < 100; i++) {
      if (test(await stored())) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the options page did not store ${what}; storage: ${await stored()}`);
  };
  const element = <T extends Element>(selector: string): T => {
    const found = document.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} in the options page`);
    return found;
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

  const file = new File([choices.packText], choices.packName, { type: 'application/json' });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const picker = element<HTMLInputElement>('[data-testid="pack-file-input"]');
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  await until('the pack', (json) => json.includes(`"pack:v1:${choices.packId}"`));

  element<HTMLInputElement>(`input[name="highlight-style"][value="${choices.style}"]`).click();
  await until('the style', (json) => json.includes(`"highlightStyle":"${choices.style}"`));

  const delay = element<HTMLInputElement>('input[type="range"]');
  delay.value = String(choices.delayMs);
  delay.dispatchEvent(new Event('input', { bubbles: true }));
  delay.dispatchEvent(new Event('change', { bubbles: true }));
  await until('the hover delay', (json) => json.includes(`"hoverDelayMs":${choices.delayMs}`));

  const site = element<HTMLInputElement>('.op-sites__form input');
  site.value = choices.site;
  site.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
  element<HTMLButtonElement>('.op-sites__form button[type="submit"]').click();
  await until('the site', (json) => json.includes(`"disabledSites":["${choices.site}"]`));

  element<HTMLButtonElement>(`[data-story-id="${choices.storyId}"] [role="switch"]`).click();
  await until('the story switch', (json) => json.includes(`"disabledStories":["${choices.storyId}"]`));
}

/** Runs in a page with the card open: "Not right?" → "Not a name" → "Everywhere". */
export async function correctNotANameEverywhere(): Promise<void> {
  const card = () => document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.bs-card');
  const press = async (what: string, find: (buttons: HTMLButtonElement[]) => HTMLButtonElement | undefined) => {
    for (let i = 0; i < 100; i++) {
      const button = find([...(card()?.querySelectorAll<HTMLButtonElement>('button') ?? [])]);
      if (button) {
        button.click();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no "${what}" button on the card`);
  };
  const text = (button: HTMLButtonElement) => button.textContent?.trim() ?? '';
  await press('Not right?', (buttons) => buttons.find((b) => b.classList.contains('bs-correct__toggle')));
  await press('Not a name', (buttons) => buttons.find((b) => text(b).startsWith('Not a name')));
  await press('Everywhere', (buttons) => buttons.find((b) => text(b).startsWith('Everywhere')));
}

/** Runs in the options page: what it shows of the reader's choices. */
export function readOptionsState(): OptionsState {
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
  const stories: Record<string, string | null> = {};
  for (const row of document.querySelectorAll('[data-story-id]')) {
    stories[row.getAttribute('data-story-id') ?? ''] = row.getAttribute('data-enabled');
  }
  return {
    style: document.querySelector<HTMLInputElement>('input[name="highlight-style"]:checked')?.value ?? null,
    delay: document.querySelector('.op-delay__value')?.textContent?.trim() ?? null,
    sites: texts('.op-sites__name'),
    stories,
    corrections: texts('.op-correction__text'),
    banner: document.querySelector('.op-banner')?.textContent ?? null,
  };
}

/** What the options page must show once the reader's choices and correction are made (before or after the update). */
export function expectedOptionsState(choices: ReaderChoices): OptionsState {
  return {
    style: choices.style,
    delay: `${choices.delayMs} ms`,
    sites: [choices.site],
    stories: { [choices.storyId]: 'false', [choices.packId]: 'true' },
    corrections: [`“${CORRECTED_NAME}”`],
    banner: null,
  };
}

/**
 * Runs in an extension page: how many records each store of each of the extension's IndexedDB
 * databases holds (the reading archive's), as `database/store`. Opened without a version, so an
 * older build that knows nothing of a database neither upgrades nor changes it.
 */
export async function indexedDbCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of db.objectStoreNames) {
      counts[`${name}/${store}`] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
  }
  return counts;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What of `storage.local` before the move is gone or changed after it, one line each. A value may
 * gain fields (a migration's `version`, say), and the corrections may be emptied (the Undo the
 * other build made); nothing else may differ.
 */
export function lostOrChanged(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, was] of Object.entries(before)) {
    const now = after[key];
    if (isDeepStrictEqual(was, now)) continue;
    if (/^corrections:v\d+$/.test(key) && isDeepStrictEqual(now, [])) continue;
    if (!(key in after)) problems.push(`${key}: gone`);
    else if (isRecord(was) && isRecord(now)) {
      for (const field of Object.keys(was)) {
        if (!isDeepStrictEqual(was[field], now[field])) problems.push(`${key}.${field}: changed`);
      }
    } else problems.push(`${key}: changed`);
  }
  return problems;
}

/** Every record counted in `before` is still there in `after` (a later build may add more). */
export function lostRecords(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.entries(before)
    .filter(([store, count]) => (after[store] ?? 0) < count)
    .map(([store, count]) => `${store}: ${count} → ${after[store] ?? 0}`);
}

/** The options page's line on the reading archive once the article is in it. */
export const ONE_ARTICLE_REMEMBERED = /^1 article remembered/;

/** Runs in the options page: its line on the reading archive, or null for a build without one. */
export function readingUsage(): string | null {
  return document.querySelector('[data-testid="reading-usage"]')?.textContent ?? null;
}

/** Runs in the options page: Undo on the one correction listed (a write by the build the reader moved to). */
export function undoFirstCorrection(): void {
  const undo = document.querySelector<HTMLButtonElement>('.op-correction button');
  if (!undo) throw new Error('no correction to undo');
  undo.click();
}
