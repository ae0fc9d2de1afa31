/**
 * What an alias's text must be to name someone on a page: at least one letter, enough letters
 * for its script, and not a common word. A story or a pack breaking these rules highlights every
 * "the" on a page, or, for text of only joiners, marks or emoji (which the fold drops), nothing.
 * Called by `validate.ts` for every alias; the JSON path is added there.
 */
import { foldKey } from '../lib/matching/text-fold';
import type { Alias } from './schema';

/**
 * Function words of the languages stories are written in (the schema's `lang` values), compared
 * folded. Only words short and frequent enough that an alias spelled so would light up ordinary
 * prose; a name that is also a word ("Bruce", "Turkey") is handled by case and context rules.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  ...'a an the and or but nor of to in on at by for from with as is are was were be been am it its he she his her him they them their we us our you your i me my this that these those not no yes so if do does did has have had will would can could shall should may might must up down out over under then than there here who whom what which when where why how all any some one two'.split(
    ' ',
  ),
  // French
  ...'le la les un une des du de et ou en au aux ce ces il elle ils elles on nous vous je tu se sa son ses qui que est sont par pour sur dans avec pas ne'.split(
    ' ',
  ),
  // German
  ...'der die das den dem des ein eine einer und oder zu im am um ist sind war mit von bei auf aus es er sie wir ihr ich nicht auch als wie'.split(
    ' ',
  ),
  // Turkish (folded: "ve", "bir", "bu", "için" → "icin")
  ...'ve ile bir bu su o da de ki mi icin gibi ama veya'.split(' '),
  // Russian
  ...'и в во не на он она оно они мы вы я ты что как по из за от до к ко с со у о об же ли бы да но то это его её ее их при для или'.split(
    ' ',
  ),
  // Ukrainian
  ...'і й та в у на не він вона воно вони ми ви я ти що як по з із від до к при для або це його її їх чи але'.split(
    ' ',
  ),
]);

/** Fewest letters or digits an alias may have, by the script of its letters. */
const MIN_CHARS = {
  /** "UK", "EU", "Xi": two Latin (or Greek) letters can name someone; one ("X", "A") cannot. */
  latin: 2,
  /** Two-letter Cyrillic words are almost all function words; "ЕС", "РФ" pass as exact acronyms. */
  cyrillic: 3,
  /** A single Han, kana or Hangul character sits inside countless words (no spaces mark them off). */
  cjk: 2,
  other: 2,
} as const;
const CYRILLIC_ACRONYM_MIN = 2;

type Script = keyof typeof MIN_CHARS;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/u;

function scriptOf(text: string): Script {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) return 'cjk';
  if (/[\p{Script=Latin}\p{Script=Greek}]/u.test(text)) return 'latin';
  return 'other';
}

/** Written and matched as an acronym: "case": "exact", two capitals or more and no small letter. */
function isExactAcronym(alias: Alias): boolean {
  return alias.case === 'exact' && (alias.text.match(UPPER)?.length ?? 0) >= 2 && !LOWER.test(alias.text);
}

/** Invisible characters written as code points, so the message shows what the file holds. */
function shown(text: string, marksToo: boolean): string {
  const invisible = marksToo ? /[\p{Cf}\p{M}]/gu : /\p{Cf}/gu;
  return text.replace(invisible, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Whether a word is a common word of a story language ("the", "und", "что"), compared folded. */
export function isCommonWord(text: string): boolean {
  return STOP_WORDS.has(foldKey(text));
}

/** Why this alias cannot stand as written, in words for an editor; undefined when it can. */
export function aliasTextProblem(alias: Alias): string | undefined {
  const { text } = alias;
  if (!LETTER.test(text)) {
    return `alias "${shown(text, true)}" has no letter: text of only digits, punctuation, symbols, emoji, joiners, soft hyphens or combining marks names nobody`;
  }
  const script = scriptOf(text);
  const chars = text.match(LETTER_OR_DIGIT)?.length ?? 0;
  const min = script === 'cyrillic' && isExactAcronym(alias) ? CYRILLIC_ACRONYM_MIN : MIN_CHARS[script];
  if (chars < min) {
    const acronymHint = script === 'cyrillic' ? ' (a two-letter acronym such as "ЕС" needs "case": "exact")' : '';
    return `alias "${shown(text, false)}" is too short: ${script} aliases need at least ${min} letters or digits${acronymHint}, or they match inside ordinary words`;
  }
  const folded = foldKey(text);
  if (STOP_WORDS.has(folded) && !isExactAcronym(alias)) {
    return `alias "${shown(text, false)}" is the common word "${folded}", which would match ordinary text (an acronym such as "US" needs "case": "exact")`;
  }
  return undefined;
}
