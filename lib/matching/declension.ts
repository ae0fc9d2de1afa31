/**
 * Case forms of Ukrainian, Russian and German aliases, as data for the trie: each word of an alias
 * becomes one or more stems, each with the closed set of endings its paradigm allows ("Зеленськ" +
 * ий, ого, ому, им, ім). The trie holds the stems; a walk that reaches the end of one tries that
 * set's endings at the next characters (matcher.ts), so a name is found in every case without a
 * prefix match: "Зеленого" (the adjective зелений) is no form of "Зеленський", and "Кримінальна"
 * is no form of "Крим". The validator expands the same sets into whole forms (`declinedForms`) to
 * check them for clashes. Rules and sources: docs/decisions/0014-declension.md.
 *
 * The paradigm of a word is declared in the story data (`declension`, `obliqueStem`) or derived
 * here from its language, its ending, its place in the alias and the entity's type:
 * - adjective: Ukrainian -ий and -ська/-цька/-зька, Russian -ский/-цкий/-ький, -ый, -ой, -ая;
 * - possessive: the last word of a person's alias in -ов/-ев/-ін/-ин (-ова, -іна… for a woman);
 * - noun: everything else that ends in a consonant, -ь, -й, -а, -я, or (Ukrainian) -о after a
 *   consonant. A word ending in another vowel (Рубіо, Рютте, Долмабахче), an acronym, or a
 *   Russian word in -о does not change.
 * A masculine noun in -ь is the default; a feminine one (Русь) is declared "noun-soft-feminine",
 * and a woman's surname that ends in a consonant (Каллас) is declared "none".
 *
 * Endings are folded (lower case, ё as е) and written as one string, space-separated (a leading
 * space is the bare stem): the content script carries these tables, so they are kept short.
 * Stems keep the alias's own letters.
 */
import type { Inflection } from '../story/story-model';
import { isLowerCode, isUpperCode } from './text-fold';

/** One way a word's forms are spelled: a stem as the alias prints it, and its endings (folded). */
export interface StemEndings {
  stem: string;
  endings: readonly string[];
}

/** A word of an alias: the stems its forms are made of. A word that never changes has one, with "". */
export type WordForms = readonly StemEndings[];

type Paradigm = NonNullable<Exclude<Inflection['declension'], readonly unknown[]>>;

/**
 * Why declared paradigms do not fit an alias, as a code: the validator words it for an editor
 * (data/validate.ts), the page only needs to know.
 */
export type DeclensionFault =
  | 'uk-adjective'
  | 'uk-possessive'
  | 'uk-soft-feminine'
  | 'ru-adjective'
  | 'ru-possessive'
  | 'ru-soft-feminine'
  | 'one-per-word'
  | 'word-count'
  | 'german'
  | 'oblique-stem';

export class DeclensionProblem extends Error {
  constructor(readonly fault: DeclensionFault) {
    super(fault);
  }
}

const UK_CONSONANTS = 'бвгґджзклмнпрстфхцчшщ';
const RU_CONSONANTS = 'бвгджзклмнпрстфхцчшщ';
const UK_VELAR = 'кгґх';
const UK_HUSHING = 'жчшщ';
const RU_VELAR = 'кгх';
const RU_HUSHING = 'жшчщц';
/** Ukrainian velars before the dative and locative -і of a noun in -а: Америка → Америці. */
const UK_VELAR_SHIFT: Readonly<Record<string, string>> = { к: 'ц', г: 'з', ґ: 'з', х: 'с' };

const list = (endings: string) => endings.split(' ');

/** The word less its nominative ending `ending` is the stem; it takes `endings` (`ending` among them). */
function regular(word: string, ending: string, endings: string): StemEndings[] {
  return [{ stem: word.slice(0, word.length - ending.length), endings: list(endings) }];
}

/** A word of two or more letters, none of them small: an acronym ("США"), which never declines. */
function isAcronym(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isLowerCode(c)) return false;
    if (isUpperCode(c)) capitals++;
  }
  return capitals >= 2;
}

function derivedParadigm(lower: string, lang: 'uk' | 'ru', lastOfPerson: boolean): Paradigm {
  if (lang === 'uk') {
    if (/ий$|(ськ|цьк|зьк)а$/.test(lower)) return 'adjective';
    if (lastOfPerson && /(ов|ев|єв|ін|ин|їн)а?$/.test(lower)) return 'possessive';
    return 'noun';
  }
  if (/((ск|цк|ьк)и|ы|о)й$|ая$/.test(lower)) return 'adjective';
  if (lastOfPerson && /(ов|ев|ёв|ин|ын)а?$/.test(lower)) return 'possessive';
  return 'noun';
}

