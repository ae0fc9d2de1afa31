import { beforeEach, describe, expect, it } from 'vitest';
import { bundledStories } from '../../../data/stories';
import { DeclensionProblem, declinedForms, declinedWords } from '../../../lib/matching/declension';
import { findMentions, type Matcher } from '../../../lib/matching/matcher';
import { buildMatcher } from '../../../lib/matching/table-builder';
import { type AliasEntry, buildCatalog, type Inflection } from '../../../lib/story/story-model';

type Options = Partial<Omit<Inflection, 'lang'>> & { gated?: boolean };

function alias(
  entityId: string,
  text: string,
  lang: Inflection['lang'] | undefined,
  options: Options = {},
): AliasEntry {
  const { gated, person = true, ...declared } = options;
  return {
    text,
    entityId,
    case: 'proper',
    requiresContext: gated ?? false,
    contextEntities: [entityId],
    ...(lang ? { inflection: { lang, person, ...declared } } : {}),
  };
}
const place = { person: false };

const ALIASES: AliasEntry[] = [
  // Ukrainian
  alias('zelensky', 'Зеленський', 'uk'),
  alias('zelensky', 'Володимир Зеленський', 'uk'),
  alias('olena-zelenska', 'Олена Зеленська', 'uk'),
  alias('umerov', 'Умєров', 'uk'),
  alias('umerov', 'Рустем Умєров', 'uk'),
  alias('putin', 'Путін', 'uk'),
  alias('ivanova', 'Іванова', 'uk'),
  alias('trump', 'Трамп', 'uk'),
  alias('yermak', 'Андрій Єрмак', 'uk'),
  alias('peskov', 'Дмитро Пєсков', 'uk'),
  alias('rubio', 'Марко Рубіо', 'uk'),
  alias('rutte', 'Марк Рютте', 'uk'),
  alias('kallas', 'Каллас', 'uk', { declension: 'none' }),
  alias('kallas', 'Кая Каллас', 'uk', { declension: ['noun', 'none'] }),
  alias('olesya', 'Олеся Гончар', 'uk'),
  alias('kremlin', 'Кремль', 'uk', place),
  alias('istanbul', 'Стамбул', 'uk', place),
  alias('moscow', 'Москва', 'uk', place),
  alias('america', 'Америка', 'uk', place),
  alias('russia', 'Росія', 'uk', place),
  alias('kyiv', 'Київ', 'uk', place),
  alias('kharkiv', 'Харків', 'uk', place),
  alias('crimea', 'Крим', 'uk', place),
  alias('uman', 'Умань', 'uk', { person: false, declension: 'noun-soft-feminine' }),
  alias('dolmabahce', 'Долмабахче', 'uk', place),
  alias('eu', 'Європейський Союз', 'uk', place),
  alias('britain', 'Велика Британія', 'uk', { person: false, declension: ['adjective', 'noun'] }),
  // Russian
  alias('zelensky', 'Зеленский', 'ru'),
  alias('medinsky', 'Владимир Мединский', 'ru'),
  alias('medinskaya', 'Мединская', 'ru'),
  alias('putin', 'Путин', 'ru'),
  alias('peskov', 'Дмитрий Песков', 'ru'),
  alias('yermak', 'Андрей Ермак', 'ru'),
  alias('yermak', 'Ермак', 'ru', { gated: true }),
  alias('ivanova', 'Иванова', 'ru'),
  alias('kallas', 'Кая Каллас', 'ru', { declension: ['noun', 'none'] }),
  alias('rubio', 'Марко Рубио', 'ru'),
  alias('kremlin', 'Кремль', 'ru', place),
  alias('istanbul', 'Стамбул', 'ru', place),
  alias('kyiv', 'Киев', 'ru', place),
  alias('moscow', 'Москва', 'ru', place),
  alias('russia', 'Россия', 'ru', place),
  alias('crimea', 'Крым', 'ru', place),
  alias('rus', 'Русь', 'ru', { person: false, declension: 'noun-soft-feminine' }),
  alias('oryol', 'Орёл', 'ru', { person: false, obliqueStem: 'Орл' }),
  // German
  alias('zelensky', 'Selenskyj', 'de'),
  alias('russia', 'Russland', 'de', place),
  alias('eu', 'Europäische Union', 'de', place),
  alias('kallas', 'Kallas', 'de'),
  // Turkish and English: as written (the apostrophe ends the name)
  alias('zelensky', 'Zelenski', undefined),
  alias('istanbul', 'İstanbul', undefined),
  alias('fidan', 'Fidan', undefined),
];

