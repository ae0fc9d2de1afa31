// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertStoriesValid } from '../../scripts/story-build-check';
import { readStoryJson, repoRoot, secondStoryFile } from '../helpers/story-fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding the given files (name → JSON value, or raw text). */
function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-data-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function dataCheck(...args: string[]) {
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/data-check.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function storyWithUnknownSentence() {
  const story = readStoryJson(secondStoryFile) as { article: { summary: string[] } };
  story.article.summary = ['s1', 's77'];
  return story;
}

// Each test starts a real `tsx` process: seconds each on a busy two-core machine.
describe('npm run data:check', { timeout: 60_000 }, () => {
  it('passes on the bundled stories', () => {
    const run = dataCheck();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok istanbul-talks-2025');
  });

  it('fails naming the file and the JSON path of a bad story', () => {
    const dir = folderWith({ 'good.json': readStoryJson(secondStoryFile), 'bad.json': storyWithUnknownSentence() });
    const run = dataCheck(dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`${join(dir, 'bad.json')}: $.article.summary[1]: unknown sentence id "s77"`);
    expect(run.stderr).toContain('1 problem(s) in 2 file(s)');
  });

  it('fails on a file that is not JSON', () => {
    const dir = folderWith({ 'broken.json': '{ "id": ' });
    const run = dataCheck(join(dir, 'broken.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.json: \$: not readable as JSON/);
  });

  it('fails when there is nothing to check', () => {
    const run = dataCheck(folderWith({}));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no story files');
  });
});

describe('the build check', () => {
  it('accepts valid story files', () => {
    expect(() => assertStoriesValid([folderWith({ 'a.json': readStoryJson(secondStoryFile) })])).not.toThrow();
  });

  it('throws listing every problem of every invalid file', () => {
    const broken = readStoryJson(secondStoryFile) as { id: string; quotes: { speaker: string }[] };
    broken.id = 'another-story';
    const quote = broken.quotes[0];
    if (quote) quote.speaker = 'nobody';
    const dir = folderWith({ 'a.json': storyWithUnknownSentence(), 'b.json': broken });
    expect(() => assertStoriesValid([dir])).toThrow(/2 problems/);
    expect(() => assertStoriesValid([dir])).toThrow(/a\.json: \$\.article\.summary\[1\]: unknown sentence id "s77"/);
    expect(() => assertStoriesValid([dir])).toThrow(/b\.json: \$\.quotes\[0\]\.speaker: unknown entity "nobody"/);
  });
});
