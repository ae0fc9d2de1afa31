/**
 * The interface's words, in the language the browser picked from `public/_locales/` (the
 * WebExtension i18n system: the browser chooses the table, and `browser.i18n.getMessage` reads
 * it without loading it into our bundles). Components take a `Messages` (components/shared/messages.ts);
 * entrypoints make one from the browser (lib/extension/ui-messages.ts), tests from a table.
 *
 * Counts: one message per CLDR plural category of the table's language (`names_one`, `names_few`,
 * `names_many`, `names_other`), chosen by Intl.PluralRules, so Ukrainian says "1 згадка",
 * "2 згадки", "5 згадок" (docs/decisions/0017). Story text is never looked up here: it stays in
 * the story's own language.
 */
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The keys that come in plural forms: `names` for `names_one`, `names_other`, … */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** A message table as `_locales/<lang>/messages.json` holds it. */
export type MessageTable = Record<string, { message: string }>;

/** The browser's lookup: the message with `$1`…`$9` filled in, or "" when the table lacks the key. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

export interface Messages {
  /** The language of the table in use ("en", "uk"): for `lang` attributes and plural rules. */
  readonly lang: string;
  /** The message `key`, with `$1`… filled in from `substitutions`. */
  t(key: MessageKey, ...substitutions: (string | number)[]): string;
  /** The plural form of `key` for `count` ($1, written in the reader's number format), then `more` as $2…. */
  count(key: PluralKey, count: number, ...more: string[]): string;
  /** A number as the reader writes it ("3,2" in Ukrainian). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/**
 * Messages from a lookup. `numberLocale` is the browser's language (numbers and dates follow it,
 * as they follow the rest of the browser); `lang` is the table's.
 */
export function createMessages(lookup: MessageLookup, lang: string, numberLocale: string = lang): Messages {
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(numberLocale);
  const number = (value: number, options?: Intl.NumberFormatOptions) =>
    options ? new Intl.NumberFormat(numberLocale, options).format(value) : numbers.format(value);
  const t = (key: MessageKey, ...substitutions: (string | number)[]) =>
    lookup(
      key,
      substitutions.map((s) => (typeof s === 'number' ? number(s) : s)),
    ) || key;
  return {
    lang,
    t,
    count(key, count, ...more) {
      const substitutions = [number(count), ...more];
      // A table may lack a category its language has (a partial translation): the general form then.
      return (
        lookup(`${key}_${plurals.select(count)}`, substitutions) || t(`${key}_other` as MessageKey, ...substitutions)
      );
    },
    number,
  };
}

/** The browser's substitution, for tables read directly (tests, Node scripts): `$1`…`$9`, `$$` for "$". */
export function tableLookup(table: MessageTable): MessageLookup {
  return (key, substitutions) => {
    const message = table[key]?.message;
    if (message === undefined) return '';
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
    );
  };
}

/** Messages read from a table (the tests' and the components' default). */
export function tableMessages(table: MessageTable, numberLocale?: string): Messages {
  const lang = table.lang?.message ?? 'en';
  return createMessages(tableLookup(table), lang, numberLocale ?? lang);
}
