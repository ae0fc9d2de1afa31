import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import type { Entrypoint } from 'wxt';
import { pageBundleConfig } from '../../scripts/page-bundle-config';

const entry = (name: string, type: string) => ({ name, type, inputPath: `/x/${name}.ts` }) as unknown as Entrypoint;
const aliased = (config: InlineConfig, id: string) => {
  const alias = config.resolve?.alias;
  const entries = Array.isArray(alias) ? alias : [];
  return entries.find((a) => (a.find instanceof RegExp ? a.find.test(id) : a.find === id))?.replacement;
};

describe('the build of what runs in pages', () => {
  it("gives the content scripts the lean context in place of WXT's, keeping the other aliases", () => {
    const config: InlineConfig = { resolve: { alias: { '@': '/root' } } };
    pageBundleConfig([entry('frame-gate', 'content-script')], config);
    expect(aliased(config, 'wxt/utils/content-script-context')).toMatch(/lib\/extension\/page-script-context\.ts$/);
    expect(aliased(config, '@')).toBe('/root');
    expect(aliased(config, 'wxt/utils/content-script-context-x')).toBeUndefined();
  });

  it("leaves the extension's own pages and background with WXT's", () => {
    const config: InlineConfig = { resolve: { alias: [] } };
    pageBundleConfig([entry('background', 'background')], config);
    expect(aliased(config, 'wxt/utils/content-script-context')).toBeUndefined();
  });
});