// Built in each test, not as the file loads: a mutation run switches a mutant on only inside the
// tests, so a matcher built at load would hide every mutant in the building (decision 0019).
let matcher: Matcher;
beforeEach(() => {
  matcher = buildMatcher(ALIASES);
});
const found = (text: string) => findMentions(matcher, text).map((m) => `${m.text}=${m.entityId}`);
const texts = (text: string) => findMentions(matcher, text).map((m) => m.text);
/** Each word of `forms`, alone in a sentence, is found as `entityId`. */
function expectEachForm(entityId: string, forms: string[]): void {
  for (const form of forms) expect(found(`Сказав ${form} учора.`), form).toEqual([`${form}=${entityId}`]);
}

describe('Ukrainian paradigms', () => {
  it('finds an adjectival surname in -ський in every case', () => {
    expectEachForm('zelensky', ['Зеленський', 'Зеленського', 'Зеленському', 'Зеленським', 'Зеленськім']);
  });

  it('finds a feminine adjectival surname in -ська in every case', () => {
    expectEachForm('olena-zelenska', [
      'Олена Зеленська',
      'Олени Зеленської',
      'Олені Зеленській',
      'Олену Зеленську',
      'Оленою Зеленською',
    ]);
  });

  it('finds a surname in -ов and in -ін in every case, the instrumental in -им', () => {
    expectEachForm('umerov', ['Умєров', 'Умєрова', 'Умєрову', 'Умєровові', 'Умєровим', 'Умєрові', 'Умєрове']);
    expectEachForm('putin', ['Путін', 'Путіна', 'Путіну', 'Путінові', 'Путіним', 'Путіні']);
  });

  it('finds a woman’s surname in -ова in every case', () => {
    expectEachForm('ivanova', ['Іванова', 'Іванової', 'Івановій', 'Іванову', 'Івановою']);
  });

  it('finds a masculine noun in a hard consonant, a velar, -ь and -й in every case', () => {
    expectEachForm('trump', ['Трамп', 'Трампа', 'Трампу', 'Трампові', 'Трампом', 'Трампі', 'Трампе']);
    expectEachForm('yermak', [
      'Андрій Єрмак',
      'Андрія Єрмака',
      'Андрію Єрмаку',
      'Андрієві Єрмакові',
      'Андрієм Єрмаком',
      'Андрії Єрмакові',
    ]);
    expectEachForm('kremlin', ['Кремль', 'Кремля', 'Кремлю', 'Кремлеві', 'Кремлем', 'Кремлі']);
    expectEachForm('istanbul', ['Стамбул', 'Стамбула', 'Стамбулу', 'Стамбулом', 'Стамбулі']);
  });

  it('finds a first name in -о and a first name in -я with an indeclinable surname', () => {
    expectEachForm('peskov', [
      'Дмитро Пєсков',
      'Дмитра Пєскова',
      'Дмитру Пєскову',
      'Дмитрові Пєскову',
      'Дмитром Пєсковим',
      'Дмитре Пєсков',
    ]);
    expectEachForm('rubio', ['Марко Рубіо', 'Марка Рубіо', 'Марку Рубіо', 'Маркові Рубіо', 'Марком Рубіо']);
    expectEachForm('kallas', ['Кая Каллас', 'Каї Каллас', 'Каю Каллас', 'Каєю Каллас']);
    expectEachForm('olesya', ['Олеся Гончар', 'Олесі Гончара', 'Олесю Гончар', 'Олесею Гончар']);
    expectEachForm('rutte', ['Марк Рютте', 'Марка Рютте', 'Маркові Рютте', 'Марком Рютте']);
  });

  it('finds a noun in -а, with the velar shift before -і, and in -я after a vowel', () => {
    expectEachForm('moscow', ['Москва', 'Москви', 'Москві', 'Москву', 'Москвою']);
    expectEachForm('america', ['Америка', 'Америки', 'Америці', 'Америку', 'Америкою']);
    expectEachForm('russia', ['Росія', 'Росії', 'Росію', 'Росією']);
  });

  it('finds a place in -ів with its final і turned back: Київ → Києва, Харків → Харкова', () => {
    expectEachForm('kyiv', ['Київ', 'Києва', 'Києву', 'Києвом', 'Києві']);
    expectEachForm('kharkiv', ['Харків', 'Харкова', 'Харкову', 'Харковом', 'Харкові']);
  });

  it('finds a soft feminine noun with its doubled instrumental', () => {
    expectEachForm('uman', ['Умань', 'Умані', 'Уманню']);
  });

  it('finds every case of a multi-word name: adjective and noun, declared per word', () => {
    expectEachForm('eu', ['Європейський Союз', 'Європейського Союзу', 'Європейському Союзі', 'Європейським Союзом']);
    expectEachForm('britain', [
      'Велика Британія',
      'Великої Британії',
      'Великій Британії',
      'Велику Британію',
      'Великою Британією',
    ]);
  });

  it('finds the issue’s examples in running text: у Кремлі, зі Стамбула', () => {
    expect(found('Делегація прибула зі Стамбула, а у Кремлі мовчать.')).toEqual([
      'Стамбула=istanbul',
      'Кремлі=kremlin',
    ]);
    expect(found('Розмова з Умєровим і Зеленському.')).toEqual(['Умєровим=umerov', 'Зеленському=zelensky']);
  });

  it('leaves a word that does not decline as written: foreign vowels, declared "none"', () => {
    expect(texts('Палац Долмабахче. Палацу Долмабахчея.')).toEqual(['Долмабахче']);
    expect(texts('Заява Каллас. Заява Калласа.')).toEqual(['Каллас']);
    expect(texts('Рютте сказав. Рюттею сказав.')).toEqual([]);
  });
});