function ukrainian(word: string, lower: string, paradigm: Paradigm, place: boolean): StemEndings[] | null {
  const last = lower.at(-1) ?? '';
  const before = lower.at(-2) ?? '';
  switch (paradigm) {
    case 'adjective':
      if (lower.endsWith('ий')) return regular(word, 'ий', 'ий ого ому им ім');
      if (lower.endsWith('ій')) return regular(word, 'ій', 'ій ього ьому ім');
      if (last === 'а') return regular(word, 'а', 'а ої ій у ою');
      throw new DeclensionProblem('uk-adjective');
    case 'possessive':
      if (/(ов|ев|єв|ін|ин|їн)$/.test(lower)) return regular(word, '', ' а у ові им і е');
      if (/(ов|ев|єв|ін|ин|їн)а$/.test(lower)) return regular(word, 'а', 'а ої ій у ою');
      throw new DeclensionProblem('uk-possessive');
    case 'noun-soft-feminine': {
      const soft = last === 'ь';
      const stem = soft ? word.slice(0, -1) : word;
      const stemLower = soft ? lower.slice(0, -1) : lower;
      if (!UK_CONSONANTS.includes(stemLower.at(-1) ?? '')) throw new DeclensionProblem('uk-soft-feminine');
      // The instrumental -ю doubles a consonant after a vowel: Русь → Руссю (but Керч → Керчю).
      const beforeFinal = stemLower.at(-2) ?? '';
      const afterVowel = beforeFinal !== '' && !UK_CONSONANTS.includes(beforeFinal) && beforeFinal !== 'ь';
      return [
        { stem, endings: list(soft ? 'ь і' : ' і') },
        { stem: afterVowel ? stem + (stem.at(-1) ?? '') : stem, endings: ['ю'] },
      ];
    }
    case 'noun':
      break;
    default:
      return null;
  }
  if (last === 'ь') return regular(word, 'ь', 'ь я ю еві ем і');
  if (last === 'й') return regular(word, 'й', 'й я ю єві єм ї');
  if (UK_CONSONANTS.includes(last)) {
    const endings = UK_VELAR.includes(last)
      ? ' а у ові ом'
      : UK_HUSHING.includes(last)
        ? ' а у еві ем і е'
        : ' а у ові ом і е';
    // A place name's final і (from о, е) turns back in the other cases: Харків → Харкова, Київ → Києва.
    if (place && (before === 'і' || before === 'ї')) {
      const oblique = word.slice(0, -2) + (before === 'і' ? 'о' : 'є') + word.slice(-1);
      return [
        { stem: word, endings: [''] },
        { stem: oblique, endings: list(endings.slice(1)) },
      ];
    }
    return regular(word, '', endings);
  }
  if (last === 'а') {
    if (UK_VELAR.includes(before)) {
      const shifted = word.slice(0, -2) + (UK_VELAR_SHIFT[before] ?? before);
      return [...regular(word, 'а', 'а и у ою о'), { stem: shifted, endings: ['і'] }];
    }
    return regular(word, 'а', UK_HUSHING.includes(before) ? 'а і у ею о' : 'а и і у ою о');
  }
  // After a vowel or an apostrophe (Росія, Кая, сім'я) the stem ends in й: Росії, Каєю.
  if (last === 'я') return regular(word, 'я', UK_CONSONANTS.includes(before) ? 'я і ю ею е' : 'я ї ю єю є');
  // -о after a consonant: Дмитро, Марко, Шевченко, Дніпро. After a vowel it is foreign: Рубіо.
  if (last === 'о' && UK_CONSONANTS.includes(before)) {
    return regular(word, 'о', UK_VELAR.includes(before) ? 'о а у ові ом' : 'о а у ові ом е і');
  }
  return null;
}

function russian(word: string, lower: string, paradigm: Paradigm): StemEndings[] | null {
  const last = lower.at(-1) ?? '';
  const before = lower.at(-2) ?? '';
  const third = lower.at(-3) ?? '';
  switch (paradigm) {
    case 'adjective': {
      const nominative = lower.slice(-2);
      if (nominative === 'ий' || nominative === 'ый' || nominative === 'ой') {
        const instrumental = RU_VELAR.includes(third) || RU_HUSHING.includes(third) ? 'им' : 'ым';
        return regular(word, nominative, `${nominative} ого ому ${instrumental} ом`);
      }
      if (nominative === 'ая') return regular(word, 'ая', RU_HUSHING.includes(third) ? 'ая ей ую ею' : 'ая ой ую ою');
      throw new DeclensionProblem('ru-adjective');
    }
    case 'possessive':
      if (/(ов|ев|ёв|ин|ын)$/.test(lower)) return regular(word, '', ' а у ым е');
      if (/(ов|ев|ёв|ин|ын)а$/.test(lower)) return regular(word, 'а', 'а ой у');
      throw new DeclensionProblem('ru-possessive');
    case 'noun-soft-feminine':
      if (last === 'ь') return regular(word, 'ь', 'ь и ью');
      throw new DeclensionProblem('ru-soft-feminine');
    case 'noun':
      break;
    default:
      return null;
  }
  if (last === 'ь') return regular(word, 'ь', 'ь я ю ем е');
  // Дмитрий → Дмитрия, о Дмитрии; Андрей → Андрея, об Андрее.
  if (last === 'й') return regular(word, 'й', before === 'и' ? 'й я ю ем и' : 'й я ю ем е');
  if (RU_CONSONANTS.includes(last)) return regular(word, '', RU_HUSHING.includes(last) ? ' а у ом ем е' : ' а у ом е');
  if (last === 'а') {
    if (RU_VELAR.includes(before)) return regular(word, 'а', 'а и е у ой ою');
    return regular(word, 'а', RU_HUSHING.includes(before) ? 'а и ы е у ой ей ою ею' : 'а ы е у ой ою');
  }
  // Россия → России; Кая, Земля → Кае, Земле.
  if (last === 'я') return regular(word, 'я', before === 'и' ? 'я и ю ей ею' : 'я и е ю ей ею');
  // Words in -о (Шевченко, Марко), -е, -и, -у, -ю are foreign or do not change in Russian.
  return null;
}

