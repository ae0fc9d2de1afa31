import type { InlineConfig, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import type { Entrypoint } from 'wxt';
import { pageBundleConfig, plainEntryCode } from '../../scripts/page-bundle-config';

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

describe('the page scripts’ plain entry, without WXT’s start-up wrapper', () => {
  const libEntry = (config: InlineConfig) => (config.build?.lib ? config.build.lib.entry : undefined);
  const libConfig = (): InlineConfig => ({ resolve: { alias: [] }, build: { lib: { entry: 'virtual:wxt-x' } } });

  it('starts the content script with the lean context, under its entrypoint’s name and options', () => {
    const config = libConfig();
    const content = entry('content', 'content-script');
    pageBundleConfig([content], config);
    expect(libEntry(config)).toBe('virtual:backstory-plain-entry?/x/content.ts');
    const code = plainEntryCode(content);
    expect(code).toContain('import definition from "/x/content.ts"');
    expect(code).toMatch(/import \{ ContentScriptContext \} from ".*lib\/extension\/page-script-context\.ts"/);
    expect(code).toContain('main(new ContentScriptContext("content", options))');
  });

  it('runs the frame gate’s main at once, with no context', () => {
    const config = libConfig();
    const gate = entry('frame-gate', 'unlisted-script');
    pageBundleConfig([gate], config);
    expect(libEntry(config)).toBe('virtual:backstory-plain-entry?/x/frame-gate.ts');
    expect(plainEntryCode(gate)).toBe('import definition from "/x/frame-gate.ts";\ndefinition.main();\n');
  });

  it('leaves the modules pages import as libraries of their exports', () => {
    const config = libConfig();
    pageBundleConfig([entry('card-view', 'unlisted-script')], config);
    expect(libEntry(config)).toBe('/x/card-view.ts');
  });

  it('resolves only its own entry, with the root Vite puts before it', async () => {
    const config = libConfig();
    pageBundleConfig([entry('content', 'content-script')], config);
    const plugin = (config.plugins ?? []).find(
      (p): p is Plugin => !!p && typeof p === 'object' && 'name' in p && p.name === 'backstory:plain-entry',
    );
    const resolveId = plugin?.resolveId as (source: string) => string | null;
    const load = plugin?.load as (id: string) => string | null;
    const resolved = resolveId('/root/virtual:backstory-plain-entry?/x/content.ts');
    expect(resolved).toBe('\0virtual:backstory-plain-entry?/x/content.ts');
    expect(resolveId('/x/content.ts')).toBeNull();
    expect(load(resolved as string)).toBe(plainEntryCode(entry('content', 'content-script')));
    expect(load('/x/content.ts')).toBeNull();
  });
});