describe('Russian paradigms', () => {
  it('finds an adjectival surname in -ский, masculine and feminine, in every case', () => {
    expectEachForm('zelensky', ['Зеленский', 'Зеленского', 'Зеленскому', 'Зеленским', 'Зеленском']);
    expectEachForm('medinsky', [
      'Владимир Мединский',
      'Владимира Мединского',
      'Владимиру Мединскому',
      'Владимиром Мединским',
      'Владимире Мединском',
    ]);
    expectEachForm('medinskaya', ['Мединская', 'Мединской', 'Мединскую', 'Мединскою']);
  });

  it('finds a surname in -ин and a woman’s surname in -ова in every case, the instrumental in -ым', () => {
    expectEachForm('putin', ['Путин', 'Путина', 'Путину', 'Путиным', 'Путине']);
    expectEachForm('ivanova', ['Иванова', 'Ивановой', 'Иванову']);
  });

  it('finds first names in -ий and -ей with their surnames in every case', () => {
    expectEachForm('peskov', [
      'Дмитрий Песков',
      'Дмитрия Пескова',
      'Дмитрию Пескову',
      'Дмитрием Песковым',
      'Дмитрии Пескове',
    ]);
    expectEachForm('yermak', ['Андрей Ермак', 'Андрея Ермака', 'Андрею Ермаку', 'Андреем Ермаком', 'Андрее Ермаке']);
  });

  it('finds nouns in a consonant, -ь, -а, -ия and -я in every case; ё read as е', () => {
    expectEachForm('istanbul', ['Стамбул', 'Стамбула', 'Стамбулу', 'Стамбулом', 'Стамбуле']);
    expectEachForm('kremlin', ['Кремль', 'Кремля', 'Кремлю', 'Кремлем', 'Кремлём', 'Кремле']);
    expectEachForm('moscow', ['Москва', 'Москвы', 'Москве', 'Москву', 'Москвой', 'Москвою']);
    expectEachForm('russia', ['Россия', 'России', 'Россию', 'Россией']);
    expectEachForm('kallas', ['Кая Каллас', 'Каи Каллас', 'Кае Каллас', 'Каю Каллас', 'Каей Каллас']);
    expectEachForm('crimea', ['Крым', 'Крыма', 'Крыму', 'Крымом', 'Крыме']);
  });

  it('declines a place in -ев as a noun, not as a surname: Киевом, never Киевым', () => {
    expectEachForm('kyiv', ['Киев', 'Киева', 'Киеву', 'Киевом', 'Киеве']);
    expect(texts('Сказал Киевым вчера.')).toEqual([]);
  });

  it('finds a soft feminine noun and a declared oblique stem', () => {
    expectEachForm('rus', ['Русь', 'Руси', 'Русью']);
    expectEachForm('oryol', ['Орёл', 'Орла', 'Орлу', 'Орлом', 'Орле']);
  });

  it('leaves a first name in -о as written, as Russian does: Марко Рубио', () => {
    expect(texts('Встреча с Марко Рубио. Марка Рубио.')).toEqual(['Марко Рубио']);
  });
});

