import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/extension/content-matches';
import {
  ARTICLE_CHECK_FILE,
  CARD_VIEW_FILE,
  FRAME_GATE_FILE,
  FRAME_READER_FILE,
  PAINT_WINDOW_FILE,
  READING_WATCH_FILE,
  TABLE_BUILDER_FILE,
} from './lib/extension/page-modules';
import { bundledMatcherPlugin } from './scripts/bundled-matcher';
import { pageBundleConfig } from './scripts/page-bundle-config';
import { assertStoriesValid } from './scripts/story-build-check';

// Firefox add-on id: stable so that storage and the moz-extension:// UUID pref survive reinstalls.
export const GECKO_ID = 'backstory@backstory.example';

export default defineConfig({
  // Lets parallel work (and the e2e tests) build into separate folders.
  outDir: process.env.BACKSTORY_OUT_DIR ?? '.output',
  // MV3 for both browsers (WXT would build MV2 for Firefox by default).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: every file shows what it depends on.
  imports: false,
  vite: () => ({
    // The bundled stories' matcher is made once, here, rather than in cold code on every page load
    // (docs/decisions/0001).
    plugins: [preact(), bundledMatcherPlugin()],
    // The bundled stories as JSON.parse("…"), not a JavaScript object literal: V8 reads JSON
    // faster than the same data as code, on every page the content script loads in (docs/decisions/0007).
    // Vite only does so without named exports; every JSON import here is a default import.
    json: { stringify: true, namedExports: false },
    // tldts's own minified build: minifying its ES modules here writes the public suffix list's
    // label string out twice, doubling its cost in background.js (docs/decisions/0016).
    resolve: { alias: [{ find: /^tldts$/, replacement: 'tldts/dist/index.esm.min.js' }] },
    // Only for measuring what each module costs the page (scripts/content-breakdown.ts); never shipped.
    ...(process.env.BACKSTORY_SOURCEMAP ? { build: { sourcemap: true } } : {}),
  }),
  hooks: {
    // The extension ships only validated story data: a bad story file fails the build.
    'build:before': () => assertStoriesValid(),
    // What runs in pages (the content script, the card's module) is built lean (docs/decisions/0011).
    'vite:build:extendConfig': (entrypoints, config) => pageBundleConfig(entrypoints, config),
  },
  manifest: ({ browser }) => ({
    // The interface's words are in public/_locales/ (English and Ukrainian, docs/decisions/0017).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Settings, packs and per-tab state. WXT adds `sidePanel` for Chrome from the side panel entrypoint.
    permissions: ['storage'],
    // The same sites the content script reads, no more. Declared so that the popup and side panel
    // may see a tab's address (Chrome hides it from content-script matches alone) and can tell a
    // news page from a browser page, a store or a PDF, without the broader `tabs` permission.
    host_permissions: CONTENT_MATCHES,
    // The highlights' look (public/highlights.css, see lib/page/highlights.ts), on its own and at
    // document_start: Firefox injects a content script's CSS at its run_at, and a ::highlight()
    // rule added to a page that has rendered restyles the whole page (docs/decisions/0002).
    // In every frame the content script reads (same-origin and srcdoc frames, docs/decisions/0025).
    // highlights-svg.css: SVG text's tint for Chromium, outside content.js's copy (its header).
    content_scripts: [
      {
        matches: CONTENT_MATCHES,
        css: ['highlights.css', 'highlights-svg.css'],
        run_at: 'document_start',
        all_frames: true,
        match_about_blank: true,
      },
      // Every frame's script, the frame gate (entrypoints/frame-gate): it loads Backstory only into a
      // frame worth reading (same-origin or srcdoc, with text); content.js is the top frame's
      // (decision 0029). match_about_blank covers srcdoc and script-written frames.
      {
        matches: CONTENT_MATCHES,
        js: [FRAME_GATE_FILE.slice(1)],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ],
    // The card's module, imported by the content script on first use (entrypoints/content/card-loader.ts),
    // the matcher's table builder, imported when a catalog needs it (entrypoints/content/table-source.ts),
    // the reading signal, imported once an article's story is applied (article-reading.ts), the
    // huge page's painter, imported when a page has more mentions than are painted whole, the
    // article check's body search, imported when the page is first checked for an article, and
    // Backstory for a frame, imported by the frame gate where a frame is worth reading (decision 0029).
    // Chrome serves them only at a per-session address, so a page cannot probe for Backstory by
    // fetching them; Firefox's extension addresses are already per-install.
    web_accessible_resources: [
      {
        resources: [
          CARD_VIEW_FILE,
          TABLE_BUILDER_FILE,
          READING_WATCH_FILE,
          PAINT_WINDOW_FILE,
          ARTICLE_CHECK_FILE,
          FRAME_READER_FILE,
        ].map((file) => file.slice(1)),
        matches: CONTENT_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // CSS Custom Highlight API and document.caretPositionFromPoint both ship in 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android first understands data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // caretPositionFromPoint arrives in Chrome 128; CSS highlights since 105.
          minimum_chrome_version: '128',
        }),
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNext__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPrevious__',
      },
    },
  }),
});
