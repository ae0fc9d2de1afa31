/**
 * The release command's arguments: `<patch|minor|major> [--dry-run] [--skip-tests]`. Pure; a
 * wrong argument comes back as the one-line message the command prints.
 */

export const BUMP_KINDS = ['patch', 'minor', 'major'] as const;
export type BumpKind = (typeof BUMP_KINDS)[number];

export interface ReleaseOptions {
  kind: BumpKind;
  /** Everything but the commit and the tag; nothing in the working tree changes. */
  dryRun: boolean;
  /** Leaves out `npm test` (CI runs it just before; a try-out on a busy machine). */
  skipTests: boolean;
}

export const USAGE = 'usage: npm run release -- <patch|minor|major> [--dry-run] [--skip-tests]';

export function parseReleaseArgs(argv: readonly string[]): ReleaseOptions | { error: string } {
  const flags = argv.filter((arg) => arg.startsWith('-'));
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const unknownFlag = flags.find((flag) => flag !== '--dry-run' && flag !== '--skip-tests');
  if (unknownFlag) return { error: `release: unknown option ${unknownFlag} (${USAGE})` };
  if (words.length !== 1) return { error: `release: name one bump kind (${USAGE})` };
  const kind = words[0] as string;
  if (!isBumpKind(kind)) return { error: `release: unknown bump kind "${kind}": use patch, minor or major` };
  return { kind, dryRun: flags.includes('--dry-run'), skipTests: flags.includes('--skip-tests') };
}

function isBumpKind(word: string): word is BumpKind {
  return (BUMP_KINDS as readonly string[]).includes(word);
}
