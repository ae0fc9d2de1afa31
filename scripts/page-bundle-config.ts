/**
 * How WXT builds what runs inside web pages: the content script and the modules it imports on
 * demand, the card's (entrypoints/card-view), the table builder's (entrypoints/table-builder), the
 * reading signal's (entrypoints/reading-watch), the huge page's painter (entrypoints/paint-window), the
 * article check's body search (entrypoints/article-check) and the frame reader's (entrypoints/frame-reader),
 * and the frame gate, an unlisted script the manifest declares for every frame.
 * All use the browser's own promise-based extension API rather than webextension-polyfill, whose
 * set-up copies the whole API on every page load (Chrome's MV3 API and Firefox's both return
 * promises for what these scripts call); the extension's own pages keep the polyfill. The content
 * scripts' context is Backstory's lean copy of WXT's (lib/extension/page-script-context.ts). Those
 * modules are built as ES modules with their exports, to be imported, where WXT would build a
 * script that runs. The scripts (the content script, the frame gate) start from a plain entry
 * that runs their `main`, without WXT's start-up wrapper, whose logger and crash report are dead
 * code in a production build that every page would still compile. Why: docs/decisions/0011,
 * 0022, 0029.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';

/** The entrypoints the content script imports as modules. */
export const PAGE_MODULE_ENTRYPOINTS: readonly string[] = [
  'card-view',
  'table-builder',
  'reading-watch',
  'paint-window',
  'article-check',
  'frame-reader',
];

/** The unlisted scripts that run in pages as scripts (declared in the manifest's content scripts). */
export const PAGE_SCRIPT_ENTRYPOINTS: readonly string[] = ['frame-gate'];

export function pageBundleConfig(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const pageModule = entrypoints.find((entrypoint) => PAGE_MODULE_ENTRYPOINTS.includes(entrypoint.name));
  const inPages =
    pageModule !== undefined ||
    entrypoints.some(
      (entrypoint) => entrypoint.type === 'content-script' || PAGE_SCRIPT_ENTRYPOINTS.includes(entrypoint.name),
    );
  if (!inPages) return;
  withoutPolyfill(config);
  withLeanContext(config);
  if (pageModule && config.build?.lib) {
    config.build.lib.entry = pageModule.inputPath;
    config.build.lib.formats = ['es'];
    // Vite leaves an ES library's whitespace for the app that bundles it; this one ships as is.
    const output = config.build.rollupOptions?.output;
    if (output && !Array.isArray(output)) output.minify = true;
  }
  const pageScript = entrypoints.find(
    (entrypoint) => entrypoint.type === 'content-script' || PAGE_SCRIPT_ENTRYPOINTS.includes(entrypoint.name),
  );
  if (pageScript && !pageModule && entrypoints.length === 1 && config.build?.lib) {
    config.build.lib.entry = PLAIN_ENTRY + pageScript.inputPath;
    config.plugins = [...(config.plugins ?? []), plainEntry(pageScript)];
  }
}

/** The id of a page script's plain entry: this prefix and the entrypoint's file. */
const PLAIN_ENTRY = 'virtual:backstory-plain-entry?';

/**
 * What a page script starts from in place of WXT's virtual entry: its definition's `main`, run at
 * once, a content script's with the lean context WXT's entry would make (same name, same options,
 * so its orphaning event is the one WXT's copies listen for).
 */
export function plainEntryCode(entrypoint: Pick<Entrypoint, 'name' | 'type' | 'inputPath'>): string {
  const definition = `import definition from ${JSON.stringify(entrypoint.inputPath)};\n`;
  if (entrypoint.type !== 'content-script') return `${definition}definition.main();\n`;
  return (
    definition +
    `import { ContentScriptContext } from ${JSON.stringify(LEAN_CONTEXT)};\n` +
    'const { main, ...options } = definition;\n' +
    `main(new ContentScriptContext(${JSON.stringify(entrypoint.name)}, options));\n`
  );
}

function plainEntry(entrypoint: Entrypoint): Plugin {
  const id = PLAIN_ENTRY + entrypoint.inputPath;
  const resolved = `\0${id}`;
  return {
    name: 'backstory:plain-entry',
    // Vite puts the project's root before a library entry that is not a path.
    resolveId: (source) => (source.endsWith(id) ? resolved : null),
    load: (loaded) => (loaded === resolved ? plainEntryCode(entrypoint) : null),
  };
}

/** Drops the alias that @wxt-dev/webextension-polyfill puts on `wxt/browser`. */
function withoutPolyfill(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  if (!alias) return;
  if (Array.isArray(alias)) {
    config.resolve = { ...config.resolve, alias: alias.filter((entry) => entry.find !== 'wxt/browser') };
  } else {
    const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
    config.resolve = { ...config.resolve, alias: rest };
  }
}

/** The module WXT's content-script wrapper takes its context class from, and Backstory's stand-in. */
const WXT_CONTEXT = 'wxt/utils/content-script-context';
const LEAN_CONTEXT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../lib/extension/page-script-context.ts',
);

/** Points WXT's content-script context at the lean one, for the scripts that run in pages. */
function withLeanContext(config: InlineConfig): void {
  const alias = config.resolve?.alias;
  const lean = { find: new RegExp(`^${WXT_CONTEXT}$`), replacement: LEAN_CONTEXT };
  const entries = !alias
    ? []
    : Array.isArray(alias)
      ? alias
      : Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [lean, ...entries] };
}