describe('German and Turkish', () => {
  it('finds the German genitive -s, and an adjective in -en before the last word', () => {
    expect(found('Selenskyjs Büro und Russlands Delegation')).toEqual(['Selenskyjs=zelensky', 'Russlands=russia']);
    expect(texts('mit der Europäischen Union')).toEqual(['Europäischen Union']);
    expect(texts('Kallas’ Sprecher und Kallass')).toEqual(['Kallas']);
  });

  it('keeps Turkish suffixes after an apostrophe outside the name', () => {
    expect(found('Zelenski’nin İstanbul’daki heyeti ve Fidan’ın açıklaması')).toEqual([
      'Zelenski=zelensky',
      'İstanbul=istanbul',
      'Fidan=fidan',
    ]);
    expect(texts("Zelenski'ye, İstanbul'a")).toEqual(['Zelenski', 'İstanbul']);
  });
});

describe('words that begin like a name', () => {
  it('does not take an adjective that begins like a surname for it, at a sentence start or inside', () => {
    // зелений (green): "Зеленого" is its genitive, no form of Зеленський.
    expect(texts('Зеленого листя не було. Зелений коридор. Зеленим світлом. Зелёного цвета. Зеленый свет.')).toEqual(
      [],
    );
    expect(texts('Кримінальна справа. Кремлівський палац. Стамбульський процес. Путінський режим. Трампізм.')).toEqual(
      [],
    );
    expect(texts('Российский флаг. Киевский торт. Крымский мост. Москвичи. Россиянин. Кремлёвский.')).toEqual([]);
  });

  it('does not take a noun that begins like a name for it', () => {
    expect(texts('Трамплін для стрибків. Трамплин стоял. Песком засыпали. Путь домой.')).toEqual([]);
    // марка (brand, stamp) is also the genitive of the first name Марко: a first name never counts alone.
    expect(texts('Марка автомобіля. Марко сказав. Андрія не було. Владимира ждали.')).toEqual([]);
  });

  it('needs the capital a proper name has', () => {
    expect(texts('зеленського не було, а кремлі мовчать')).toEqual([]);
    expect(texts('ЗЕЛЕНСЬКОГО ЗАПРОСИЛИ')).toEqual(['ЗЕЛЕНСЬКОГО']);
  });

  it('never counts a gated surname in any case without its context, or before another capitalised word', () => {
    expect(texts('Поход Ермака в Сибирь.')).toEqual([]);
    expect(texts('Андрей Ермак приехал. Ермака встретили. Ермака Тимофеевича помнят.')).toEqual([
      'Андрей Ермак',
      'Ермака',
    ]);
  });
});

