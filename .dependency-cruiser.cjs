/**
 * The layer check (`npm run lint:layers`, part of `npm test`). `lib/` is split into layers that
 * follow the data flow; each may import itself and the layers listed here, nothing else. The
 * table in lib/README.md says the same in words.
 */
const LAYERS = {
  story: [],
  matching: ['story'],
  extraction: ['story', 'matching'],
  storage: ['story', 'matching'],
  page: ['story', 'matching', 'storage'],
  views: ['story', 'matching', 'storage'],
  extension: ['story', 'matching', 'extraction', 'storage', 'page', 'views'],
};
const NAMES = Object.keys(LAYERS);

const layerRules = Object.entries(LAYERS).flatMap(([layer, allowed]) => {
  const others = NAMES.filter((name) => name !== layer && !allowed.includes(name));
  if (others.length === 0) return [];
  return [
    {
      name: `lib-${layer}-stays-in-its-layer`,
      comment: `lib/${layer}/ may import only ${[layer, ...allowed].join(', ')} (see lib/README.md)`,
      severity: 'error',
      from: { path: `^lib/${layer}/` },
      to: { path: `^lib/(${others.join('|')})/` },
    },
  ];
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'lib-folder-is-a-layer',
      comment: 'every file in lib/ sits in one of the layer folders',
      severity: 'error',
      from: {},
      to: { path: `^lib/(?!(${NAMES.join('|')})/)` },
    },
    {
      name: 'lib-does-not-import-surfaces',
      comment: 'lib/ is the core: entrypoints/ and components/ build on it, never the reverse',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(entrypoints|components)/' },
    },
    {
      name: 'lib-is-framework-free',
      comment: 'Preact belongs to components/; the page work must not pull it into the content script',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: 'node_modules/preact' },
    },
    {
      name: 'browser-apis-only-in-extension-layer',
      comment: 'only lib/extension/ and entrypoints/ talk to browser.*; the rest takes it as parameters',
      severity: 'error',
      from: { path: '^(lib/(?!extension/)|components/|data/)' },
      to: {
        path: '(^|/)node_modules/(wxt/dist/browser|webextension-polyfill|@wxt-dev/webextension-polyfill|@webext-core)',
      },
    },
    {
      name: 'components-take-props',
      comment: 'components render what they are given: no messaging, no browser adapters',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^lib/extension/' },
    },
    {
      name: 'data-needs-only-the-text-fold',
      comment:
        'the schema and validator run at build time, in Node and in the options page: they share the matcher’s fold and case forms, nothing else',
      severity: 'error',
      from: { path: '^data/' },
      to: { path: '^lib/(?!matching/(text-fold|latin-fold-table|declension)\\.ts$)' },
    },
    {
      name: 'public-suffix-list-only-in-the-background',
      comment:
        'site-key.ts carries the public suffix list (tldts, docs/decisions/0016): only the background loads it; the page, the card and the extension pages ask the background for a site key',
      severity: 'error',
      from: { path: '^(entrypoints/(?!background\\.ts$)|components/)' },
      to: { path: '^lib/storage/site-key\\.ts$', reachable: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.output|\\.wxt|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'], conditionNames: ['import', 'default'] },
  },
};
