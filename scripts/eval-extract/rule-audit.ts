/**
 * The eval's audit of quote attribution rule by rule (`npm run eval:extract -- --audit`): for every
 * quote the gold set annotates, which rule gave the extracted quote its speaker (or looked for one
 * and refused, or none applied), and whether the speaker was right. A rule that is ever wrong on the
 * pages the rules are written against will be wrong on unseen copy: this is where to look first.
 */

/** What became of one gold quote under one rule. */
export type Outcome = 'right' | 'wrong' | 'refused' | 'refused rightly';

export interface RuleTally {
  right: number;
  wrong: number;
  /** No speaker where the gold has one. */
  refused: number;
  /** No speaker, and the gold has none either: a refusal that saved a misattribution. */
  refusedRightly: number;
}

/** The rule named for an extracted quote that no rule looked at. */
export const NO_RULE = '(no rule applied)';

/**
 * The outcome of one gold quote: `speaker` is the gold's (null when the article does not say),
 * `got` the extracted quote's speaker, `isSpeaker` whether an extracted speaker is the gold's.
 */
export function outcomeOf(
  speaker: string | null,
  got: string | undefined,
  isSpeaker: (entity: string) => boolean,
): Outcome {
  if (got === undefined) return speaker === null ? 'refused rightly' : 'refused';
  return speaker !== null && isSpeaker(got) ? 'right' : 'wrong';
}

const FIELD: Record<Outcome, keyof RuleTally> = {
  right: 'right',
  wrong: 'wrong',
  refused: 'refused',
  'refused rightly': 'refusedRightly',
};

/** Adds one outcome to the tally of `language` and `rule`. */
export function tally(
  table: Map<string, Map<string, RuleTally>>,
  language: string,
  rule: string,
  outcome: Outcome,
): void {
  const rules = table.get(language) ?? new Map<string, RuleTally>();
  table.set(language, rules);
  const row = rules.get(rule) ?? { right: 0, wrong: 0, refused: 0, refusedRightly: 0 };
  rules.set(rule, row);
  row[FIELD[outcome]]++;
}

/** The table as Markdown, one block per language, rules by how many quotes they decided. */
export function auditTable(table: ReadonlyMap<string, ReadonlyMap<string, RuleTally>>): string {
  const lines: string[] = [];
  for (const [language, rules] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      '',
      `| ${language}: rule | right | wrong | refused | refused rightly |`,
      '| --- | --- | --- | --- | --- |',
    );
    const rows = [...rules].sort(
      ([, a], [, b]) =>
        b.right + b.wrong + b.refused + b.refusedRightly - (a.right + a.wrong + a.refused + a.refusedRightly),
    );
    for (const [rule, t] of rows)
      lines.push(`| ${rule} | ${t.right} | ${t.wrong} | ${t.refused} | ${t.refusedRightly} |`);
  }
  return lines.join('\n');
}

/**
 * Which role rule a stated role came from, told from where the role stands in its sentence against
 * the person's name: a title right before it ("Lord Mayor X"), an appositive ("X, the mayor," or
 * "The mayor, X,"), a copular sentence ("X is the mayor"), or a sentence without the name (a
 * description at a second mention). `names`: every form of the person's name.
 */
export function roleRuleOf(sentence: string, role: string, names: readonly string[]): string {
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(role.toLowerCase());
  if (at < 0) return 'role outside its sentence';
  const found = names
    .map((n) => ({ start: lower.indexOf(n.toLowerCase()), length: n.length }))
    .filter((n) => n.start >= 0)
    .sort((a, b) => a.start - b.start || b.length - a.length)[0];
  if (!found) return 'sentence without the name';
  const end = at + role.length;
  if (end <= found.start) {
    const gap = sentence.slice(end, found.start);
    if (/^\s*(?:(?:Dr|Prof|Mr|Mrs|Ms|Me|Mgr|Dom|Sir|Dame)\.?\s*)*$/u.test(gap)) return 'title before';
    if (/^\s*,\s*(?:\p{L}+\.?\s+)?$/u.test(gap)) return 'appositive before';
    return 'before, apart';
  }
  const gap = sentence.slice(found.start + found.length, at);
  if (/^[^,;.]*$/u.test(gap) && /\b(?:is|was|became|ist|war|wurde|est|était|devient)\b/u.test(gap)) return 'copular';
  if (/^\s*(?:,|\()/u.test(gap)) return 'appositive after';
  if (/\b(?:is|was|became|ist|war|wurde|est|était|devient)\b/u.test(gap)) return 'copular';
  return 'after, apart';
}