describe('the walk over declined names', () => {
  it('prefers the longest form: the whole name over the surname', () => {
    expect(found('Зустріч з Володимиром Зеленським')).toEqual(['Володимиром Зеленським=zelensky']);
  });

  it('finds a form split by inline markup or holding a soft hyphen, not across a line break', () => {
    const text = 'Зеленського запросили';
    // "Зеленсь" | "кого": two text nodes.
    expect(matcher.find(text, { joints: [7], isBreak: () => false }).map((m) => [m.start, m.end])).toEqual([[0, 11]]);
    // "Зеленськ" | "ого" with a <br> between: the stem alone is no form.
    expect(matcher.find(text, { joints: [8], isBreak: () => true })).toEqual([]);
    expect(texts('Зеленсько\u00adго запросили')).toEqual(['Зеленсько\u00adго']);
  });

  it('reads a form across joints that are not at its letters, and stops it at a break inside its ending', () => {
    const text = 'Зеленського запросили';
    const spans = (joints: number[], breaks: number[]) =>
      matcher.find(text, { joints, isBreak: (index) => breaks.includes(index) }).map((m) => [m.start, m.end]);
    // A <br> after the form ("Зеленського" <br> "запросили") leaves it whole.
    expect(spans([11], [0])).toEqual([[0, 11]]);
    // "Зеленсько" | "го": joined by inline markup, one form; split by a <br>, none.
    expect(spans([9], [])).toEqual([[0, 11]]);
    expect(spans([9], [0])).toEqual([]);
  });

  it('finds nothing in a text that ends part-way into a form, holds a stem with no ending, or breaks the line inside the ending', () => {
    expect(matcher.find('З Зеленськ')).toEqual([]);
    expect(matcher.find('З Зеленсько')).toEqual([]);
    expect(matcher.find('З Зеленськез.')).toEqual([]);
    expect(matcher.find('З Зеленського', { joints: [11], isBreak: () => true })).toEqual([]);
  });

  it('says a text node ending part-way into a form may hold a name with its neighbour', () => {
    expect(matcher.findAlone('Заява Зеленськ')).toBeNull();
    expect(matcher.findAlone('Заява Зеленсько')).toBeNull();
    expect(matcher.findAlone('Заява Зеленського.')).toHaveLength(1);
  });
});

describe('the native filters with declined names', () => {
  it('let through every case form of every bundled alias, in every case the rules accept', () => {
    const aliases = buildCatalog(bundledStories).aliases;
    const seed = buildMatcher(aliases);
    const missed: string[] = [];
    let forms = 0;
    for (const alias of aliases) {
      for (const form of declinedForms(alias.text, alias.inflection)) {
        for (const variant of [form, form.toUpperCase()]) {
          const sentence = `Said ${variant} today`;
          // A trailing soft hyphen makes the walk start at every word start: the unfiltered reference.
          const reference = seed.find(`${sentence}\u00ad`);
          if (reference.length === 0) missed.push(`not found: ${sentence}`);
          if (!seed.candidateTest.test(sentence)) missed.push(`test: ${sentence}`);
          if (JSON.stringify(seed.find(sentence)) !== JSON.stringify(reference)) missed.push(`starts: ${sentence}`);
          forms++;
        }
      }
    }
    expect(missed).toEqual([]);
    expect(forms).toBeGreaterThan(2 * aliases.length);
  });
});

