import { describe, expect, it } from 'vitest';
import { createMessages, type MessageTable, tableLookup, tableMessages } from '../../../lib/views/messages';
import { english, englishTable, ukrainian, ukrainianTable } from '../../helpers/messages';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('messages: plural forms', () => {
  it('says 1 згадка, 2 згадки, 5 згадок, 11 згадок, 21 згадка, 22 згадки in Ukrainian', () => {
    const said = [1, 2, 5, 11, 21, 22].map((n) => ukrainian.count('mentionsHere', n));
    expect(said).toEqual([
      '1 згадка тут',
      '2 згадки тут',
      '5 згадок тут',
      '11 згадок тут',
      '21 згадка тут',
      '22 згадки тут',
    ]);
  });

  it('says 1 mention, 2 mentions, 0 mentions in English', () => {
    expect([1, 2, 0].map((n) => english.count('mentionsOnPage', n))).toEqual([
      '1 mention on this page',
      '2 mentions on this page',
      '0 mentions on this page',
    ]);
  });

  it('declines names, facts and articles by the same rules (1 ім’я, 3 імені, 12 імен)', () => {
    expect([1, 3, 12].map((n) => ukrainian.count('names', n))).toEqual(['1 ім’я', '3 імені', '12 імен']);
    expect(ukrainian.count('moreFacts', 4)).toBe('Показати ще 4 факти');
    expect(ukrainian.count('earlierArticles', 1)).toBe('Згадується в 1 статті, яку ви читали раніше');
    expect(ukrainian.count('forgotFromSite', 2, 'bbc.com')).toBe('Забуто 2 статті з bbc.com.');
    expect(ukrainian.count('archiveUsage', 5, '2 МБ')).toBe('Збережено 5 статей (2 МБ), лише на цьому пристрої.');
  });

  it('writes the count in the browser’s number format', () => {
    const messages = tableMessages(ukrainianTable, 'uk');
    expect(messages.count('mentionsOnPage', 12_345)).toBe('12\u00a0345 згадок на цій сторінці');
    expect(english.count('mentionsOnPage', 12_345)).toBe('12,345 mentions on this page');
  });

  it('falls back to the general form when a table lacks a category of its language', () => {
    const partial: MessageTable = {
      lang: { message: 'uk' },
      things_one: { message: '$1 річ' },
      things_other: { message: '$1 речі' },
    };
    const messages = createMessages(tableLookup(partial), 'uk');
    // @ts-expect-error: a key of this test's own table, not of Backstory's
    expect(messages.count('things', 5)).toBe('5 речі');
  });
});

describe('messages: numbers and tables without a language', () => {
  it('writes a number given to a message in the reader’s number format', () => {
    const messages = createMessages(tableLookup({ total: { message: 'Total: $1 ($2)' } }), 'en', 'de');
    // @ts-expect-error: a key of this test's own table, not of Backstory's
    expect(messages.t('total', 12_345, '12345')).toBe('Total: 12.345 (12345)');
  });

  it('writes numbers in the table’s language when no other is given', () => {
    expect(tableMessages(ukrainianTable).count('mentionsOnPage', 12_345)).toBe('12\u00a0345 згадок на цій сторінці');
  });

  it('takes a table that names no language for English, and leaves a missing substitution empty', () => {
    const messages = tableMessages({ hello: { message: 'Hello $1$2' } });
    expect(messages.lang).toBe('en');
    // @ts-expect-error: a key of this test's own table, not of Backstory's
    expect(messages.t('hello', 'you')).toBe('Hello you');
  });
});

describe('messages: lookup', () => {
  it('fills $1…$9 and keeps $$ as a dollar sign', () => {
    const lookup = tableLookup({ a: { message: '$2 before $1, $$3' } });
    expect(lookup('a', ['x', 'y'])).toBe('y before x, $3');
  });

  it('shows the key rather than nothing when a message is missing', () => {
    const messages = createMessages(() => '', 'en');
    expect(messages.t('openBriefing')).toBe('openBriefing');
  });

  it('knows the language of the table in use, not only the browser’s', () => {
    expect(ukrainian.lang).toBe('uk');
    expect(english.lang).toBe('en');
  });
});

describe('messages: the tables', () => {
  const en = englishTable as MessageTable;
  const uk = ukrainianTable as MessageTable;

  it('translates every English message into Ukrainian, and nothing else', () => {
    expect([...new Set(Object.keys(uk).map(base))].sort()).toEqual([...new Set(Object.keys(en).map(base))].sort());
  });

  it('gives every plural category each language has', () => {
    for (const [table, lang] of [
      [en, 'en'],
      [uk, 'uk'],
    ] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plurals = new Set(
        Object.keys(table)
          .filter((k) => PLURAL.test(k))
          .map(base),
      );
      for (const key of plurals) {
        for (const category of categories)
          expect(table[`${key}_${category}`], `${lang} ${key}_${category}`).toBeDefined();
      }
    }
  });

  it('leaves no English in the Ukrainian table: every message is in Cyrillic but the language tag and the name', () => {
    const latinOnly = Object.entries(uk)
      .filter(([key]) => key !== 'lang' && key !== 'extName')
      .filter(([, { message }]) => !/[\u0400-\u04FF]/.test(message))
      .map(([key]) => key);
    expect(latinOnly).toEqual([]);
  });

  it('keeps each message’s placeholders in the translation', () => {
    for (const [key, { message }] of Object.entries(uk)) {
      // A counted message is held to its general form: English may spell out "One" where Ukrainian's
      // "one" form also serves 21, 31, … and so needs the number.
      const english = PLURAL.test(key) ? en[`${base(key)}_other`] : en[key];
      expect(placeholders(message), key).toEqual(placeholders(english?.message ?? ''));
    }
  });

  it('gives every English message a Ukrainian one with the same placeholders', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const general = PLURAL.test(key) ? `${base(key)}_other` : key;
      const translated = uk[general];
      expect(translated, key).toBeDefined();
      expect(placeholders(translated?.message ?? ''), key).toEqual(
        PLURAL.test(key) ? placeholders(en[general]?.message ?? '') : placeholders(message),
      );
    }
  });
});