/** German: the genitive -s on the last word (Selenskyjs, Russlands); an adjective in -e before it takes -en. */
function german(word: string, last: boolean): StemEndings[] | null {
  const lower = word.toLowerCase();
  if (!last) return lower.endsWith('e') ? [{ stem: word, endings: ['', 'n'] }] : null;
  return /[sßxz]$/.test(lower) ? null : [{ stem: word, endings: ['', 's'] }];
}

function paradigmAt(declension: Inflection['declension'], index: number, count: number): Paradigm | undefined {
  if (declension === undefined || typeof declension === 'string') {
    if (declension !== undefined && declension !== 'none' && count > 1) throw new DeclensionProblem('one-per-word');
    return declension;
  }
  if (declension.length !== count) throw new DeclensionProblem('word-count');
  return declension[index];
}

/**
 * The words of `text` with their stems and endings, or null when no word of it declines. Throws
 * DeclensionProblem when the declared paradigms do not fit the words (the validator reports it).
 */
export function declinedWords(text: string, inflection: Inflection): WordForms[] | null {
  const words = text.trim().split(/\s+/);
  const { lang, person, declension, obliqueStem } = inflection;
  let declines = false;
  const out = words.map((word, index): WordForms => {
    const last = index === words.length - 1;
    const declared = paradigmAt(declension, index, words.length);
    const lower = word.toLowerCase();
    let forms: StemEndings[] | null = null;
    // A word ending in a letter with a case: not an initial ("J."), a digit or an acronym.
    const final = word.charCodeAt(word.length - 1);
    if (declared !== 'none' && !isAcronym(word) && (isLowerCode(final) || isUpperCode(final))) {
      if (lang === 'de') {
        if (declared !== undefined) throw new DeclensionProblem('german');
        forms = german(word, last);
      } else {
        const paradigm = declared ?? derivedParadigm(lower, lang, person && last);
        // A declared oblique stem replaces the derived one (Київ's Києв).
        const place = !person && !(last && obliqueStem !== undefined);
        forms = lang === 'uk' ? ukrainian(word, lower, paradigm, place) : russian(word, lower, paradigm);
      }
    }
    if (last && obliqueStem !== undefined) {
      if (!forms) throw new DeclensionProblem('oblique-stem');
      const first = forms[0] as StemEndings;
      const nominative = lower.slice(first.stem.length);
      forms = [
        { stem: word, endings: [''] },
        { stem: obliqueStem, endings: first.endings.filter((e) => e !== nominative) },
      ];
    }
    if (!forms || forms.some((f) => f.stem.length === 0)) return [{ stem: word, endings: [''] }];
    declines = true;
    return forms;
  });
  return declines ? out : null;
}

/** Every case form of a word: each stem with each of its endings. */
export function formsOfWord(word: WordForms): string[] {
  const out = new Set<string>();
  for (const { stem, endings } of word) for (const ending of endings) out.add(stem + ending);
  return [...out];
}

/**
 * Every form of an alias the matcher accepts, as text (its stems as printed, endings in lower
 * case), the alias itself first; words combine in any case, as the trie lets them. Declared
 * paradigms that do not fit leave the alias as written, as in the matcher. For the validator,
 * the reader's corrections and tests: the matcher never lists them.
 */
export function declinedForms(text: string, inflection: Inflection | undefined): string[] {
  let words: WordForms[] | null = null;
  try {
    words = inflection ? declinedWords(text, inflection) : null;
  } catch (error) {
    if (!(error instanceof DeclensionProblem)) throw error;
  }
  if (!words) return [text];
  let forms = [''];
  for (const [i, word] of words.entries()) {
    const next: string[] = [];
    for (const prefix of forms) for (const form of formsOfWord(word)) next.push(i === 0 ? form : `${prefix} ${form}`);
    forms = next;
  }
  return [text, ...forms.filter((form) => form !== text)];
}
