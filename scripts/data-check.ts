/**
 * `npm run data:check [file-or-folder …]`: validates story files (default: data/stories/)
 * and exits non-zero, naming file and JSON path, on any problem.
 */
import { formatProblem } from '../data/validate';
import { checkStoryFiles, STORY_DIR } from './story-build-check';

const args = process.argv.slice(2);
const paths = args.length > 0 ? args : [STORY_DIR];

let check: ReturnType<typeof checkStoryFiles>;
try {
  check = checkStoryFiles(paths);
} catch (error) {
  // A missing path is a usage error, reported as plainly as a data problem.
  console.error(`data:check: ${(error as Error).message}`);
  process.exit(2);
}

if (check.files.length === 0) {
  console.error(`data:check: no story files (*.json) in ${paths.join(', ')}`);
  process.exit(1);
}
for (const problem of check.problems) console.error(formatProblem(problem));
if (check.problems.length > 0) {
  console.error(`\ndata:check: ${check.problems.length} problem(s) in ${check.files.length} file(s)`);
  process.exit(1);
}
for (const story of check.stories) {
  console.log(
    `ok ${story.id}: ${story.article.sentences.length} sentences, ${story.entities.length} entities, ` +
      `${story.quotes.length} quotes, ${story.timeline.length} events, ${story.figures.length} figures`,
  );
}
