/**
 * Story files on disk → validation. Shared by the build hook (wxt.config.ts `build:before`)
 * and `npm run data:check`, so that the build and the check can never disagree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '../data/schema';
import { formatProblem, type StoryInput, type StoryProblem, validateStories } from '../data/validate';

/** The bundled stories: every `*.json` file in this folder is a story. */
export const STORY_DIR = fileURLToPath(new URL('../data/stories/', import.meta.url));

/** Expands folders to the `*.json` files in them (sorted, so problem output is stable). */
export function storyFilesIn(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const full = join(path, name);
        if (name.endsWith('.json') && statSync(full).isFile()) files.push(full);
      }
    } else {
      files.push(path);
    }
  }
  return files;
}

export interface StoryCheck {
  files: string[];
  stories: Story[];
  problems: StoryProblem[];
}

/** Reads and validates story files; unreadable or non-JSON files are problems too, never crashes. */
export function checkStoryFiles(paths: readonly string[], cwd = process.cwd()): StoryCheck {
  const files = storyFilesIn(paths.map((p) => resolve(cwd, p)));
  const inputs: StoryInput[] = [];
  const problems: StoryProblem[] = [];
  for (const file of files) {
    // Short names for files under the working folder, full paths for anything else.
    const rel = relative(cwd, file);
    const name = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
    try {
      inputs.push({ file: name, data: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (error) {
      problems.push({ file: name, path: '$', message: `not readable as JSON: ${(error as Error).message}` });
    }
  }
  const result = validateStories(inputs);
  return { files, stories: result.stories, problems: [...problems, ...result.problems] };
}

/** Build hook: throws, listing every problem, when any story file in data/stories/ is invalid. */
export function assertStoriesValid(paths: readonly string[] = [STORY_DIR]): void {
  const { files, problems } = checkStoryFiles(paths);
  if (files.length === 0) throw new Error(`No story files found in ${paths.join(', ')}`);
  if (problems.length > 0) {
    throw new Error(
      `Story data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); the extension is not built from invalid data:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
}