describe('the paradigms of words no name above has', () => {
  const uk: Inflection = { lang: 'uk', person: true };
  const ukPlace: Inflection = { lang: 'uk', person: false };
  const ru: Inflection = { lang: 'ru', person: true };
  const ruPlace: Inflection = { lang: 'ru', person: false };

  it('declines Ukrainian nouns after a hushing consonant, in -о, -я and -а after a hushing one', () => {
    expect(declinedForms('Ткач', uk)).toEqual(['Ткач', 'Ткача', 'Ткачу', 'Ткачеві', 'Ткачем', 'Ткачі', 'Ткаче']);
    expect(declinedForms('Дніпро', ukPlace)).toEqual([
      'Дніпро',
      'Дніпра',
      'Дніпру',
      'Дніпрові',
      'Дніпром',
      'Дніпре',
      'Дніпрі',
    ]);
    expect(declinedForms('Земля', ukPlace)).toEqual(['Земля', 'Землі', 'Землю', 'Землею', 'Земле']);
    expect(declinedForms('Маша', uk)).toEqual(['Маша', 'Маші', 'Машу', 'Машею', 'Машо']);
    // The velar shift before -і for г and х too: Ользі, Солосі.
    expect(declinedForms('Ольга', uk)).toContain('Ользі');
    expect(declinedForms('Солоха', uk)).toContain('Солосі');
  });

  it('declines a Ukrainian soft adjective in -ій, and doubles the instrumental only after a vowel', () => {
    expect(declinedForms('Синій', { ...uk, declension: 'adjective' })).toEqual([
      'Синій',
      'Синього',
      'Синьому',
      'Синім',
    ]);
    const softFeminine: Inflection = { ...ukPlace, declension: 'noun-soft-feminine' };
    expect(declinedForms('Січ', softFeminine)).toEqual(['Січ', 'Січі', 'Січчю']);
    expect(declinedForms('Керч', softFeminine)).toEqual(['Керч', 'Керчі', 'Керчю']);
  });

  it('declines Russian adjectives in -ой, -ый and after a velar (-им, not -ым)', () => {
    expect(declinedForms('Толстой', ru)).toEqual(['Толстой', 'Толстого', 'Толстому', 'Толстым', 'Толстом']);
    expect(declinedForms('Белый', ru)).toEqual(['Белый', 'Белого', 'Белому', 'Белым', 'Белом']);
    expect(declinedForms('Горький', ru)).toEqual(['Горький', 'Горького', 'Горькому', 'Горьким', 'Горьком']);
  });

  it('declines Russian surnames in -ын and -ина, nouns after a hushing consonant and a velar, and in -я after one', () => {
    expect(declinedForms('Птицын', ru)).toEqual(['Птицын', 'Птицына', 'Птицыну', 'Птицыным', 'Птицыне']);
    expect(declinedForms('Бородина', ru)).toEqual(['Бородина', 'Бородиной', 'Бородину']);
    expect(declinedForms('Ткач', ru)).toEqual(['Ткач', 'Ткача', 'Ткачу', 'Ткачом', 'Ткачем', 'Ткаче']);
    expect(declinedForms('Волга', ruPlace)).toEqual(['Волга', 'Волги', 'Волге', 'Волгу', 'Волгой', 'Волгою']);
    expect(declinedForms('Земля', ruPlace)).toEqual(['Земля', 'Земли', 'Земле', 'Землю', 'Землей', 'Землею']);
    // After и the prepositional is -и, never -е: о России, not о Россие.
    expect(declinedForms('Россия', ruPlace)).toEqual(['Россия', 'России', 'Россию', 'Россией', 'Россиею']);
  });

  it('leaves a German word ending in s, x or z, and one before the last that is no adjective in -e, as written', () => {
    expect(declinedForms('Neue Welt', { lang: 'de', person: false })).toEqual([
      'Neue Welt',
      'Neue Welts',
      'Neuen Welt',
      'Neuen Welts',
    ]);
    expect(declinedForms('Paris', { lang: 'de', person: false })).toEqual(['Paris']);
    expect(declinedForms('Großes Land', { lang: 'de', person: false })).toEqual(['Großes Land', 'Großes Lands']);
  });

  it('gives a place in -ів and a declared oblique stem only their own forms: no bare Києв or Орл', () => {
    expect(declinedForms('Київ', ukPlace)).toEqual(['Київ', 'Києва', 'Києву', 'Києвові', 'Києвом', 'Києві', 'Києве']);
    expect(declinedForms('Орёл', { ...ruPlace, obliqueStem: 'Орл' })).toEqual([
      'Орёл',
      'Орла',
      'Орлу',
      'Орлом',
      'Орле',
    ]);
  });

  it('lists only the alias as written when its declared paradigm does not fit', () => {
    expect(declinedForms('Каллас', { ...uk, declension: 'adjective' })).toEqual(['Каллас']);
  });

  it('takes "none" declared once for a whole alias of several words', () => {
    expect(declinedWords('Кая Каллас', { ...uk, declension: 'none' })).toBeNull();
  });

  it('never declines a digit, an acronym or a one-letter word', () => {
    expect(declinedForms('Трамп 2', uk)).toContain('Трампа 2');
    expect(declinedWords('Трамп 2', uk)?.[1]).toEqual([{ stem: '2', endings: [''] }]);
    expect(declinedWords('ЄС', ukPlace)).toBeNull();
    expect(declinedWords('Й', ukPlace)).toBeNull();
  });

  it('refuses each paradigm declared for a word it does not fit, and an oblique stem for a word that does not decline', () => {
    const problem = (text: string, inflection: Inflection) => () => declinedWords(text, inflection);
    expect(problem('Колос', { ...uk, declension: 'possessive' })).toThrow(new DeclensionProblem('uk-possessive'));
    expect(problem('Марія', { ...uk, declension: 'noun-soft-feminine' })).toThrow(
      new DeclensionProblem('uk-soft-feminine'),
    );
    expect(problem('Колос', { ...ru, declension: 'adjective' })).toThrow(new DeclensionProblem('ru-adjective'));
    expect(problem('Ермак', { ...ru, declension: 'possessive' })).toThrow(new DeclensionProblem('ru-possessive'));
    expect(problem('Рубио', { ...ru, declension: 'noun-soft-feminine' })).toThrow(
      new DeclensionProblem('ru-soft-feminine'),
    );
    expect(problem('Рубіо', { ...uk, obliqueStem: 'Руб' })).toThrow(new DeclensionProblem('oblique-stem'));
  });
});

describe('declinedForms', () => {
  it('lists the alias first, then every form', () => {
    const inflection: Inflection = { lang: 'uk', person: true };
    expect(declinedForms('Зеленський', inflection)).toEqual([
      'Зеленський',
      'Зеленського',
      'Зеленському',
      'Зеленським',
      'Зеленськім',
    ]);
    expect(declinedForms('Рютте', inflection)).toEqual(['Рютте']);
    expect(declinedForms('Зеленський', undefined)).toEqual(['Зеленський']);
  });

  it('refuses a declaration that does not fit its words', () => {
    const declare = (text: string, declension: Inflection['declension']) => () =>
      declinedWords(text, { lang: 'uk', person: true, declension });
    expect(declare('Каллас', 'adjective')).toThrow(new DeclensionProblem('uk-adjective'));
    expect(declare('Кая Каллас', 'noun')).toThrow(new DeclensionProblem('one-per-word'));
    expect(declare('Кая Каллас', ['noun'])).toThrow(new DeclensionProblem('word-count'));
    expect(() => declinedWords('Selenskyj', { lang: 'de', person: true, declension: 'noun' })).toThrow(
      new DeclensionProblem('german'),
    );
  });
});
