import { describe, expect, it } from 'vitest';
import { COUNTED_NOTICE_PARAMS, countedNotice, NOTICE_PARAMS, notice } from '../../../lib/storage/notice';
import type { MessageTable } from '../../../lib/views/messages';
import { noticeText } from '../../../lib/views/notice-text';
import { english, englishTable, ukrainian, ukrainianTable } from '../../helpers/messages';

const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
const numbered = (n: number) => Array.from({ length: n }, (_, i) => `$${i + 1}`);
const CYRILLIC = /[\u0400-\u04FF]/;

describe('every notice lib/ can give, in both languages', () => {
  const tables = [
    ['en', englishTable as MessageTable],
    ['uk', ukrainianTable as MessageTable],
  ] as const;

  it.each(Object.entries(NOTICE_PARAMS))(
    '%s has a message in English and Ukrainian taking its parameters',
    (key, count) => {
      for (const [lang, table] of tables) {
        const message = table[key]?.message;
        expect(message, `${lang} ${key}`).toBeDefined();
        expect(placeholders(message ?? ''), `${lang} ${key}`).toEqual(numbered(count));
      }
      expect(ukrainianTable[key as keyof typeof ukrainianTable]?.message).toMatch(CYRILLIC);
    },
  );

  it.each(Object.entries(COUNTED_NOTICE_PARAMS))(
    '%s has every plural form of each language, taking the count and its parameters',
    (key, count) => {
      for (const [lang, table] of tables) {
        for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
          const message = table[`${key}_${category}`]?.message;
          expect(message, `${lang} ${key}_${category}`).toBeDefined();
          // English may spell "One" out; every other form writes the count.
          if (!(lang === 'en' && category === 'one'))
            expect(placeholders(message ?? ''), `${lang} ${key}_${category}`).toEqual(numbered(count + 1));
        }
      }
    },
  );
});

describe('noticeText', () => {
  it('words a notice in the interface’s language, the English as it always read', () => {
    const said = notice('packListedTwice', 'Artemis II');
    expect(noticeText(english, said)).toBe(
      'The story pack “Artemis II” was listed twice; the repeat has been taken off the list.',
    );
    expect(noticeText(ukrainian, said)).toBe(
      'Пакет історії «Artemis II» був у списку двічі; повтор вилучено зі списку.',
    );
  });

  it('words a notice inside a notice in the same language', () => {
    const said = notice('packRepairNotSaved', notice('storageFull'));
    expect(noticeText(ukrainian, said)).toBe(
      'Не вдалося зберегти виправлений список, тож це повідомлення з’явиться знову. У сховищі розширення забракло місця. Видаліть пакет історії, який вам більше не потрібен, і спробуйте ще раз.',
    );
  });

  it('picks the plural form by the count (1 виправлення, 3 виправлення, 5 виправлень)', () => {
    expect(noticeText(english, countedNotice('correctionsDamaged', 1))).toBe(
      'One saved correction is damaged and is ignored; the others still apply.',
    );
    expect(noticeText(english, countedNotice('correctionsDamaged', 3))).toBe(
      '3 saved corrections are damaged and are ignored; the others still apply.',
    );
    expect([1, 3, 5, 21].map((n) => noticeText(ukrainian, countedNotice('correctionsDamaged', n)))).toEqual([
      '1 збережене виправлення пошкоджено, тож воно не діє; решта діють.',
      '3 збережені виправлення пошкоджено, тож вони не діють; решта діють.',
      '5 збережених виправлень пошкоджено, тож вони не діють; решта діють.',
      '21 збережене виправлення пошкоджено, тож воно не діє; решта діють.',
    ]);
  });

  it('writes sizes and numbers as the reader does', () => {
    const said = notice('packTooLarge', { bytes: 3 * 1024 * 1024 }, { bytes: 2 * 1024 * 1024 });
    expect(noticeText(english, said)).toBe('The file is 3.0 MB; a story pack can be at most 2.0 MB.');
    expect(noticeText(ukrainian, said)).toBe('Розмір файлу — 3,0 МБ, а пакет історії може займати щонайбільше 2,0 МБ.');
    expect(noticeText(ukrainian, countedNotice('archiveTooMany', 20_001, 20_000))).toBe(
      'У файлі 20\u00a0001 історія, а експорт архіву містить щонайбільше 20\u00a0000.',
    );
  });

  it('leaves text that came as text as it is', () => {
    expect(noticeText(ukrainian, notice('storageFailed', 'QuotaExceededError'))).toBe(
      'Браузер не зміг зберегти: QuotaExceededError',
    );
  });
});
