/**
 * The git the release needs: is the tree clean, the last release tag, the commits since it, a
 * copy of the committed tree, and the release commit and tag. Nothing here pushes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function git(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The top folder of the git checkout holding `dir`, or undefined outside one. */
export function worktreeRoot(dir: string): string | undefined {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
}

/** What `git status` would list (changes and untracked files); empty on a clean tree. */
export function uncleanFiles(root: string): string[] {
  return git(root, ['status', '--porcelain'])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3));
}

/** The newest v-tag reachable from HEAD, or undefined before the first release. */
export function lastReleaseTag(root: string): string | undefined {
  try {
    return git(root, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*']).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function tagExists(root: string, tag: string): boolean {
  return git(root, ['tag', '--list', tag]).trim() !== '';
}

/** First lines of the commits after `since` (or all), oldest first, along the first parent. */
export function commitSubjects(root: string, since: string | undefined): string[] {
  const range = since ? `${since}..HEAD` : 'HEAD';
  return git(root, ['log', '--first-parent', '--reverse', '--format=%s', range])
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** A file as HEAD has it, or undefined when HEAD has none. */
export function committedFile(root: string, name: string): string | undefined {
  try {
    return git(root, ['show', `HEAD:${name}`]);
  } catch {
    return undefined;
  }
}

/**
 * Writes HEAD's tracked files into `dir`, through a throwaway index: no untracked or ignored
 * file (demo-output/, a local .env) and no uncommitted change reaches a package.
 */
export function exportHead(root: string, dir: string): void {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'backstory-index-'));
  try {
    const env = { ...process.env, GIT_INDEX_FILE: path.join(scratch, 'index') };
    git(root, ['read-tree', 'HEAD'], env);
    git(root, ['checkout-index', '--all', '--force', `--prefix=${dir}${path.sep}`], env);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function commitAndTag(root: string, files: string[], version: string): void {
  git(root, ['add', '--', ...files]);
  git(root, ['commit', '--quiet', '-m', `Release v${version}`, '--', ...files]);
  git(root, ['tag', '--annotate', `v${version}`, '-m', `Backstory ${version}`]);
}
